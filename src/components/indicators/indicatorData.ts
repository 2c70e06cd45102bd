/**
 * The /indicators page's logic without DOM: the rules (one value per province and year, the
 * national mean, the series breaks), applied at build for every indicator
 * (indicatorPageData.ts), the page's pick of a year range and highlighted provinces from those
 * files (resultFromSeries), and the helpers the chart needs (segments that stop at series breaks
 * and gaps, per-year box statistics, the indicator picker's groups — indicatorGroups.ts, re-exported
 * here).
 */
import type { IndicatorRow, RankFields, SeriesBreak } from "../shared/tableRows.js";
import { fromColumns, type Columns } from "../shared/columns.js";
import { byText } from "../shared/order.js";

export * from "./indicatorGroups.js";

/** What the page shows: one indicator, a year range, and the provinces to highlight. */
export interface IndicatorSelection {
  indicator: string;
  /** province slugs to highlight */
  provinces: string[];
  from: number;
  to: number;
}

/** A series break declared in taxonomy.json ("breaks"): the library's own type. */
export type DeclaredBreak = SeriesBreak;

export interface FactLike extends RankFields {
  index: string;
  province_code: string;
  year: number;
  indicator_id: string;
  kind: string;
  rank_scope: string | null;
  value: number | null;
}

export interface ProvinceLike {
  code: string;
  slug: string;
  name_vi: string;
  name_en: string;
  region_id: number;
  northwest: boolean;
}

/** The fields of the published `indicators` table this page reads. */
export type IndicatorLike = Pick<
  IndicatorRow,
  "id" | "index" | "level" | "dimension" | "name_vi" | "name_en" | "year_from" | "year_to" | "parent" | "verified"
> &
  Partial<Pick<IndicatorRow, "note">>;

export interface BenchmarkLike {
  year: number;
  indicator_id: string;
  scope: string;
  mean: number;
  n: number;
}

export interface DistRow extends RankFields {
  province_code: string;
  slug: string;
  name_vi: string;
  name_en: string;
  region_id: number;
  northwest: boolean;
  year: number;
  value: number;
  kind: string;
  highlighted: boolean;
}

export interface MeanRow {
  year: number;
  n: number;
  mean: number;
  from_benchmarks: boolean;
  bench_mean: number | null;
  bench_n: number | null;
  published_mean: number | null;
  has_derived: boolean;
}

export interface BreakRow {
  year: number;
  reason_vi: string;
  reason_en: string;
  verified: boolean;
  origin: "taxonomy" | "structure" | "both";
}

export interface IndicatorResult {
  selection: IndicatorSelection;
  dist: DistRow[];
  means: MeanRow[];
  breaks: BreakRow[];
}

function yearRange(sel: IndicatorSelection): [number, number] {
  return sel.from <= sel.to ? [sel.from, sel.to] : [sel.to, sel.from];
}

/**
 * One value per province and year: the actual figure, or the derived one where no actual exists
 * (PAPI totals of 2017 and 2018 are only derived: the sum of the dimensions). National figures
 * ("00") are left out (only the provinces' codes are kept), and so are Northwest-scope rows,
 * targets and empty values: a province without a score has no row (never a 0).
 */
export function distributionFromRows(facts: readonly FactLike[], provinces: readonly ProvinceLike[], sel: IndicatorSelection): DistRow[] {
  const [from, to] = yearRange(sel);
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const chosen = new Set(sel.provinces);
  const best = new Map<string, FactLike>();
  for (const f of facts) {
    if (f.indicator_id !== sel.indicator || f.year < from || f.year > to) continue;
    if ((f.kind !== "actual" && f.kind !== "derived") || f.value === null || f.value === undefined || f.rank_scope === "northwest") continue;
    if (!byCode.has(f.province_code)) continue;
    const key = `${f.province_code}|${f.year}`;
    const prev = best.get(key);
    if (!prev || (prev.kind !== "actual" && f.kind === "actual")) best.set(key, f);
  }
  const out: DistRow[] = [];
  for (const f of best.values()) {
    const p = byCode.get(f.province_code)!;
    out.push({
      province_code: f.province_code,
      slug: p.slug,
      name_vi: p.name_vi,
      name_en: p.name_en,
      region_id: p.region_id,
      northwest: p.northwest,
      year: f.year,
      value: f.value!,
      kind: f.kind,
      rank: f.rank ?? null,
      rank_of: f.rank_of ?? null,
      rank_source: f.rank_source ?? null,
      group: f.group ?? null,
      group_source: f.group_source ?? null,
      highlighted: chosen.has(p.slug),
    });
  }
  return out.sort((a, b) => a.year - b.year || (a.province_code < b.province_code ? -1 : a.province_code > b.province_code ? 1 : 0));
}

