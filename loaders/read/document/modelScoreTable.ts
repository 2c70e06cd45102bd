import { foldText } from "../../text/foldText.ts";
import { matchGroup, matchIndicator, type MatchContext, type Taxonomy } from "../../model/taxonomy.ts";
import type { MarkdownTable, TableRow } from "./parseMarkdownTables.ts";
import { cellText, isBlankCell, looksNumeric } from "./readTableCell.ts";

/** What a column holds, from its cells (and, for ranks and row numbers, its header). */
export type ColumnRole = "year" | "stt" | "label" | "value" | "rank" | "group" | "text" | "empty";

export interface ColumnInfo {
  index: number;
  role: ColumnRole;
  /** Header texts top → bottom; merged (empty) cells of upper header rows take the text on their left. */
  path: string[];
  /** The column's own cell in the bottom header row. */
  own: string;
  /** First column of the top-header span the column belongs to. */
  span: number;
  /** A year named by the column's header ("2023", "Năm 2023", "Mục tiêu 2025"). */
  year: number | null;
  /** The header names a target ("Mục tiêu", "Chỉ tiêu", "Kế hoạch", "Phấn đấu"). */
  target: boolean;
}

/** A table seen as header rows, data rows and typed columns. */
export interface ScoreTableModel {
  table: MarkdownTable;
  headerRows: TableRow[];
  dataRows: TableRow[];
  columns: ColumnInfo[];
  /** "yearRows": one row per year (Lào Cai appendix); "indicatorRows": one row per indicator. */
  layout: "yearRows" | "indicatorRows" | null;
}

const YEAR_RE = /(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)/;
/** Words that make a header or a row label a target ("Mục tiêu 2025", "Kế hoạch 2024"). */
export const TARGET_RE = /\b(muc tieu|chi tieu|ke hoach|phan dau|du kien)\b/;
const RANK_RE = /\b(xep hang|thu hang|xep thu|vi thu|vi tri|hang)\b/;
/** A column headed "Năm" holds years, even where a cell is garbled. */
const YEAR_HEADER_RE = /^(nam|year)$/;
const STT_RE = /^(stt|tt|so tt|so thu tu|thu tu)$/;
const STT_CELL_RE = /^([0-9]{1,2}(\.[0-9]{1,2})*|[ivx]+|[a-zđ]|[-+*•])[.)]?$/i;

export function yearIn(text: string): number | null {
  const m = YEAR_RE.exec(text);
  return m ? Number(m[1]) : null;
}

function isHeaderLike(tax: Taxonomy, row: TableRow): boolean {
  const filled = row.cells.map(cellText).filter((t) => !isBlankCell(t));
  const figure = filled.some((t) => (looksNumeric(t) && !/^(năm\s*)?(19|20)\d\d$/i.test(t)) || (t.length <= 16 && matchGroup(tax, t) !== null));
  if (figure) return false;
  // A lone indicator name is a heading row of the data ("| | Tham gia | | |"), not a header.
  return filled.length !== 1 || matchIndicator(tax, filled[0]!) === null;
}

/** Header paths with merged cells of upper rows filled from the left. */
function headerPaths(headerRows: TableRow[], width: number): { paths: string[][]; spans: number[] } {
  const paths: string[][] = Array.from({ length: width }, () => []);
  const spans: number[] = Array.from({ length: width }, (_, i) => i);
  headerRows.forEach((row, r) => {
    const bottom = r === headerRows.length - 1 && headerRows.length > 1;
    let left = "";
    let leftAt = 0;
    for (let c = 0; c < width; c++) {
      const own = cellText(row.cells[c]);
      if (own) {
        left = own;
        leftAt = c;
      }
      const text = own || (bottom ? "" : left);
      paths[c]!.push(text);
      if (r === 0) spans[c] = own ? c : leftAt;
    }
  });
  return { paths, spans };
}

/**
 * What a column's cells hold. Groups and figures need two thirds of the filled cells, the rest
 * short (garbled cells such as "4,3x" or "Cao nht" stay in their column and are reported there).
 */
