/**
 * Reads a 2011–2017 score sheet: provinces in rows, one column per indicator. Two variants:
 * the combined 2011–2016 workbook (row 1 English headers, row 2 Vietnamese headers; A `tinhid`,
 * B English name, C Vietnamese name) and the yearly "tổng hợp" sheets (one header row, the
 * province name first, dimension columns headed "1: …" to "6: …").
 */
import { foldText } from "../../text/foldText.ts";
import type { IssueRow, ProvinceRow, ScoreRow } from "../../model/model.ts";
import { matchProvince } from "../../model/provinces.ts";
import { exactIndicators, labelPrefix, matchWorkbookLabel } from "./matchWorkbookLabel.ts";
import { mapWideColumns, type IndicatorColumn } from "./mapWideColumns.ts";
import { resolveSheetYear, type YearClue } from "./resolveSheetYear.ts";
import type { Taxonomy } from "../../model/taxonomy.ts";
import { isSummaryCode, isSummaryLabel, yearsIn } from "./workbookLabels.ts";
import {
  cellIssue,
  missingValueIssue,
  readScoreCell,
  reportYear,
  sheetIssue,
  workbookScore,
  type MissingCell,
  type SheetContext,
  type SheetRead,
} from "./workbookSheet.ts";
import { cellAddress, cellAt, columnLetters, textAt, type SheetGrid } from "./worksheetGrid.ts";

export type { IndicatorColumn } from "./mapWideColumns.ts";

export interface WideHeader {
  /** The header rows (1 or 2: English and Vietnamese). */
  rows: number[];
  /** The first column headed by an indicator; columns before it identify the province. */
  firstIndicatorCol: number;
}

const HEADER_SCAN_ROWS = 10;
const MIN_HEADER_MATCHES = 3;

/** Finds the header row(s) of a wide sheet: rows where at least three cells name PAPI indicators. */
export function findWideHeader(grid: SheetGrid, tax: Taxonomy): WideHeader | null {
  const seen = new Map<string, boolean>();
  const isHeader = (text: string) => {
    if (!seen.has(text)) seen.set(text, isIndicatorHeader(tax, text));
    return seen.get(text)!;
  };
  const matchesIn = (row: number) => {
    const cols: number[] = [];
    for (let c = 1; c <= grid.colCount; c++) if (isHeader(textAt(grid, row, c))) cols.push(c);
    return cols;
  };
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, grid.rowCount); r++) {
    const first = matchesIn(r);
    if (first.length < MIN_HEADER_MATCHES) continue;
    const second = r < grid.rowCount ? matchesIn(r + 1) : [];
    const rows = second.length >= MIN_HEADER_MATCHES ? [r, r + 1] : [r];
    return { rows, firstIndicatorCol: Math.min(first[0]!, second[0] ?? Infinity) };
  }
  return null;
}

/** A header naming a PAPI indicator exactly ("Civic Knowledge", "Un-weighted2015PAPI") or by number ("1: Tham gia…"). */
function isIndicatorHeader(tax: Taxonomy, text: string): boolean {
  if (!text || text.length > 160 || /^\d+$/.test(text)) return false;
  if (exactIndicators(tax, text, null).length) return true;
  const prefix = labelPrefix(text);
  return prefix.role === "dimension" && (matchWorkbookLabel(tax, text, 2015, null) ?? matchWorkbookLabel(tax, text, 2017, null)) !== null;
}

/** Reads a wide sheet, or returns null when the sheet is not in this layout. */
export function readWideWorkbookSheet(grid: SheetGrid, ctx: SheetContext): SheetRead | null {
  const header = findWideHeader(grid, ctx.taxonomy);
  if (!header) return null;
  const result: SheetRead = { sheet: grid.name, layout: "wide", year: null, scores: [], issues: [] };
  const year = wideSheetYear(grid, header, ctx, result.issues);
  result.year = year;
  if (year === null) return result;
  const columns = mapWideColumns(grid, header, year, ctx, result.issues);
  const identity = identityColumns(grid, header, ctx);
  const seen = new Map<string, number>();
  const lastHeader = header.rows[header.rows.length - 1]!;
  for (let r = lastHeader + 1; r <= grid.rowCount; r++) {
    readWideRow(grid, r, { year, columns, identity, seen, ctx }, result);
  }
  return result;
}

// ── year ────────────────────────────────────────────────────────────────────────────────

