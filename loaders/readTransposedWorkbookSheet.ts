/**
 * Reads a 2018+ yearly score sheet: indicators in rows, provinces in columns. The province
 * row is one of the first six (the 2024 file has four rows above it grouping the 63 old
 * provinces under the 34 new units, as merged cells); columns A (and B) label each row.
 * Only unweighted dimension, sub-dimension and total rows are read; weighted, confidence-bound
 * and standard-error rows are skipped, and survey-indicator rows are counted and skipped.
 */
import { foldText } from "./foldText.ts";
import type { IssueRow, ProvinceRow, ScoreRow } from "./model.ts";
import { matchProvince } from "./provinces.ts";
import { labelPrefix, matchUnlabelledRow, matchWorkbookLabel } from "./matchWorkbookLabel.ts";
import { resolveSheetYear, type YearClue } from "./resolveSheetYear.ts";
import type { IndicatorDef, Taxonomy } from "./taxonomy.ts";
import { isNonScoreLabel, isSummaryLabel, isSurveyCode, stripYears } from "./workbookLabels.ts";
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
import { cellAddress, cellAt, isMergedSlave, textAt, type SheetGrid } from "./worksheetGrid.ts";

const PROVINCE_ROW_SCAN = 6;
const MIN_PROVINCES = 3;

export interface ProvinceColumn {
  col: number;
  province: ProvinceRow;
}

export interface ProvinceHeader {
  row: number;
  /** Columns before the first province column: the row labels. */
  labelCols: number[];
  columns: ProvinceColumn[];
}

/** Distinct provinces named in a row's own (non-merged-over) text cells. */
function provincesInRow(grid: SheetGrid, r: number, ctx: SheetContext): Set<string> {
  const codes = new Set<string>();
  for (let c = 1; c <= grid.colCount; c++) {
    if (isMergedSlave(grid, r, c)) continue;
    const p = matchProvince(ctx.registry, textAt(grid, r, c));
    if (p && !/^\d+$/.test(textAt(grid, r, c))) codes.add(p.code);
  }
  return codes;
}

/**
 * The row of province names: among the first six rows, the one naming the most distinct
 * provinces (the 2024 grouping rows name at most 34 units, several of which share a name with
 * an old province); the lower row wins a tie.
 */
export function findProvinceRow(grid: SheetGrid, ctx: SheetContext): number | null {
  let best: { row: number; n: number } | null = null;
  for (let r = 1; r <= Math.min(PROVINCE_ROW_SCAN, grid.rowCount); r++) {
    const n = provincesInRow(grid, r, ctx).size;
    if (n >= MIN_PROVINCES && (!best || n >= best.n)) best = { row: r, n };
  }
  return best?.row ?? null;
}

function provinceHeader(grid: SheetGrid, row: number, ctx: SheetContext, year: number | null, issues: IssueRow[]): ProvinceHeader {
  const columns: ProvinceColumn[] = [];
  const skipped: string[] = [];
  let firstCol: number | null = null;
  for (let c = 1; c <= grid.colCount; c++) {
    const text = textAt(grid, row, c);
    if (!text || isMergedSlave(grid, row, c)) continue;
    const province = /^\d+$/.test(text) ? null : matchProvince(ctx.registry, text);
    const cell = cellAddress(row, c);
    if (province) {
      firstCol ??= c;
      const earlier = columns.find((p) => p.province.code === province.code);
      if (earlier)
        issues.push(
          sheetIssue(ctx, grid.name, {
            kind: "duplicate",
            severity: "error",
            cell,
            province_code: province.code,
            year,
            message: `${province.name_vi} appears again in column ${cell} (first at ${cellAddress(row, earlier.col)}); the repeat is not read`,
          }),
        );
      else columns.push({ col: c, province });
    } else if (firstCol !== null) {
      if (isSummaryLabel(text)) skipped.push(`${cell} "${text}"`);
      else issues.push(sheetIssue(ctx, grid.name, { kind: "unknown_province", severity: "warning", cell, year, message: `"${text}" is not a known province; column not read` }));
    }
  }
  if (skipped.length) issues.push(sheetIssue(ctx, grid.name, { kind: "skipped_row", severity: "info", cell: cellAddress(row, firstCol!), year, message: `summary columns, not provinces, skipped: ${skipped.join(", ")}` }));
  const labelCols = Array.from({ length: (firstCol ?? 1) - 1 }, (_, i) => i + 1);
  return { row, labelCols, columns };
}

// ── row labels ──────────────────────────────────────────────────────────────────────────

function rowLabels(grid: SheetGrid, r: number, labelCols: number[]): string[] {
  return labelCols.map((c) => textAt(grid, r, c)).filter(Boolean);
}

