/**
 * The notebook's editor panel: the SQL textarea (Ctrl/Cmd+Enter runs), the description of the
 * example it holds, the run button with its hint and status, and the note that external access
 * is disabled.
 */
import { el } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { button } from "./notebookButton.js";
import { NOTEBOOK_LABELS as T } from "./notebookLabels.js";
import type { NotebookExample } from "./queries.js";

/** The editor panel's parts that the notebook reads or updates. */
export interface EditorPanel {
  panel: HTMLElement;
  editor: HTMLTextAreaElement;
  description: HTMLElement;
  runButton: HTMLButtonElement;
  status: HTMLElement;
}

/** The editor panel; `onRun` is called by the run button and by Ctrl/Cmd+Enter in the editor. */
export function editorPanel(onRun: () => void): EditorPanel {
  const left = el("div", "nb-editor");
  const label = el("label", "nb-label", t(T.editor));
  const editor = sqlEditor(onRun);
  label.htmlFor = editor.id;
  const description = el("p", "nb-description");
  description.dataset.testid = "example-description";
  const toolbar = el("div", "nb-toolbar");
  const runButton = button(t(T.run), "run", onRun, "nb-run");
  const runHint = el("span", "nb-hint", t(T.runHint));
  runHint.id = "nb-run-hint";
  const status = el("span", "nb-status", t(T.loading));
  status.dataset.testid = "status";
  status.setAttribute("aria-live", "polite");
  toolbar.append(runButton, runHint, status);
  const offline = el("p", "nb-hint", t(T.offline));
  offline.id = "nb-offline";
  left.append(label, editor, description, toolbar, offline);
  return { panel: left, editor, description, runButton, status };
}

/** The SQL textarea, without spelling or autocomplete help; Ctrl/Cmd+Enter calls `onRun`. */
function sqlEditor(onRun: () => void): HTMLTextAreaElement {
  const editor = el("textarea", "nb-sql");
  editor.id = "nb-sql";
  editor.dataset.testid = "sql-editor";
  editor.spellcheck = false;
  editor.rows = 14;
  editor.setAttribute("autocapitalize", "off");
  editor.setAttribute("autocomplete", "off");
  editor.setAttribute("aria-describedby", "nb-run-hint nb-offline");
  editor.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      onRun();
    }
  });
  return editor;
}

/** Shows the example's description under the editor (nothing for a query that is no example). */
export function showDescription(description: HTMLElement, ex: NotebookExample | undefined): void {
  description.textContent = ex ? t(ex.description) : "";
}

/** Replaces the editor's selection with `text`, puts the cursor after it and focuses the editor. */
export function insertAtCursor(editor: HTMLTextAreaElement, text: string): void {
  const start = editor.selectionStart ?? editor.value.length;
  const end = editor.selectionEnd ?? start;
  editor.setRangeText(text, start, end, "end");
  editor.focus();
}
