/**
 * The SQL notebook (/notebook): an editor (Ctrl/Cmd+Enter runs), the schema of the registered
 * tables beside it (click a name to insert it), worked examples, the result as a paged table
 * with its row count, a quick chart (chosen automatically, x/y can be changed), CSV and JSON
 * downloads, and a link that reproduces the result (the query lives in `?q=`, written with
 * replaceState when a query runs). DuckDB-wasm reads only the registered tables: external
 * access (URLs, files, extensions) is disabled in ./duckdb.ts.
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard, dataTable, download, type TableColumn } from "../shared/chartCard.js";
import { sqlTables } from "../shared/data.js";
import { query } from "../shared/duckdb.js";
import { fmt, lang, missing, t, type Text } from "../shared/i18n.js";
import {
  asNumber,
  cellText,
  chooseChart,
  describeColumns,
  pageOf,
  queryFromSearch,
  readableError,
  shareUrl,
  sqlIdentifier,
  toCsv,
  toJson,
  type ChartSpec,
  type ChartType,
  type ResultRow,
} from "./notebookLogic.js";
import { OKABE_ITO } from "../shared/palette.js";
import { exampleFor, provinceCoverageQuery, schemaQuery, type NotebookExample } from "./queries.js";
import { setParams } from "../shared/urlState.js";
import { el } from "../shared/dom.js";

export const PAGE_SIZE = 25;
/** Rows drawn in the quick chart at most (the table and downloads keep every row). */
export const CHART_ROWS = 5000;

const T = {
  examples: { vi: "Ví dụ có sẵn", en: "Worked examples" },
  examplesHint: { vi: "Bấm một ví dụ để nạp và chạy truy vấn.", en: "Click an example to load and run its query." },
  editor: { vi: "Truy vấn SQL (DuckDB)", en: "SQL query (DuckDB)" },
  run: { vi: "Chạy", en: "Run" },
  runHint: { vi: "Ctrl+Enter (⌘+Enter trên Mac) để chạy", en: "Ctrl+Enter (⌘+Enter on a Mac) runs the query" },
  loading: { vi: "Đang tải DuckDB-wasm và các bảng…", en: "Loading DuckDB-wasm and the tables…" },
  ready: { vi: "Sẵn sàng", en: "Ready" },
  running: { vi: "Đang chạy…", en: "Running…" },
  failedStart: { vi: "Không khởi động được DuckDB-wasm", en: "DuckDB-wasm could not start" },
  schema: { vi: "Bảng và cột", en: "Tables and columns" },
  schemaHint: { vi: "Bấm tên bảng hoặc cột để chèn vào truy vấn.", en: "Click a table or column name to insert it." },
  offline: {
    vi: "DuckDB ở đây không đọc được URL hay tệp (truy cập bên ngoài bị tắt): chỉ truy vấn được các bảng đã đăng ký bên cạnh.",
    en: "DuckDB here cannot read URLs or files (external access is disabled): only the registered tables listed beside can be queried.",
  },
  error: { vi: "Lỗi SQL", en: "SQL error" },
  hintExternal: {
    vi: "Trang này không cho DuckDB đọc URL, tệp hay cài tiện ích mở rộng; hãy dùng các bảng đã đăng ký.",
    en: "This page does not let DuckDB read URLs or files or install extensions; use the registered tables.",
  },
  hintTable: { vi: "Xem danh sách bảng và cột bên cạnh trình soạn thảo.", en: "See the tables and columns listed beside the editor." },
  hintSyntax: { vi: "Kiểm tra cú pháp gần vị trí được chỉ ra.", en: "Check the syntax near the position shown." },
  rows: { vi: "dòng", en: "rows" },
  noRows: { vi: "Truy vấn chạy xong, không có dòng nào.", en: "The query ran and returned no rows." },
  downloadCsv: { vi: "Tải CSV", en: "Download CSV" },
  downloadJson: { vi: "Tải JSON", en: "Download JSON" },
  share: { vi: "Liên kết tái tạo kết quả", en: "Link that reproduces this result" },
  copy: { vi: "Sao chép", en: "Copy" },
  copied: { vi: "Đã sao chép", en: "Copied" },
  prev: { vi: "‹ Trước", en: "‹ Previous" },
  next: { vi: "Sau ›", en: "Next ›" },
  page: { vi: "Trang", en: "Page" },
  chart: { vi: "Biểu đồ nhanh", en: "Quick chart" },
  chartType: { vi: "Loại", en: "Type" },
  auto: { vi: "tự động", en: "automatic" },
  line: { vi: "Đường", en: "Line" },
  bar: { vi: "Cột ngang", en: "Bar" },
  scatter: { vi: "Điểm (tán xạ)", en: "Scatter" },
  none: { vi: "Không vẽ", en: "None" },
  noSeries: { vi: "(không)", en: "(none)" },
  series: { vi: "Nhóm", en: "Series" },
  noChart: {
    vi: "Kết quả này không có cột số để vẽ; chọn cột x, y ở trên nếu muốn.",
    en: "This result has no numeric column to chart; pick x and y above if you wish.",
  },
  chartCapped: { vi: `Biểu đồ chỉ vẽ ${CHART_ROWS} dòng đầu.`, en: `The chart draws the first ${CHART_ROWS} rows only.` },
  resultTitle: { vi: "Kết quả truy vấn", en: "Query result" },
  source: {
    vi: "Truy vấn SQL trên các bảng đã xuất bản của PAPI Explorer (DuckDB-wasm trong trình duyệt)",
    en: "SQL query over PAPI Explorer's published tables (DuckDB-wasm in the browser)",
  },
  nullValue: { vi: "NULL: không có giá trị", en: "NULL: no value" },
  coverage: {
    vi: "Dữ liệu hiện có chỉ gồm vài tỉnh (số liệu trích từ văn bản kế hoạch), nên nhiều ví dụ trả về ít hoặc không có dòng nào. Để có đủ 63 tỉnh, đặt bộ dữ liệu PAPI chính thức (tệp Excel, CSV) vào thư mục data/sources/ hoặc đặt biến môi trường PAPI_SOURCES, rồi build lại trang.",
    en: "The data holds only a few provinces (figures read from plan documents), so many examples return few or no rows. For all 63 provinces, put the official PAPI workbooks (Excel, CSV) in data/sources/ or set PAPI_SOURCES, then rebuild the site.",
  },
} satisfies Record<string, Text>;

