/**
 * One CSV cell, as every CSV the project writes quotes it (downloads, chart and notebook
 * exports, the CLI): RFC 4180 quoting, and safe to open in a spreadsheet — a text cell that
 * starts with =, +, -, @, a tab or a carriage return is a formula to Excel or LibreOffice, so it
 * is written with a leading apostrophe. Numbers stay numbers: -0.25, as a number or as numeric
 * text, is not touched. Pure; used by the pages and, through loaders/text/parseCsv.ts, the library.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString()) : typeof value === "bigint" ? value.toString() : String(value);
  if (typeof value === "string" && FORMULA_START.test(s) && !NUMBER.test(s.trim())) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV text: header and rows, "\n" line ends, optionally with the UTF-8 BOM spreadsheets need for Vietnamese. */
export function csvText(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>, bom = true): string {
  return (bom ? "\ufeff" : "") + [header.map(csvCell).join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\n") + "\n";
}
