/**
 * Reads a published Arrow table into plain objects, without waiting for DuckDB: the first
 * chart of a page draws from these rows; DuckDB-wasm is only started for re-querying.
 *
 *   const facts = arrowRows(await FileAttachment("data/facts.arrow").arrayBuffer());
 */
import { tableFromIPC } from "apache-arrow";

export type Row = Record<string, unknown>;

export function arrowRows<T = Row>(bytes: ArrayBuffer | Uint8Array): T[] {
  const table = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((_, i) => table.getChildAt(i)!);
  const out = new Array<T>(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (let c = 0; c < names.length; c++) {
      const v = columns[c]!.get(r);
      row[names[c]!] = typeof v === "bigint" ? Number(v) : v;
    }
    out[r] = row as T;
  }
  return out;
}
