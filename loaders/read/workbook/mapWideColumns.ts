/**
 * The indicator columns of a wide score sheet (readWideWorkbookSheet.ts): which column holds
 * which indicator of the sheet's year, and findings for the columns not read.
 */
import { matchNumberedSubdimension } from "./classifySheetRow.ts";
import type { IssueRow } from "../../model/model.ts";
import { matchWorkbookLabel } from "./matchWorkbookLabel.ts";
import type { IndicatorDef } from "../../model/taxonomy.ts";
import { isNonScoreLabel } from "./workbookLabels.ts";
import { sheetIssue, type SheetContext } from "./workbookSheet.ts";
import { cellAddress, columnLetters, isMergedSlave, textAt, type SheetGrid } from "./worksheetGrid.ts";
import type { WideHeader } from "./readWideWorkbookSheet.ts";

export interface IndicatorColumn {
  col: number;
  def: IndicatorDef;
}

/** Maps each column after the province columns to the one indicator its headers name; reports the columns not read. */
export function mapWideColumns(grid: SheetGrid, header: WideHeader, year: number, ctx: SheetContext, issues: IssueRow[]): IndicatorColumn[] {
  const out: IndicatorColumn[] = [];
  const skipped: string[] = [];
  const byNumber: string[] = [];
  let currentDim: number | null = null;
  for (let c = header.firstIndicatorCol; c <= grid.colCount; c++) {
    const labels = columnLabels(grid, header, c);
    if (!labels.length) continue;
    if (labels.some(isNonScoreLabel)) {
      skipped.push(`${columnLetters(c)} "${labels[0]}"`);
      continue;
    }
    const cell = cellAddress(header.rows[0]!, c);
    const defs = columnIndicators(ctx, labels, year, currentDim, cell, byNumber);
    if (defs.size !== 1) {
      issues.push(unmatchedColumnIssue(grid, ctx, c, cell, year, labels, defs));
      continue;
    }
    const def = [...defs.values()][0]!;
    if (def.level === "dimension") currentDim = def.dimension;
    const earlier = out.find((o) => o.def.id === def.id);
    if (earlier) {
      issues.push(
        sheetIssue(ctx, grid.name, {
          kind: "duplicate",
          severity: "warning",
          cell,
          year,
          indicator_id: def.id,
          message: `column ${columnLetters(c)} repeats ${def.id} (already read from column ${columnLetters(earlier.col)}); column not read`,
          message_vi: `cột ${columnLetters(c)} lặp lại ${def.id} (đã đọc từ cột ${columnLetters(earlier.col)}); không đọc cột này`,
        }),
      );
      continue;
    }
    out.push({ col: c, def });
  }
  issues.push(...headerSummaryIssues(grid, header, year, ctx, byNumber, skipped));
  return out;
}

/** The header texts of a column, one per header row; a label merged over several columns (a dimension spanning its parts) names none of them alone. */
function columnLabels(grid: SheetGrid, header: WideHeader, c: number): string[] {
  return header.rows
    .filter((r) => !isMergedSlave(grid, r, c))
    .map((r) => textAt(grid, r, c))
    .filter(Boolean);
}

/**
 * The indicators a column's headers name: by official number when one is numbered (noting in
 * `byNumber` a printed name that is not that number's), else by label within the current dimension.
 */
function columnIndicators(
  ctx: SheetContext,
  labels: string[],
  year: number,
  currentDim: number | null,
  cell: string,
  byNumber: string[],
): Map<string, IndicatorDef> {
  const defs = new Map<string, IndicatorDef>();
  // "2.1: …" is the official number of the year's structure: the number decides, and a
  // printed name of another era (the 2017 sheet prints 2018's names) is reported.
  const numbered = labels.map((l) => matchNumberedSubdimension(ctx.taxonomy, l, year)).find((m) => m !== null);
  if (numbered) {
    defs.set(numbered.def.id, numbered.def);
    if (!numbered.nameAgrees) byNumber.push(`${cell} "${labels[0]}" → ${numbered.def.id} (${numbered.def.name_vi})`);
  } else {
    for (const label of labels) {
      const m = matchWorkbookLabel(ctx.taxonomy, label, year, currentDim);
      if (m) defs.set(m.def.id, m.def);
    }
  }
  return defs;
}

/** The warning for a column whose headers name no indicator of the year, or several. */
function unmatchedColumnIssue(
  grid: SheetGrid,
  ctx: SheetContext,
  c: number,
  cell: string,
  year: number,
  labels: string[],
  defs: Map<string, IndicatorDef>,
): IssueRow {
  const why = defs.size ? `headers name different indicators (${[...defs.keys()].join(", ")})` : "no PAPI indicator of that year matches the header";
  const whyVi = defs.size
    ? `các dòng tiêu đề ghi những chỉ số khác nhau (${[...defs.keys()].join(", ")})`
    : "không có chỉ số PAPI nào của năm đó khớp với tiêu đề";
  return sheetIssue(ctx, grid.name, {
    kind: "unknown_indicator",
    severity: "warning",
    cell,
    year,
    message: `column ${columnLetters(c)} "${labels.join(" / ")}": ${why}; column not read`,
    message_vi: `cột ${columnLetters(c)} "${labels.join(" / ")}": ${whyVi}; không đọc cột này`,
  });
}

/** One finding for all headers read by number despite their printed names, then one for all columns skipped. */
function headerSummaryIssues(grid: SheetGrid, header: WideHeader, year: number, ctx: SheetContext, byNumber: string[], skipped: string[]): IssueRow[] {
  const out: IssueRow[] = [];
  if (byNumber.length)
    out.push(
      sheetIssue(ctx, grid.name, {
        kind: "label_mismatch",
        severity: "warning",
        cell: cellAddress(header.rows[0]!, header.firstIndicatorCol),
        year,
        message: `${byNumber.length} header(s) print names that are not the ${year} sub-dimensions of their number; the values are read by position in the ${year} structure, the printed names are not those of the values: ${byNumber.join("; ")}`,
        message_vi: `${byNumber.length} tiêu đề cột ghi tên không phải là tên chỉ số thành phần năm ${year} mang số thứ tự đó; giá trị được đọc theo vị trí trong cấu trúc năm ${year}, tên in trên tiêu đề không phải tên của các giá trị này: ${byNumber.join("; ")}`,
      }),
    );
  if (skipped.length)
    out.push(
      sheetIssue(ctx, grid.name, {
        kind: "skipped_row",
        severity: "info",
        cell: cellAddress(header.rows[0]!, header.firstIndicatorCol),
        year,
        message: `columns that are not unweighted scores skipped: ${skipped.join(", ")}`,
        message_vi: `bỏ qua các cột không phải điểm chưa trọng số: ${skipped.join(", ")}`,
      }),
    );
  return out;
}
