/**
 * The comparison page's data for one selection (no DOM, no DuckDB). Every province's rows are
 * computed at build (comparePageData.ts, where the rules are); here the page picks the selected
 * provinces' rows, joins their names, and subtracts B from A.
 */
import { byText as cmp } from "../shared/order.js";
import { NATIONAL, type IndicatorInfo, type ProvinceInfo } from "../province/provinceFacts.js";
import type { RankFields } from "../shared/tableRows.js";
import { fromColumns, type Columns } from "../shared/columns.js";

export type PresetKind = "region" | "northwest" | "unit";

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

/** The first build-time file, its columns read back as rows (fromColumns). */
export interface CompareRows {
  provinces: readonly ProvinceInfo[];
  totals: readonly Omit<TotalsRow, "slug" | "name_vi" | "name_en">[];
  coverage: readonly { province_code: string; year: number; total: number; dimensions: number; subdimensions: number }[];
}

/**
 * compare.json read back as rows: by the page from the file it fetches, and by the first view
 * written at build (src/compare.md.ts) from the same file's content.
 */
export function compareRowsFrom(file: { provinces: readonly ProvinceInfo[]; totals: Columns; coverage: Columns }): CompareRows {
  return { provinces: file.provinces, totals: fromColumns(file.totals), coverage: fromColumns(file.coverage) };
}

/** The profile file as rows. */
export interface ProfileRows {
  dimensions: readonly (Omit<DimensionRow, "slug" | "name_vi" | "name_en" | "national_mean" | "national_n"> & { year: number })[];
  subdimensions: readonly (Omit<HeatmapRow, "slug" | "name_vi" | "name_en" | "indicator_vi" | "indicator_en"> & { year: number })[];
  national: readonly { indicator_id: string; year: number; mean: number; n: number }[];
  indicators: readonly IndicatorInfo[];
}

/**
 * The profile files read back as rows: the context file and one file per selected province, by
 * the page from the files it fetches, and by the tests from the same files' content.
 */
export function profileRowsFrom(
  context: { national: Columns; indicators: readonly IndicatorInfo[] },
  files: readonly { dimensions: Columns; subdimensions: Columns }[],
): ProfileRows {
  return {
    dimensions: files.flatMap((f) => fromColumns<ProfileRows["dimensions"][number]>(f.dimensions)),
    subdimensions: files.flatMap((f) => fromColumns<ProfileRows["subdimensions"][number]>(f.subdimensions)),
    national: fromColumns<ProfileRows["national"][number]>(context.national),
    indicators: context.indicators,
  };
}

/**
 * The selection read from the URL: known slugs only, no repeats, at most six. Self-contained (the
 * first view written at build runs its source: compareFirstView.ts).
 */
export function normalizeSelection(
  slugs: readonly string[],
  provinces: readonly Pick<ProvinceInfo, "slug">[],
  max: number = MAX_PROVINCES,
): { slugs: string[]; dropped: string[]; truncated: boolean } {
  const known = new Set(provinces.map((p) => p.slug));
  const out: string[] = [];
  const dropped: string[] = [];
  for (const s of slugs) {
    if (!known.has(s)) dropped.push(s);
    else if (!out.includes(s)) out.push(s);
  }
  return { slugs: out.slice(0, max), dropped, truncated: out.length > max };
}

function selectedCodes(provinces: readonly ProvinceInfo[], slugs: readonly string[]): Map<string, ProvinceInfo> {
  const set = new Set(slugs);
  return new Map(provinces.filter((p) => set.has(p.slug)).map((p) => [p.code, p]));
}

const names = (p: ProvinceInfo) => ({ slug: p.slug, name_vi: p.name_vi, name_en: p.name_en });

/** The selected provinces' totals over time, with their names. */
export function compareTotals(base: CompareRows, slugs: readonly string[]): TotalsRow[] {
  const sel = selectedCodes(base.provinces, slugs);
  const out: TotalsRow[] = [];
  for (const r of base.totals) {
    const p = sel.get(r.province_code);
    if (p) out.push({ ...names(p), ...r });
  }
  return out.sort((a, b) => cmp(a.slug, b.slug) || a.year - b.year);
}

