/**
 * The province's dimensions against the national mean, the region's mean and the best province
 * (small multiples and the table of benchmarks).
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard, dataTable, type TableColumn } from "../shared/chartCard.js";
import { L, fmt, lang, missing, t, tickFormat, type Text } from "../shared/i18n.js";
import { HIGHLIGHT, MEAN } from "../shared/palette.js";
import { LABELS, dimCode, groupText, indicatorName, legend, note, provinceName, rankText } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import { breakYears, breaksWithin, segmentOf, type SeriesBreak } from "./provinceFacts.js";
import type { Bench } from "./provinceProfile.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";
import { REGION_COLOR, BEST_COLOR, type ViewContext, fitLabel, nameOf, benchText } from "./provinceViewContext.js";
import { breakNote, type DimSeries } from "./provinceTrendCharts.js";

/** A panel of the small multiples: its column and row. */
interface Facet {
  fx: number;
  fy: number;
}

/** One point of a dimension's panel: the province's score or one of its benchmarks in a year. */
interface DimPoint extends Facet {
  dimension: number;
  indicator_id: string;
  year: number;
  series: DimSeries;
  value: number;
  segment: number;
}

/** The panels' grid: the dimensions shown, the columns (2 on a narrow screen, else 4) and each dimension's panel. */
interface PanelGrid {
  dims: number[];
  cols: number;
  pos: (dim: number) => Facet;
}

/** The panels' grid of the province's dimensions at the context's width. */
function panelGrid(ctx: ViewContext): PanelGrid {
  const dims = [...new Set(ctx.profile.dimensions.map((d) => d.dimension))].sort((a, b) => a - b);
  const cols = ctx.width < 640 ? 2 : 4;
  const pos = (dim: number) => ({ fx: dims.indexOf(dim) % cols, fy: Math.floor(dims.indexOf(dim) / cols) });
  return { dims, cols, pos };
}

/** Each dimension's score and benchmarks per year as panel points, with the segment (between series breaks) of the year. */
function dimensionPoints(ctx: ViewContext, pos: (dim: number) => Facet): DimPoint[] {
  const long: DimPoint[] = [];
  for (const d of ctx.profile.dimensions) {
    const segment = segmentOf(d.year, breakYears(ctx.breaks, d.indicator_id));
    const base = { dimension: d.dimension, indicator_id: d.indicator_id, year: d.year, segment, ...pos(d.dimension) };
    long.push({ ...base, series: "province", value: d.value });
    if (d.national.value !== null) long.push({ ...base, series: "national", value: d.national.value });
    if (d.region.value !== null) long.push({ ...base, series: "region", value: d.region.value });
    if (d.best) long.push({ ...base, series: "best", value: d.best.value });
  }
  return long;
}

/** Each panel's frame and title, and its series breaks (verified dashed, unverified dotted). */
function panelMarks(titles: (Facet & { label: string })[], breakMarks: (Facet & { year: number; verified: boolean })[], titleEms: number): Plot.Markish[] {
  return [
    Plot.frame({ stroke: "#ddd" }),
    // A panel's whole title, wrapped to the panel's width (two lines at most), above its frame.
    Plot.text(titles, {
      fx: "fx",
      fy: "fy",
      text: "label",
      frameAnchor: "top-left",
      lineAnchor: "bottom",
      dy: -4,
      lineWidth: titleEms,
      fontSize: 11,
      fontWeight: 600,
    }),
    Plot.ruleX(
      breakMarks.filter((d) => d.verified),
      { fx: "fx", fy: "fy", x: (d) => d.year - 0.5, stroke: "#888", strokeDasharray: "3,3" },
    ),
    Plot.ruleX(
      breakMarks.filter((d) => !d.verified),
      { fx: "fx", fy: "fy", x: (d) => d.year - 0.5, stroke: "#aaa", strokeDasharray: "1,3" },
    ),
  ];
}

/** The lines of the national mean, the region's mean and the best province, then the province's line and dots (with tooltips). */
function seriesMarks(long: DimPoint[]): Plot.Markish[] {
  const series = (s: DimSeries) => long.filter((d) => d.series === s);
  return [
    Plot.line(series("national"), { fx: "fx", fy: "fy", x: "year", y: "value", z: "segment", stroke: MEAN, strokeDasharray: "6,4", strokeWidth: 1.2 }),
    Plot.line(series("region"), { fx: "fx", fy: "fy", x: "year", y: "value", z: "segment", stroke: REGION_COLOR, strokeWidth: 1.2 }),
    Plot.line(series("best"), { fx: "fx", fy: "fy", x: "year", y: "value", z: "segment", stroke: BEST_COLOR, strokeDasharray: "1.5,3", strokeWidth: 1.8 }),
    Plot.line(series("province"), { fx: "fx", fy: "fy", x: "year", y: "value", z: "segment", stroke: HIGHLIGHT, strokeWidth: 2 }),
    Plot.dot(series("province"), {
      fx: "fx",
      fy: "fy",
      x: "year",
      y: "value",
      r: 2.5,
      fill: HIGHLIGHT,
      title: (d) => `${dimCode(d.dimension)} ${d.year}: ${fmt(d.value)}`,
    }),
  ];
}

