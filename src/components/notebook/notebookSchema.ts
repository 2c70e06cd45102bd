/**
 * The notebook's schema aside: every registered table with its columns and their types, each name
 * a button that inserts it (quoted when needed) into the query.
 */
import { el } from "../shared/dom.js";
import { query } from "../shared/duckdb.js";
import { t } from "../shared/i18n.js";
import { NOTEBOOK_LABELS as T } from "./notebookLabels.js";
import { readableError, sqlIdentifier } from "./notebookLogic.js";
import { schemaQuery } from "./queries.js";

interface SchemaColumn {
  column_name: string;
  data_type: string;
}

/** The empty schema aside (its list says "loading" until refreshSchema fills it). */
export function schemaPanel(): { panel: HTMLElement; list: HTMLElement } {
  const right = el("aside", "nb-schema");
  right.dataset.testid = "schema";
  right.append(el("h3", "", t(T.schema)), el("p", "nb-hint", t(T.schemaHint)));
  const schemaList = el("div", "nb-schema-list", t(T.loading));
  right.append(schemaList);
  return { panel: right, list: schemaList };
}

/** Lists the tables and columns DuckDB has now in `schemaList`, or the error that prevented it. */
export async function refreshSchema(schemaList: HTMLElement, insert: (text: string) => void): Promise<void> {
  try {
    const q = schemaQuery();
    const { rows } = await query<{ table_name: string } & SchemaColumn>(q.sql, q.params);
    const byTable = new Map<string, SchemaColumn[]>();
    for (const r of rows) {
      const list = byTable.get(r.table_name) ?? [];
      list.push(r);
      byTable.set(r.table_name, list);
    }
    schemaList.replaceChildren();
    for (const [table, cols] of byTable) schemaList.append(tableEntry(table, cols, insert));
  } catch (error) {
    schemaList.textContent = readableError(error).message;
  }
}

/**
 * One table: its name (a button that inserts it) and a `<details>` whose summary (the column
 * count) opens its columns. The button is not inside the summary: a control in a control is
 * unreachable to screen readers.
 */
function tableEntry(table: string, cols: SchemaColumn[], insert: (text: string) => void): HTMLElement {
  const entry = el("div", "nb-table");
  entry.dataset.table = table;
  const details = el("details");
  const tb = el("button", "nb-name nb-table-name", table);
  tb.type = "button";
  tb.title = t({ vi: `Chèn ${table}`, en: `Insert ${table}` });
  tb.addEventListener("click", (e) => {
    e.preventDefault();
    insert(sqlIdentifier(table));
  });
  const summary = el("summary", { "aria-label": t({ vi: `Các cột của ${table}`, en: `Columns of ${table}` }) }, el("span", "nb-type", `(${cols.length})`));
  details.append(summary);
  entry.append(tb, details);
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
  return entry;
}