/** The selected provinces' dimension scores in one year, with the national mean. */
export function compareDimensions(base: CompareRows, profile: ProfileRows, slugs: readonly string[], year: number): DimensionRow[] {
  const sel = selectedCodes(base.provinces, slugs);
  const national = new Map(profile.national.filter((b) => b.year === year).map((b) => [b.indicator_id, b]));
  const out: DimensionRow[] = [];
  for (const { year: y, ...r } of profile.dimensions) {
    const p = y === year ? sel.get(r.province_code) : undefined;
    if (!p) continue;
    const b = national.get(r.indicator_id);
    out.push({ ...names(p), ...r, national_mean: b ? b.mean : null, national_n: b ? b.n : null });
  }
  return out.sort((a, b) => a.dimension - b.dimension || cmp(a.slug, b.slug));
}

/** Provinces × sub-dimensions in one year (the heatmap), with the sub-dimension names. */
export function compareHeatmap(base: CompareRows, profile: ProfileRows, slugs: readonly string[], year: number): HeatmapRow[] {
  const sel = selectedCodes(base.provinces, slugs);
  const ind = new Map(profile.indicators.map((i) => [i.id, i]));
  const out: HeatmapRow[] = [];
  for (const { year: y, ...r } of profile.subdimensions) {
    const p = y === year ? sel.get(r.province_code) : undefined;
    if (!p) continue;
    const i = ind.get(r.indicator_id);
    out.push({ ...names(p), ...r, indicator_vi: i?.name_vi ?? null, indicator_en: i?.name_en ?? null });
  }
  return out.sort((a, b) => a.dimension - b.dimension || cmp(a.indicator_id, b.indicator_id) || cmp(a.slug, b.slug));
}

/** Province A minus province B for each dimension both have in one year. */
export function compareDifference(dimensions: readonly DimensionRow[], a: string, b: string): DifferenceRow[] {
  const vb = new Map(dimensions.filter((r) => r.slug === b).map((r) => [r.indicator_id, r.value]));
  const out: DifferenceRow[] = [];
  for (const r of dimensions) {
    const bValue = r.slug === a ? vb.get(r.indicator_id) : undefined;
    if (bValue === undefined) continue;
    out.push({ indicator_id: r.indicator_id, dimension: r.dimension, a_value: r.value, b_value: bValue, diff: r.value - bValue });
  }
  return out.sort((x, y) => x.dimension - y.dimension);
}

/** For each year: how many of the selected provinces have a total, dimension scores, sub-dimension scores. */
export function compareYears(base: CompareRows, slugs: readonly string[]): YearRow[] {
  const sel = selectedCodes(base.provinces, slugs);
  const years = new Map<number, YearRow>();
  for (const c of base.coverage) {
    if (!sel.has(c.province_code)) continue;
    let y = years.get(c.year);
    if (!y) years.set(c.year, (y = { year: c.year, with_total: 0, with_dimensions: 0, with_subdimensions: 0 }));
    y.with_total += c.total;
    y.with_dimensions += c.dimensions;
    y.with_subdimensions += c.subdimensions;
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The provinces of a preset, in GSO-code order: the region of `first`, the Northwest six, or the unit `first` joins in 2025. */
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
  slugs: string[];
  years: YearRow[];
  totals: TotalsRow[];
  /** every province's totals (the selected ones too): the grey context lines and the value axis */
  allTotals: CompareRows["totals"];
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

/** The page's data for one selection, from the two build-time files (the profile may still be loading: null). */
export function compareData(base: CompareRows, profile: ProfileRows | null, sel: CompareSelection): CompareData {
  const years = compareYears(base, sel.slugs);
  const year = chooseYear(years, sel.year);
  const { a, b } = choosePair(sel.slugs, sel.a, sel.b);
  const dimensions = year === null || !profile ? [] : compareDimensions(base, profile, sel.slugs, year);
  return {
    slugs: sel.slugs,
    years,
    totals: compareTotals(base, sel.slugs),
    allTotals: base.totals,
    year,
    dimensions,
    heatmap: year === null || !profile ? [] : compareHeatmap(base, profile, sel.slugs, year),
    a,
    b,
    difference: !a || !b ? [] : compareDifference(dimensions, a, b),
  };
}
