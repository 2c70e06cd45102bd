/**
 * The overview page's selections over the build-time rows: the indices and years present, each
 * province's total with its dimensions, rank and group in a year, the national trend, and the
 * labels of kinds, ranks and groups.
 */
import { fmtRank, L, lang as pageLang, t, type Lang, type Text } from "../shared/i18n.js";
import type { CoverageRow, FactRow, ProvinceRow, SeriesBreak } from "../shared/tableRows.js";
import { NATIONAL, isNationalScope, shownRankFields, type RankFields } from "../shared/tableRows.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";

export type IndexId = "PAPI" | "PAR_INDEX" | "SIPAS";

/** Rows of the published tables (src/components/shared/tableRows.ts). */
export type Fact = FactRow;
export type Province = ProvinceRow;
export type { CoverageRow };

export type { SeriesBreak };

export { NATIONAL, isNationalScope };
export const INDEX_ORDER: IndexId[] = ["PAPI", "PAR_INDEX", "SIPAS"];
export const TOTAL_ID: Record<IndexId, string> = { PAPI: "papi.total", PAR_INDEX: "par.total", SIPAS: "sipas.total" };
export const SIX_DIMENSION_ID = "papi.total_6d";

export const INDEX_LABELS: Record<IndexId, Text> = {
  PAPI: { vi: "PAPI — Hiệu quả quản trị và hành chính công cấp tỉnh", en: "PAPI — Provincial Governance and Public Administration Performance" },
  PAR_INDEX: { vi: "PAR INDEX — Chỉ số cải cách hành chính", en: "PAR INDEX — Public Administration Reform Index" },
  SIPAS: { vi: "SIPAS — Chỉ số hài lòng về sự phục vụ hành chính", en: "SIPAS — Satisfaction with Public Administrative Services" },
};

export const INDEX_SHORT: Record<IndexId, string> = { PAPI: "PAPI", PAR_INDEX: "PAR INDEX", SIPAS: "SIPAS" };

/** The unit an index's results are written in: PAPI in points, PAR INDEX and SIPAS in percent. */
export function indexUnit(index: string): "" | "%" {
  return index === "PAPI" ? "" : "%";
}

/** Short dimension names for legends (the indicators table has the full names). */
export const DIMENSION_SHORT: Record<string, Text> = {
  "papi.d1": { vi: "Tham gia", en: "Participation" },
  "papi.d2": { vi: "Công khai, minh bạch", en: "Transparency" },
  "papi.d3": { vi: "Trách nhiệm giải trình", en: "Accountability" },
  "papi.d4": { vi: "Kiểm soát tham nhũng", en: "Control of corruption" },
  "papi.d5": { vi: "Thủ tục hành chính", en: "Administrative procedures" },
  "papi.d6": { vi: "Dịch vụ công", en: "Public services" },
  "papi.d7": { vi: "Quản trị môi trường", en: "Environmental governance" },
  "papi.d8": { vi: "Quản trị điện tử", en: "E-governance" },
};

export function dimensionLabel(indicatorId: string, dimension: number | null, l: Lang = pageLang): string {
  const short = DIMENSION_SHORT[indicatorId];
  return `D${dimension ?? "?"}${short ? ` ${t(short, l)}` : ""}`;
}

export function provinceName(p: Pick<Province, "name_vi" | "name_en">, l: Lang = pageLang): string {
  return l === "en" ? p.name_en : p.name_vi;
}

export function regionName(p: Pick<Province, "region_vi" | "region_en">, l: Lang = pageLang): string {
  return l === "en" ? p.region_en : p.region_vi;
}

export const isScore = (f: Fact) => f.kind === "actual" || f.kind === "derived";

/** The indices with at least one province total, in the official order. */
export function indicesPresent(facts: Fact[]): IndexId[] {
  const seen = new Set<string>();
  for (const f of facts) if (f.level === "total" && isScore(f) && f.value !== null && f.province_code !== NATIONAL) seen.add(f.index);
  return INDEX_ORDER.filter((i) => seen.has(i));
}

/** Years in which at least one province has a total (actual or derived) for the index, ascending. */
export function totalYears(facts: Fact[], index: string, indicator: string = TOTAL_ID[index as IndexId]): number[] {
  const years = new Set<number>();
  for (const f of facts)
    if (f.index === index && f.indicator_id === indicator && isScore(f) && f.value !== null && f.province_code !== NATIONAL && isNationalScope(f))
      years.add(f.year);
  return [...years].sort((a, b) => a - b);
}

/** The latest year with province totals for the index (the page's default), or null. */
export function defaultYear(facts: Fact[], index: string = "PAPI"): number | null {
  const years = totalYears(facts, index);
  return years.length ? years[years.length - 1]! : null;
}

