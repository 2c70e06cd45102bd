/**
 * A plain, library-independent view of one worksheet: every cell reduced to what a reader
 * needs (a number, a text, nothing, or a formula whose cached result is missing), so the
 * layout readers stay pure functions of data and can be tested without exceljs.
 */
import type ExcelJS from "exceljs";

export type GridCell =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; text: string }
  /** A formula whose cached result was not saved: the value is unknown, never to be computed. */
  | { kind: "formula_without_result"; formula: string }
  /** An Excel error value (#N/A, #DIV/0!…) stored directly or as a formula's result. */
  | { kind: "error"; text: string };

export interface SheetGrid {
  name: string;
  rowCount: number;
  colCount: number;
  /** `cells[r - 1][c - 1]`; rows may be shorter than `colCount`. */
  cells: GridCell[][];
  /** `"r:c"` of cells that are the non-master part of a merged range (they repeat the master's value). */
  mergedSlaves: Set<string>;
}

const EMPTY: GridCell = { kind: "empty" };

/** The cell at a 1-based row and column; empty outside the sheet. */
export function cellAt(grid: SheetGrid, row: number, col: number): GridCell {
  return grid.cells[row - 1]?.[col - 1] ?? EMPTY;
}

/** The trimmed text of a text cell, or "" for any other kind. */
export function textAt(grid: SheetGrid, row: number, col: number): string {
  const cell = cellAt(grid, row, col);
  return cell.kind === "text" ? cell.text : "";
}

export function isMergedSlave(grid: SheetGrid, row: number, col: number): boolean {
  return grid.mergedSlaves.has(`${row}:${col}`);
}

/** Column number → letters (1 → A, 27 → AA). */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "AB12" → row 12, column 28; null for anything else. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return null;
  return { row: Number(m[2]), col: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
}

/** Reduces an exceljs cell value (plain, rich text, hyperlink, formula, shared formula, error) to a GridCell. */
export function gridCell(value: ExcelJS.CellValue): GridCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : { kind: "error", text: String(value) };
  if (typeof value === "string") return textCell(value);
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  if (value instanceof Date) return { kind: "text", text: value.toISOString().slice(0, 10) };
  const v = value as unknown as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result;
    if (result === undefined || result === null) return { kind: "formula_without_result", formula: String(v.formula ?? v.sharedFormula ?? "") };
    return gridCell(result as ExcelJS.CellValue);
  }
  if ("error" in v) return { kind: "error", text: String(v.error) };
  if (Array.isArray(v.richText)) return textCell((v.richText as Array<{ text?: string }>).map((t) => t.text ?? "").join(""));
  if ("text" in v) return textCell(String((v as { text: unknown }).text ?? ""));
  return { kind: "text", text: String(value) };
}

function textCell(raw: string): GridCell {
  const text = raw
    .normalize("NFC")
    .replace(/\u00a0/g, " ")
    .trim();
  return text ? { kind: "text", text } : EMPTY;
}

/** Copies an exceljs worksheet into a SheetGrid. */
export function worksheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: GridCell[][] = [];
  const mergedSlaves = new Set<string>();
  let colCount = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const out: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) mergedSlaves.add(`${r}:${c}`);
      out[c - 1] = gridCell(cell.value);
      colCount = Math.max(colCount, c);
    });
    for (let i = 0; i < out.length; i++) out[i] ??= EMPTY;
    cells[r - 1] = out;
  });
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  return { name: ws.name, rowCount: cells.length, colCount, cells, mergedSlaves };
}

/** Builds a grid from plain values (tests, CSV-like input): numbers, strings, null. */
export function gridFromValues(name: string, rows: Array<Array<number | string | null | undefined>>): SheetGrid {
  const cells = rows.map((row) => row.map((v) => gridCell(v ?? null)));
  return { name, rowCount: cells.length, colCount: Math.max(0, ...cells.map((r) => r.length)), cells, mergedSlaves: new Set() };
}

/**
 * Compresses cell positions into ranges for messages: runs along a row ("D17:AE17") or,
 * when every run is a single cell in one column, runs down that column ("E7:E9").
 */
export function cellRanges(cells: Array<{ row: number; col: number }>): string[] {
  if (!cells.length) return [];
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const oneColumn = sorted.every((c) => c.col === sorted[0]!.col);
  const runs: Array<[{ row: number; col: number }, { row: number; col: number }]> = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    const adjacent = last && (oneColumn ? last[1].row + 1 === c.row : last[1].row === c.row && last[1].col + 1 === c.col);
    if (adjacent) last[1] = c;
    else runs.push([c, c]);
  }
  return runs.map(([a, b]) => (a === b ? cellAddress(a.row, a.col) : `${cellAddress(a.row, a.col)}:${cellAddress(b.row, b.col)}`));
}