/** How much wider the panel titles' font is than the widths Plot wraps text with. */
const TITLE_FONT_WIDER = 1.18;

/** The small multiples: one panel per dimension, years on x (short labels), the panels' titles wrapped to their width. */
function dimensionsPlot(ctx: ViewContext, grid: PanelGrid, years: number[], breaks: SeriesBreak[]) {
  const { dims, cols, pos } = grid;
  const breakMarks = breaks
    .filter((b) => dims.includes(Number(b.indicator.slice(6))))
    .map((b) => ({ year: b.year, ...pos(Number(b.indicator.slice(6))), verified: b.verified !== false }));
  const facetWidth = (ctx.width - 48) / cols;
  // Wrapped at the panel's width (in ems of the 11 px title); cut only past two lines. Plot
  // measures a line in a generic sans-serif's widths; the site's font at weight 600 is about a
  // sixth wider, so a line wrapped at the full width ran into the next panel's title.
  const titleEms = Math.max(6, (facetWidth - 8) / 11 / TITLE_FONT_WIDER);
  const titles = dims.map((d) => ({
    ...pos(d),
    label: fitLabel(`${dimCode(d)} · ${indicatorName(ctx.indicators, `papi.d${d}`)}`, (2 * (facetWidth - 8)) / TITLE_FONT_WIDER),
  }));
  const fewYears = years.length <= 3;
  return Plot.plot({
    width: ctx.width,
    height: 200 * Math.ceil(dims.length / cols) + 40,
    marginLeft: 36,
    marginTop: 36,
    marginRight: 12,
    fx: { axis: null, padding: 0.12 },
    fy: { axis: null, padding: 0.28 },
    x: {
      label: null,
      tickFormat: (y: number) => (fewYears || y % 2 === 0 ? `'${String(y).slice(2)}` : ""),
      ticks: years,
      domain: [years[0]! - 0.5, years.at(-1)! + 0.5],
    },
    // The dimensions' own scale (1–10), not the data's extent: every province's panels share it,
    // so two province pages compare at a glance, and no point sits on the frame without a tick.
    y: { label: null, grid: true, tickFormat: tickFormat(0), ...dimensionScale(ctx, dims) },
    marks: [...panelMarks(titles, breakMarks, titleEms), ...seriesMarks(dimensionPoints(ctx, pos))],
  });
}

/** The scale the dimensions' scores are on (the taxonomy's), with a tick on each even point. */
function dimensionScale(ctx: ViewContext, dims: readonly number[]): { domain?: [number, number]; ticks?: number[] } {
  const defs = dims.map((d) => ctx.indicators.find((i) => i.id === `papi.d${d}`));
  const lo = Math.min(...defs.map((i) => i?.scale_min ?? Number.NaN));
  const hi = Math.max(...defs.map((i) => i?.scale_max ?? Number.NaN));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return {};
  return { domain: [lo, hi], ticks: Array.from({ length: Math.floor(hi / 2) }, (_, k) => 2 * (k + 1)).filter((v) => v >= lo) };
}

/** The legend: the province, the national mean, the region's mean (named) and the best province. */
function dimensionsLegend(ctx: ViewContext): HTMLElement {
  const { province } = ctx.profile;
  return legend([
    { label: nameOf(ctx), color: HIGHLIGHT, shape: "line" },
    { label: LABELS.nationalMean, color: MEAN, shape: "dashed" },
    {
      label: {
        vi: `Trung bình vùng (${lang === "vi" ? province.region_vi : province.region_en})`,
        en: `Region mean (${province.region_en})`,
      },
      color: REGION_COLOR,
      shape: "line",
    },
    { label: LABELS.best, color: BEST_COLOR, shape: "dotted" },
  ]);
}

/** The table view's rows: each dimension and year with its group, rank and benchmarks. */
function dimensionRows(ctx: ViewContext): Record<string, unknown>[] {
  return ctx.profile.dimensions.map((d) => ({
    dimension: `${dimCode(d.dimension)} ${indicatorName(ctx.indicators, d.indicator_id)}`,
    year: d.year,
    value: d.value,
    group: groupText(d.group, d.group_source),
    rank: rankText(d.rank, d.rank_of, d.rank_source),
    national: d.national.value,
    national_n: d.national.n,
    region: d.region.value,
    best: d.best ? provinceName(d.best) : null,
    best_value: d.best?.value ?? null,
    source_loc: d.source_loc,
  }));
}

