/** What one successful notebook query gives the result table and the quick chart. */
import type { ResultRow } from "./notebookLogic.js";

/** A query's SQL, its columns and rows, and how long it ran (milliseconds). */
export interface NotebookResult {
  sql: string;
  columns: string[];
  rows: ResultRow[];
  ms: number;
}
