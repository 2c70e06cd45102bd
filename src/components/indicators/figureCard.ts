/**
 * The /indicators chart card (indicatorFigure.ts puts it in the figure): the distribution of all
 * provinces per year (box and dots), the chosen provinces, the national mean and the series
 * breaks (dashed rules; lines never cross them), with its table view and notes.
 */
import * as Plot from "../../vendor/plot.js";
import type { TableColumn } from "../shared/chartCard.js";
import { fmt, fmtRank, L, missing, t, tickFormat, type Text } from "../shared/i18n.js";
import {
  jitter,
  segments,
  yearStats,
  type BreakRow,
  type DistRow,
  type IndicatorLike,
  type IndicatorResult,
  type MeanRow,
  type ProvinceLike,
  type YearStats,
} from "./indicatorData.js";
import { CONTEXT, MEAN, OKABE_ITO } from "../shared/palette.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";
import { T, name } from "./indicatorLabels.js";
import { yearTicks } from "../shared/yearTicks.js";
import type { FigureContext } from "./indicatorFigure.js";

export function yearsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

export interface SegRow {
  year: number;
  value: number;
  seg: string;
  label: string;
  name: string;
}

/** What the chart and the table of one figure are drawn from. */
interface FigureParts {
  result: IndicatorResult;
  ctx: FigureContext;
  from: number;
  to: number;
  years: number[];
  stats: YearStats[];
  /** years with a derived (not official) value */
  derivedYears: Set<number>;
  bySlug: Map<string, ProvinceLike>;
  /** the selection's provinces that exist, in its order */
  chosen: string[];
  /** the chosen provinces' rows */
  hl: DistRow[];
  digits: number;
}

/** The chosen provinces' lines, one run per stretch without a break or a gap, and each province's last point (its label). */
function provinceRuns(f: FigureParts, breakYears: readonly number[]): { segRows: SegRow[]; lastPoints: DistRow[] } {
  const segRows: SegRow[] = [];
  const lastPoints: DistRow[] = [];
  for (const slug of f.chosen) {
    const pts = f.result.dist.filter((d) => d.slug === slug);
    const n = name(f.bySlug.get(slug)!);
    segments(pts, breakYears).forEach((run, k) => {
      const label = `${n}: ${run[0]!.year === run[run.length - 1]!.year ? run[0]!.year : `${run[0]!.year}–${run[run.length - 1]!.year}`}`;
      for (const p of run) segRows.push({ year: p.year, value: p.value, seg: `${slug}#${k}`, label, name: n });
    });
    if (pts.length) lastPoints.push(pts[pts.length - 1]!);
  }
  return { segRows, lastPoints };
}

/** The national mean's points (years with enough provinces) and its line, one run per stretch without a break or a gap. */
function meanRuns(means: readonly MeanRow[], breakYears: readonly number[]): { meanPts: { year: number; value: number }[]; meanRows: SegRow[] } {
  const meanPts = means.filter((m) => m.n >= MIN_PROVINCES_NATIONAL).map((m) => ({ year: m.year, value: m.mean }));
  const meanRows: SegRow[] = [];
  segments(meanPts, breakYears).forEach((run, k) => {
    const label = `${t(L.nationalMean)}: ${run[0]!.year}–${run[run.length - 1]!.year}`;
    for (const p of run) meanRows.push({ year: p.year, value: p.value, seg: `mean#${k}`, label, name: t(L.nationalMean) });
  });
  return { meanPts, meanRows };
}

/** The series breaks: a rule before each break year, with its label at the top. */
function breakMarks(visibleBreaks: readonly BreakRow[]): Plot.Markish[] {
  return [
    // Verified breaks dashed, unverified ones dotted; both groups are labelled "series-break".
    Plot.ruleX(visibleBreaks, {
      x: (d: BreakRow) => d.year - 0.5,
      stroke: "#333",
      strokeWidth: 1.2,
      strokeDasharray: "6,3",
      filter: (d: BreakRow) => d.verified,
      className: "series-break",
    }),
    Plot.ruleX(visibleBreaks, {
      x: (d: BreakRow) => d.year - 0.5,
      stroke: "#333",
      strokeWidth: 1.2,
      strokeDasharray: "1.5,3",
      filter: (d: BreakRow) => !d.verified,
      className: "series-break",
    }),
    Plot.text(visibleBreaks, {
      x: (d: BreakRow) => d.year - 0.5,
      // Just above the frame, below the y axis's label (higher up, they crossed on a phone).
      frameAnchor: "top",
      dy: -6,
      text: (d: BreakRow) => (d.verified ? `${t(T.breakLabel)} ${d.year}` : `${t(T.breakLabel)} ${d.year} (${t(T.unverified)})`),
      fontSize: 10,
      fill: "#333",
    }),
  ];
}

