/**
 * Every chart of the site in one frame: a title that says what it answers, the chart, its
 * source and n, a table view of the same numbers, and PNG, SVG and CSV downloads (the images
 * carry the title, legend and source too: exportImage.ts). Buttons are
 * real <button>s (keyboard-usable).
 */
import { L, t, type Text } from "./i18n.js";
import { csvText } from "./csv.js";
import { el } from "./dom.js";
import { composeImage, type ImageParts, pngOf } from "./exportImage.js";

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
  /** the CSV download, when it holds more than the table view (every province, not only the chosen) */
  csv?: { header: readonly string[]; rows: ReadonlyArray<readonly unknown[]> };
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
  asImage(chartBox, `${t(o.title)} — ${t({ vi: "số liệu trong Bảng số liệu", en: "the figures are in the Data table" })}`);
  const tableBox = el("div", "chart-table");
  tableBox.hidden = true;
  tableBox.append(dataTable(o.columns, o.rows, t(o.title)));
  figure.append(chartBox, tableBox);
  const caption = el("figcaption", "chart-caption");
  caption.append(`${t(L.source)}: ${t(o.source)}`);
  if (o.n !== undefined && o.n !== null) caption.append(" · n = ", el("span", "chart-n", String(o.n)));
  if (o.note) caption.append(el("span", "chart-note", ` · ${t(o.note)}`));
  figure.append(caption);
  const image = (): ImageParts => ({ title: t(o.title), subtitle: o.subtitle ? t(o.subtitle) : null, caption: caption.textContent ?? "", box: chartBox });

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
    button(t(L.downloadPng), () => void downloadImage(image(), o.filename, "png")),
    button(t(L.downloadSvg), () => void downloadImage(image(), o.filename, "svg")),
    button(t(L.downloadCsv), () =>
      download(new Blob([o.csv ? csvText(o.csv.header, o.csv.rows) : toCsv(o.columns, o.rows)], { type: "text/csv;charset=utf-8" }), `${o.filename}.csv`),
    ),
  );
  figure.append(actions);
  return figure;
}

/**
 * A chart is one image to assistive technology, named by its title (its numbers are in the table
 * view): a chart with links is a named group, so its links stay reachable. Plot names each mark's
 * group ("rule", "line"), a name not permitted on a plain <g>: those are groups; legend swatches
 * are decoration.
 * Kept so when the chart is redrawn (a resize).
 */
export function asImage(box: Element, label: string): void {
  const tidy = () => {
    for (const svg of box.querySelectorAll("svg")) {
      if (svg.parentElement?.closest("svg")) continue;
      if (svg.closest(".pv-legend-item, [class$='-swatch']")) {
        svg.setAttribute("aria-hidden", "true");
        continue;
      }
      svg.setAttribute("role", svg.querySelector("a") ? "group" : "img");
      if (!svg.hasAttribute("aria-label")) svg.setAttribute("aria-label", label);
    }
    for (const g of box.querySelectorAll("svg g[aria-label]:not([role])")) g.setAttribute("role", "group");
  };
  tidy();
  if (typeof MutationObserver !== "undefined") new MutationObserver(tidy).observe(box, { childList: true, subtree: true });
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

/** Saves the chart as a standalone image: title, subtitle, legend, chart, source and n. */
async function downloadImage(parts: ImageParts, name: string, kind: "svg" | "png"): Promise<void> {
  const image = await composeImage(parts);
  if (!image) return;
  const blob = kind === "svg" ? new Blob([image.svg], { type: "image/svg+xml" }) : await pngOf(image);
  if (blob) download(blob, `${name}.${kind}`);
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
