/**
 * The comparison page's data, in JavaScript over plain rows (no DOM, no DuckDB): the page's first
 * view is drawn from these while DuckDB-wasm starts, then every selection re-queries DuckDB with
 * the SQL of queries/compare.ts, which returns the same rows (test/queries/compare.test.ts).
 */
import { NATIONAL, isNationalScope, totalSeries, type BenchmarkRow, type FactRow, type IndicatorInfo, type ProvinceInfo } from "../province/provinceFacts.js";
import type { PresetKind } from "./queries.js";
import type { RankFields } from "../shared/tableRows.js";

export const MIN_PROVINCES = 2;
export const MAX_PROVINCES = 6;

export interface TotalsRow extends RankFields {
  slug: string;
  name_vi: string;
  name_en: string;
  province_code: string;
  year: number;
  value: number;
  kind: string;
  source_id: string | null;
  source_loc: string | null;
  note: string | null;
}

export interface DimensionRow extends RankFields {
  slug: string;
  name_vi: string;
  name_en: string;
  province_code: string;
  indicator_id: string;
  dimension: number;
  value: number;
  national_mean: number | null;
  national_n: number | null;
  source_loc: string | null;
}

export interface HeatmapRow {
  slug: string;
  name_vi: string;
  name_en: string;
  province_code: string;
  indicator_id: string;
  dimension: number;
  indicator_vi: string | null;
  indicator_en: string | null;
  value: number;
  source_loc: string | null;
}

export interface DifferenceRow {
  indicator_id: string;
  dimension: number;
  a_value: number;
  b_value: number;
  diff: number;
}

export interface YearRow {
  year: number;
  with_total: number;
  with_dimensions: number;
  with_subdimensions: number;
}

export interface CompareTables {
  facts: readonly FactRow[];
  provinces: readonly ProvinceInfo[];
  benchmarks: readonly BenchmarkRow[];
  indicators: readonly IndicatorInfo[];
}

/** The selection read from the URL: known slugs only, no repeats, at most six. */
export function normalizeSelection(slugs: readonly string[], provinces: readonly ProvinceInfo[]): { slugs: string[]; dropped: string[]; truncated: boolean } {
  const known = new Set(provinces.map((p) => p.slug));
  const out: string[] = [];
  const dropped: string[] = [];
  for (const s of slugs) {
    if (!known.has(s)) dropped.push(s);
    else if (!out.includes(s)) out.push(s);
  }
  return { slugs: out.slice(0, MAX_PROVINCES), dropped, truncated: out.length > MAX_PROVINCES };
}

function selected(provinces: readonly ProvinceInfo[], slugs: readonly string[]): Map<string, ProvinceInfo> {
  const set = new Set(slugs);
  return new Map(provinces.filter((p) => set.has(p.slug)).map((p) => [p.code, p]));
}

const bySlugYear = <T extends { slug: string; year: number }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.year - b.year);

/** JavaScript twin of totalsQuery(). */
export function compareTotals(t: CompareTables, slugs: readonly string[]): TotalsRow[] {
  const sel = selected(t.provinces, slugs);
  return totalSeries(t.facts, new Set(sel.keys()))
    .map((p) => {
      const prov = sel.get(p.province_code)!;
      return {
        slug: prov.slug,
        name_vi: prov.name_vi,
        name_en: prov.name_en,
        province_code: p.province_code,
        year: p.year,
        value: p.value,
        kind: p.kind,
        rank: p.rank,
        rank_of: p.rank_of,
        rank_source: p.rank_source,
        group: p.group,
        group_source: p.group_source,
        source_id: p.source_id,
        source_loc: p.source_loc,
        note: p.note,
      };
    })
    .sort(bySlugYear);
}

/** A province's own published PAPI score of this level and year (national ranking scope). */
function isPapiActual(f: FactRow, level: "dimension" | "subdimension", year: number): f is FactRow & { value: number } {
  return f.index === "PAPI" && f.level === level && f.kind === "actual" && f.year === year && f.value !== null && isNationalScope(f);
}