/** All provinces per year: whiskers from lowest to highest, the quartile box, the median and one dot per province (with its tooltip). */
function distributionMarks(f: FigureParts): Plot.Markish[] {
  return [
    Plot.ruleX(f.stats, { x: "year", y1: "min", y2: "max", stroke: CONTEXT }),
    Plot.rect(f.stats, {
      x1: (d: { year: number }) => d.year - 0.28,
      x2: (d: { year: number }) => d.year + 0.28,
      y1: "q1",
      y2: "q3",
      fill: "#eef1f4",
      stroke: CONTEXT,
      className: "year-box",
    }),
    Plot.ruleY(f.stats, {
      y: "median",
      x1: (d: { year: number }) => d.year - 0.28,
      x2: (d: { year: number }) => d.year + 0.28,
      stroke: "#555",
      strokeWidth: 1.5,
    }),
    Plot.dot(f.result.dist, {
      x: (d: DistRow) => d.year + jitter(d.province_code),
      y: "value",
      r: 2,
      fill: CONTEXT,
      fillOpacity: 0.75,
      className: "province-dots",
      channels: { [t(L.province)]: (d: DistRow) => name(d), [t(L.year)]: (d: DistRow) => String(d.year) },
      tip: { format: { x: false, y: (v: number) => fmt(v, f.digits), [t(L.province)]: true, [t(L.year)]: true } },
    }),
  ];
}

/** The national mean: its line, its points and the published national figure. */
function meanMarks(meanRows: SegRow[], meanPts: { year: number; value: number }[], published: MeanRow[]): Plot.Markish[] {
  return [
    Plot.line(meanRows, { x: "year", y: "value", z: "seg", stroke: MEAN, strokeWidth: 1.5, strokeDasharray: "6,3", title: "label", className: "mean-line" }),
    Plot.dot(meanPts, { x: "year", y: "value", symbol: "times", r: 3.5, stroke: MEAN, strokeWidth: 1.5, className: "mean-point" }),
    Plot.dot(published, { x: "year", y: "published_mean", symbol: "diamond", r: 5, stroke: MEAN, fill: "white", className: "published-mean" }),
  ];
}

/** The chosen provinces: their lines, their points (hollow where derived) and a name label at each one's last point. */
function provinceMarks(segRows: SegRow[], hl: DistRow[], lastPoints: DistRow[]): Plot.Markish[] {
  return [
    Plot.line(segRows, { x: "year", y: "value", z: "seg", stroke: "name", strokeWidth: 2.4, title: "label", className: "province-line" }),
    Plot.dot(
      hl.filter((d) => d.kind !== "derived"),
      { x: "year", y: "value", r: 3.6, fill: (d: DistRow) => name(d), stroke: "white", className: "province-point" },
    ),
    Plot.dot(
      hl.filter((d) => d.kind === "derived"),
      { x: "year", y: "value", r: 3.6, fill: "white", stroke: (d: DistRow) => name(d), strokeWidth: 2, className: "province-point-derived" },
    ),
    Plot.text(lastPoints, {
      x: "year",
      y: "value",
      text: (d: DistRow) => name(d),
      dx: 8,
      textAnchor: "start",
      fill: (d: DistRow) => name(d),
      fontWeight: 600,
    }),
  ];
}

/** Test hooks: the break rules carry their year. */
function tagBreakRules(chart: Element, visibleBreaks: readonly BreakRow[]): void {
  const breakGroups = chart.querySelectorAll("g.series-break");
  breakGroups.forEach((group) => {
    const verified = group.getAttribute("stroke-dasharray") === "6,3";
    const list = visibleBreaks.filter((b) => b.verified === verified);
    group.querySelectorAll("line").forEach((line, i) => {
      line.setAttribute("data-testid", "series-break");
      line.setAttribute("data-year", String(list[i]?.year ?? ""));
      line.setAttribute("data-verified", String(list[i]?.verified ?? ""));
    });
  });
}

