/**
 * The header of a transposed (2018+) official sheet: the row of province names (one of the
 * first six; the 2024 file puts four rows above it grouping the 63 old provinces under the 34
 * new units), the row of GSO codes where the sheet has one, the label columns (English and/or
 * Vietnamese) and the scale column ("Thang điểm").
 */
import type { IssueRow, ProvinceRow } from "../../model/model.ts";
import { isScaleHeader } from "./parsePrintedScale.ts";
import { matchProvince } from "../../model/provinces.ts";
import { isSummaryLabel } from "./workbookLabels.ts";
import { sheetIssue, type SheetContext } from "./workbookSheet.ts";
import { cellAddress, cellAt, isMergedSlave, textAt, type SheetGrid } from "./worksheetGrid.ts";

const PROVINCE_ROW_SCAN = 6;
const MIN_PROVINCES = 3;

export interface ProvinceColumn {
  col: number;
  province: ProvinceRow;
}

export interface TransposedHeader {
  /** The row of province names. */
  row: number;
  /** The row of GSO codes, when the sheet has one. */
  codeRow: number | null;
  /** The first row below the header. */
  dataFrom: number;
  /** Columns that label each row (English, Vietnamese). */
  labelCols: number[];
  /** The "Thang điểm" column, when there is one. */
  scaleCol: number | null;
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

/** The row naming the most distinct provinces among the first six (the lower wins a tie). */
export function findProvinceRow(grid: SheetGrid, ctx: SheetContext): number | null {
  let best: { row: number; n: number } | null = null;
  for (let r = 1; r <= Math.min(PROVINCE_ROW_SCAN, grid.rowCount); r++) {
    const n = provincesInRow(grid, r, ctx).size;
    if (n >= MIN_PROVINCES && (!best || n >= best.n)) best = { row: r, n };
  }
  return best?.row ?? null;
}

/** A whole number written in a cell (a GSO code: `1`, `01`). */
function codeAt(grid: SheetGrid, r: number, c: number): string | null {
  const cell = cellAt(grid, r, c);
  const raw = cell.kind === "number" ? String(cell.value) : cell.kind === "text" ? cell.text : "";
  return /^\d{1,2}$/.test(raw) ? raw.padStart(2, "0") : null;
}

/** The row above the names (or just below) whose cells from `firstCol` on are mostly GSO codes. */
function findCodeRow(grid: SheetGrid, nameRow: number, firstCol: number, ctx: SheetContext): number | null {
  for (const r of [nameRow - 1, nameRow + 1, nameRow - 2]) {
    if (r < 1) continue;
    // Distinct codes, none merged over several columns (the 2024 grouping rows carry the new
    // units' codes, each spanning its old provinces).
    const codes = new Set<string>();
    let cells = 0;
    let merged = false;
    for (let c = firstCol; c <= grid.colCount; c++) {
      if (cellAt(grid, r, c).kind === "empty") continue;
      cells++;
      if (isMergedSlave(grid, r, c)) merged = true;
      const code = codeAt(grid, r, c);
      if (code && ctx.registry.byCode.has(code)) codes.add(code);
    }
    if (!merged && cells >= MIN_PROVINCES && codes.size * 10 >= cells * 9) return r;
  }
  return null;
}

/** Columns before the first province column: labels, except the one headed "Thang điểm". */
function labelAndScaleCols(grid: SheetGrid, nameRow: number, firstCol: number): { labelCols: number[]; scaleCol: number | null } {
  let scaleCol: number | null = null;
  for (let c = 1; c < firstCol && scaleCol === null; c++) {
    for (let r = 1; r <= nameRow; r++) if (isScaleHeader(textAt(grid, r, c))) scaleCol = c;
  }
  const labelCols = Array.from({ length: firstCol - 1 }, (_, i) => i + 1).filter((c) => c !== scaleCol);
  return { labelCols, scaleCol };
}

/**
 * Reads the header. Each province column is identified by its code where the sheet has a code
 * row, else by its name (with or without diacritics); a code and a name that disagree, a name
 * that is no province, or a province named twice are errors naming the cell.
 */
export function readTransposedHeader(grid: SheetGrid, ctx: SheetContext, issues: IssueRow[]): TransposedHeader | null {
  const row = findProvinceRow(grid, ctx);
  if (row === null) return null;
  let firstCol: number | null = null;
  for (let c = 1; c <= grid.colCount && firstCol === null; c++) {
    const t = textAt(grid, row, c);
    if (t && !/^\d+$/.test(t) && !isMergedSlave(grid, row, c) && matchProvince(ctx.registry, t)) firstCol = c;
  }
  if (firstCol === null || firstCol === 1) return null;
  const codeRow = findCodeRow(grid, row, firstCol, ctx);
  const { labelCols, scaleCol } = labelAndScaleCols(grid, row, firstCol);
  const columns: ProvinceColumn[] = [];
  const say = (cell: string, kind: "duplicate" | "unknown_province" | "conflict", message: string, message_vi: string, code: string | null = null) =>
    issues.push(sheetIssue(ctx, grid.name, { kind, severity: "error", cell, province_code: code, message, message_vi }));
  const summaries: string[] = [];
  for (let c = firstCol; c <= grid.colCount; c++) {
    if (isMergedSlave(grid, row, c)) continue;
    const name = textAt(grid, row, c);
    const code = codeRow === null ? null : codeAt(grid, codeRow, c);
    if (!name && !code) continue;
    const cell = cellAddress(row, c);
    if (name && isSummaryLabel(name)) {
      summaries.push(`${cell} "${name}"`);
      continue;
    }
    const byName = name ? matchProvince(ctx.registry, name) : null;
    const byCode = code ? (ctx.registry.byCode.get(code) ?? null) : null;
    if (code && !byCode) {
      say(
        cellAddress(codeRow!, c),
        "unknown_province",
        `code ${code} is not a GSO province code; column not read`,
        `mã ${code} không phải là mã tỉnh/thành phố của GSO; không đọc cột này`,
      );
      continue;
    }
    if (byCode && byName && byCode.code !== byName.code) {
      say(
        cell,
        "conflict",
        `"${name}" is ${byName.name_vi} but its code ${code} (${cellAddress(codeRow!, c)}) is ${byCode.name_vi}; column not read`,
        `"${name}" là ${byName.name_vi} nhưng mã ${code} của nó (${cellAddress(codeRow!, c)}) là của ${byCode.name_vi}; không đọc cột này`,
        byCode.code,
      );
      continue;
    }
    const province = byCode ?? byName;
    if (!province) {
      say(cell, "unknown_province", `"${name}" is not a known province; column not read`, `"${name}" không phải là tỉnh/thành phố đã biết; không đọc cột này`);
      continue;
    }
    const earlier = columns.find((p) => p.province.code === province.code);
    if (earlier)
      say(
        cell,
        "duplicate",
        `${province.name_vi} appears again in column ${cell} (first at ${cellAddress(row, earlier.col)}); the repeat is not read`,
        `${province.name_vi} xuất hiện lại ở cột ${cell} (lần đầu ở ${cellAddress(row, earlier.col)}); không đọc cột trùng lặp`,
        province.code,
      );
    else columns.push({ col: c, province });
  }
  if (summaries.length)
    issues.push(
      sheetIssue(ctx, grid.name, {
        kind: "skipped_row",
        severity: "info",
        cell: cellAddress(row, firstCol),
        message: `summary columns, not provinces, skipped: ${summaries.join(", ")}`,
        message_vi: `bỏ qua các cột tổng hợp, không phải tỉnh/thành phố: ${summaries.join(", ")}`,
      }),
    );
  return { row, codeRow, dataFrom: Math.max(row, codeRow ?? 0) + 1, labelCols, scaleCol, columns };
}
