/**
 * Pure helpers over the published tables shared by the province profile and the comparison page
 * (no DOM, no DuckDB): the row types, the "official total, else derived" series, segments between
 * series breaks, percentile ranks and benchmarks. Each rule is written once, here, and applied at
 * build (provincePageData.ts, comparePageData.ts).
 */

import type { BenchmarkRow, FactRow, IndicatorRow, ProvinceRow, SeriesBreak } from "../shared/tableRows.js";
import { NATIONAL, isNationalScope, shownRankFields, type RankFields } from "../shared/tableRows.js";
/** Rows of the published tables (src/components/shared/tableRows.ts). */
export type { BenchmarkRow, FactRow } from "../shared/tableRows.js";
export type ProvinceInfo = ProvinceRow;

/** The fields of the published `indicators` table the pages read. */
export type IndicatorInfo = Pick<
  IndicatorRow,
  "id" | "index" | "level" | "dimension" | "name_vi" | "name_en" | "year_from" | "year_to" | "unit" | "scale_min" | "scale_max" | "parent" | "verified" | "note"
>;

/** A series break from taxonomy.json ("never join a line across a break year"). */
export type { SeriesBreak };

export { NATIONAL, isNationalScope };
export const TOTAL_ID = "papi.total";

/** One point of the PAPI total series: the official total, or the derived one where no official exists. */
export interface TotalPoint extends RankFields {
  province_code: string;
  year: number;
  value: number;
  kind: "actual" | "derived";
  source_id: string | null;
  source_loc: string | null;
  note: string | null;
  /** The 95 % confidence interval the official sheet prints (2019, 2023 here), else null. */
  ci_low: number | null;
  ci_high: number | null;
}

/**
 * The PAPI total per province and year: kind "actual" where one exists, else "derived" (2017 and
 * 2018 in the panel: the compiler's sum of dimensions). National figures ("00") are left out.
 */
export function totalSeries(facts: readonly FactRow[], codes?: ReadonlySet<string> | null): TotalPoint[] {
  const best = new Map<string, FactRow>();
  for (const f of facts) {
    if (f.indicator_id !== TOTAL_ID || f.province_code === NATIONAL || f.value === null || !isNationalScope(f)) continue;
    if (f.kind !== "actual" && f.kind !== "derived") continue;
    if (codes && !codes.has(f.province_code)) continue;
    const key = `${f.province_code}|${f.year}`;
    const prev = best.get(key);
    if (!prev || (prev.kind !== "actual" && f.kind === "actual")) best.set(key, f);
  }
  return [...best.values()]
    .map((f) => ({
      province_code: f.province_code,
      year: f.year,
      value: f.value as number,
      kind: f.kind as "actual" | "derived",
      ...shownRankFields(f),
      source_id: f.value_source_id,
      source_loc: f.value_source_loc,
      note: f.note,
      ci_low: f.ci_low ?? null,
      ci_high: f.ci_high ?? null,
    }))
    .sort((a, b) => a.province_code.localeCompare(b.province_code) || a.year - b.year);
}

/** Break years of an indicator, ascending. */
export function breakYears(breaks: readonly SeriesBreak[], indicator: string): number[] {
  return breaks
    .filter((b) => b.indicator === indicator)
    .map((b) => b.year)
    .sort((a, b) => a - b);
}

/**
 * The segment of a series a year belongs to: the number of break years at or before it. A line is
 * drawn per segment, so it is never joined across a break.
 */
export function segmentOf(year: number, years: readonly number[]): number {
  let s = 0;
  for (const y of years) if (y <= year) s++;
  return s;
}

/** The breaks that fall inside a range of years (between the first and the last year shown). */
export function breaksWithin(breaks: readonly SeriesBreak[], indicators: readonly string[], from: number, to: number): SeriesBreak[] {
  return breaks.filter((b) => indicators.includes(b.indicator) && b.year > from && b.year <= to);
}

/**
 * Percentile rank of `value` among `values` as DuckDB's percent_rank(): (number of values strictly
 * below) / (n − 1); null when there is no distribution (n < 2).
 */
export function percentRank(value: number, values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  let below = 0;
  for (const v of values) if (v < value) below++;
  return below / (n - 1);
}

/** The benchmark row of an indicator and year for a scope ("national", "region" with its id, "northwest"). */
export function benchmarkOf(
  benchmarks: readonly BenchmarkRow[],
  indicator: string,
  year: number,
  scope: "national" | "region" | "northwest",
  scopeId?: string,
): BenchmarkRow | undefined {
  return benchmarks.find((b) => b.indicator_id === indicator && b.year === year && b.scope === scope && (scopeId === undefined || b.scope_id === scopeId));
}

/** Distinct sorted numbers. */
export function uniqueSorted(xs: Iterable<number>): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

/** Rounds like the published tables (2 decimals) — for comparisons in tests and labels. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The source of a figure as "file:line" or "sheet!cell" (the file is in the location already when it is a text file). */
export function sourceLabel(id: string | null, loc: string | null): string {
  if (!id && !loc) return "—";
  if (loc && id) return loc.startsWith(id) ? loc : `${id} — ${loc}`;
  return (loc ?? id) as string;
}

/** Every source of a figure ("id@loc; id@loc") as separate locations. */
export function allSources(sources: string | null): string[] {
  if (!sources) return [];
  return sources
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const at = s.indexOf("@");
      if (at < 0) return s;
      const id = s.slice(0, at);
      const loc = s.slice(at + 1);
      return sourceLabel(id, loc);
    });
}

/**
 * Where a figure comes from: its value's source, else (rows that carry only a rank, e.g. a rank
 * target) the first entry of its `sources` list ("id@loc; …").
 */
export function figureSource(f: Pick<FactRow, "value_source_id" | "value_source_loc" | "sources">): { id: string | null; loc: string | null } {
  if (f.value_source_loc || f.value_source_id) return { id: f.value_source_id, loc: f.value_source_loc };
  const first = f.sources?.split(";")[0]?.trim();
  if (!first) return { id: null, loc: null };
  const at = first.indexOf("@");
  return at < 0 ? { id: first, loc: null } : { id: first.slice(0, at), loc: first.slice(at + 1) };
}