/**
 * The national mean per year of the distribution: the benchmarks table's when it is over the same
 * provinces (same n), else the mean of the values shown; with the published national figure ("00").
 */
export function meansFromRows(dist: readonly DistRow[], benchmarks: readonly BenchmarkLike[], facts: readonly FactLike[], indicator: string): MeanRow[] {
  const agg = new Map<number, { n: number; sum: number; derived: boolean }>();
  for (const d of dist) {
    const a = agg.get(d.year) ?? { n: 0, sum: 0, derived: false };
    a.n += 1;
    a.sum += d.value;
    a.derived ||= d.kind === "derived";
    agg.set(d.year, a);
  }
  const bench = new Map(benchmarks.filter((b) => b.indicator_id === indicator && b.scope === "national").map((b) => [b.year, b]));
  const published = new Map<number, number>();
  for (const f of facts) {
    if (f.indicator_id !== indicator || f.province_code !== "00" || f.kind !== "actual" || f.value === null) continue;
    published.set(f.year, Math.max(published.get(f.year) ?? -Infinity, f.value));
  }
  return [...agg.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, a]) => {
      const b = bench.get(year);
      const same = b !== undefined && b.n === a.n;
      return {
        year,
        n: a.n,
        mean: same ? b.mean : a.sum / a.n,
        from_benchmarks: same,
        bench_mean: b?.mean ?? null,
        bench_n: b?.n ?? null,
        published_mean: published.get(year) ?? null,
        has_derived: a.derived,
      };
    });
}

/** The series breaks of an indicator: declared in taxonomy.json, or where its parts change. */
export function breaksFromRows(indicator: string, declared: readonly DeclaredBreak[], indicators: readonly IndicatorLike[]): BreakRow[] {
  const ind = indicators.find((i) => i.id === indicator);
  const changes: { year: number; change: 0 | 1; name_vi: string; name_en: string; verified: boolean }[] = [];
  if (ind) {
    for (const c of indicators) {
      if (c.parent !== ind.id) continue;
      if (c.year_from > ind.year_from && (ind.year_to === null || c.year_from <= ind.year_to)) {
        changes.push({ year: c.year_from, change: 0, name_vi: c.name_vi, name_en: c.name_en, verified: c.verified ?? true });
      }
      if (c.year_to !== null && (ind.year_to === null || c.year_to < ind.year_to)) {
        changes.push({ year: c.year_to + 1, change: 1, name_vi: c.name_vi, name_en: c.name_en, verified: c.verified ?? true });
      }
    }
  }
  const cmp = byText;
  const structure = new Map<number, { reason_vi: string; reason_en: string; verified: boolean }>();
  for (const year of [...new Set(changes.map((c) => c.year))]) {
    const here = changes.filter((c) => c.year === year);
    const vi = [...here].sort((a, b) => a.change - b.change || cmp(a.name_vi, b.name_vi)).map((c) => (c.change === 0 ? "thêm " : "bỏ ") + c.name_vi);
    const en = [...here].sort((a, b) => a.change - b.change || cmp(a.name_en, b.name_en)).map((c) => (c.change === 0 ? "added " : "dropped ") + c.name_en);
    structure.set(year, {
      reason_vi: `Thay đổi thành phần: ${vi.join("; ")}`,
      reason_en: `Parts changed: ${en.join("; ")}`,
      verified: here.every((c) => c.verified),
    });
  }
  const mine = new Map(declared.filter((b) => b.indicator === indicator).map((b) => [b.year, b]));
  const years = [...new Set([...mine.keys(), ...structure.keys()])].sort((a, b) => a - b);
  return years.map((year) => {
    const d = mine.get(year);
    const s = structure.get(year);
    return {
      year,
      reason_vi: d?.reason_vi ?? s!.reason_vi,
      reason_en: d?.reason_en ?? s!.reason_en,
      verified: (d ? d.verified !== false : true) && (s ? s.verified : true),
      origin: d && s ? "both" : d ? "taxonomy" : "structure",
    };
  });
}

