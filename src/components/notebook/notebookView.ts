/**
 * The SQL notebook (/notebook): an editor (Ctrl/Cmd+Enter runs), the schema of the registered
 * tables beside it (click a name to insert it), worked examples, the result as a paged table
 * with its row count, a quick chart (chosen automatically, x/y can be changed), CSV and JSON
 * downloads, and a link that reproduces the result (the query lives in `?q=`, written with
 * replaceState when a query runs). DuckDB-wasm reads only the registered tables: external
 * access (URLs, files, extensions) is disabled in ./duckdb.ts.
 */
import { sqlTables } from "../shared/data.js";
import { query } from "../shared/duckdb.js";
import { fmt, t } from "../shared/i18n.js";
import { queryFromSearch, type ResultRow } from "./notebookLogic.js";
import { NOTEBOOK_LABELS as T } from "./notebookLabels.js";
import { exampleFor, type NotebookExample } from "./queries.js";
import { setParams } from "../shared/urlState.js";
import { el } from "../shared/dom.js";
import { editorPanel, insertAtCursor, showDescription, type EditorPanel } from "./notebookEditor.js";
import { errorBox, showError } from "./notebookError.js";
import { checkCoverage, examplesSection } from "./notebookExamples.js";
import { refreshSchema, schemaPanel } from "./notebookSchema.js";
import { showResult } from "./resultView.js";

export { formatCell } from "./formatCell.js";
export { CHART_ROWS, NOTEBOOK_LABELS } from "./notebookLabels.js";
export { PAGE_SIZE } from "./resultView.js";

export interface NotebookOptions {
  examples: readonly NotebookExample[];
  /** the example loaded when the URL has no query */
  initialExample?: string;
}

/** The notebook's elements that running a query reads or updates. */
interface NotebookUi extends Omit<EditorPanel, "panel"> {
  root: HTMLElement;
  exSection: HTMLElement;
  schemaList: HTMLElement;
  errorBox: HTMLElement;
  resultBox: HTMLElement;
  chartBox: HTMLElement;
}

/** The notebook element; it starts DuckDB-wasm and runs the first query once it is ready. */
export function notebook(options: NotebookOptions): HTMLElement {
  const ui = notebookLayout(options.examples, {
    onExample: (ex) => {
      ui.editor.value = ex.sql;
      showDescription(ui.description, ex);
      void run(true);
    },
    onRun: () => void run(true),
  });
  const refresh = () => refreshSchema(ui.schemaList, (text) => insertAtCursor(ui.editor, text));

  // DuckDB: start at once (the notebook needs it), then list the schema.
  const ready = sqlTables();
  ready.then(
    () => {
      ui.status.textContent = t(T.ready);
      ui.root.dataset.state = "ready";
      void refresh();
      void checkCoverage(ui.exSection);
    },
    (error: unknown) => {
      ui.status.textContent = t(T.failedStart);
      ui.root.dataset.state = "failed";
      showError(ui.errorBox, error);
    },
  );
  const run = queryRunner(ui, ready, refresh);

  // The first query: the one in the URL, else the initial example (run without touching the URL).
  const fromUrl = queryFromSearch(location.search);
  const initial = options.examples.find((e) => e.id === options.initialExample) ?? options.examples[0];
  ui.editor.value = fromUrl ?? initial?.sql ?? "";
  showDescription(ui.description, exampleFor(ui.editor.value));
  void ready.then(
    () => run(false),
    () => undefined,
  );
  return ui.root;
}

/** Builds the notebook: examples, then the editor beside the schema, then error, result and chart boxes. */
function notebookLayout(examples: readonly NotebookExample[], on: { onExample: (ex: NotebookExample) => void; onRun: () => void }): NotebookUi {
  const root = el("div", "notebook");
  root.dataset.testid = "notebook";
  root.dataset.state = "loading";
  const exSection = examplesSection(examples, on.onExample);
  const main = el("div", "nb-main");
  const { panel, ...editor } = editorPanel(on.onRun);
  const schema = schemaPanel();
  main.append(panel, schema.panel);
  const errors = errorBox();
  const resultBox = el("section", "nb-result");
  resultBox.dataset.testid = "result";
  const chartBox = el("section", "nb-chart");
  chartBox.dataset.testid = "chart";
  root.append(exSection, main, errors, resultBox, chartBox);
  return { root, exSection, ...editor, schemaList: schema.list, errorBox: errors, resultBox, chartBox };
}

/**
 * The function that runs the editor's query once DuckDB is ready (ignored while one runs) and
 * shows its result or error; `fromUser` writes the query into the URL.
 */
function queryRunner(ui: NotebookUi, ready: Promise<void>, refresh: () => Promise<void>): (fromUser: boolean) => Promise<void> {
  let running = false;
  return async function run(fromUser: boolean) {
    const sql = ui.editor.value;
    if (!sql.trim() || running) return;
    running = true;
    ui.runButton.disabled = true;
    ui.root.dataset.state = "running";
    ui.status.textContent = t(T.running);
    ui.errorBox.hidden = true;
    showDescription(ui.description, exampleFor(sql));
    try {
      await ready;
      const t0 = performance.now();
      const res = await query(sql);
      const ms = performance.now() - t0;
      if (fromUser) setParams({ q: sql }, { replace: true });
      showResult(ui.resultBox, ui.chartBox, { sql, columns: res.columns, rows: res.rows as ResultRow[], ms }, ui.root);
      ui.status.textContent = `${t(T.ready)} · ${res.rows.length} ${t(T.rows)} · ${fmt(ms, 0)} ms`;
      ui.root.dataset.state = "done";
      if (!/^\s*(--[^\n]*\n\s*)*(select|with|from|values|table|describe|show|summarize|pivot|explain)\b/i.test(sql)) void refresh();
    } catch (error) {
      if (fromUser) setParams({ q: sql }, { replace: true });
      ui.resultBox.replaceChildren();
      ui.chartBox.replaceChildren();
      showError(ui.errorBox, error);
      ui.status.textContent = t(T.ready);
      ui.root.dataset.state = "error";
    } finally {
      running = false;
      ui.runButton.disabled = false;
    }
  };
}