export interface RankedProvince extends RankFields {
  code: string;
  slug: string;
  name: string;
  name_vi: string;
  name_en: string;
  region_id: number;
  region: string;
  tile_row: number | null;
  tile_col: number | null;
  value: number;
  /** "actual", or "derived" where no actual total exists (2017, 2018 in the panel). */
  kind: string;
  /** the value's source file, and its location (file:line or sheet!cell) */
  source_id: string | null;
  source: string | null;
  note: string | null;
  /** dimension number → score (actual), for the breakdown */
  dims: Map<number, number>;
}

/**
 * Every province with a total for index × year (national "00" excluded), best first. The value
 * is the actual total, else the derived one (the panel's sum of dimensions, or a value derived
 * from a stated change) — its kind says which. Rank and group come from the same row (published
 * or computed, as the row says).
 */
export function provinceTotals(
  facts: Fact[],
  provinces: Province[],
  index: string,
  year: number,
  indicator: string = TOTAL_ID[index as IndexId],
  l: Lang = pageLang,
): RankedProvince[] {
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const chosen = new Map<string, Fact>();
  const dims = new Map<string, Map<number, number>>();
  for (const f of facts) {
    if (f.index !== index || f.year !== year || f.province_code === NATIONAL || !isNationalScope(f)) continue;
    if (f.level === "dimension" && f.kind === "actual" && f.value !== null && f.dimension !== null) {
      let m = dims.get(f.province_code);
      if (!m) dims.set(f.province_code, (m = new Map()));
      m.set(f.dimension, f.value);
      continue;
    }
    if (f.indicator_id !== indicator || !isScore(f) || f.value === null) continue;
    const cur = chosen.get(f.province_code);
    if (!cur || (f.kind === "actual" && cur.kind !== "actual")) chosen.set(f.province_code, f);
  }
  const out: RankedProvince[] = [];
  for (const [code, main] of chosen) {
    const p = byCode.get(code);
    if (!p) continue;
    out.push({
      code,
      slug: p.slug,
      name: provinceName(p, l),
      name_vi: p.name_vi,
      name_en: p.name_en,
      region_id: p.region_id,
      region: regionName(p, l),
      tile_row: p.tile_row,
      tile_col: p.tile_col,
      value: main.value!,
      kind: main.kind,
      ...shownRankFields(main),
      rank_of: main.rank === null ? null : main.rank_of,
      source_id: main.value_source_id ?? null,
      source: main.value_source_loc ?? main.value_source_id ?? null,
      note: main.note ?? null,
      dims: dims.get(code) ?? new Map(),
    });
  }
  return out.sort((a, b) => b.value - a.value || a.name_vi.localeCompare(b.name_vi, "vi"));
}

export interface CoverageNote {
  n: number;
  of: number;
  missing: Province[];
}

/** How many of the 63 provinces have a score, and which do not. */
export function coverageNote(totals: Pick<RankedProvince, "code">[], provinces: Province[]): CoverageNote {
  const have = new Set(totals.map((d) => d.code));
  const missing = provinces.filter((p) => p.code !== NATIONAL && !have.has(p.code));
  return { n: provinces.length - missing.length, of: provinces.length, missing: missing.sort((a, b) => a.name_vi.localeCompare(b.name_vi, "vi")) };
}

export function coverageSentence(note: CoverageNote, l: Lang = pageLang): string {
  const names = note.missing.map((p) => provinceName(p, l));
  const list =
    names.length > 12
      ? `${names.slice(0, 12).join(", ")}${l === "vi" ? ` và ${names.length - 12} tỉnh khác` : ` and ${names.length - 12} more`}`
      : names.join(", ");
  if (l === "vi") return `${note.n} trên ${note.of} tỉnh có điểm năm nay${names.length ? `; chưa có điểm: ${list}.` : "."}`;
  return `${note.n} of ${note.of} provinces have a score this year${names.length ? `; no score: ${list}.` : "."}`;
}

/** The year's scores by dimension, one row per province × dimension (for the stacked bars). */
export interface DimensionPart {
  code: string;
  name: string;
  dimension: number;
  label: string;
  value: number;
  total: number;
}

export function dimensionParts(totals: RankedProvince[], index: string, l: Lang = pageLang): DimensionPart[] {
  const prefix = index === "PAPI" ? "papi.d" : index === "PAR_INDEX" ? "par.a" : "sipas.d";
  const out: DimensionPart[] = [];
  for (const d of totals)
    for (const [dimension, value] of [...d.dims].sort((a, b) => a[0] - b[0]))
      out.push({ code: d.code, name: d.name, dimension, label: dimensionLabel(`${prefix}${dimension}`, dimension, l), value, total: d.value });
  return out;
}

