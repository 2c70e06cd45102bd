/**
 * The quick chart below a notebook result: pickers for the chart type, x, y and series (the
 * automatic choice preselected), over a chart card that is redrawn whenever one changes.
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard } from "../shared/chartCard.js";
import { el } from "../shared/dom.js";
import { lang, t, type Text } from "../shared/i18n.js";
import { OKABE_ITO } from "../shared/palette.js";
import { formatCell } from "./formatCell.js";
import { CHART_ROWS, NOTEBOOK_LABELS as T } from "./notebookLabels.js";
import { asNumber, cellText, chooseChart, describeColumns, type ChartSpec, type ChartType, type ColumnInfo, type ResultRow } from "./notebookLogic.js";
import type { NotebookResult } from "./notebookResult.js";
import { exampleFor } from "./queries.js";

/** Fills `chartBox` with the chart pickers and the chart of `res`; `root` gives the width. */
export function drawChartSection(chartBox: HTMLElement, res: NotebookResult, root: HTMLElement): void {
  const auto = chooseChart(res.columns, res.rows, lang);
  let spec: ChartSpec = { ...auto };
  const controls = el("div", "nb-chart-controls");
  const colOptions: [string, string][] = res.columns.map((c) => [c, c]);
  const body = el("div", "nb-chart-body");
  const redraw = () => body.replaceChildren(chartFor(res, spec, root));
  controls.append(
    select(T.chartType, "chart-type", typeOptions(auto.type), spec.type, (v) => {
      spec = { ...spec, type: v as ChartType };
      if (spec.type !== "none" && (!spec.x || !spec.y)) spec = { ...spec, x: res.columns[0] ?? null, y: res.columns[1] ?? res.columns[0] ?? null };
      redraw();
    }),
    select({ vi: "x", en: "x" }, "chart-x", colOptions, spec.x ?? res.columns[0] ?? "", (v) => {
      spec = { ...spec, x: v };
      redraw();
    }),
    select({ vi: "y", en: "y" }, "chart-y", colOptions, spec.y ?? res.columns[1] ?? res.columns[0] ?? "", (v) => {
      spec = { ...spec, y: v };
      redraw();
    }),
    select(T.series, "chart-series", [["", t(T.noSeries)], ...colOptions], spec.series ?? "", (v) => {
      spec = { ...spec, series: v || null };
      redraw();
    }),
  );
  chartBox.append(el("h3", "", t(T.chart)), controls, body);
  redraw();
}

