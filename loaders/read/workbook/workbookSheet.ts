/**
 * What the two workbook-sheet readers share: their context and result types, reading one
 * score cell, and the rows and issues they emit.
 */
import { issue, scoreRow } from "../../model/model.ts";
import type { IssueKind, IssueRow, ProvinceRow, ScoreRow, Severity } from "../../model/model.ts";
import { parseNumber } from "../../text/parseNumber.ts";
import type { ProvinceRegistry } from "../../model/provinces.ts";
import type { IndicatorDef, Taxonomy } from "../../model/taxonomy.ts";
import type { ResolvedYear } from "./resolveSheetYear.ts";
import { cellRanges, type GridCell } from "./worksheetGrid.ts";

export interface SheetContext {
  /** The workbook's base name: the source id. */
  file: string;
  taxonomy: Taxonomy;
  registry: ProvinceRegistry;
}

export type SheetLayout = "wide" | "transposed";

export interface SheetRead {
  sheet: string;
  layout: SheetLayout;
  year: number | null;
  scores: ScoreRow[];
  issues: IssueRow[];
  /** Survey indicators the sheet names (transposed sheets). */
  indicators?: IndicatorDef[];
  /** How many rows of each class the sheet has (transposed sheets). */
  rowClasses?: Record<string, number>;
}

export type CellReading =
  | { kind: "value"; value: number; text: string }
  /** Blank, a no-data mark (`KCDL`, `#N/A`, `-`), or 0 (impossible on every PAPI score scale, so a stand-in for "no score"). */
  | { kind: "missing"; zero: boolean; marker?: string }
  | { kind: "formula_without_result"; formula: string }
  | { kind: "garbled"; raw: string };

