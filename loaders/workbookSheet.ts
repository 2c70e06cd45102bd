/**
 * What the two workbook-sheet readers share: their context and result types, reading one
 * score cell, and the rows and issues they emit.
 */
import { issue, scoreRow } from "./model.ts";
import type { IssueKind, IssueRow, ProvinceRow, ScoreRow, Severity } from "./model.ts";
import { parseNumber } from "./parseNumber.ts";
import type { ProvinceRegistry } from "./provinces.ts";
import type { IndicatorDef, Taxonomy } from "./taxonomy.ts";
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
}

export type CellReading =
  | { kind: "value"; value: number; text: string }
  /** Blank, or 0 (impossible on every PAPI scale, so a stand-in for "no score"). */
  | { kind: "missing"; zero: boolean }
  | { kind: "formula_without_result"; formula: string }
  | { kind: "garbled"; raw: string };

/** Reads a score cell: numbers as stored (full precision), numeric text in either decimal style. */
export function readScoreCell(cell: GridCell): CellReading {
  switch (cell.kind) {
    case "empty":
      return { kind: "missing", zero: false };
    case "number":
      return cell.value === 0 ? { kind: "missing", zero: true } : { kind: "value", value: cell.value, text: String(cell.value) };
    case "formula_without_result":
      return { kind: "formula_without_result", formula: cell.formula };
    case "error":
      return { kind: "garbled", raw: cell.text };
    case "text": {
      const parsed = parseNumber(cell.text, "auto");
      if (!parsed || parsed.percent) return { kind: "garbled", raw: cell.text };
      return parsed.value === 0 ? { kind: "missing", zero: true } : { kind: "value", value: parsed.value, text: parsed.text };
    }
  }
}

/** An official workbook score: actual, unweighted, no rank or group (the workbooks carry none). */
export function workbookScore(def: IndicatorDef, province: ProvinceRow, year: number, reading: { value: number; text: string }, loc: string, ctx: SheetContext): ScoreRow {
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
}

/** The one warning per province-year that names every blank (or 0) score cell. */
export function missingValueIssue(ctx: SheetContext, sheet: string, province: ProvinceRow, year: number, cells: MissingCell[]): IssueRow {
  const blank = cellRanges(cells.filter((c) => !c.zero));
  const zero = cellRanges(cells.filter((c) => c.zero));
  const parts = [
    blank.length ? `blank ${blank.join(", ")}` : "",
    zero.length ? `0 (impossible on the score scale, read as missing) ${zero.join(", ")}` : "",
  ].filter(Boolean);
  const first = cellRanges(cells)[0]!;
  return sheetIssue(ctx, sheet, {
    kind: "missing_value",
    severity: "warning",
    cell: first,
    message: `${province.name_vi} ${year}: ${cells.length} score cell(s) without a value, no row emitted: ${parts.join("; ")}`,
    province_code: province.code,
    year,
  });
}

/** Issues for a cell that gave no value other than by being blank. */
export function cellIssue(ctx: SheetContext, sheet: string, reading: CellReading, cell: string, province: ProvinceRow, year: number, def: IndicatorDef): IssueRow | null {
  if (reading.kind === "formula_without_result")
    return sheetIssue(ctx, sheet, {
      kind: "formula_without_result",
      severity: "warning",
      cell,
      message: `${province.name_vi} ${year} ${def.id}: formula =${reading.formula} has no cached result; value left missing (never computed)`,
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
      province_code: province.code,
      year,
      indicator_id: def.id,
    });
  return null;
}

/** Turns a resolved year into issues: none found (error), clues disagreeing (warning). */
export function reportYear(sheet: string, resolved: ResolvedYear, ctx: SheetContext, issues: IssueRow[]): number | null {
  if (resolved.year === null) {
    issues.push(
      sheetIssue(ctx, sheet, { kind: "unreadable", severity: "error", cell: "A1", message: "no survey year in the sheet's title, headers, name or file name; sheet not read" }),
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
      }),
    );
  }
  return resolved.year;
}
