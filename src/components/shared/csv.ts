/**
 * One CSV cell, as every CSV the project writes quotes it (downloads, chart and notebook
 * exports, the CLI): RFC 4180 quoting, and safe to open in a spreadsheet — a text cell that
 * starts with =, +, -, @, a tab or a carriage return is a formula to Excel or LibreOffice, so it
 * is written with a leading apostrophe. Numbers stay numbers: -0.25, as a number or as numeric
 * text, is not touched. Pure; used by the pages and, through loaders/text/parseCsv.ts, the library.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A number as the source wrote it: 12 significant digits at most, which no source exceeds, so that
 * binary noise (1.2893854999999999) is written as 1.2893855 and nothing a source printed is lost.
 */
export function numberText(x: number): string {
  return Number.isInteger(x) || !Number.isFinite(x) ? String(x) : String(Number(x.toPrecision(12)));
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = value instanceof Date ? (Number.isNaN(value.getTime()) ? "" : value.toISOString()) : typeof value === "number" ? numberText(value) : String(value);
  if (typeof value === "string" && FORMULA_START.test(s) && !NUMBER.test(s.trim())) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV text: header and rows, "\n" line ends, optionally with the UTF-8 BOM spreadsheets need for Vietnamese. */
export function csvText(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>, bom = true): string {
  return (bom ? "\ufeff" : "") + [header.map(csvCell).join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\n") + "\n";
}
