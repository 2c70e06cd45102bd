/**
 * What /compare draws, computed at build for every province; the page only picks the selected
 * provinces' rows (compareView.ts). The first chart (totals over time) needs only the small
 * compare.json (every province's totals); the dimension profile, heatmap and differences read,
 * after it, compare-context.json (national means, names) and the profile file of each selected
 * province (src/data/compare-profile/[slug].json.ts).
 *
 * The rules are written here once: a total is the official one, else the derived one
 * (totalSeries); a dimension or sub-dimension score is the province's own published PAPI figure
 * in the national ranking (isComparedScore); the national mean is the benchmarks table's.
 */
import { byText as cmp } from "../shared/order.js";
import type { BenchmarkRow, FactRow, IndicatorRow, ProvinceRow } from "../../../loaders/index.ts";
import { pickFields, toColumns, type Columns } from "../shared/columns.js";
import { shownRankFields } from "../shared/tableRows.js";
import { NATIONAL, isNationalScope, totalSeries, type IndicatorInfo } from "../province/provinceFacts.js";

/** The totals file: what the first chart and the year picker need. */
export interface CompareBase {
  provinces: ProvinceRow[];
  /** every province's PAPI total per year (TotalPoint fields, the interval apart) */
  totals: Columns;
  /** per province and year: has a total, dimension scores, sub-dimension scores (1/0) */
  coverage: Columns;
}

/** A province's profile file: its dimension and sub-dimension scores in every year. */
export interface CompareProvinceProfile {
  dimensions: Columns;
  subdimensions: Columns;
}

/** The context file: the national mean of each dimension per year, and the indicators' names. */
export interface CompareContext {
  /** the national mean of each dimension per year (benchmarks, national scope) */
  national: Columns;
  indicators: IndicatorInfo[];
}

export const TOTAL_FIELDS = [
  "province_code",
  "year",
  "value",
  "kind",
  "rank",
  "rank_of",
  "rank_source",
  "group",
  "group_source",
  "source_id",
  "source_loc",
  "note",
] as const;
export const SCORE_FIELDS = [
  "province_code",
  "year",
  "indicator_id",
  "dimension",
  "value",
  "rank",
  "rank_of",
  "rank_source",
  "group",
  "group_source",
  "source_loc",
] as const;
export const SUBDIMENSION_FIELDS = ["province_code", "year", "indicator_id", "dimension", "value", "source_loc"] as const;
const INDICATOR_FIELDS = [
  "id",
  "index",
  "level",
  "dimension",
  "name_vi",
  "name_en",
  "year_from",
  "year_to",
  "unit",
  "scale_min",
  "scale_max",
  "parent",
  "verified",
  "note",
] as const;

/** A province's own published PAPI score of this level (national ranking scope). */
export function isComparedScore(f: FactRow, level: "dimension" | "subdimension"): f is FactRow & { value: number } {
  return f.index === "PAPI" && f.level === level && f.kind === "actual" && f.value !== null && f.province_code !== NATIONAL && isNationalScope(f);
}

interface Tables {
  facts: readonly FactRow[];
  provinces: readonly ProvinceRow[];
  benchmarks: readonly BenchmarkRow[];
  indicators: readonly IndicatorRow[];
}

const scoreRow = (f: FactRow & { value: number }) => ({
  province_code: f.province_code,
  year: f.year,
  indicator_id: f.indicator_id,
  dimension: f.dimension,
  value: f.value,
  ...shownRankFields(f),
  source_loc: f.value_source_loc,
});

const byScore = (a: { dimension: number | null; indicator_id: string; province_code: string; year: number }, b: typeof a) =>
  a.year - b.year || (a.dimension ?? 0) - (b.dimension ?? 0) || cmp(a.indicator_id, b.indicator_id) || cmp(a.province_code, b.province_code);

function scores(t: Tables, level: "dimension" | "subdimension") {
  const out = [];
  for (const f of t.facts) if (isComparedScore(f, level)) out.push(scoreRow(f));
  return out.sort(byScore);
}

export function compareBase(t: Tables): CompareBase {
  const totals = totalSeries(t.facts);
  const has = new Map<string, { province_code: string; year: number; total: number; dimensions: number; subdimensions: number }>();
  const mark = (code: string, year: number, what: "total" | "dimensions" | "subdimensions") => {
    const key = `${code}|${year}`;
    let r = has.get(key);
    if (!r) has.set(key, (r = { province_code: code, year, total: 0, dimensions: 0, subdimensions: 0 }));
    r[what] = 1;
  };
  for (const p of totals) mark(p.province_code, p.year, "total");
  for (const f of t.facts) {
    if (isComparedScore(f, "dimension")) mark(f.province_code, f.year, "dimensions");
    else if (isComparedScore(f, "subdimension")) mark(f.province_code, f.year, "subdimensions");
  }
  const coverage = [...has.values()].sort((a, b) => cmp(a.province_code, b.province_code) || a.year - b.year);
  return {
    provinces: [...t.provinces],
    totals: toColumns(totals, TOTAL_FIELDS),
    coverage: toColumns(coverage, ["province_code", "year", "total", "dimensions", "subdimensions"]),
  };
}

/** Every province's profile file, by slug (the page fetches those of the selected provinces). */
export function compareProfiles(t: Tables): Record<string, CompareProvinceProfile> {
  const dims = scores(t, "dimension");
  const subs = scores(t, "subdimension");
  const out: Record<string, CompareProvinceProfile> = {};
  for (const p of t.provinces) {
    if (p.code === NATIONAL) continue;
    out[p.slug] = {
      dimensions: toColumns(
        dims.filter((r) => r.province_code === p.code),
        SCORE_FIELDS,
      ),
      subdimensions: toColumns(
        subs.filter((r) => r.province_code === p.code),
        SUBDIMENSION_FIELDS,
      ),
    };
  }
  return out;
}

export function compareContext(t: Tables): CompareContext {
  const dims = new Set(t.indicators.filter((i) => i.index === "PAPI" && i.level === "dimension").map((i) => i.id));
  const national = t.benchmarks
    .filter((b) => b.index === "PAPI" && b.scope === "national" && dims.has(b.indicator_id))
    .map((b) => ({ indicator_id: b.indicator_id, year: b.year, mean: b.mean, n: b.n }))
    .sort((a, b) => a.year - b.year || cmp(a.indicator_id, b.indicator_id));
  const indicators = t.indicators
    .filter((i) => i.index === "PAPI" && (i.level === "dimension" || i.level === "subdimension" || i.level === "total"))
    .map((i) => pickFields(i, INDICATOR_FIELDS) as IndicatorInfo);
  return { national: toColumns(national, ["indicator_id", "year", "mean", "n"]), indicators };
}