/** "Unweighted PAPI score", "Chỉ số PAPI tổng hợp 2024 (không có trọng số)", "Un-weighted PAPI". */
export function isTotalLabel(tax: Taxonomy, label: string): boolean {
  if (isNonScoreLabel(label)) return false;
  const key = foldText(stripYears(label));
  if (/\b(un ?weighted|non ?weighted) papi\b/.test(key) || /\bpapi (score|total|index)\b/.test(key)) return true;
  if (/^chi so papi\b/.test(key) && /(tong hop|khong co trong so)/.test(key)) return true;
  const total = tax.byId.get("papi.total");
  return !!total && [total.name_vi, total.name_en, ...total.variants].some((n) => foldText(n) === key);
}

type RowRole =
  | { role: "score"; def: IndicatorDef }
  | { role: "blank" }
  | { role: "nonscore" }
  | { role: "survey" }
  | { role: "unmatched"; why: string };

interface BlockState {
  currentDim: number | null;
  /** Sub-dimensions already read in the current dimension's block. */
  taken: Set<string>;
}

/** What a row is, from its labels, in the sheet's year and the dimension block it sits in. */
export function classifyRow(tax: Taxonomy, labels: string[], year: number, block: BlockState): RowRole {
  if (!labels.length) return { role: "blank" };
  if (labels.some(isNonScoreLabel)) return { role: "nonscore" };
  if (labels.some((l) => isTotalLabel(tax, l))) return { role: "score", def: tax.byId.get("papi.total")! };
  const found = new Map<string, IndicatorDef>();
  let explicitSub = false;
  // A code ("d101") names a survey indicator; the other label of the row still decides.
  for (const label of labels.filter((l) => !isSurveyCode(l))) {
    const prefix = labelPrefix(label);
    if (prefix.explicit) {
      if (prefix.role === "subdimension") explicitSub = true;
      const m = matchWorkbookLabel(tax, label, year, block.currentDim);
      if (m) found.set(m.def.id, m.def);
      continue;
    }
    const m = matchUnlabelledRow(tax, label, year, block.currentDim);
    if (m && !block.taken.has(m.def.id)) found.set(m.def.id, m.def);
  }
  if (found.size === 1) return { role: "score", def: [...found.values()][0]! };
  if (found.size > 1) return { role: "unmatched", why: `labels name different indicators (${[...found.keys()].join(", ")})` };
  if (explicitSub) return { role: "unmatched", why: `no ${year} sub-dimension of dimension ${block.currentDim ?? "?"} matches` };
  return { role: "survey" };
}

// ── year ────────────────────────────────────────────────────────────────────────────────

function transposedYear(grid: SheetGrid, header: ProvinceHeader, ctx: SheetContext, issues: IssueRow[]): number | null {
  const clues: YearClue[] = [];
  for (let r = 1; r <= header.row; r++) {
    for (const c of header.labelCols) {
      const text = textAt(grid, r, c);
      if (text) clues.push({ where: `title ${cellAddress(r, c)}`, text });
    }
  }
  for (let r = header.row + 1; r <= grid.rowCount; r++) {
    for (const text of rowLabels(grid, r, header.labelCols)) {
      if (isTotalLabel(ctx.taxonomy, text)) clues.push({ where: `total label ${cellAddress(r, header.labelCols[0]!)}`, text });
    }
  }
  clues.push({ where: "sheet name", text: grid.name }, { where: "file name", text: ctx.file, fallback: true });
  return reportYear(grid.name, resolveSheetYear(clues), ctx, issues);
}

// ── reading ─────────────────────────────────────────────────────────────────────────────

/** Reads a transposed sheet, or returns null when no row among the first six names provinces. */
export function readTransposedWorkbookSheet(grid: SheetGrid, ctx: SheetContext): SheetRead | null {
  const provinceRow = findProvinceRow(grid, ctx);
  if (provinceRow === null) return null;
  const result: SheetRead = { sheet: grid.name, layout: "transposed", year: null, scores: [], issues: [] };
  const headerIssues: IssueRow[] = [];
  const header = provinceHeader(grid, provinceRow, ctx, null, headerIssues);
  if (!header.labelCols.length) return null;
  const year = transposedYear(grid, header, ctx, result.issues);
  result.year = year;
  result.issues.push(...headerIssues.map((i) => ({ ...i, year })));
  if (year === null) return result;
  readScoreRows(grid, header, year, ctx, result);
  return result;
}

interface Skipped {
  survey: number[];
  nonscore: number[];
}