function contentRole(tax: Taxonomy, cells: string[]): ColumnRole {
  const filled = cells.filter((t) => !isBlankCell(t));
  if (!filled.length) return cells.some((t) => t.trim()) ? "text" : "empty";
  const mostly = (test: (t: string) => boolean) => {
    const yes = filled.filter(test).length;
    return yes * 3 >= filled.length * 2 && filled.every((t) => test(t) || t.length <= 24);
  };
  // A year column stays one when a cell is garbled ("2O19") or impossible ("2099"): that row alone is not read.
  if (mostly((t) => yearIn(t) !== null && !/[.,]\d/.test(t)) && filled.every((t) => !looksNumeric(t) || yearIn(t) !== null || /^\d{4}$/.test(t))) return "year";
  if (mostly((t) => matchGroup(tax, t) !== null && t.length <= 40)) return "group";
  if (mostly(looksNumeric)) return "value";
  return "text";
}

/**
 * Types the columns of a table: header rows are the markdown header plus the leading body rows
 * that hold no figure (a second header row naming the dimensions); every other row is data.
 */
export function modelScoreTable(table: MarkdownTable, tax: Taxonomy, ctx: MatchContext): ScoreTableModel {
  const body = table.rows;
  let firstData = 0;
  while (firstData < body.length && isHeaderLike(tax, body[firstData]!)) firstData++;
  const headerRows = [table.header, ...body.slice(0, firstData)];
  const dataRows = body.slice(firstData);
  const width = Math.max(table.header.cells.length, ...body.map((r) => r.cells.length));
  const { paths, spans } = headerPaths(headerRows, width);
  const columns: ColumnInfo[] = paths.map((path, index) => {
    const cells = dataRows.map((r) => cellText(r.cells[index]));
    const headerText = foldText(path.join(" "));
    let role = contentRole(tax, cells);
    const own = [...path].reverse().find((p) => p) ?? "";
    if (STT_RE.test(foldText(own))) role = "stt";
    else if (YEAR_HEADER_RE.test(foldText(own)) && cells.some((t) => yearIn(t) !== null) && cells.every((t) => t.length <= 24)) role = "year";
    else if (role === "value" && (RANK_RE.test(foldText(own)) || cells.some((t) => /^\d{1,2}\s*\/\s*\d{1,2}/.test(t)))) role = "rank";
    return {
      index,
      role,
      path,
      own: cellText(headerRows[headerRows.length - 1]!.cells[index]),
      span: spans[index]!,
      year: yearIn(path.join(" ")),
      target: TARGET_RE.test(headerText),
    };
  });
  markLabelColumn(columns, dataRows, tax, ctx);
  return { table, headerRows, dataRows, columns, layout: layoutOf(columns) };
}

function markLabelColumn(columns: ColumnInfo[], dataRows: TableRow[], tax: Taxonomy, ctx: MatchContext) {
  let best: ColumnInfo | null = null;
  let bestScore = 0;
  for (const col of columns) {
    if (col.role !== "text" && col.role !== "stt") continue;
    const score = dataRows.filter((r) => {
      const t = cellText(r.cells[col.index]);
      return t && !STT_CELL_RE.test(t) && matchIndicator(tax, t, ctx) !== null;
    }).length;
    if (score > bestScore) {
      best = col;
      bestScore = score;
    }
  }
  if (best) best.role = "label";
  if (!best) return;
  for (const col of columns) {
    if (col.index >= best.index || col.role === "stt") continue;
    const cells = dataRows.map((r) => cellText(r.cells[col.index])).filter((t) => t);
    if (cells.length && cells.every((t) => STT_CELL_RE.test(t))) col.role = "stt";
  }
}

function layoutOf(columns: ColumnInfo[]): ScoreTableModel["layout"] {
  const figures = columns.some((c) => c.role === "value" || c.role === "rank" || c.role === "group");
  if (!figures) return null;
  // Indicator names in a column make one row per indicator, even with a year column beside them.
  if (columns.some((c) => c.role === "label")) return "indicatorRows";
  const first = columns.find((c) => c.role !== "empty");
  return first && first.role === "year" ? "yearRows" : null;
}

/** A column header that names a role rather than an indicator ("Điểm số", "Xếp nhóm", "Năm"). */
export function isRoleWord(text: string): boolean {
  const f = foldText(text);
  return (
    !f ||
    /^(diem|xep|nhom|hang|thu hang|gia tri|ket qua|ghi chu|stt|tt|nam|muc tieu|chi tieu|ty le|%|so diem|chi so noi dung|chi so thanh phan|noi dung|chi so)\b/.test(
      f,
    )
  );
}