/** The chart: scales and legend (a colour per chosen province), the marks in drawing order, and the break rules' test hooks. */
function figureChart(f: FigureParts, indName: string, unit: string) {
  const { result, ctx, from, to, chosen } = f;
  const breakYears = result.breaks.map((b) => b.year);
  const visibleBreaks = result.breaks.filter((b) => b.year > from && b.year <= to);
  const palette = OKABE_ITO.filter((c) => c !== MEAN);
  const colourOf = new Map(chosen.map((s, i) => [name(f.bySlug.get(s)!), palette[i % palette.length]!]));
  const { segRows, lastPoints } = provinceRuns(f, breakYears);
  const { meanPts, meanRows } = meanRuns(result.means, breakYears);
  const published = result.means.filter((m) => m.published_mean !== null);
  const chart = Plot.plot({
    width: Math.max(320, ctx.width),
    height: 440,
    marginLeft: 48,
    marginRight: chosen.length ? 100 : 24,
    marginTop: 28,
    x: {
      domain: [from - 0.6, to + 0.6],
      ...yearTicks(f.years, Math.max(320, ctx.width), 48 + (chosen.length ? 100 : 24), (y: number) => (f.derivedYears.has(y) ? `${y}*` : `${y}`)),
      label: null,
    },
    y: { label: `${indName} (${unit})`, grid: true, nice: true, tickFormat: tickFormat(unit === "%" ? 0 : 1) },
    color: chosen.length ? { domain: [...colourOf.keys()], range: [...colourOf.values()], legend: true } : undefined,
    marks: [...breakMarks(visibleBreaks), ...distributionMarks(f), ...meanMarks(meanRows, meanPts, published), ...provinceMarks(segRows, f.hl, lastPoints)],
  });
  tagBreakRules(chart, visibleBreaks);
  return chart;
}

/** The table view's rows: per-year statistics and the chosen provinces' values. */
function tableRows(f: FigureParts): Record<string, unknown>[] {
  const statByYear = new Map(f.stats.map((s) => [s.year, s]));
  const meanByYear = new Map(f.result.means.map((m) => [m.year, m]));
  return f.years.map((year) => {
    const s = statByYear.get(year);
    const m = meanByYear.get(year);
    const row: Record<string, unknown> = {
      year,
      n: s?.n ?? 0,
      min: s?.min ?? null,
      q1: s?.q1 ?? null,
      median: s?.median ?? null,
      q3: s?.q3 ?? null,
      max: s?.max ?? null,
      mean: m && m.n >= MIN_PROVINCES_NATIONAL ? m.mean : null,
      published_mean: m?.published_mean ?? null,
    };
    for (const slug of f.chosen) {
      const d = f.hl.find((h) => h.slug === slug && h.year === year);
      row[`value_${slug}`] = d?.value ?? null;
      row[`kind_${slug}`] = d?.kind ?? null;
      row[`rank_${slug}`] = d?.rank ?? null;
      row[`rank_of_${slug}`] = d?.rank_of ?? null;
      row[`rank_source_${slug}`] = d?.rank_source ?? null;
    }
    return row;
  });
}

/** The table's columns for the year and the per-year statistics (a missing value says why: no data, or not in force). */
function statColumns(f: FigureParts, inForce: (y: number) => boolean): TableColumn[] {
  const reasonFor = (year: number) => (inForce(year) ? L.noData : T.notInForce);
  const num = (key: string, label: Text): TableColumn => ({
    key,
    label,
    align: "right",
    format: (v, row) => (typeof v === "number" ? fmt(v, f.digits) : missing(reasonFor(row.year as number))),
  });
  return [
    { key: "year", label: L.year, format: (v) => (f.derivedYears.has(v as number) ? `${v}*` : String(v)) },
    { key: "n", label: T.n, align: "right", format: (v) => String(v) },
    num("min", T.min),
    num("q1", T.q1),
    num("median", T.median),
    num("q3", T.q3),
    num("max", T.max),
    num("mean", T.mean),
    { key: "published_mean", label: T.publishedMean, align: "right", format: (v) => (typeof v === "number" ? fmt(v, f.digits) : "") },
  ];
}

/** The table's two columns for a chosen province: its value (marked when derived) and its rank (marked when computed). */
function provinceColumns(slug: string, p: ProvinceLike, digits: number, inForce: (y: number) => boolean): TableColumn[] {
  return [
    {
      key: `value_${slug}`,
      label: name(p),
      align: "right",
      format: (v, row) =>
        typeof v === "number"
          ? `${fmt(v, digits)}${row[`kind_${slug}`] === "derived" ? ` (${t(T.kindDerived)})` : ""}`
          : missing(inForce(row.year as number) ? L.notSurveyed : T.notInForce),
    },
    {
      key: `rank_${slug}`,
      label: `${t(L.rank)} ${name(p)}`,
      align: "right",
      format: (v, row) =>
        typeof v === "number"
          ? `${fmtRank(v, row[`rank_of_${slug}`] as number | null)}${row[`rank_source_${slug}`] === "computed" ? ` (${t(L.computed)})` : ""}`
          : "—",
    },
  ];
}

