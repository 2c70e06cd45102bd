/** The notebook's SQL error box: the error message, and a hint when the cause is recognised. */
import { el } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { NOTEBOOK_LABELS as T } from "./notebookLabels.js";
import { readableError } from "./notebookLogic.js";

/** The hidden error box (an ARIA alert). */
export function errorBox(): HTMLElement {
  const box = el("div", "nb-error");
  box.dataset.testid = "sql-error";
  box.setAttribute("role", "alert");
  box.hidden = true;
  return box;
}

/** Shows `error` in the error box as a readable message, with its hint. */
export function showError(box: HTMLElement, error: unknown): void {
  const { message, hint } = readableError(error);
  box.replaceChildren(el("strong", "", `${t(T.error)}: `), el("code", "nb-error-message", message));
  if (hint) box.append(el("p", "nb-hint", t(hint === "external" ? T.hintExternal : hint === "table" ? T.hintTable : T.hintSyntax)));
  box.hidden = false;
}
