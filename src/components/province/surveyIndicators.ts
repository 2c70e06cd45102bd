/**
 * A province's survey indicators (chỉ tiêu), the third level under each sub-dimension, for the
 * years whose official sheet prints them: the province's value beside the mean of every
 * province with a value. Pure: rows in, rows out (provinceCharts.ts draws them).
 */
import type { FactRow } from "../shared/tableRows.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";

export interface SurveyValue {
  indicator_id: string;
  /** the sub-dimension it belongs to */
  parent: string;
  year: number;
  value: number;
  unit: string;
  national_mean: number | null;
  /** provinces with a value that year */
  n: number;
  source_loc: string | null;
}

export function surveyValues(
  facts: readonly FactRow[],
  indicators: readonly { id: string; parent: string | null; level: string }[],
  code: string,
): SurveyValue[] {
  const parentOf = new Map(indicators.filter((i) => i.level === "indicator").map((i) => [i.id, i.parent ?? ""]));
  const all = new Map<string, number[]>();
  const mine: FactRow[] = [];
  for (const f of facts) {
    if (f.level !== "indicator" || f.kind !== "actual" || f.value === null || f.province_code === "00") continue;
    const key = `${f.indicator_id}|${f.year}`;
    all.set(key, [...(all.get(key) ?? []), f.value]);
    if (f.province_code === code) mine.push(f);
  }
  return mine
    .map((f) => {
      const xs = all.get(`${f.indicator_id}|${f.year}`) ?? [];
      return {
        indicator_id: f.indicator_id,
        parent: parentOf.get(f.indicator_id) ?? "",
        year: f.year,
        value: f.value as number,
        unit: f.unit,
        national_mean: xs.length >= MIN_PROVINCES_NATIONAL ? xs.reduce((a, b) => a + b, 0) / xs.length : null,
        n: xs.length,
        source_loc: f.value_source_loc,
      };
    })
    .sort((a, b) => a.parent.localeCompare(b.parent) || a.indicator_id.localeCompare(b.indicator_id) || a.year - b.year);
}