/** The notes under the figure: derived years, how the mean is computed, and years without one. */
function figureNotes(f: FigureParts): string {
  const notes: string[] = [];
  if (f.derivedYears.size) notes.push(t(T.derivedNote));
  notes.push(t(T.meanNote));
  if (f.result.means.some((m) => m.n < MIN_PROVINCES_NATIONAL)) notes.push(t(T.meanMissing));
  return notes.join(" ");
}

export function figureCard(result: IndicatorResult, ctx: FigureContext, indName: string, unit: string, from: number, to: number) {
  const sel = result.selection;
  const bySlug = new Map(ctx.provinces.map((p) => [p.slug, p]));
  const f: FigureParts = {
    result,
    ctx,
    from,
    to,
    years: yearsBetween(from, to),
    stats: yearStats(result.dist),
    derivedYears: new Set(result.means.filter((m) => m.has_derived).map((m) => m.year)),
    bySlug,
    chosen: sel.provinces.filter((s) => bySlug.has(s)),
    hl: result.dist.filter((d) => d.highlighted),
    digits: unit === "%" ? 1 : 2,
  };
  const chart = figureChart(f, indName, unit);

  // The table view: per-year statistics and the chosen provinces' values.
  const ind = ctx.indicators.find((i) => i.id === sel.indicator);
  const inForce = (y: number) => !ind || (y >= ind.year_from && (ind.year_to === null || y <= ind.year_to));
  const rows = tableRows(f);
  const columns = [...statColumns(f, inForce), ...f.chosen.flatMap((slug) => provinceColumns(slug, bySlug.get(slug)!, f.digits, inForce))];

  const provincesDrawn = new Set(result.dist.map((d) => d.province_code)).size;
  return {
    title: {
      vi: `Các tỉnh đạt bao nhiêu điểm “${ind ? ind.name_vi : sel.indicator}” qua từng năm?`,
      en: `How do the provinces score on “${ind ? ind.name_en : sel.indicator}” each year?`,
    },
    subtitle: {
      vi: `Mỗi chấm là một tỉnh; hộp: từ tứ phân vị 1 đến 3, vạch giữa: trung vị, râu: thấp nhất – cao nhất. ${from}–${to}.`,
      en: `Each dot is a province; box: first to third quartile, bar: median, whiskers: min – max. ${from}–${to}.`,
    },
    source: T.source,
    n: `${result.dist.length} (${provincesDrawn} ${t({ vi: "tỉnh", en: "provinces" })})`,
    chart,
    columns,
    rows,
    filename: figureFileName(ind, sel.indicator, from, to),
    note: figureNotes(f),
    csv: allProvincesCsv(f, ind),
  };
}

/** The download's name says the index, the level, the indicator and the years: `papi-subdimension-d1.1-2011-2024`. */
export function figureFileName(ind: IndicatorLike | undefined, id: string, from: number, to: number): string {
  const index = (ind?.index ?? id.split(".")[0] ?? "papi").toLowerCase().replace(/_/g, "-");
  const short = id.replace(/^[a-z_]+\./i, "");
  return [...new Set([index, ind?.level ?? "indicator", short])].join("-") + `-${from}-${to}`;
}

/** Every province drawn, every year: one row each, with names beside codes and the figure as the source gave it. */
function allProvincesCsv(f: FigureParts, ind: IndicatorLike | undefined): { header: string[]; rows: unknown[][] } {
  const header = [
    "indicator_id",
    "indicator_vi",
    "indicator_en",
    "index",
    "level",
    "year",
    "province_code",
    "province_vi",
    "province_en",
    "value",
    "kind",
    "rank",
    "rank_of",
    "rank_source",
  ];
  const rows = [...f.result.dist]
    .sort((a, b) => a.year - b.year || a.name_vi.localeCompare(b.name_vi, "vi"))
    .map((d) => [
      f.result.selection.indicator,
      ind?.name_vi ?? null,
      ind?.name_en ?? null,
      ind?.index ?? null,
      ind?.level ?? null,
      d.year,
      d.province_code,
      d.name_vi,
      d.name_en,
      d.value,
      d.kind,
      d.rank,
      d.rank_of,
      d.rank_source,
    ]);
  return { header, rows };
}
