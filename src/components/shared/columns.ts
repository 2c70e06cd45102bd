/**
 * Rows as columns for a page-data file: `{name: [values…]}` is several times smaller than an
 * array of objects that repeat every key, and needs no Arrow library to read. A column with
 * few distinct values is stored as a dictionary and codes, `{dict: [...], codes: [...]}`.
 */
export type Column = unknown[] | { dict: unknown[]; codes: number[] };
export type Columns = Record<string, Column>;

/** The chosen fields of each row, column by column (a missing field is null, never 0). */
export function toColumns<T extends object>(rows: readonly T[], fields: readonly (keyof T & string)[]): Columns {
  const out: Columns = {};
  for (const f of fields) {
    const values = rows.map((r) => (r[f] === undefined ? null : r[f]));
    const dict = [...new Set(values)];
    if (values.length >= 8 && dict.length * 4 <= values.length && values.some((v) => typeof v === "string")) {
      const at = new Map(dict.map((v, i) => [v, i]));
      out[f] = { dict, codes: values.map((v) => at.get(v)!) };
    } else out[f] = values;
  }
  return out;
}

function valuesOf(c: Column): unknown[] {
  return Array.isArray(c) ? c : c.codes.map((i) => c.dict[i]);
}

/** The rows back from their columns. */
export function fromColumns<T = Record<string, unknown>>(cols: Columns): T[] {
  const names = Object.keys(cols);
  const values = names.map((k) => valuesOf(cols[k]!));
  const n = values.length ? values[0]!.length : 0;
  const rows: Record<string, unknown>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r: Record<string, unknown> = {};
    names.forEach((k, j) => (r[k] = values[j]![i]));
    rows[i] = r;
  }
  return rows as T[];
}
