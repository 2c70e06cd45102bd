/**
 * Every chart of the site in one frame: a title that says what it answers, the chart, its
 * source and n, a table view of the same numbers, and PNG, SVG and CSV downloads. Buttons are
 * real <button>s (keyboard-usable).
 */
import { L, t, type Text } from "./i18n.js";
import { csvText } from "./csv.js";
import { el } from "./dom.js";

export interface TableColumn {
  key: string;
  label: Text | string;
  format?: (value: unknown, row: Record<string, unknown>) => string | Node;
  align?: "left" | "right";
}

export interface ChartCardOptions {
  title: Text | string;
  subtitle?: Text | string;
  source: Text | string;
  n?: number | string | null;
  chart: Element;
  columns: TableColumn[];
  rows: Record<string, unknown>[];
  /** file name without extension for downloads */
  filename: string;
  /** notes under the chart (breaks in a series, computed ranks…) */
  note?: Text | string | null;
}

let counter = 0;

export function chartCard(o: ChartCardOptions): HTMLElement {
  const id = `chart-${++counter}`;
  const figure = el("figure", "chart-card");
  figure.setAttribute("aria-labelledby", `${id}-title`);
  const h = el("h3", "chart-title", t(o.title));
  h.id = `${id}-title`;
  figure.append(h);
  if (o.subtitle) figure.append(el("p", "chart-subtitle", t(o.subtitle)));
  const chartBox = el("div", "chart-body");
  chartBox.append(o.chart);
  const tableBox = el("div", "chart-table");
  tableBox.hidden = true;
  tableBox.append(dataTable(o.columns, o.rows, t(o.title)));
  figure.append(chartBox, tableBox);
  const caption = el("figcaption", "chart-caption");
  caption.append(`${t(L.source)}: ${t(o.source)}`);
  if (o.n !== undefined && o.n !== null) caption.append(` · n = ${o.n}`);
  if (o.note) caption.append(el("span", "chart-note", ` · ${t(o.note)}`));
  figure.append(caption);

  const actions = el("div", "chart-actions");
  const toggle = button(t(L.table), () => {
    const showTable = tableBox.hidden;
    tableBox.hidden = !showTable;
    chartBox.hidden = showTable;
    toggle.setAttribute("aria-pressed", String(showTable));
    toggle.textContent = showTable ? t(L.chart) : t(L.table);
  });
  toggle.setAttribute("aria-pressed", "false");
  toggle.setAttribute("aria-controls", `${id}-table`);
  tableBox.id = `${id}-table`;
  actions.append(
    toggle,
    button(t(L.downloadPng), () => void downloadPng(chartBox, o.filename)),
    button(t(L.downloadSvg), () => downloadSvg(chartBox, o.filename)),
    button(t(L.downloadCsv), () => download(new Blob([toCsv(o.columns, o.rows)], { type: "text/csv;charset=utf-8" }), `${o.filename}.csv`)),
  );
  figure.append(actions);
  return figure;
}

export function dataTable(columns: TableColumn[], rows: Record<string, unknown>[], caption?: string): HTMLTableElement {
  const table = el("table", "data-table") as HTMLTableElement;
  if (caption) table.append(el("caption", "sr-only", caption));
  const thead = el("thead");
  const tr = el("tr");
  for (const c of columns) {
    const th = el("th", c.align === "right" ? "num" : "", t(c.label));
    th.setAttribute("scope", "col");
    tr.append(th);
  }
  thead.append(tr);
  const tbody = el("tbody");
  for (const row of rows) {
    const r = el("tr");
    for (const c of columns) {
      const v = row[c.key];
      const td = el("td", c.align === "right" ? "num" : "");
      const shown = c.format ? c.format(v, row) : v === null || v === undefined ? "—" : String(v);
      td.append(shown);
      r.append(td);
    }
    tbody.append(r);
  }
  table.append(thead, tbody);
  return table;
}

function toCsv(columns: TableColumn[], rows: Record<string, unknown>[]): string {
  return csvText(
    columns.map((c) => c.key),
    rows.map((r) => columns.map((c) => r[c.key])),
  );
}

/** The chart's main SVG as a standalone document (legend swatches, if any, are HTML and omitted). */
export function svgOf(box: Element): SVGSVGElement | null {
  const svgs = [...box.querySelectorAll("svg")].filter((s) => !s.closest(".chart-actions"));
  if (!svgs.length) return null;
  return svgs.reduce((a, b) => (area(b) > area(a) ? b : a));
}

function area(svg: SVGSVGElement): number {
  return (Number(svg.getAttribute("width")) || svg.clientWidth || 0) * (Number(svg.getAttribute("height")) || svg.clientHeight || 0);
}

export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  if (!clone.getAttribute("font-family")) clone.setAttribute("font-family", "Be Vietnam Pro, system-ui, sans-serif");
  return `<?xml version="1.0" encoding="UTF-8"?>\n` + new XMLSerializer().serializeToString(clone);
}

function downloadSvg(box: Element, name: string): void {
  const svg = svgOf(box);
  if (svg) download(new Blob([serializeSvg(svg)], { type: "image/svg+xml" }), `${name}.svg`);
}

async function downloadPng(box: Element, name: string): Promise<void> {
  const svg = svgOf(box);
  if (!svg) return;
  const width = Number(svg.getAttribute("width")) || svg.clientWidth || 640;
  const height = Number(svg.getAttribute("height")) || svg.clientHeight || 400;
  const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("cannot render SVG"));
      img.src = url;
    });
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (blob) download(blob, `${name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, filename: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const b = el("button", "chart-button", label) as HTMLButtonElement;
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}