function wideSheetYear(grid: SheetGrid, header: WideHeader, ctx: SheetContext, issues: IssueRow[]): number | null {
  const clues: YearClue[] = [];
  for (let r = 1; r < header.rows[0]!; r++) {
    for (let c = 1; c <= grid.colCount; c++) {
      const text = textAt(grid, r, c);
      if (text) clues.push({ where: `title ${cellAddress(r, c)}`, text });
    }
  }
  for (const r of header.rows) {
    for (let c = 1; c <= grid.colCount; c++) {
      const text = textAt(grid, r, c);
      // A year inside a verbatim indicator name ("Un-weighted2015PAPI", on every sheet of the
      // 2011–2016 workbook) is part of the name, not the sheet's year.
      if (text && yearsIn(text).length && !isVerbatimName(ctx.taxonomy, text)) clues.push({ where: `header ${cellAddress(r, c)}`, text });
    }
  }
  clues.push({ where: "sheet name", text: grid.name }, { where: "file name", text: ctx.file, fallback: true });
  return reportYear(grid.name, resolveSheetYear(clues), ctx, issues);
}

function isVerbatimName(tax: Taxonomy, text: string): boolean {
  const key = foldText(text);
  return tax.indicators.some((d) => [d.name_vi, d.name_en, ...d.variants].some((n) => foldText(n) === key));
}

// ── province identity ───────────────────────────────────────────────────────────────────

export interface IdentityColumns {
  codeCols: number[];
  nameCols: number[];
}

const CODE_HEADER = /^(tinhid|tinh id|ma tinh|ma so tinh|ma|code|gso|gso code|gso id|province code|provcode)$/;

/**
 * Which leading columns identify the province: GSO-code columns by their header (`tinhid`,
 * "Mã tỉnh"; never a row counter such as "STT"), name columns by their content.
 */
export function identityColumns(grid: SheetGrid, header: WideHeader, ctx: SheetContext): IdentityColumns {
  const codeCols: number[] = [];
  const nameCols: number[] = [];
  const firstData = header.rows[header.rows.length - 1]! + 1;
  for (let c = 1; c < header.firstIndicatorCol; c++) {
    const labels = header.rows.map((r) => foldText(textAt(grid, r, c)));
    if (labels.some((l) => CODE_HEADER.test(l))) {
      codeCols.push(c);
      continue;
    }
    let texts = 0;
    let provinces = 0;
    for (let r = firstData; r <= grid.rowCount; r++) {
      const t = textAt(grid, r, c);
      if (!t || /^\d+$/.test(t)) continue;
      texts++;
      if (matchProvince(ctx.registry, t) || isSummaryLabel(t)) provinces++;
    }
    if (texts > 0 && provinces * 2 >= texts) nameCols.push(c);
  }
  if (!nameCols.length && !codeCols.length && header.firstIndicatorCol > 1) nameCols.push(1);
  return { codeCols, nameCols };
}

type RowIdentity =
  | { kind: "blank" }
  | { kind: "summary"; label: string }
  | { kind: "province"; province: ProvinceRow; unmatched: Array<{ col: number; text: string }> }
  | { kind: "unknown"; col: number; texts: string[] }
  | { kind: "conflict"; found: Array<{ col: number; text: string; code: string }> };

function rowIdentity(grid: SheetGrid, r: number, identity: IdentityColumns, ctx: SheetContext): RowIdentity {
  const found: Array<{ col: number; text: string; code: string }> = [];
  const unmatched: Array<{ col: number; text: string }> = [];
  for (const col of [...identity.codeCols, ...identity.nameCols]) {
    const cell = cellAt(grid, r, col);
    const raw = cell.kind === "number" ? String(cell.value) : cell.kind === "text" ? cell.text : "";
    if (!raw) continue;
    const isCode = /^\d+$/.test(raw);
    const inCodeCol = identity.codeCols.includes(col);
    if (isCode && !inCodeCol) continue; // a number in a name column (a row counter) says nothing
    if ((isCode && isSummaryCode(Number(raw))) || (!isCode && isSummaryLabel(raw))) return { kind: "summary", label: rowLabel(grid, r, identity) };
    const province = isCode ? ctx.registry.byCode.get(raw.padStart(2, "0")) : matchProvince(ctx.registry, raw);
    if (province) found.push({ col, text: raw, code: province.code });
    else unmatched.push({ col, text: raw });
  }
  const codes = new Set(found.map((f) => f.code));
  if (codes.size > 1) return { kind: "conflict", found };
  if (codes.size === 1) return { kind: "province", province: ctx.registry.byCode.get(found[0]!.code)!, unmatched };
  if (unmatched.length) {
    const named = unmatched.find((u) => identity.nameCols.includes(u.col)) ?? unmatched[0]!;
    return { kind: "unknown", col: named.col, texts: unmatched.map((u) => u.text) };
  }
  return { kind: "blank" };
}

function rowLabel(grid: SheetGrid, r: number, identity: IdentityColumns): string {
  return [...identity.codeCols, ...identity.nameCols]
    .map((c) => {
      const cell = cellAt(grid, r, c);
      return cell.kind === "number" ? String(cell.value) : cell.kind === "text" ? cell.text : "";
    })
    .filter(Boolean)
    .join(" ");
}

