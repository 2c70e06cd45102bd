/**
 * The overview page (src/index.md): which provinces have a score in a year and how they rank,
 * the national mean over time, and what data there is. Pure functions over the published rows
 * (`rows("facts")`, `rows("provinces")`, `rows("coverage")` from data.ts — no DuckDB), and the
 * page's charts (Plot). The same selections are written as SQL in queries/overview.ts, and
 * test/queries/overview.test.ts checks that both agree on the full data.
 */
import * as Plot from "@observablehq/plot";
import { fmt, fmtRank, L, lang as pageLang, t, type Lang, type Text } from "../shared/i18n.js";
import { CONTEXT, GROUP_COLORS, GROUP_ORDER, MEAN, OKABE_ITO, REGION_COLORS } from "../shared/palette.js";
import type { CoverageRow, FactRow, ProvinceRow, SeriesBreak } from "../shared/tableRows.js";
import type { RankFields } from "../shared/tableRows.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";

export type IndexId = "PAPI" | "PAR_INDEX" | "SIPAS";

/** Rows of the published tables (src/components/shared/tableRows.ts). */
export type Fact = FactRow;
export type Province = ProvinceRow;
export type { CoverageRow };

export type { SeriesBreak };

export const NATIONAL = "00";
export const INDEX_ORDER: IndexId[] = ["PAPI", "PAR_INDEX", "SIPAS"];
export const TOTAL_ID: Record<IndexId, string> = { PAPI: "papi.total", PAR_INDEX: "par.total", SIPAS: "sipas.total" };
export const SIX_DIMENSION_ID = "papi.total_6d";

export const INDEX_LABELS: Record<IndexId, Text> = {
  PAPI: { vi: "PAPI — Hiệu quả quản trị và hành chính công cấp tỉnh", en: "PAPI — Provincial Governance and Public Administration Performance" },
  PAR_INDEX: { vi: "PAR INDEX — Chỉ số cải cách hành chính", en: "PAR INDEX — Public Administration Reform Index" },
  SIPAS: { vi: "SIPAS — Chỉ số hài lòng về sự phục vụ hành chính", en: "SIPAS — Satisfaction with Public Administrative Services" },
};

export const INDEX_SHORT: Record<IndexId, string> = { PAPI: "PAPI", PAR_INDEX: "PAR INDEX", SIPAS: "SIPAS" };

