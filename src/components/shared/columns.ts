/**
 * Rows as columns for a page-data file: `{name: [values…]}` is several times smaller than an
 * array of objects that repeat every key, and needs no Arrow library to read. A column with few
 * distinct values (kinds, sources, years, ranks) is stored as a dictionary and one character per
 * row, `{dict: [...], chars: "…"}`: character k of CODE_CHARS stands for dict[k]. A column of
 * strings with more distinct values keeps numeric codes, `{dict: [...], codes: [...]}`.
 */
export type Column = unknown[] | { dict: unknown[]; codes: number[] } | { dict: unknown[]; chars: string };
export type Columns = Record<string, Column>;

/** Printable ASCII that JSON writes as itself ('"' and '\\' left out): 93 codes. */
const CODE_CHARS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => c !== '"' && c !== "\\")
  .join("");

/** The chosen fields of each row, column by column (a missing field is null, never 0). */
export function toColumns<T extends object>(rows: readonly T[], fields: readonly (keyof T & string)[]): Columns {
  const out: Columns = {};
  for (const f of fields) {
    const values = rows.map((r) => (r[f] === undefined ? null : r[f]));
    const dict = [...new Set(values)];
    const at = new Map(dict.map((v, i) => [v, i]));
    if (values.length >= 8 && dict.length * 4 <= values.length && dict.length <= CODE_CHARS.length) {
      out[f] = { dict, chars: values.map((v) => CODE_CHARS[at.get(v)!]).join("") };
    } else if (values.length >= 8 && dict.length * 4 <= values.length && values.some((v) => typeof v === "string")) {
      out[f] = { dict, codes: values.map((v) => at.get(v)!) };
    } else out[f] = values;
  }
  return out;
}

function valuesOf(c: Column): unknown[] {
  if (Array.isArray(c)) return c;
  if ("chars" in c) {
    const index = new Map([...CODE_CHARS].map((ch, i) => [ch, i]));
    return Array.from(c.chars, (ch) => c.dict[index.get(ch)!]);
  }
  return c.codes.map((i) => c.dict[i]);
}

/** The chosen fields of one row, as an object (a missing field is null, never 0). */
export function pickFields<T extends object, K extends keyof T>(row: T, fields: readonly K[]): Pick<T, K> {
  return Object.fromEntries(fields.map((k) => [k, row[k] ?? null])) as Pick<T, K>;
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