function readScoreRows(grid: SheetGrid, header: ProvinceHeader, year: number, ctx: SheetContext, out: SheetRead): void {
  const block: BlockState = { currentDim: null, taken: new Set() };
  const readFrom = new Map<string, number>();
  const missing = new Map<string, MissingCell[]>();
  const skipped: Skipped = { survey: [], nonscore: [] };
  for (let r = header.row + 1; r <= grid.rowCount; r++) {
    const labels = rowLabels(grid, r, header.labelCols);
    const role = classifyRow(ctx.taxonomy, labels, year, block);
    if (role.role === "survey" || role.role === "nonscore") {
      if (hasNumbers(grid, r, header)) skipped[role.role].push(r);
      continue;
    }
    if (role.role === "blank") continue;
    const cell = cellAddress(r, header.labelCols[0]!);
    if (role.role === "unmatched") {
      if (hasNumbers(grid, r, header))
        out.issues.push(sheetIssue(ctx, grid.name, { kind: "unknown_indicator", severity: "warning", cell, year, message: `row ${r} "${labels.join(" / ")}": ${role.why}; row not read` }));
      continue;
    }
    const { def } = role;
    if (def.level === "dimension" && def.dimension !== block.currentDim) {
      block.currentDim = def.dimension;
      block.taken = new Set();
    }
    if (!hasNumbers(grid, r, header)) continue; // a section heading
    const earlier = readFrom.get(def.id);
    if (earlier !== undefined) {
      const same = sameValues(grid, header, earlier, r);
      out.issues.push(
        sheetIssue(ctx, grid.name, {
          kind: "duplicate",
          severity: same ? "info" : "error",
          cell,
          year,
          indicator_id: def.id,
          message: `row ${r} repeats ${def.id} (already read from row ${earlier})${same ? " with the same values" : " with different values"}; the repeat is not read`,
        }),
      );
      continue;
    }
    readFrom.set(def.id, r);
    if (def.level === "subdimension") block.taken.add(def.id);
    out.scores.push(...readScoreRow(grid, r, def, header, year, ctx, missing, out.issues));
  }
  for (const { province } of header.columns) {
    const cells = missing.get(province.code);
    if (cells?.length) out.issues.push(missingValueIssue(ctx, grid.name, province, year, cells));
  }
  if (skipped.survey.length || skipped.nonscore.length) out.issues.push(skippedIssue(ctx, grid.name, header, year, skipped));
}

/** True when two rows hold the same reading in every province column. */
function sameValues(grid: SheetGrid, header: ProvinceHeader, a: number, b: number): boolean {
  return header.columns.every(({ col }) => JSON.stringify(readScoreCell(cellAt(grid, a, col))) === JSON.stringify(readScoreCell(cellAt(grid, b, col))));
}

/** True when some province cell of the row holds a value other than 0 (or a formula / text). */
function hasNumbers(grid: SheetGrid, r: number, header: ProvinceHeader): boolean {
  return header.columns.some(({ col }) => {
    const cell = cellAt(grid, r, col);
    return cell.kind !== "empty" && !(cell.kind === "number" && cell.value === 0);
  });
}

function readScoreRow(grid: SheetGrid, r: number, def: IndicatorDef, header: ProvinceHeader, year: number, ctx: SheetContext, missing: Map<string, MissingCell[]>, issues: IssueRow[]): ScoreRow[] {
  const scores: ScoreRow[] = [];
  for (const { col, province } of header.columns) {
    const cell = cellAddress(r, col);
    const reading = readScoreCell(cellAt(grid, r, col));
    if (reading.kind === "value") scores.push(workbookScore(def, province, year, reading, `${grid.name}!${cell}`, ctx));
    else if (reading.kind === "missing") {
      const list = missing.get(province.code) ?? [];
      list.push({ row: r, col, zero: reading.zero });
      missing.set(province.code, list);
    } else issues.push(cellIssue(ctx, grid.name, reading, cell, province, year, def)!);
  }
  return scores;
}

function skippedIssue(ctx: SheetContext, sheet: string, header: ProvinceHeader, year: number, skipped: Skipped): IssueRow {
  const span = (rows: number[]) => (rows.length ? ` (rows ${rows[0]}–${rows[rows.length - 1]})` : "");
  return sheetIssue(ctx, sheet, {
    kind: "skipped_row",
    severity: "info",
    cell: cellAddress(header.row + 1, header.labelCols[0]!),
    year,
    message:
      `${skipped.survey.length} survey-indicator row(s) skipped${span(skipped.survey)}; ` +
      `${skipped.nonscore.length} weighted / confidence-bound / standard-error row(s) skipped${span(skipped.nonscore)}`,
  });
}
