/**
 * The notebook's worked examples (a button each, its description as the tooltip), and the note
 * under them when only a few provinces are present, so that many examples return few rows.
 */
import { el } from "../shared/dom.js";
import { query } from "../shared/duckdb.js";
import { t } from "../shared/i18n.js";
import { button } from "./notebookButton.js";
import { NOTEBOOK_LABELS as T } from "./notebookLabels.js";
import { provinceCoverageQuery, type NotebookExample } from "./queries.js";

/** The examples section; `onPick` is called with the example whose button is clicked. */
export function examplesSection(examples: readonly NotebookExample[], onPick: (ex: NotebookExample) => void): HTMLElement {
  const exSection = el("section", "nb-examples");
  exSection.append(el("h2", "", t(T.examples)), el("p", "nb-hint", t(T.examplesHint)));
  const exList = el("div", "nb-example-list");
  for (const ex of examples) {
    const b = button(t(ex.title), `example-${ex.id}`, () => onPick(ex), "nb-example");
    b.title = t(ex.description);
    exList.append(b);
  }
  exSection.append(exList);
  return exSection;
}

/** Says so when only the embedded figures (a few provinces) are present. */
export async function checkCoverage(exSection: HTMLElement): Promise<void> {
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