/** The table view's columns (a missing benchmark says why). */
function dimensionColumns(): TableColumn[] {
  const fmtOr = (reason: Text) => (v: unknown) => (v === null || v === undefined ? missing(reason) : fmt(v as number));
  const noDist: Text = {
    vi: `không có phân bố toàn quốc (cần ≥ ${MIN_PROVINCES_NATIONAL} tỉnh)`,
    en: `no national distribution (needs ≥ ${MIN_PROVINCES_NATIONAL} provinces)`,
  };
  return [
    { key: "dimension", label: L.dimension },
    { key: "year", label: L.year },
    { key: "value", label: L.score, align: "right", format: (v) => fmt(v as number) },
    { key: "group", label: L.group },
    { key: "rank", label: L.rank },
    { key: "national", label: LABELS.nationalMean, align: "right", format: fmtOr(noDist) },
    {
      key: "region",
      label: LABELS.regionMean,
      align: "right",
      format: fmtOr({ vi: "quá ít tỉnh trong vùng có số liệu", en: "too few of the region's provinces have a value" }),
    },
    { key: "best", label: LABELS.best, format: (v, r) => (v ? `${v} (${fmt(r.best_value as number)})` : missing(noDist)) },
    { key: "source_loc", label: L.source },
  ];
}

export function dimensionsChart(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  if (!profile.dimensions.length)
    return note({ vi: "Chưa có điểm các chỉ số nội dung của tỉnh này.", en: "No dimension scores for this province yet." }, "pv-empty");
  const grid = panelGrid(ctx);
  const years = [...new Set(profile.dimensions.map((d) => d.year))].sort((a, b) => a - b);
  const ids = grid.dims.map((d) => `papi.d${d}`);
  const breaks = breaksWithin(ctx.breaks, ids, years[0]!, years.at(-1)!);
  const chart = dimensionsPlot(ctx, grid, years, breaks);
  return chartCard({
    title: {
      vi: `Các chỉ số nội dung của ${nameOf(ctx)} so với trung bình toàn quốc, vùng và tỉnh cao nhất?`,
      en: `How do ${nameOf(ctx)}'s dimensions compare with the national and regional means and the best province?`,
    },
    subtitle: { vi: "Điểm từng chỉ số nội dung, thang 1–10; D7 và D8 có từ 2018.", en: "Score of each dimension, 1–10 scale; D7 and D8 from 2018." },
    source: { vi: "bảng facts và benchmarks (trung bình tính toán)", en: "facts and benchmarks tables (computed means)" },
    n: profile.dimensions.length,
    chart: el("div", {}, dimensionsLegend(ctx), chart),
    columns: dimensionColumns(),
    rows: dimensionRows(ctx),
    filename: `papi-dimensions-${profile.province.slug}`,
    note: breakNote(breaks),
  });
}

/** The latest year's dimensions as a table: score, group, rank, national and region means, best province. */
export function benchmarkTable(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const year = Math.max(...profile.dimensions.map((d) => d.year));
  const rows = profile.dimensions.filter((d) => d.year === year);
  if (!rows.length) return el("span");
  const noDist: Text = {
    vi: `không có phân bố toàn quốc (cần ≥ ${MIN_PROVINCES_NATIONAL} tỉnh)`,
    en: `no national distribution (needs ≥ ${MIN_PROVINCES_NATIONAL} provinces)`,
  };
  const columns: TableColumn[] = [
    { key: "dimension", label: L.dimension, format: (v) => `${dimCode(v as number)} ${indicatorName(ctx.indicators, `papi.d${v}`)}` },
    { key: "value", label: L.score, align: "right", format: (v) => fmt(v as number) },
    { key: "group", label: L.group, format: (_, r) => groupText(r.group as string, r.group_source as string) },
    { key: "rank", label: L.rank, format: (_, r) => rankText(r.rank as number, r.rank_of as number, r.rank_source as string) },
    {
      key: "national",
      label: LABELS.nationalMean,
      align: "right",
      format: (_, r) => ((r.national as Bench).value === null ? missing(noDist) : benchText(r.national as Bench)),
    },
    {
      key: "region",
      label: LABELS.regionMean,
      align: "right",
      format: (_, r) =>
        (r.region as Bench).value === null
          ? missing({ vi: "quá ít tỉnh trong vùng có số liệu", en: "too few of the region's provinces" })
          : benchText(r.region as Bench),
    },
    {
      key: "best",
      label: LABELS.best,
      format: (_, r) => (r.best ? `${provinceName(r.best as never)} (${fmt((r.best as { value: number }).value)})` : missing(noDist)),
    },
  ];
  return el(
    "div",
    { class: "pv-table-wrap" },
    el("h3", {}, t({ vi: `Các chỉ số nội dung năm ${year}`, en: `Dimensions in ${year}` })),
    dataTable(columns, rows as unknown as Record<string, unknown>[], t({ vi: `Các chỉ số nội dung năm ${year}`, en: `Dimensions in ${year}` })),
  );
}
