/**
 * The survey indicators (chỉ tiêu) of a transposed official sheet: each row a third-level
 * indicator under the sub-dimension above it, with its unit from the printed scale, and the cells
 * left blank (fewer than 15 respondents) reported by row.
 */
import type { ProvinceRow, Unit } from "../../model/model.ts";
import { parsePrintedScale, type PrintedScale } from "./parsePrintedScale.ts";
import { surveyIndicatorDef } from "./surveyIndicatorDef.ts";
import { cellIssue, readScoreCell, sheetIssue, workbookScore, type MissingCell } from "./workbookSheet.ts";
import { cellAddress, cellAt, cellRanges } from "./worksheetGrid.ts";

import { addMissing, type ReadState } from "./transposedReadState.ts";

export function splitLabels(labels: string[]): { vi: string; en: string | null } {
  if (labels.length < 2) return { vi: labels[0]!, en: null };
  const marks = (t: string) => (t.normalize("NFD").match(/[\u0300-\u036f]|[đĐ]/g) ?? []).length;
  const sorted = [...labels].sort((a, b) => marks(b) - marks(a));
  return { vi: sorted[0]!, en: sorted[sorted.length - 1]! };
}

export function surveyUnit(scale: PrintedScale | null): Unit {
  if (!scale) return "count";
  return scale.unit === "points" ? "rating" : scale.unit;
}

export function readSurveyRow(st: ReadState, r: number, labels: string[], scaleText: string): void {
  const { grid, ctx, year, out } = st;
  const { vi, en } = splitLabels(labels);
  const scale = parsePrintedScale(scaleText, vi);
  const readings = st.header.columns.map(({ col, province }) => ({ col, province, reading: readScoreCell(cellAt(grid, r, col), false) }));
  const values = readings.flatMap((x) => (x.reading.kind === "value" ? [x.reading.value] : []));
  let unit = surveyUnit(scale);
  const cell = cellAddress(r, st.header.labelCols[0]!);
  // A row printed "0%-100%" whose values run past 1 gives percentages (0–100), not shares.
  if (unit === "share" && values.some((v) => v > 1) && values.every((v) => v >= 0 && v <= 100)) {
    unit = "percent";
    out.issues.push(
      sheetIssue(ctx, grid.name, {
        kind: "label_mismatch",
        severity: "info",
        cell,
        year,
        message: `row ${r} "${vi}": printed scale "${scaleText}" but values up to ${Math.max(...values)}: read as percentages (0–100), as printed`,
        message_vi: `dòng ${r} "${vi}": thang điểm ghi "${scaleText}" nhưng giá trị lên tới ${Math.max(...values)}: đọc là phần trăm (0–100), đúng như được ghi`,
      }),
    );
  }
  const def = surveyIndicatorDef(st.sub!, vi, en, scale, unit, year);
  if (st.readFrom.has(def.id)) {
    out.issues.push(
      sheetIssue(ctx, grid.name, {
        kind: "duplicate",
        severity: "error",
        cell,
        year,
        indicator_id: def.id,
        message: `row ${r} repeats survey indicator "${vi}" under ${st.sub!.id} (already read from row ${st.readFrom.get(def.id)}); the repeat is not read`,
        message_vi: `dòng ${r} lặp lại chỉ tiêu "${vi}" thuộc ${st.sub!.id} (đã đọc từ dòng ${st.readFrom.get(def.id)}); không đọc dòng trùng lặp`,
      }),
    );
    return;
  }
  st.readFrom.set(def.id, r);
  out.indicators!.push(def);
  const outside: Array<{ row: number; col: number }> = [];
  for (const { col, province, reading } of readings) {
    const at = cellAddress(r, col);
    if (reading.kind === "value") {
      out.scores.push(workbookScore(def, province, year, reading, `${grid.name}!${at}`, ctx));
      if (
        (def.scale_min !== null && def.scale_min !== undefined && reading.value < def.scale_min - 1e-6) ||
        (def.scale_max !== null && def.scale_max !== undefined && reading.value > def.scale_max + 1e-6)
      )
        outside.push({ row: r, col });
    } else if (reading.kind === "missing") {
      const blanks = st.surveyBlanks.get(r) ?? { label: vi, cells: [] };
      blanks.cells.push({ province, cell: { row: r, col, zero: false, marker: reading.marker } });
      st.surveyBlanks.set(r, blanks);
    } else out.issues.push(cellIssue(ctx, grid.name, reading, at, province, year, def)!);
  }
  if (outside.length)
    out.issues.push(
      sheetIssue(ctx, grid.name, {
        kind: "out_of_range",
        severity: "warning",
        cell,
        year,
        indicator_id: def.id,
        message: `row ${r} "${vi}": ${outside.length} value(s) outside the printed scale "${scaleText}", kept as printed: ${cellRanges(outside).join(", ")}`,
        message_vi: `dòng ${r} "${vi}": ${outside.length} giá trị nằm ngoài thang điểm ghi "${scaleText}", giữ nguyên như được ghi: ${cellRanges(outside).join(", ")}`,
      }),
    );
}

/**
 * Blank survey cells: one warning per row naming its cells (a sheet leaves a question blank
 * where too few answered). Cells of a province with no score that year, and cells marked
 * KCDL, join that province's own warning instead.
 */
export function reportSurveyBlanks(st: ReadState): void {
  const scored = new Set(st.out.scores.filter((s) => s.level !== "indicator").map((s) => s.province_code));
  for (const [r, { label, cells }] of st.surveyBlanks) {
    // A no-data mark (KCDL) speaks of the province, not of the question: it joins the province's warning.
    const byRow = (c: { province: ProvinceRow; cell: MissingCell }) => scored.has(c.province.code) && !c.cell.marker;
    const inScored = cells.filter(byRow);
    for (const c of cells) if (!byRow(c)) addMissing(st, c.province, c.cell);
    if (!inScored.length) continue;
    const ranges = cellRanges(inScored.map((c) => c.cell));
    st.out.issues.push(
      sheetIssue(st.ctx, st.grid.name, {
        kind: "missing_value",
        severity: "warning",
        cell: ranges[0]!,
        year: st.year,
        message: `row ${r} "${label}": ${inScored.length} province(s) left blank, no row emitted: ${ranges.join(", ")} (${inScored.map((c) => c.province.name_vi).join(", ")})`,
        message_vi: `dòng ${r} "${label}": ${inScored.length} tỉnh/thành phố để trống, không tạo dòng số liệu: ${ranges.join(", ")} (${inScored.map((c) => c.province.name_vi).join(", ")})`,
      }),
    );
  }
}