/** JavaScript twin of dimensionsQuery(). */
export function compareDimensions(t: CompareTables, slugs: readonly string[], year: number): DimensionRow[] {
  const sel = selected(t.provinces, slugs);
  const out: DimensionRow[] = [];
  for (const f of t.facts) {
    if (!isPapiActual(f, "dimension", year)) continue;
    const prov = sel.get(f.province_code);
    if (!prov) continue;
    const b = t.benchmarks.find((x) => x.index === f.index && x.indicator_id === f.indicator_id && x.year === f.year && x.scope === "national");
    out.push({
      slug: prov.slug,
      name_vi: prov.name_vi,
      name_en: prov.name_en,
      province_code: f.province_code,
      indicator_id: f.indicator_id,
      dimension: f.dimension as number,
      value: f.value,
      rank: f.rank,
      rank_of: f.rank_of,
      rank_source: f.rank === null ? null : f.rank_source,
      group: f.group,
      group_source: f.group === null ? null : f.group_source,
      national_mean: b ? b.mean : null,
      national_n: b ? b.n : null,
      source_loc: f.value_source_loc,
    });
  }
  return out.sort((a, b) => a.dimension - b.dimension || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** JavaScript twin of heatmapQuery(). */
export function compareHeatmap(t: CompareTables, slugs: readonly string[], year: number): HeatmapRow[] {
  const sel = selected(t.provinces, slugs);
  const names = new Map(t.indicators.map((i) => [i.id, i]));
  const out: HeatmapRow[] = [];
  for (const f of t.facts) {
    if (!isPapiActual(f, "subdimension", year)) continue;
    const prov = sel.get(f.province_code);
    if (!prov) continue;
    const ind = names.get(f.indicator_id);
    out.push({
      slug: prov.slug,
      name_vi: prov.name_vi,
      name_en: prov.name_en,
      province_code: f.province_code,
      indicator_id: f.indicator_id,
      dimension: f.dimension as number,
      indicator_vi: ind?.name_vi ?? null,
      indicator_en: ind?.name_en ?? null,
      value: f.value,
      source_loc: f.value_source_loc,
    });
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort((a, b) => a.dimension - b.dimension || cmp(a.indicator_id, b.indicator_id) || cmp(a.slug, b.slug));
}

/** JavaScript twin of differenceQuery(). */
export function compareDifference(t: CompareTables, a: string, b: string, year: number): DifferenceRow[] {
  const codeOf = new Map(t.provinces.map((p) => [p.slug, p.code]));
  const ca = codeOf.get(a);
  const cb = codeOf.get(b);
  const values = (code: string | undefined) => {
    const m = new Map<string, FactRow>();
    for (const f of t.facts) {
      if (f.province_code !== code || !isPapiActual(f, "dimension", year)) continue;
      m.set(f.indicator_id, f);
    }
    return m;
  };
  const va = values(ca);
  const vb = values(cb);
  const out: DifferenceRow[] = [];
  for (const [id, fa] of va) {
    const fb = vb.get(id);
    if (!fb) continue;
    out.push({
      indicator_id: id,
      dimension: fa.dimension as number,
      a_value: fa.value as number,
      b_value: fb.value as number,
      diff: (fa.value as number) - (fb.value as number),
    });
  }
  return out.sort((x, y) => x.dimension - y.dimension);
}

/** JavaScript twin of yearsQuery(). */
export function compareYears(t: CompareTables, slugs: readonly string[]): YearRow[] {
  const sel = selected(t.provinces, slugs);
  const years = new Map<number, { total: Set<string>; dim: Set<string>; sub: Set<string> }>();
  for (const f of t.facts) {
    if (f.index !== "PAPI" || f.value === null || !isNationalScope(f) || !sel.has(f.province_code)) continue;
    let key: "total" | "dim" | "sub" | null = null;
    if (f.level === "total" && f.indicator_id === "papi.total" && (f.kind === "actual" || f.kind === "derived")) key = "total";
    else if (f.level === "dimension" && f.kind === "actual") key = "dim";
    else if (f.level === "subdimension" && f.kind === "actual") key = "sub";
    if (!key) continue;
    let y = years.get(f.year);
    if (!y) years.set(f.year, (y = { total: new Set(), dim: new Set(), sub: new Set() }));
    y[key].add(f.province_code);
  }
  return [...years.entries()]
    .map(([year, y]) => ({ year, with_total: y.total.size, with_dimensions: y.dim.size, with_subdimensions: y.sub.size }))
    .sort((a, b) => a.year - b.year);
}

/** JavaScript twin of presetQuery(): the provinces of a preset, in GSO-code order. */
export function presetSlugs(provinces: readonly ProvinceInfo[], kind: PresetKind, first: string): string[] {
  const ref = provinces.find((p) => p.slug === first);
  const sorted = [...provinces].filter((p) => p.code !== NATIONAL).sort((a, b) => a.code.localeCompare(b.code));
  if (kind === "northwest") return sorted.filter((p) => p.northwest).map((p) => p.slug);
  if (!ref) return [];
  if (kind === "region") return sorted.filter((p) => p.region_id === ref.region_id).map((p) => p.slug);
  return sorted.filter((p) => p.unit_2025 === ref.unit_2025).map((p) => p.slug);
}

/**
 * A preset's provinces as a selection: the reference province first (when it belongs), then the
 * others in code order, at most six; `of` is how many the preset has in all.
 */
export function presetSelection(all: readonly string[], first: string | null): { slugs: string[]; of: number } {
  const ordered = first && all.includes(first) ? [first, ...all.filter((s) => s !== first)] : [...all];
  return { slugs: ordered.slice(0, MAX_PROVINCES), of: all.length };
}

/** Years in which every selected province has a total (official or derived). */
export function overlapYears(years: readonly YearRow[], count: number): number[] {
  return years.filter((y) => y.with_total >= count && count > 0).map((y) => y.year);
}

/** Years in which each province has a total: slug → years. */
export function yearsByProvince(totals: readonly TotalsRow[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const r of totals) {
    const ys = m.get(r.slug) ?? [];
    ys.push(r.year);
    m.set(r.slug, ys);
  }
  for (const ys of m.values()) ys.sort((a, b) => a - b);
  return m;
}

/**
 * The year to show the profile for: the requested one when some selected province has dimension
 * scores that year, else the latest year in which most of them have.
 */
export function chooseYear(years: readonly YearRow[], requested: number | null): number | null {
  const withDims = years.filter((y) => y.with_dimensions > 0);
  if (!withDims.length) return null;
  if (requested !== null && withDims.some((y) => y.year === requested)) return requested;
  const most = Math.max(...withDims.map((y) => y.with_dimensions));
  return withDims.filter((y) => y.with_dimensions === most).at(-1)!.year;
}

/** Everything the comparison page shows for one selection. */
export interface CompareData {
  engine: "rows" | "duckdb";
  slugs: string[];
  years: YearRow[];
  totals: TotalsRow[];
  year: number | null;
  dimensions: DimensionRow[];
  heatmap: HeatmapRow[];
  a: string | null;
  b: string | null;
  difference: DifferenceRow[];
}

export interface CompareSelection {
  slugs: string[];
  year: number | null;
  a: string | null;
  b: string | null;
}

/** A and B: the requested ones when they are among the selected provinces, else the first two. */
export function choosePair(slugs: readonly string[], a: string | null, b: string | null): { a: string | null; b: string | null } {
  const pa = a && slugs.includes(a) ? a : (slugs[0] ?? null);
  let pb = b && slugs.includes(b) && b !== pa ? b : null;
  if (!pb) pb = slugs.find((s) => s !== pa) ?? null;
  return { a: pa, b: pb };
}

/** The page's data from plain rows (the first view, before DuckDB is ready). */
export function compareFromRows(t: CompareTables, sel: CompareSelection): CompareData {
  const years = compareYears(t, sel.slugs);
  const year = chooseYear(years, sel.year);
  const { a, b } = choosePair(sel.slugs, sel.a, sel.b);
  return {
    engine: "rows",
    slugs: sel.slugs,
    years,
    totals: compareTotals(t, sel.slugs),
    year,
    dimensions: year === null ? [] : compareDimensions(t, sel.slugs, year),
    heatmap: year === null ? [] : compareHeatmap(t, sel.slugs, year),
    a,
    b,
    difference: year === null || !a || !b ? [] : compareDifference(t, a, b, year),
  };
}

/** Runs a query: (sql, params) → rows. DuckDB-wasm in the page, duckdb in Node in the tests. */
export type RunQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

/** The page's data from SQL (every selection change once DuckDB is ready). */
export async function compareFromSql(run: RunQuery, sel: CompareSelection, q: typeof import("./queries.js")): Promise<CompareData> {
  const go = <T>(x: { sql: string; params: unknown[] }) => run(x.sql, x.params) as Promise<T[]>;
  const [years, totals] = await Promise.all([go<YearRow>(q.yearsQuery(sel.slugs)), go<TotalsRow>(q.totalsQuery(sel.slugs))]);
  const year = chooseYear(years, sel.year);
  const { a, b } = choosePair(sel.slugs, sel.a, sel.b);
  const [dimensions, heatmap, difference] =
    year === null
      ? [[], [], []]
      : await Promise.all([
          go<DimensionRow>(q.dimensionsQuery(sel.slugs, year)),
          go<HeatmapRow>(q.heatmapQuery(sel.slugs, year)),
          a && b ? go<DifferenceRow>(q.differenceQuery(a, b, year)) : Promise.resolve([] as DifferenceRow[]),
        ]);
  return { engine: "duckdb", slugs: sel.slugs, years, totals, year, dimensions, heatmap, a, b, difference };
}