export const NOTEBOOK_LABELS = T;

function button(label: string, testid: string, onClick: () => void, className = "chart-button"): HTMLButtonElement {
  const b = el("button", className, label);
  b.type = "button";
  b.dataset.testid = testid;
  b.addEventListener("click", onClick);
  return b;
}

/** A result cell for the table: numbers in the page language without grouping, NULL as "—". */
export function formatCell(v: unknown): string | Node {
  if (v === null || v === undefined) return missing(T.nullValue);
  const n = asNumber(v);
  if (n !== null) {
    return Number.isInteger(n) ? String(n) : n.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 6, useGrouping: false });
  }
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return cellText(v);
}

interface Result {
  sql: string;
  columns: string[];
  rows: ResultRow[];
  ms: number;
}

export interface NotebookOptions {
  examples: readonly NotebookExample[];
  /** the example loaded when the URL has no query */
  initialExample?: string;
}

export function notebook(options: NotebookOptions): HTMLElement {
  const root = el("div", "notebook");
  root.dataset.testid = "notebook";
  root.dataset.state = "loading";

  // Examples.
  const exSection = el("section", "nb-examples");
  exSection.append(el("h2", "", t(T.examples)), el("p", "nb-hint", t(T.examplesHint)));
  const exList = el("div", "nb-example-list");
  for (const ex of options.examples) {
    const b = button(
      t(ex.title),
      `example-${ex.id}`,
      () => {
        editor.value = ex.sql;
        showDescription(ex);
        void run(true);
      },
      "nb-example",
    );
    b.title = t(ex.description);
    exList.append(b);
  }
  exSection.append(exList);

  // Editor and schema.
  const main = el("div", "nb-main");
  const left = el("div", "nb-editor");
  const label = el("label", "nb-label", t(T.editor));
  const editor = el("textarea", "nb-sql");
  editor.id = "nb-sql";
  label.htmlFor = editor.id;
  editor.dataset.testid = "sql-editor";
  editor.spellcheck = false;
  editor.rows = 14;
  editor.setAttribute("autocapitalize", "off");
  editor.setAttribute("autocomplete", "off");
  editor.setAttribute("aria-describedby", "nb-run-hint nb-offline");
  editor.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      void run(true);
    }
  });
  const description = el("p", "nb-description");
  description.dataset.testid = "example-description";
  const toolbar = el("div", "nb-toolbar");
  const runButton = button(t(T.run), "run", () => void run(true), "nb-run");
  const runHint = el("span", "nb-hint", t(T.runHint));
  runHint.id = "nb-run-hint";
  const status = el("span", "nb-status", t(T.loading));
  status.dataset.testid = "status";
  status.setAttribute("aria-live", "polite");
  toolbar.append(runButton, runHint, status);
  const offline = el("p", "nb-hint", t(T.offline));
  offline.id = "nb-offline";
  left.append(label, editor, description, toolbar, offline);

  const right = el("aside", "nb-schema");
  right.dataset.testid = "schema";
  right.append(el("h3", "", t(T.schema)), el("p", "nb-hint", t(T.schemaHint)));
  const schemaList = el("div", "nb-schema-list", t(T.loading));
  right.append(schemaList);
  main.append(left, right);

  // Errors and results.
  const errorBox = el("div", "nb-error");
  errorBox.dataset.testid = "sql-error";
  errorBox.setAttribute("role", "alert");
  errorBox.hidden = true;
  const resultBox = el("section", "nb-result");
  resultBox.dataset.testid = "result";
  const chartBox = el("section", "nb-chart");
  chartBox.dataset.testid = "chart";

  root.append(exSection, main, errorBox, resultBox, chartBox);

  function showDescription(ex: NotebookExample | undefined) {
    description.textContent = ex ? t(ex.description) : "";
  }

  function insert(text: string) {
    const start = editor.selectionStart ?? editor.value.length;
    const end = editor.selectionEnd ?? start;
    editor.setRangeText(text, start, end, "end");
    editor.focus();
  }

  // DuckDB: start at once (the notebook needs it), then list the schema.
  const ready = sqlTables();
  ready.then(
    () => {
      status.textContent = t(T.ready);
      root.dataset.state = "ready";
      void refreshSchema();
      void checkCoverage();
    },
    (error: unknown) => {
      status.textContent = t(T.failedStart);
      root.dataset.state = "failed";
      showError(error);
    },
  );

  async function refreshSchema() {
    try {
      const q = schemaQuery();
      const { rows } = await query<{ table_name: string; column_name: string; data_type: string }>(q.sql, q.params);
      const byTable = new Map<string, { column_name: string; data_type: string }[]>();
      for (const r of rows) {
        const list = byTable.get(r.table_name) ?? [];
        list.push(r);
        byTable.set(r.table_name, list);
      }
      schemaList.replaceChildren();
      for (const [table, cols] of byTable) {
        const details = el("details", "nb-table");
        details.dataset.table = table;
        const summary = el("summary");
        const tb = el("button", "nb-name nb-table-name", table);
        tb.type = "button";
        tb.title = t({ vi: `Chèn ${table}`, en: `Insert ${table}` });
        tb.addEventListener("click", (e) => {
          e.preventDefault();
          insert(sqlIdentifier(table));
        });
        summary.append(tb, el("span", "nb-type", ` (${cols.length})`));
        details.append(summary);
        const ul = el("ul");
        for (const c of cols) {
          const li = el("li");
          const cb = el("button", "nb-name", c.column_name);
          cb.type = "button";
          cb.title = t({ vi: `Chèn ${c.column_name}`, en: `Insert ${c.column_name}` });
          cb.addEventListener("click", () => insert(sqlIdentifier(c.column_name)));
          li.append(cb, el("span", "nb-type", ` ${c.data_type}`));
          ul.append(li);
        }
        details.append(ul);
        schemaList.append(details);
      }
    } catch (error) {
      schemaList.textContent = readableError(error).message;
    }
  }

  /** Says so when only the embedded figures (a few provinces) are present. */
  async function checkCoverage() {
    try {
      const q = provinceCoverageQuery();
      const { rows } = await query<{ provinces: number }>(q.sql, q.params);
      if ((rows[0]?.provinces ?? 0) < 50) {
        const note = el("p", "nb-coverage", t(T.coverage));
        note.dataset.testid = "coverage-note";
        exSection.after(note);
      }
    } catch {
      // informational only
    }
  }

  function showError(error: unknown) {
    const { message, hint } = readableError(error);
    errorBox.replaceChildren(el("strong", "", `${t(T.error)}: `), el("code", "nb-error-message", message));
    if (hint) errorBox.append(el("p", "nb-hint", t(hint === "external" ? T.hintExternal : hint === "table" ? T.hintTable : T.hintSyntax)));
    errorBox.hidden = false;
  }

  let running = false;
  async function run(fromUser: boolean) {
    const sql = editor.value;
    if (!sql.trim() || running) return;
    running = true;
    runButton.disabled = true;
    root.dataset.state = "running";
    status.textContent = t(T.running);
    errorBox.hidden = true;
    showDescription(exampleFor(sql));
    try {
      await ready;
      const t0 = performance.now();
      const res = await query(sql);
      const ms = performance.now() - t0;
      if (fromUser) setParams({ q: sql }, { replace: true });
      showResult({ sql, columns: res.columns, rows: res.rows as ResultRow[], ms });
      status.textContent = `${t(T.ready)} · ${res.rows.length} ${t(T.rows)} · ${fmt(ms, 0)} ms`;
      root.dataset.state = "done";
      if (!/^\s*(--[^\n]*\n\s*)*(select|with|from|values|table|describe|show|summarize|pivot|explain)\b/i.test(sql)) void refreshSchema();
    } catch (error) {
      if (fromUser) setParams({ q: sql }, { replace: true });
      resultBox.replaceChildren();
      chartBox.replaceChildren();
      showError(error);
      status.textContent = t(T.ready);
      root.dataset.state = "error";
    } finally {
      running = false;
      runButton.disabled = false;
    }
  }

  function showResult(res: Result) {
    resultBox.replaceChildren();
    chartBox.replaceChildren();
    const head = el("div", "nb-result-head");
    const count = el("p", "nb-count", `${res.rows.length} ${t(T.rows)} · ${res.columns.length} ${t({ vi: "cột", en: "columns" })} · ${fmt(res.ms, 0)} ms`);
    count.dataset.testid = "row-count";
    count.dataset.rows = String(res.rows.length);
    const stem = `papi-sql-${new Date().toISOString().slice(0, 10)}`;
    head.append(
      count,
      button(t(T.downloadCsv), "download-csv", () => download(new Blob([toCsv(res.columns, res.rows)], { type: "text/csv;charset=utf-8" }), `${stem}.csv`)),
      button(t(T.downloadJson), "download-json", () => download(new Blob([toJson(res.columns, res.rows)], { type: "application/json" }), `${stem}.json`)),
    );
    const share = el("div", "nb-share");
    const shareLabel = el("label", "", t(T.share));
    const shareInput = el("input", "nb-share-url");
    shareInput.id = "nb-share-url";
    shareLabel.htmlFor = shareInput.id;
    shareInput.readOnly = true;
    shareInput.dataset.testid = "share-url";
    shareInput.value = shareUrl(res.sql, location.href);
    const copy = button(t(T.copy), "copy-link", () => {
      shareInput.select();
      const done = () => (copy.textContent = t(T.copied));
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(shareInput.value).then(done, () => undefined);
    });
    share.append(shareLabel, shareInput, copy);
    resultBox.append(head, share);
    if (!res.rows.length) {
      resultBox.append(el("p", "nb-hint", t(T.noRows)));
      return;
    }
    const info = describeColumns(res.columns, res.rows);
    const columns: TableColumn[] = info.map((c) => ({ key: c.name, label: c.name, align: c.numeric ? "right" : "left", format: (v) => formatCell(v) }));
    const tableBox = el("div", "nb-table-box");
    tableBox.dataset.testid = "result-table";
    const pager = el("div", "nb-pager");
    let page = 0;
    const drawPage = () => {
      const p = pageOf(res.rows, page, PAGE_SIZE);
      page = p.page;
      tableBox.replaceChildren(dataTable(columns, p.rows, t(T.resultTitle)));
      pager.replaceChildren();
      if (p.pages > 1) {
        const prev = button(t(T.prev), "page-prev", () => {
          page -= 1;
          drawPage();
        });
        prev.disabled = p.page === 0;
        const next = button(t(T.next), "page-next", () => {
          page += 1;
          drawPage();
        });
        next.disabled = p.page === p.pages - 1;
        const where = el("span", "nb-page", `${t(T.page)} ${p.page + 1}/${p.pages}`);
        where.dataset.testid = "page";
        pager.append(prev, where, next);
      }
    };
    drawPage();
    resultBox.append(tableBox, pager);
    drawChartSection(res);
  }

  function drawChartSection(res: Result) {
    const auto = chooseChart(res.columns, res.rows, lang);
    let spec: ChartSpec = { ...auto };
    const controls = el("div", "nb-chart-controls");
    const select = (labelText: Text, testid: string, options: [string, string][], value: string, onChange: (v: string) => void) => {
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
    };
    const colOptions: [string, string][] = res.columns.map((c) => [c, c]);
    const typeName = (ty: ChartType) => t(ty === "line" ? T.line : ty === "bar" ? T.bar : ty === "scatter" ? T.scatter : T.none);
    const typeOptions: [string, string][] = (["line", "bar", "scatter", "none"] as ChartType[]).map((ty) => [
      ty,
      ty === auto.type ? `${typeName(ty)} (${t(T.auto)})` : typeName(ty),
    ]);
    const body = el("div", "nb-chart-body");
    const redraw = () => body.replaceChildren(chartFor(res, spec));
    controls.append(
      select(T.chartType, "chart-type", typeOptions, spec.type, (v) => {
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

  function chartFor(res: Result, spec: ChartSpec): HTMLElement {
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
    const locale = lang === "vi" ? "vi-VN" : "en-GB";
    const yearTicks = (col: string) => {
      if (!info.get(col)?.year) return { tickFormat: (v: number) => v.toLocaleString(locale, { maximumFractionDigits: 3, useGrouping: false }) };
      const years = [...new Set(data.map((r) => asNumber(r[col])).filter((v): v is number => v !== null))].sort((a, b) => a - b);
      return { tickFormat: (v: number) => String(v), ...(years.length <= 25 ? { ticks: years } : {}) };
    };
    let chart: Element;
    let note: string | null = capped ? t(T.chartCapped) : null;
    if (spec.type === "bar") {
      const cats = [...new Set(data.map((r) => cellText(r[y])))].slice(0, 60);
      const bars = data
        .filter((r) => cats.includes(cellText(r[y])) && asNumber(r[x]) !== null)
        .map((r) => ({ ...r, __y: cellText(r[y]), __x: asNumber(r[x]) }));
      if (cats.length === 60) note = [note, t({ vi: "Chỉ vẽ 60 nhóm đầu.", en: "Only the first 60 categories are drawn." })].filter(Boolean).join(" ");
      chart = Plot.plot({
        width,
        height: Math.max(160, cats.length * 22 + 50),
        marginLeft: Math.min(260, 10 + 7 * Math.max(...cats.map((c) => c.length))),
        x: { label: x, grid: true, ...yearTicks(x) },
        y: { label: null, domain: cats },
        marks: [Plot.barX(bars, { x: "__x", y: "__y", fill: OKABE_ITO[0], tip: true }), Plot.ruleX([0])],
      });
    } else {
      const pts = data
        .map((r) => ({ ...r, __x: asNumber(r[x]), __y: asNumber(r[y]), __s: seriesOk ? cellText(r[seriesOk]) : "" }))
        .filter((r) => r.__x !== null && r.__y !== null)
        .sort((a, b) => a.__x! - b.__x!);
      const colour = seriesOk ? { stroke: "__s", fill: "__s" } : { stroke: OKABE_ITO[0], fill: OKABE_ITO[0] };
      const marks: Plot.Markish[] = [];
      if (spec.type === "line") marks.push(Plot.line(pts, { x: "__x", y: "__y", z: seriesOk ? "__s" : undefined, stroke: colour.stroke, strokeWidth: 1.8 }));
      marks.push(Plot.dot(pts, { x: "__x", y: "__y", fill: colour.fill, r: spec.type === "line" ? 2.5 : 3, tip: true }));
      chart = Plot.plot({
        width,
        height: 380,
        marginLeft: 56,
        x: { label: x, ...yearTicks(x) },
        y: { label: y, grid: true, ...yearTicks(y) },
        color: seriesOk ? { legend: true, range: OKABE_ITO, type: "categorical" } : undefined,
        marks,
      });
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

  // The first query: the one in the URL, else the initial example (run without touching the URL).
  const fromUrl = queryFromSearch(location.search);
  const initial = options.examples.find((e) => e.id === options.initialExample) ?? options.examples[0];
  editor.value = fromUrl ?? initial?.sql ?? "";
  showDescription(exampleFor(editor.value));
  void ready.then(
    () => run(false),
    () => undefined,
  );
  return root;
}