/** A labelled `<select>` of `[value, text]` options, calling `onChange` with the chosen value. */
function select(labelText: Text, testid: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLLabelElement {
  const lab = el("label", "nb-control");
  lab.append(`${t(labelText)} `);
  const s = el("select");
  s.dataset.testid = testid;
  for (const [v, text] of options) {
    const o = el("option", "", text);
    o.value = v;
    s.append(o);
  }
  s.value = value;
  s.addEventListener("change", () => onChange(s.value));
  lab.append(s);
  return lab;
}

/** A chart type's name in the page language. */
function typeName(ty: ChartType): string {
  return t(ty === "line" ? T.line : ty === "bar" ? T.bar : ty === "scatter" ? T.scatter : T.none);
}

/** The chart-type options, the automatic choice marked as such. */
function typeOptions(autoType: ChartType): [string, string][] {
  return (["line", "bar", "scatter", "none"] as ChartType[]).map((ty) => [ty, ty === autoType ? `${typeName(ty)} (${t(T.auto)})` : typeName(ty)]);
}

/** Axis tick options for a column: every year when it holds years (up to 25), else plain numbers. */
function tickOptions(info: Map<string, ColumnInfo>, data: ResultRow[]) {
  const locale = lang === "vi" ? "vi-VN" : "en-GB";
  return (col: string) => {
    if (!info.get(col)?.year) return { tickFormat: (v: number) => v.toLocaleString(locale, { maximumFractionDigits: 3, useGrouping: false }) };
    const years = [...new Set(data.map((r) => asNumber(r[col])).filter((v): v is number => v !== null))].sort((a, b) => a - b);
    return { tickFormat: (v: number) => String(v), ...(years.length <= 25 ? { ticks: years } : {}) };
  };
}

type Ticks = ReturnType<typeof tickOptions>;

/** The chart card for `spec`, or a hint when there is nothing to draw. */
function chartFor(res: NotebookResult, spec: ChartSpec, root: HTMLElement): HTMLElement {
  if (spec.type === "none" || !spec.x || !spec.y) {
    const p = el("p", "nb-hint", t(T.noChart));
    p.dataset.testid = "no-chart";
    return p;
  }
  const { x, y, series } = spec;
  const capped = res.rows.length > CHART_ROWS;
  const data = res.rows.slice(0, CHART_ROWS);
  const info = new Map(describeColumns(res.columns, res.rows).map((c) => [c.name, c]));
  const width = Math.max(320, Math.min(root.clientWidth || 900, 1100));
  const seriesOk = series && (info.get(series)?.distinct ?? 0) <= 20 ? series : null;
  const ticks = tickOptions(info, data);
  let chart: Element;
  let note: string | null = capped ? t(T.chartCapped) : null;
  if (spec.type === "bar") {
    const bar = barChart(data, x, y, width, ticks);
    if (bar.truncated) note = [note, t({ vi: "Chỉ vẽ 60 nhóm đầu.", en: "Only the first 60 categories are drawn." })].filter(Boolean).join(" ");
    chart = bar.chart;
  } else {
    chart = pointChart(data, spec.type, x, y, seriesOk, width, ticks);
  }
  const ex = exampleFor(res.sql);
  const cols = [x, y, ...(seriesOk ? [seriesOk] : [])];
  const card = chartCard({
    title: ex ? ex.title : T.resultTitle,
    subtitle: `${t(spec.type === "line" ? T.line : spec.type === "bar" ? T.bar : T.scatter)}: x = ${x}, y = ${y}${seriesOk ? `, ${t(T.series).toLowerCase()} = ${seriesOk}` : ""}`,
    source: T.source,
    n: data.length,
    chart,
    columns: cols.map((c) => ({ key: c, label: c, format: (v: unknown) => formatCell(v) })),
    rows: data.map((r) => Object.fromEntries(cols.map((c) => [c, r[c]]))),
    filename: "papi-sql-chart",
    note,
  });
  card.dataset.testid = "quick-chart";
  card.dataset.type = spec.type;
  return card;
}

/** Horizontal bars of x (a number) per y category, the first 60 categories; `truncated` when capped. */
function barChart(data: ResultRow[], x: string, y: string, width: number, ticks: Ticks): { chart: Element; truncated: boolean } {
  const cats = [...new Set(data.map((r) => cellText(r[y])))].slice(0, 60);
  const bars = data.filter((r) => cats.includes(cellText(r[y])) && asNumber(r[x]) !== null).map((r) => ({ ...r, __y: cellText(r[y]), __x: asNumber(r[x]) }));
  const chart = Plot.plot({
    width,
    height: Math.max(160, cats.length * 22 + 50),
    marginLeft: Math.min(260, 10 + 7 * Math.max(...cats.map((c) => c.length))),
    x: { label: x, grid: true, ...ticks(x) },
    y: { label: null, domain: cats },
    marks: [Plot.barX(bars, { x: "__x", y: "__y", fill: OKABE_ITO[0], tip: true }), Plot.ruleX([0])],
  });
  return { chart, truncated: cats.length === 60 };
}

/** A line (with dots) or scatter chart of y against x, coloured by `series` when given. */
function pointChart(data: ResultRow[], type: ChartType, x: string, y: string, series: string | null, width: number, ticks: Ticks): Element {
  const pts = data
    .map((r) => ({ ...r, __x: asNumber(r[x]), __y: asNumber(r[y]), __s: series ? cellText(r[series]) : "" }))
    .filter((r) => r.__x !== null && r.__y !== null)
    .sort((a, b) => a.__x! - b.__x!);
  const colour = series ? { stroke: "__s", fill: "__s" } : { stroke: OKABE_ITO[0], fill: OKABE_ITO[0] };
  const marks: Plot.Markish[] = [];
  if (type === "line") marks.push(Plot.line(pts, { x: "__x", y: "__y", z: series ? "__s" : undefined, stroke: colour.stroke, strokeWidth: 1.8 }));
  marks.push(Plot.dot(pts, { x: "__x", y: "__y", fill: colour.fill, r: type === "line" ? 2.5 : 3, tip: true }));
  return Plot.plot({
    width,
    height: 380,
    marginLeft: 56,
    x: { label: x, ...ticks(x) },
    y: { label: y, grid: true, ...ticks(y) },
    color: series ? { legend: true, range: OKABE_ITO, type: "categorical" } : undefined,
    marks,
  });
}