/** The period of a year in a series with breaks: years before the first break are period 0. */
export function periodOf(year: number, breakYears: number[]): number {
  return breakYears.filter((b) => year >= b).length;
}

/** The break years of an indicator (taxonomy breaks), ascending. */
export function breakYearsOf(breaks: SeriesBreak[], indicator: string): number[] {
  return [...new Set(breaks.filter((b) => b.indicator === indicator).map((b) => b.year))].sort((a, b) => a - b);
}

export interface TrendPoint {
  year: number;
  mean: number;
  n: number;
  /** provinces whose total is derived (no actual total that year) */
  n_derived: number;
  period: number;
  indicator: string;
}

/**
 * The mean of the provinces' totals per year (national "00" rows excluded; actual, else derived,
 * exactly as in the ranking), for years with at least `minN` provinces. Each point carries its
 * period so the line is never joined across a series break.
 */
export function nationalTrend(
  facts: Fact[],
  provinces: Province[],
  index: string,
  indicator: string = TOTAL_ID[index as IndexId],
  breakYears: number[] = [],
  minN = MIN_PROVINCES_NATIONAL,
): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (const year of totalYears(facts, index, indicator)) {
    const totals = provinceTotals(facts, provinces, index, year, indicator);
    if (totals.length < minN) continue;
    const mean = totals.reduce((s, d) => s + d.value, 0) / totals.length;
    out.push({ year, mean, n: totals.length, n_derived: totals.filter((d) => d.kind !== "actual").length, period: periodOf(year, breakYears), indicator });
  }
  return out;
}

export interface PublishedMean {
  year: number;
  value: number;
  source: string | null;
}

/** National figures published in documents (province_code "00"), e.g. 43.78 for 2018. */
export function publishedNational(facts: Fact[], index: string, indicator: string = TOTAL_ID[index as IndexId]): PublishedMean[] {
  return facts
    .filter((f) => f.index === index && f.indicator_id === indicator && f.province_code === NATIONAL && f.kind === "actual" && f.value !== null)
    .map((f) => ({ year: f.year, value: f.value!, source: f.value_source_loc ?? f.value_source_id ?? null }))
    .sort((a, b) => a.year - b.year);
}

/** The distinct source files of a list of values, for a chart's "Source" line. */
export function sourceFiles(totals: Array<{ source_id: string | null }>): string[] {
  return [...new Set(totals.map((d) => d.source_id).filter((s): s is string => !!s))].sort();
}

/** True when the data holds an official workbook or a CSV panel (not only plan documents). */
export function hasOfficialData(sources: Array<{ kind: string }>): boolean {
  return sources.some((s) => s.kind === "official_workbook" || s.kind === "csv_panel");
}

// ---------------------------------------------------------------------------------------------
// Labels

export function rankLabel(d: Pick<RankedProvince, "rank" | "rank_of" | "rank_source">, l: Lang = pageLang): string {
  if (d.rank === null) return "";
  const r = `#${fmtRank(d.rank, d.rank_of)}`;
  return d.rank_source === "computed" ? `${r} (${t(L.computed, l)})` : `${r} (${t(L.published, l)})`;
}

export function groupLabel(group: string | null, source: string | null, l: Lang = pageLang): string {
  if (!group) return "—";
  const names: Record<string, Text> = {
    CN: { vi: "Cao nhất", en: "Best performers" },
    TBC: { vi: "Trung bình cao", en: "High average" },
    TBT: { vi: "Trung bình thấp", en: "Low average" },
    TN: { vi: "Thấp nhất", en: "Poor performers" },
  };
  const name = names[group] ? t(names[group]!, l) : group;
  return source === "computed" ? `${name} (${t(L.computed, l)})` : name;
}

export function kindLabel(kind: string, l: Lang = pageLang): string {
  const k: Record<string, Text> = {
    actual: { vi: "kết quả", en: "actual" },
    derived: { vi: "suy ra", en: "derived" },
    target: { vi: "mục tiêu", en: "target" },
  };
  return k[kind] ? t(k[kind]!, l) : kind;
}

export const SOURCE_KIND_LABELS: Record<string, Text> = {
  official_workbook: { vi: "Bộ dữ liệu chính thức (.xlsx)", en: "Official workbook (.xlsx)" },
  csv_panel: { vi: "Bảng CSV tổng hợp", en: "CSV panel" },
  plan_document: { vi: "Văn bản kế hoạch", en: "Plan document" },
  computed: { vi: "Tính toán (PAPI Explorer)", en: "Computed (PAPI Explorer)" },
};

export const LEVEL_LABELS: Record<string, Text> = {
  total: { vi: "Tổng", en: "Total" },
  dimension: { vi: "Chỉ số nội dung", en: "Dimensions" },
  subdimension: { vi: "Chỉ số thành phần", en: "Sub-dimensions" },
};
