/**
 * The SQL notebook's logic without DOM or DuckDB: which quick chart fits a result, CSV and
 * JSON exports, the query in the URL, and cell formatting. Tested in Node
 * (test/queries/notebook.test.ts).
 */
import { csvText } from "../shared/csv.js";

export type Cell = unknown;
export type ResultRow = Record<string, Cell>;

export type ChartType = "line" | "bar" | "scatter" | "none";

export interface ChartSpec {
  type: ChartType;
  x: string | null;
  y: string | null;
  /** a category column that splits lines into series, or colours the dots */
  series: string | null;
}

export interface ColumnInfo {
  name: string;
  numeric: boolean;
  /** a year column: named like a year and holding whole numbers between 1900 and 2100 */
  year: boolean;
  /** text (or boolean) values: a category */
  category: boolean;
  distinct: number;
}

const YEAR_NAME = /(^|_)(year|years|nam|năm)($|_)/i;

export function asNumber(v: Cell): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "bigint") return Number(v);
  return null;
}

/** What each column holds (looking at up to `sample` rows). */
export function describeColumns(columns: readonly string[], rows: readonly ResultRow[], sample = 2000): ColumnInfo[] {
  const head = rows.slice(0, sample);
  return columns.map((name) => {
    let numbers = 0;
    let texts = 0;
    let whole = true;
    let inYears = true;
    const distinct = new Set<unknown>();
    for (const r of head) {
      const v = r[name];
      if (v === null || v === undefined) continue;
      distinct.add(v instanceof Date ? v.getTime() : v);
      const n = asNumber(v);
      if (n !== null) {
        numbers++;
        if (!Number.isInteger(n)) whole = false;
        if (n < 1900 || n > 2100) inYears = false;
      } else if (typeof v === "string" || typeof v === "boolean") texts++;
    }
    const numeric = numbers > 0 && texts === 0;
    return {
      name,
      numeric,
      year: numeric && whole && inYears && YEAR_NAME.test(name),
      category: texts > 0 && numbers === 0,
      distinct: distinct.size,
    };
  });
}

/** Most series a line chart splits into (more would be unreadable). */
export const MAX_SERIES = 12;

/**
 * The quick chart for a result: a year column (with more than one year) and a number → line,
 * split into series by a category column; a category and a number → bar; two numbers →
 * scatter; otherwise none. Measures prefer columns with fractions (scores) over whole
 * numbers (ids, counts), and never a year or a constant column.
 */
export function chooseChart(columns: readonly string[], rows: readonly ResultRow[], lang: "vi" | "en" = "vi"): ChartSpec {
  if (!rows.length) return { type: "none", x: null, y: null, series: null };
  const info = describeColumns(columns, rows);
  const yearLike = (c: ColumnInfo) => c.year || (c.numeric && YEAR_NAME.test(c.name));
  const year = info.find((c) => c.year && c.distinct > 1);
  const measures = info.filter((c) => c.numeric && !yearLike(c) && c.distinct > 1);
  // Columns with fractions (scores) first, then whole numbers, each in result order.
  const ordered = [...measures.filter((c) => !isWhole(c, rows)), ...measures.filter((c) => isWhole(c, rows))];
  // Labels in the page language first (name_en / dimension_en in English, *_vi in Vietnamese).
  const other = lang === "vi" ? /_en$/ : /_vi$/;
  const categories = info.filter((c) => c.category && c.distinct > 1).sort((a, b) => Number(other.test(a.name)) - Number(other.test(b.name)));
  const anyCategory = categories[0] ?? info.find((c) => c.category) ?? null;
  if (year && ordered.length) {
    const series = categories.find((c) => c.distinct <= MAX_SERIES) ?? (hasDuplicates(rows, year.name) ? (categories[0] ?? null) : null);
    return { type: "line", x: year.name, y: ordered[0]!.name, series: series?.name ?? null };
  }
  if (anyCategory && ordered.length) {
    return { type: "bar", x: ordered[0]!.name, y: anyCategory.name, series: null };
  }
  if (ordered.length >= 2) {
    return { type: "scatter", x: ordered[0]!.name, y: ordered[1]!.name, series: categories.find((c) => c.distinct <= MAX_SERIES)?.name ?? null };
  }
  return { type: "none", x: null, y: null, series: null };
}