/** Marks the official sheets print for "no data": KCDL (không có dữ liệu), #N/A, a dash. */
const NO_DATA = /^(kcdl|k\.?c\.?d\.?l\.?|#n\/a|n\/a|na|-|–|—|\.|\.\.|\.\.\.|…)$/i;

export function isNoDataMark(text: string): boolean {
  return NO_DATA.test(text.trim());
}

/**
 * Reads a cell: numbers as stored (full precision), numeric text in either decimal style, a
 * no-data mark as missing. `zeroIsMissing` (score cells: 0 is below every score scale's
 * minimum) reads 0 as missing; a survey indicator's 0 is a real 0 %.
 */
export function readScoreCell(cell: GridCell, zeroIsMissing = true): CellReading {
  switch (cell.kind) {
    case "empty":
      return { kind: "missing", zero: false };
    case "number":
      return cell.value === 0 && zeroIsMissing ? { kind: "missing", zero: true } : { kind: "value", value: cell.value, text: String(cell.value) };
    case "formula_without_result":
      return { kind: "formula_without_result", formula: cell.formula };
    case "error":
      return isNoDataMark(cell.text) ? { kind: "missing", zero: false, marker: cell.text } : { kind: "garbled", raw: cell.text };
    case "text": {
      if (isNoDataMark(cell.text)) return { kind: "missing", zero: false, marker: cell.text };
      const parsed = parseNumber(cell.text, "auto");
      if (!parsed || parsed.percent) return { kind: "garbled", raw: cell.text };
      return parsed.value === 0 && zeroIsMissing ? { kind: "missing", zero: true } : { kind: "value", value: parsed.value, text: parsed.text };
    }
  }
}

/** An official workbook score: actual, unweighted, no rank or group (the workbooks carry none). */
export function workbookScore(
  def: IndicatorDef,
  province: ProvinceRow,
  year: number,
  reading: { value: number; text: string },
  loc: string,
  ctx: SheetContext,
): ScoreRow {
  return scoreRow({
    index: def.index,
    province_code: province.code,
    year,
    indicator_id: def.id,
    level: def.level,
    dimension: def.dimension,
    kind: "actual",
    unit: def.unit,
    value: reading.value,
    value_text: reading.text,
    source_id: ctx.file,
    source_loc: loc,
  });
}

export interface SheetIssueFields {
  kind: IssueKind;
  severity: Severity;
  message: string;
  message_vi: string;
  cell: string;
  province_code?: string | null;
  year?: number | null;
  indicator_id?: string | null;
}

/** An issue located at `sheet!cell`, with the sheet named in its message. */
export function sheetIssue(ctx: SheetContext, sheet: string, f: SheetIssueFields): IssueRow {
  return issue({
    kind: f.kind,
    severity: f.severity,
    message: `${sheet}!${f.cell}: ${f.message}`,
    message_vi: `${sheet}!${f.cell}: ${f.message_vi}`,
    source_id: ctx.file,
    source_loc: `${sheet}!${f.cell}`,
    index: "PAPI",
    province_code: f.province_code ?? null,
    year: f.year ?? null,
    indicator_id: f.indicator_id ?? null,
  });
}

export interface MissingCell {
  row: number;
  col: number;
  zero: boolean;
  marker?: string;
}

/** The one warning per province-year that names every blank (or 0) score cell. */
export function missingValueIssue(ctx: SheetContext, sheet: string, province: ProvinceRow, year: number, cells: MissingCell[]): IssueRow {
  const blank = cellRanges(cells.filter((c) => !c.zero && !c.marker));
  const zero = cellRanges(cells.filter((c) => c.zero));
  const marks = [...new Set(cells.map((c) => c.marker).filter((m): m is string => !!m))];
  const marked = cellRanges(cells.filter((c) => c.marker));
  const parts = [
    blank.length ? `blank ${blank.join(", ")}` : "",
    marked.length ? `${marks.map((m) => `"${m}"`).join("/")} (no data) ${marked.join(", ")}` : "",
    zero.length ? `0 (below the score scale's minimum, read as no data) ${zero.join(", ")}` : "",
  ].filter(Boolean);
  const partsVi = [
    blank.length ? `trống ${blank.join(", ")}` : "",
    marked.length ? `${marks.map((m) => `"${markerVi(m)}"`).join("/")} (không có dữ liệu) ${marked.join(", ")}` : "",
    zero.length ? `0 (dưới mức tối thiểu của thang điểm, coi là không có dữ liệu) ${zero.join(", ")}` : "",
  ].filter(Boolean);
  const first = cellRanges(cells)[0]!;
  return sheetIssue(ctx, sheet, {
    kind: "missing_value",
    severity: "warning",
    cell: first,
    message: `${province.name_vi} ${year}: ${cells.length} cell(s) without a value, no row emitted: ${parts.join("; ")}`,
    message_vi: `${province.name_vi} ${year}: ${cells.length} ô không có giá trị, không tạo dòng số liệu: ${partsVi.join("; ")}`,
    province_code: province.code,
    year,
  });
}

/** A no-data marker in Vietnamese: the cell's own text stays, the reader's note on it is translated. */
function markerVi(marker: string): string {
  return marker.replace(/ \(province not surveyed\)$/, " (tỉnh/thành phố không được khảo sát)");
}

/** Issues for a cell that gave no value other than by being blank. */
export function cellIssue(
  ctx: SheetContext,
  sheet: string,
  reading: CellReading,
  cell: string,
  province: ProvinceRow,
  year: number,
  def: IndicatorDef,
): IssueRow | null {
  if (reading.kind === "formula_without_result")
    return sheetIssue(ctx, sheet, {
      kind: "formula_without_result",
      severity: "warning",
      cell,
      message: `${province.name_vi} ${year} ${def.id}: formula =${reading.formula} has no cached result; value left missing (never computed)`,
      message_vi: `${province.name_vi} ${year} ${def.id}: công thức =${reading.formula} không có kết quả lưu sẵn; để thiếu giá trị (chưa từng được tính)`,
      province_code: province.code,
      year,
      indicator_id: def.id,
    });
  if (reading.kind === "garbled")
    return sheetIssue(ctx, sheet, {
      kind: "parse",
      severity: "warning",
      cell,
      message: `${province.name_vi} ${year} ${def.id}: "${reading.raw}" is not a number; no row emitted`,
      message_vi: `${province.name_vi} ${year} ${def.id}: "${reading.raw}" không phải là số; không tạo dòng số liệu`,
      province_code: province.code,
      year,
      indicator_id: def.id,
    });
  return null;
}

/** Where a year clue was read ("title A1", "sheet name"…), in Vietnamese; the cell address stays. */
export function whereVi(where: string): string {
  const names: Array<[string, string]> = [
    ["total label", "nhãn tổng số ở ô"],
    ["title", "tiêu đề ở ô"],
    ["header", "tiêu đề cột ở ô"],
    ["sheet name", "tên trang tính"],
    ["file name", "tên tệp"],
  ];
  for (const [en, vi] of names) if (where === en || where.startsWith(`${en} `)) return vi + where.slice(en.length);
  return where;
}

/** Turns a resolved year into issues: none found (error), clues disagreeing (warning). */
export function reportYear(sheet: string, resolved: ResolvedYear, ctx: SheetContext, issues: IssueRow[]): number | null {
  if (resolved.year === null) {
    issues.push(
      sheetIssue(ctx, sheet, {
        kind: "unreadable",
        severity: "error",
        cell: "A1",
        message: "no survey year in the sheet's title, headers, name or file name; sheet not read",
        message_vi: "không tìm thấy năm khảo sát trong tiêu đề, dòng tiêu đề, tên trang tính hay tên tệp; không đọc trang tính",
      }),
    );
    return null;
  }
  for (const d of resolved.disagreeing) {
    issues.push(
      sheetIssue(ctx, sheet, {
        kind: "metadata_conflict",
        severity: "warning",
        cell: "A1",
        year: resolved.year,
        message: `year ${resolved.year} read from the ${resolved.where}; the ${d.where} says ${d.year} (not used)`,
        message_vi: `năm ${resolved.year} đọc từ ${whereVi(resolved.where ?? "")}; ${whereVi(d.where)} ghi ${d.year} (không sử dụng)`,
      }),
    );
  }
  return resolved.year;
}