// ── rows ────────────────────────────────────────────────────────────────────────────────

interface RowState {
  year: number;
  columns: IndicatorColumn[];
  identity: IdentityColumns;
  /** province code → the row it was first read from */
  seen: Map<string, number>;
  ctx: SheetContext;
}

function hasValues(grid: SheetGrid, r: number, columns: IndicatorColumn[]): boolean {
  return columns.some(({ col }) => cellAt(grid, r, col).kind !== "empty");
}

function readWideRow(grid: SheetGrid, r: number, st: RowState, out: SheetRead): void {
  const { ctx, year } = st;
  const id = rowIdentity(grid, r, st.identity, ctx);
  const firstIdCell = cellAddress(r, st.identity.nameCols[0] ?? st.identity.codeCols[0] ?? 1);
  const at = (fields: Parameters<typeof sheetIssue>[2]) => out.issues.push(sheetIssue(ctx, grid.name, fields));
  switch (id.kind) {
    case "blank":
      if (hasValues(grid, r, st.columns))
        at({
          kind: "unknown_province",
          severity: "warning",
          cell: firstIdCell,
          year,
          message: `row ${r} has scores but no province name or code; row not read`,
          message_vi: `dòng ${r} có điểm nhưng không có tên hoặc mã tỉnh/thành phố; không đọc dòng này`,
        });
      return;
    case "summary":
      at({
        kind: "skipped_row",
        severity: "info",
        cell: cellAddress(r, 1),
        year,
        message: `row ${r} "${id.label}" is a summary row, not a province; skipped`,
        message_vi: `dòng ${r} "${id.label}" là dòng tổng hợp, không phải tỉnh/thành phố; bỏ qua`,
      });
      return;
    case "unknown":
      at({
        kind: "unknown_province",
        severity: "warning",
        cell: cellAddress(r, id.col),
        year,
        message: `${id.texts.map((t) => `"${t}"`).join(" / ")} (row ${r}) is not a known province; row not read`,
        message_vi: `${id.texts.map((t) => `"${t}"`).join(" / ")} (dòng ${r}) không phải là tỉnh/thành phố đã biết; không đọc dòng này`,
      });
      return;
    case "conflict":
      at({
        kind: "conflict",
        severity: "error",
        cell: cellAddress(r, id.found[0]!.col),
        year,
        message: `row ${r}: the province columns disagree (${id.found.map((f) => `${columnLetters(f.col)} "${f.text}" → ${f.code}`).join(", ")}); row not read`,
        message_vi: `dòng ${r}: các cột tỉnh/thành phố mâu thuẫn nhau (${id.found.map((f) => `${columnLetters(f.col)} "${f.text}" → ${f.code}`).join(", ")}); không đọc dòng này`,
      });
      return;
  }
  const { province } = id;
  for (const u of id.unmatched)
    at({
      kind: "unknown_province",
      severity: "warning",
      cell: cellAddress(r, u.col),
      province_code: province.code,
      year,
      message: `"${u.text}" is not a known name of ${province.name_vi} (identified by the other columns of row ${r})`,
      message_vi: `"${u.text}" không phải là tên đã biết của ${province.name_vi} (được xác định theo các cột khác của dòng ${r})`,
    });
  const earlier = st.seen.get(province.code);
  if (earlier !== undefined) {
    at({
      kind: "duplicate",
      severity: "error",
      cell: firstIdCell,
      province_code: province.code,
      year,
      message: `${province.name_vi} appears again in row ${r} (first in row ${earlier}); the repeat is not read`,
      message_vi: `${province.name_vi} xuất hiện lại ở dòng ${r} (lần đầu ở dòng ${earlier}); không đọc dòng trùng lặp`,
    });
    return;
  }
  st.seen.set(province.code, r);
  readProvinceCells(grid, r, province, st, out);
}

function readProvinceCells(grid: SheetGrid, r: number, province: ProvinceRow, st: RowState, out: SheetRead): void {
  const missing: MissingCell[] = [];
  const scores: ScoreRow[] = [];
  for (const { col, def } of st.columns) {
    const cell = cellAddress(r, col);
    const reading = readScoreCell(cellAt(grid, r, col));
    if (reading.kind === "value") scores.push(workbookScore(def, province, st.year, reading, `${grid.name}!${cell}`, st.ctx));
    else if (reading.kind === "missing") missing.push({ row: r, col, zero: reading.zero, marker: reading.marker });
    else out.issues.push(cellIssue(st.ctx, grid.name, reading, cell, province, st.year, def)!);
  }
  out.scores.push(...scores);
  if (missing.length) out.issues.push(missingValueIssue(st.ctx, grid.name, province, st.year, missing));
}