function isWhole(c: ColumnInfo, rows: readonly ResultRow[]): boolean {
  return rows.slice(0, 2000).every((r) => {
    const n = asNumber(r[c.name]);
    return n === null || Number.isInteger(n);
  });
}

function hasDuplicates(rows: readonly ResultRow[], column: string): boolean {
  const seen = new Set<unknown>();
  for (const r of rows) {
    const v = r[column];
    if (seen.has(v)) return true;
    seen.add(v);
  }
  return false;
}

/** A value as text for CSV: dates in ISO, lists and structs as JSON, missing as empty. */
export function cellText(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString();
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "object") return JSON.stringify(v, jsonReplacer);
  return String(v);
}

function jsonReplacer(_key: string, v: unknown): unknown {
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** RFC 4180 CSV (comma, CRLF-free "\n" lines, quotes doubled), with a UTF-8 BOM so Excel reads Vietnamese. */
export function toCsv(columns: readonly string[], rows: readonly ResultRow[]): string {
  return csvText(
    columns,
    rows.map((r) => columns.map((c) => (typeof r[c] === "number" ? r[c] : cellText(r[c])))),
  );
}

/** The result as a JSON array of objects (column order kept; bigints as numbers or strings). */
export function toJson(columns: readonly string[], rows: readonly ResultRow[]): string {
  const ordered = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] instanceof Date ? (r[c] as Date).toISOString() : (r[c] ?? null)])));
  return JSON.stringify(ordered, jsonReplacer, 2) + "\n";
}

/** The query's URL parameter `q`: the SQL itself (URLSearchParams encodes it). */
export const QUERY_PARAM = "q";

/** Reads `?q=` (URI-encoded SQL; base64url accepted too, prefixed "b64:"). */
export function queryFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get(QUERY_PARAM);
  if (raw === null || raw.trim() === "") return null;
  if (raw.startsWith("b64:")) {
    try {
      const b64 = raw.slice(4).replace(/-/g, "+").replace(/_/g, "/");
      const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
      return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    } catch {
      return null;
    }
  }
  return raw;
}

/** The link that reproduces a query: `href` with `q` set (other parameters such as lang kept). */
export function shareUrl(sql: string, href: string): string {
  const url = new URL(href);
  url.searchParams.set(QUERY_PARAM, sql);
  return url.href;
}

/** An identifier as it can be typed in SQL: quoted when it is not a plain lower-case name or is a reserved word. */
const RESERVED = new Set([
  "group",
  "order",
  "select",
  "from",
  "where",
  "table",
  "by",
  "to",
  "desc",
  "asc",
  "limit",
  "user",
  "default",
  "check",
  "column",
  "end",
  "all",
  "and",
  "or",
  "not",
  "in",
  "is",
  "as",
  "on",
  "case",
  "when",
  "then",
  "else",
  "union",
  "join",
]);
export function sqlIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** Splits rows into pages of `size`. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(p * size, (p + 1) * size), page: p, pages };
}

/** A DuckDB error message, made readable: the error class and the message, with a hint where one helps. */
export function readableError(error: unknown): { message: string; hint: "external" | "table" | "syntax" | null } {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.replace(/\s+$/, "");
  let hint: "external" | "table" | "syntax" | null = null;
  if (/external access|Permission Error|read_csv|read_parquet|httpfs|INSTALL|LOAD|file system|Cannot open file/i.test(message)) hint = "external";
  else if (/Table with name .* does not exist|Catalog Error/i.test(message)) hint = "table";
  else if (/Parser Error|syntax error/i.test(message)) hint = "syntax";
  return { message, hint };
}