/** Short dimension names for legends (the indicators table has the full names). */
const DIMENSION_SHORT: Record<string, Text> = {
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

const isNationalScope = (f: Fact) => f.rank_scope === null || f.rank_scope === "national";
const isScore = (f: Fact) => f.kind === "actual" || f.kind === "derived";

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
      rank: main.rank,
      rank_of: main.rank === null ? null : main.rank_of,
      rank_source: main.rank === null ? null : main.rank_source,
      group: main.group,
      group_source: main.group === null ? null : main.group_source,
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

// ---------------------------------------------------------------------------------------------
// Charts

export interface RankingChartOptions {
  width: number;
  index: string;
  lang?: Lang;
  href?: (slug: string) => string;
}

/**
 * Ranking of every province with a total: stacked bars of the dimension scores (where known),
 * a tick at the total, and the total with its rank (published or computed) at the bar's end.
 */
export function rankingChart(totals: RankedProvince[], o: RankingChartOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const parts = dimensionParts(totals, o.index, l);
  const labels = [...new Set(parts.map((p) => p.label))].sort((a, b) => Number(a.slice(1, 2)) - Number(b.slice(1, 2)));
  const withoutDims = totals.filter((d) => d.dims.size === 0);
  const label = (d: RankedProvince) => `${fmt(d.value, 2, l)}${d.kind === "derived" ? "*" : ""}  ${rankLabel(d, l)}`;
  const maxValue = Math.max(...totals.map((d) => d.value), 1);
  return Plot.plot({
    width: o.width,
    height: Math.max(120, totals.length * 17 + 70),
    marginLeft: 130,
    marginRight: 190,
    style: { fontSize: "11px" },
    x: { label: t(L.score, l), domain: [0, maxValue], grid: true, tickFormat: (x: number) => fmt(x, 0, l) },
    y: { label: null, domain: totals.map((d) => d.name) },
    color: labels.length ? { legend: true, domain: labels, range: OKABE_ITO.slice(0, labels.length) } : undefined,
    marks: [
      Plot.barX(parts, {
        x: "value",
        y: "name",
        fill: "label",
        order: labels,
        title: (p: DimensionPart) => `${p.name}\n${p.label}: ${fmt(p.value, 2, l)}`,
      }),
      Plot.barX(withoutDims, {
        x: "value",
        y: "name",
        fill: CONTEXT,
        title: (d: RankedProvince) => `${d.name}: ${fmt(d.value, 2, l)}`,
      }),
      Plot.tickX(totals, { x: "value", y: "name", stroke: MEAN, strokeWidth: 1.5 }),
      Plot.text(totals, { x: "value", y: "name", text: label, dx: 5, textAnchor: "start", fill: "currentColor" }),
      Plot.axisY({ label: null, tickSize: 0, href: o.href ? (name: string) => o.href!(totals.find((d) => d.name === name)!.slug) : undefined }),
      Plot.ruleX([0]),
    ],
  });
}

export interface RegionChartOptions {
  width: number;
  lang?: Lang;
  regions: Array<{ id: number; name: string }>;
}

/** Distribution of the year's totals by region: a box per region and one dot per province. */
export function regionChart(totals: RankedProvince[], o: RegionChartOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  return Plot.plot({
    width: o.width,
    height: Math.max(160, o.regions.length * 46 + 60),
    marginLeft: 230,
    x: { label: t(L.score, l), grid: true, tickFormat: (x: number) => fmt(x, 0, l) },
    y: { label: null, domain: o.regions.map((r) => r.name) },
    color: { domain: o.regions.map((r) => r.name), range: o.regions.map((r) => REGION_COLORS[r.id] ?? CONTEXT) },
    marks: [
      Plot.boxX(totals, { x: "value", y: "region", stroke: "#777", fill: "#eee", r: 0 }),
      Plot.dot(totals, {
        x: "value",
        y: "region",
        fill: "region",
        stroke: "white",
        r: 4.5,
        title: (d: RankedProvince) => `${d.name}: ${fmt(d.value, 2, l)}`,
      }),
    ],
  });
}

export interface TrendChartOptions {
  width: number;
  lang?: Lang;
  /** break years of the total (a vertical rule, no line across) */
  breakYears: number[];
  breakLabel?: string;
  six?: TrendPoint[];
}

export function trendChart(trend: TrendPoint[], published: PublishedMean[], o: TrendChartOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const computedLabel = t({ vi: "Trung bình tính toán", en: "Computed mean" }, l);
  const sixLabel = t({ vi: "Tổng 6 chỉ số nội dung (liên tục)", en: "Six-dimension total (continuous)" }, l);
  const publishedLabel = t({ vi: "Trung bình công bố", en: "Published mean" }, l);
  const years = [...trend.map((d) => d.year), ...published.map((d) => d.year), ...(o.six ?? []).map((d) => d.year)];
  const domain = years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : [2011, 2024];
  const series = [computedLabel, ...(o.six?.length ? [sixLabel] : []), publishedLabel];
  const colors = [OKABE_ITO[0]!, ...(o.six?.length ? [OKABE_ITO[2]!] : []), OKABE_ITO[5]!];
  const tip = (d: TrendPoint) =>
    `${d.year}: ${fmt(d.mean, 2, l)} (n = ${d.n}${d.n_derived ? `, ${d.n_derived} ${t({ vi: "suy ra", en: "derived" }, l)}` : ""})`;
  const breaks = o.breakYears.filter((b) => b - 0.5 > domain[0]! && b - 0.5 < domain[1]!);
  // A narrow range (e.g. two published means) gets a few points of room, so ticks stay distinct.
  const values = [...trend.map((d) => d.mean), ...published.map((d) => d.value), ...(o.six ?? []).map((d) => d.mean)];
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const yDomain = hi - lo < 4 ? [Math.floor(lo) - 2, Math.ceil(hi) + 2] : undefined;
  return Plot.plot({
    width: o.width,
    height: 320,
    marginRight: 20,
    x: { label: t(L.year, l), domain, tickFormat: (x: number) => (Number.isInteger(x) ? String(x) : ""), ticks: Math.min(14, years.length + 2) },
    y: { label: t(L.score, l), grid: true, domain: yDomain, nice: !yDomain, tickFormat: (x: number) => fmt(x, Number.isInteger(x) ? 0 : 1, l) },
    color: { legend: true, domain: series, range: colors },
    symbol: { domain: series, range: ["circle", ...(o.six?.length ? ["square"] : []), "diamond"] as Plot.SymbolType[] },
    marks: [
      ...breaks.map((b) => Plot.ruleX([b - 0.5], { stroke: "#999", strokeDasharray: "4,3" })),
      ...breaks.map((b) =>
        Plot.text([b - 0.5], {
          x: (x: number) => x,
          frameAnchor: "top",
          text: () => o.breakLabel ?? `${b}`,
          dx: -5,
          dy: 4,
          textAnchor: "end",
          fill: "#555",
          lineWidth: 12,
        }),
      ),
      Plot.line(trend, { x: "year", y: "mean", z: "period", stroke: () => computedLabel, strokeWidth: 2 }),
      Plot.dot(trend, {
        x: "year",
        y: "mean",
        stroke: () => computedLabel,
        fill: (d: TrendPoint) => (d.n_derived ? "white" : computedLabel),
        symbol: () => computedLabel,
        r: 3.5,
        title: tip,
      }),
      ...(o.six?.length
        ? [
            Plot.line(o.six, { x: "year", y: "mean", stroke: () => sixLabel, strokeDasharray: "5,3", strokeWidth: 1.5 }),
            Plot.dot(o.six, { x: "year", y: "mean", stroke: () => sixLabel, fill: "white", symbol: () => sixLabel, r: 3, title: tip }),
          ]
        : []),
      Plot.dot(published, {
        x: "year",
        y: "value",
        fill: () => publishedLabel,
        symbol: () => publishedLabel,
        r: 6,
        stroke: "white",
        title: (d: PublishedMean) => `${d.year}: ${fmt(d.value, 2, l)} — ${t(L.published, l)} (${d.source ?? ""})`,
      }),
      Plot.text(published, {
        x: "year",
        y: "value",
        text: (d: PublishedMean) => `${fmt(d.value, 2, l)}\n${t(L.published, l)}`,
        dx: 8,
        dy: 14,
        textAnchor: "start",
        fill: OKABE_ITO[5],
      }),
    ],
  });
}

export const SOURCE_KIND_ORDER = ["official_workbook", "csv_panel", "plan_document", "computed"];

export interface CoverageChartOptions {
  width: number;
  lang?: Lang;
}

/**
 * What is present, for which year, from which kind of source: one row per index × level, one
 * column per year, one mark per kind of source (colour and shape), its size the provinces covered.
 */
export function coverageChart(coverage: CoverageRow[], o: CoverageChartOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const rowLabel = (c: CoverageRow) => `${INDEX_SHORT[c.index as IndexId] ?? c.index} · ${t(LEVEL_LABELS[c.level] ?? c.level, l)}`;
  const levels = ["total", "dimension", "subdimension"];
  const rowsOrder = INDEX_ORDER.flatMap((i) => levels.map((lv) => ({ index: i, level: lv })))
    .filter((r) => coverage.some((c) => c.index === r.index && c.level === r.level))
    .map((r) => rowLabel({ index: r.index, level: r.level } as CoverageRow));
  // One mark per (index, level, year, source kind): the largest province count of that kind.
  const cells = new Map<string, CoverageRow & { row: string; kinds: string[] }>();
  for (const c of coverage) {
    const key = `${c.index}|${c.level}|${c.year}|${c.source_kind}`;
    const cur = cells.get(key);
    if (!cur) cells.set(key, { ...c, row: rowLabel(c), kinds: [c.kind] });
    else {
      cur.provinces = Math.max(cur.provinces, c.provinces);
      cur.figures += c.figures;
      cur.national ||= c.national;
      if (!cur.kinds.includes(c.kind)) cur.kinds.push(c.kind);
    }
  }
  const data = [...cells.values()];
  const kinds = SOURCE_KIND_ORDER.filter((k) => data.some((d) => d.source_kind === k));
  const kindNames = kinds.map((k) => t(SOURCE_KIND_LABELS[k] ?? k, l));
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  // Marks of the same cell side by side: the kind of source shifts the year a little.
  const offset = (k: string) => (SOURCE_KIND_ORDER.indexOf(k) - 1.5) * 0.2;
  const points = data.map((d) => ({ ...d, x: d.year + offset(d.source_kind), kindName: t(SOURCE_KIND_LABELS[d.source_kind] ?? d.source_kind, l) }));
  const lo = years.length ? years[0]! : 2011;
  const hi = years.length ? years[years.length - 1]! : 2024;
  return Plot.plot({
    width: Math.max(o.width, 320),
    height: Math.max(140, rowsOrder.length * 34 + 80),
    marginLeft: 200,
    marginBottom: 40,
    x: { label: t(L.year, l), domain: [lo - 0.5, hi + 0.5], ticks: years, tickFormat: (y: number) => String(y) },
    y: { label: null, domain: rowsOrder },
    r: { range: [2, 6], domain: [1, 63] },
    color: { legend: true, domain: kindNames, range: [OKABE_ITO[0]!, OKABE_ITO[2]!, OKABE_ITO[5]!, OKABE_ITO[7]!].slice(0, kindNames.length) },
    symbol: { domain: kindNames, range: ["circle", "square", "triangle", "diamond"].slice(0, kindNames.length) as Plot.SymbolType[] },
    marks: [
      Plot.ruleX(years.map((y) => y + 0.5).slice(0, -1), { stroke: "#eee" }),
      Plot.dot(points, {
        x: "x",
        y: "row",
        r: (d: CoverageRow) => Math.max(1, d.provinces),
        fill: "kindName",
        symbol: "kindName",
        title: (d: (typeof points)[number]) =>
          `${d.row} ${d.year}\n${d.kindName}: ${d.provinces} ${t({ vi: "tỉnh", en: "provinces" }, l)}, ${d.figures} ${t({ vi: "con số", en: "figures" }, l)}${d.national ? ` + ${t(L.national, l)}` : ""} (${d.kinds.map((k) => kindLabel(k, l)).join(", ")})`,
      }),
    ],
  });
}

/** A number cell for chartCard tables ("—" for missing). */
export const num =
  (digits = 2, l: Lang = pageLang) =>
  (v: unknown): string =>
    typeof v === "number" ? fmt(v, digits, l) : "—";

/** Group colours for legends, best → worst. */
export const GROUP_SCALE = { domain: GROUP_ORDER, range: GROUP_ORDER.map((g) => GROUP_COLORS[g]!) };