/** One indicator's build-time series (indicatorPageData.ts) as the page reads it. */
export interface SeriesFile {
  dist: Columns;
  means: MeanRow[];
  breaks: BreakRow[];
}

type DistCore = Omit<DistRow, "slug" | "name_vi" | "name_en" | "region_id" | "northwest" | "highlighted">;

/** What the page shows for a selection: the build-time series cut to the years, the chosen provinces highlighted. */
export function resultFromSeries(series: SeriesFile | undefined, provinces: readonly ProvinceLike[], sel: IndicatorSelection): IndicatorResult {
  const [from, to] = yearRange(sel);
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const chosen = new Set(sel.provinces);
  const dist: DistRow[] = [];
  for (const r of series ? fromColumns<DistCore>(series.dist) : []) {
    const p = byCode.get(r.province_code);
    if (!p || r.year < from || r.year > to) continue;
    dist.push({ ...r, slug: p.slug, name_vi: p.name_vi, name_en: p.name_en, region_id: p.region_id, northwest: p.northwest, highlighted: chosen.has(p.slug) });
  }
  return {
    selection: sel,
    dist,
    means: (series?.means ?? []).filter((m) => m.year >= from && m.year <= to),
    breaks: series?.breaks ?? [],
  };
}

export interface SeriesPoint {
  year: number;
  value: number;
}

/**
 * Splits a series into runs that may be joined by a line: a run stops before a break year
 * (the first year of a new series) and at a missing year. Points of one run are consecutive
 * years with no break between them; a single point is a run of its own (drawn as a dot).
 */
export function segments<T extends SeriesPoint>(points: readonly T[], breakYears: readonly number[]): T[][] {
  const breaks = new Set(breakYears);
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const runs: T[][] = [];
  let run: T[] = [];
  for (const p of sorted) {
    const prev = run[run.length - 1];
    if (prev && (p.year !== prev.year + 1 || breaks.has(p.year))) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

export interface YearStats {
  year: number;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Quantile with linear interpolation (R-7, as d3.quantile and DuckDB's quantile_cont). */
export function quantile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (h - lo);
}

export function yearStats(dist: readonly DistRow[]): YearStats[] {
  const byYear = new Map<number, number[]>();
  for (const d of dist) {
    const v = byYear.get(d.year) ?? [];
    v.push(d.value);
    byYear.set(d.year, v);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, values]) => {
      const s = values.sort((a, b) => a - b);
      return { year, n: s.length, min: s[0]!, q1: quantile(s, 0.25), median: quantile(s, 0.5), q3: quantile(s, 0.75), max: s[s.length - 1]! };
    });
}

/** True when the PAPI total is shown across the 2017→2018 change from 6 to 8 dimensions. */
export function suggestSixDimension(sel: IndicatorSelection): boolean {
  const [from, to] = yearRange(sel);
  return sel.indicator === "papi.total" && from <= 2017 && to >= 2018;
}

/** A deterministic horizontal offset in [-0.22, 0.22] per province, to spread a year's dots. */
export function jitter(code: string): number {
  let h = 2166136261;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619);
  return (((h >>> 0) % 1000) / 999 - 0.5) * 0.44;
}

/** Normalises a selection read from the URL: known indicator, known provinces, ordered years. */
export function normalizeSelection(
  sel: IndicatorSelection,
  known: { indicators: ReadonlySet<string>; provinces: ReadonlySet<string> },
  fallback: string,
): IndicatorSelection {
  const [from, to] = yearRange(sel);
  return {
    indicator: known.indicators.has(sel.indicator) ? sel.indicator : fallback,
    provinces: [...new Set(sel.provinces.filter((p) => known.provinces.has(p)))],
    from,
    to,
  };
}

/** How many provinces have at least one value (a handful when only the embedded plan-document figures are present). */
export function provincesWithData(facts: readonly FactLike[]): number {
  const codes = new Set<string>();
  for (const f of facts) if (f.province_code !== "00" && f.value !== null && f.value !== undefined) codes.add(f.province_code);
  return codes.size;
}
