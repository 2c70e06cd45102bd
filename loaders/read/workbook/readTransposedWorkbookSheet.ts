/**
 * Reads a 2018+ official sheet: indicators in rows, provinces in columns. Every row is
 * classified (see classifySheetRow): unweighted totals, dimensions and sub-dimensions are the
 * scores; weighted totals a measure of their own; confidence bounds, standard errors,
 * variances and the sample size are kept with the figure they belong to; survey indicators
 * become the third level under their sub-dimension. No row is passed over unreported.
 */
import type { IssueRow, ScoreRow } from "../../model/model.ts";
import { classifySheetRow, ROW_CLASSES, type RowClass, type RowRole } from "./classifySheetRow.ts";
import { parsePrintedScale } from "./parsePrintedScale.ts";
import { readTransposedHeader, type TransposedHeader } from "./readTransposedHeader.ts";
import { resolveSheetYear, type YearClue } from "./resolveSheetYear.ts";
import { scaleOf, type IndicatorDef } from "../../model/taxonomy.ts";
import { cellIssue, missingValueIssue, readScoreCell, reportYear, sheetIssue, workbookScore, type SheetContext, type SheetRead } from "./workbookSheet.ts";
import { cellAddress, cellAt, parseCellAddress, textAt, type SheetGrid } from "./worksheetGrid.ts";
import { addMissing, type Extra, type ReadState } from "./transposedReadState.ts";
import { readSurveyRow, reportSurveyBlanks } from "./readSurveyRows.ts";

/** Reads a transposed sheet, or returns null when no row among the first six names provinces. */
export function readTransposedWorkbookSheet(grid: SheetGrid, ctx: SheetContext): SheetRead | null {
  const headerIssues: IssueRow[] = [];
  const header = readTransposedHeader(grid, ctx, headerIssues);
  if (!header || !header.labelCols.length) return null;
  const out: SheetRead = { sheet: grid.name, layout: "transposed", year: null, scores: [], issues: [], indicators: [] };
  const year = transposedYear(grid, header, ctx, out.issues);
  out.year = year;
  out.issues.push(...headerIssues.map((i) => ({ ...i, year })));
  if (year === null) return out;
  const classes = Object.fromEntries(ROW_CLASSES.map((c) => [c, 0])) as Record<RowClass, number>;
  const st: ReadState = {
    grid,
    header,
    year,
    ctx,
    out,
    dim: null,
    sub: null,
    lastScore: { unweighted: null, weighted: null },
    readFrom: new Map(),
    missing: new Map(),
    extras: new Map(),
    surveyBlanks: new Map(),
    mismatched: [],
    scaleNotes: [],
    classes,
  };
  for (let r = header.dataFrom; r <= grid.rowCount; r++) readRow(st, r);
  dropUnsurveyed(st);
  attachExtras(st);
  reportSurveyBlanks(st);
  for (const { province } of header.columns) {
    const cells = st.missing.get(province.code);
    if (cells?.length) out.issues.push(missingValueIssue(ctx, grid.name, province, year, cells));
  }
  summarise(st);
  out.rowClasses = classes;
  return out;
}

function transposedYear(grid: SheetGrid, header: TransposedHeader, ctx: SheetContext, issues: IssueRow[]): number | null {
  const clues: YearClue[] = [];
  for (let r = 1; r < header.dataFrom; r++)
    for (const c of header.labelCols) if (textAt(grid, r, c)) clues.push({ where: `title ${cellAddress(r, c)}`, text: textAt(grid, r, c) });
  for (let r = header.dataFrom; r <= Math.min(grid.rowCount, header.dataFrom + 3); r++) {
    for (const c of header.labelCols) {
      const text = textAt(grid, r, c);
      if (text && /papi/i.test(text)) clues.push({ where: `total label ${cellAddress(r, c)}`, text });
    }
  }
  clues.push({ where: "sheet name", text: grid.name }, { where: "file name", text: ctx.file, fallback: true });
  return reportYear(grid.name, resolveSheetYear(clues), ctx, issues);
}

function hasValues(st: ReadState, r: number): boolean {
  return st.header.columns.some(({ col }) => cellAt(st.grid, r, col).kind !== "empty");
}

function readRow(st: ReadState, r: number): void {
  const { grid, header, ctx, year } = st;
  const labels = header.labelCols.map((c) => textAt(grid, r, c)).filter(Boolean);
  const role = classifySheetRow(ctx.taxonomy, labels, year, {
    hasValues: hasValues(st, r),
    inSubdimension: st.sub !== null,
    currentDim: st.dim?.dimension ?? null,
    taken: st.readFrom,
  });
  st.classes[role.cls]++;
  const cell = cellAddress(r, header.labelCols[0]!);
  const scaleText = header.scaleCol === null ? "" : textAt(grid, r, header.scaleCol);
  switch (role.cls) {
    case "blank":
    case "note":
    case "copyright":
      return;
    case "unclassified":
      st.out.issues.push(
        sheetIssue(ctx, grid.name, {
          kind: "unclassified_row",
          severity: "warning",
          cell,
          year,
          message: `row ${r} "${labels.join(" / ")}": ${role.why}; row not read`,
          message_vi: `dòng ${r} "${labels.join(" / ")}": ${role.why_vi}; không đọc dòng này`,
        }),
      );
      return;
    case "total":
    case "weighted_total":
    case "dimension":
    case "subdimension":
      readScoreRow(st, r, role, scaleText, labels);
      return;
    case "ci_low":
    case "ci_high":
    case "se": {
      const target = role.weighted ? st.lastScore.weighted : st.lastScore.unweighted;
      if (target) readExtraRow(st, r, target, role.cls);
      else orphanRow(st, r, labels, role.cls);
      return;
    }
    case "variance": {
      const target = role.dimension !== null ? `papi.d${role.dimension}` : st.dim?.id;
      if (target) readExtraRow(st, r, target, "variance");
      else orphanRow(st, r, labels, "variance");
      return;
    }
    case "sample_size":
      readExtraRow(st, r, "papi.total", "sample_size");
      return;
    case "indicator":
      readSurveyRow(st, r, labels, scaleText);
      return;
  }
}

/** A bound, error or variance row with no score above it to belong to: reported, not read. */
function orphanRow(st: ReadState, r: number, labels: string[], what: string): void {
  const cell = cellAddress(r, st.header.labelCols[0]!);
  st.out.issues.push(
    sheetIssue(st.ctx, st.grid.name, {
      kind: "unclassified_row",
      severity: "warning",
      cell,
      year: st.year,
      message: `row ${r} "${labels.join(" / ")}": a ${what} row before the score it belongs to; row not read`,
      message_vi: `dòng ${r} "${labels.join(" / ")}": dòng ${what} đứng trước dòng điểm mà nó thuộc về; không đọc dòng này`,
    }),
  );
}

// ── scores ──────────────────────────────────────────────────────────────────────────────

function readScoreRow(st: ReadState, r: number, role: Extract<RowRole, { def: IndicatorDef }>, scaleText: string, labels: string[]): void {
  const { grid, ctx, year, out } = st;
  const { def } = role;
  const cell = cellAddress(r, st.header.labelCols[0]!);
  if (role.cls === "dimension") {
    // A section heading repeating the current dimension keeps the block as it is.
    if (st.dim?.id !== def.id) st.sub = null;
    st.dim = def;
    st.lastScore.unweighted = def.id;
  } else if (role.cls === "subdimension") {
    if (st.dim && def.parent !== st.dim.id)
      out.issues.push(
        sheetIssue(ctx, grid.name, {
          kind: "label_mismatch",
          severity: "warning",
          cell,
          year,
          indicator_id: def.id,
          message: `row ${r} "${labels.join(" / ")}" (${def.id}) sits under ${st.dim.id}`,
          message_vi: `dòng ${r} "${labels.join(" / ")}" (${def.id}) nằm dưới ${st.dim.id}`,
        }),
      );
    st.sub = def;
    if (!role.nameAgrees)
      st.mismatched.push({
        en: `${cell} "${role.printedName}" read as ${def.id} (${def.name_vi})`,
        vi: `${cell} "${role.printedName}" được đọc là ${def.id} (${def.name_vi})`,
      });
    st.lastScore.unweighted = def.id;
  } else {
    st.dim = null;
    st.sub = null;
    st.lastScore[role.cls === "weighted_total" ? "weighted" : "unweighted"] = def.id;
  }
  if (!hasValues(st, r)) return; // a section heading
  const earlier = st.readFrom.get(def.id);
  if (earlier !== undefined) {
    const same = st.header.columns.every(
      ({ col }) => JSON.stringify(readScoreCell(cellAt(grid, earlier, col))) === JSON.stringify(readScoreCell(cellAt(grid, r, col))),
    );
    out.issues.push(
      sheetIssue(ctx, grid.name, {
        kind: "duplicate",
        severity: same ? "info" : "error",
        cell,
        year,
        indicator_id: def.id,
        message: `row ${r} repeats ${def.id} (already read from row ${earlier})${same ? " with the same values" : " with different values"}; the repeat is not read`,
        message_vi: `dòng ${r} lặp lại ${def.id} (đã đọc từ dòng ${earlier})${same ? " với cùng giá trị" : " với giá trị khác"}; không đọc dòng trùng lặp`,
      }),
    );
    return;
  }
  st.readFrom.set(def.id, r);
  noteScale(st, r, def, scaleText);
  for (const { col, province } of st.header.columns) {
    const at = cellAddress(r, col);
    const reading = readScoreCell(cellAt(grid, r, col));
    if (reading.kind === "value") out.scores.push(workbookScore(def, province, year, reading, `${grid.name}!${at}`, ctx));
    else if (reading.kind === "missing") addMissing(st, province, { row: r, col, zero: reading.zero, marker: reading.marker });
    else out.issues.push(cellIssue(ctx, grid.name, reading, at, province, year, def)!);
  }
}

/** A printed scale that is not the one the structure gives (the 2018–2023 totals print "10-80"). */
function noteScale(st: ReadState, r: number, def: IndicatorDef, scaleText: string): void {
  const printed = parsePrintedScale(scaleText);
  if (!printed || printed.min === null || printed.max === null) return;
  const { min, max } = scaleOf(st.ctx.taxonomy, def, st.year);
  if (Math.abs(printed.min - min) > 0.006 || Math.abs(printed.max - max) > 0.006)
    st.scaleNotes.push({
      en: `row ${r} ${def.id} prints "${printed.text}", its structure in ${st.year} gives ${min}–${max} (checked against ${min}–${max})`,
      vi: `dòng ${r} ${def.id} ghi "${printed.text}", cấu trúc năm ${st.year} cho thang điểm ${min}–${max} (kiểm tra theo ${min}–${max})`,
    });
}

/**
 * A province with no score in the sheet was not surveyed that year: its survey-indicator
 * cells (the 2022 sheet prints 0 for such provinces) are no data, never a 0 %.
 */
function dropUnsurveyed(st: ReadState): void {
  const scored = new Set(st.out.scores.filter((s) => s.level !== "indicator").map((s) => s.province_code));
  const kept: ScoreRow[] = [];
  for (const s of st.out.scores) {
    if (s.level !== "indicator" || scored.has(s.province_code)) {
      kept.push(s);
      continue;
    }
    const at = parseCellAddress(s.source_loc.slice(s.source_loc.lastIndexOf("!") + 1))!;
    addMissing(st, st.ctx.registry.byCode.get(s.province_code)!, {
      ...at,
      zero: s.value === 0,
      marker: s.value === 0 ? undefined : `${s.value_text} (province not surveyed)`,
    });
  }
  st.out.scores = kept;
}

// ── CI, SE, variance, sample size ───────────────────────────────────────────────────────

function readExtraRow(st: ReadState, r: number, target: string, field: Extra): void {
  const byProvince = st.extras.get(target) ?? new Map();
  st.extras.set(target, byProvince);
  for (const { col, province } of st.header.columns) {
    const at = cellAddress(r, col);
    const reading = readScoreCell(cellAt(st.grid, r, col), false);
    if (reading.kind === "value") {
      const list = byProvince.get(province.code) ?? [];
      list.push({ field, value: reading.value, cell: at });
      byProvince.set(province.code, list);
    } else if (reading.kind === "missing") addMissing(st, province, { row: r, col, zero: false, marker: reading.marker });
    else
      st.out.issues.push(
        sheetIssue(st.ctx, st.grid.name, {
          kind: "parse",
          severity: "warning",
          cell: at,
          province_code: province.code,
          year: st.year,
          indicator_id: target,
          message: `${province.name_vi} ${st.year} ${target} ${field}: "${reading.kind === "garbled" ? reading.raw : "formula without result"}" is not a number; not kept`,
          message_vi: `${province.name_vi} ${st.year} ${target} ${field}: ${reading.kind === "garbled" ? `"${reading.raw}"` : "công thức không có kết quả"} không phải là số; không giữ lại`,
        }),
      );
  }
}

/** Puts every CI bound, SE, variance and sample size on its score row; one without a score row is reported. */
function attachExtras(st: ReadState): void {
  const rows = new Map<string, ScoreRow>();
  for (const s of st.out.scores) rows.set(`${s.indicator_id}|${s.province_code}`, s);
  const scored = new Set(st.out.scores.map((s) => s.province_code));
  const orphans: string[] = [];
  const orphansVi: string[] = [];
  for (const [id, byProvince] of st.extras) {
    for (const [code, list] of byProvince) {
      const row = rows.get(`${id}|${code}`);
      for (const e of list) {
        if (row) row[e.field] = e.value;
        else if (!scored.has(code)) {
          // A province with no score that year: its bounds (0s on the 2022 sheet) are no data too.
          addMissing(st, st.ctx.registry.byCode.get(code)!, { ...parseCellAddress(e.cell)!, zero: e.value === 0 });
        } else {
          orphans.push(`${e.cell} (${e.field} of ${id}, province ${code})`);
          orphansVi.push(`${e.cell} (${e.field} của ${id}, tỉnh/thành phố ${code})`);
        }
      }
    }
  }
  if (orphans.length)
    st.out.issues.push(
      sheetIssue(st.ctx, st.grid.name, {
        kind: "missing_value",
        severity: "warning",
        cell: orphans[0]!.split(" ")[0]!,
        year: st.year,
        message: `${orphans.length} figure(s) printed for a score that has no value, not kept: ${orphans.join(", ")}`,
        message_vi: `${orphans.length} số liệu được ghi cho một điểm không có giá trị, không giữ lại: ${orphansVi.join(", ")}`,
      }),
    );
}

// ── survey indicators ───────────────────────────────────────────────────────────────────

/** The Vietnamese label (the one with diacritics) and the English one, when the sheet is bilingual. */
function summarise(st: ReadState): void {
  const { ctx, grid, year, out, header } = st;
  const first = cellAddress(header.dataFrom, header.labelCols[0]!);
  if (st.mismatched.length)
    out.issues.push(
      sheetIssue(ctx, grid.name, {
        kind: "label_mismatch",
        severity: "warning",
        cell: first,
        year,
        message: `${st.mismatched.length} sub-dimension label(s) print a name that is not the ${year} sub-dimension of that number; read by number: ${st.mismatched.map((m) => m.en).join("; ")}`,
        message_vi: `${st.mismatched.length} nhãn chỉ số thành phần ghi tên không phải là tên chỉ số thành phần năm ${year} mang số đó; đọc theo số: ${st.mismatched.map((m) => m.vi).join("; ")}`,
      }),
    );
  if (st.scaleNotes.length)
    out.issues.push(
      sheetIssue(ctx, grid.name, {
        kind: "label_mismatch",
        severity: "info",
        cell: first,
        year,
        message: `printed scales that differ from the structure: ${st.scaleNotes.map((n) => n.en).join("; ")}`,
        message_vi: `các thang điểm được ghi khác với cấu trúc: ${st.scaleNotes.map((n) => n.vi).join("; ")}`,
      }),
    );
  const counts = ROW_CLASSES.filter((c) => st.classes[c] > 0)
    .map((c) => `${c} ${st.classes[c]}`)
    .join(", ");
  out.issues.push(
    sheetIssue(ctx, grid.name, {
      kind: "row_classes",
      severity: "info",
      cell: first,
      year,
      message: `rows by class: ${counts}${st.classes.unclassified ? "" : " (every row classified)"}`,
      message_vi: `số dòng theo loại: ${counts}${st.classes.unclassified ? "" : " (mọi dòng đều đã được phân loại)"}`,
    }),
  );
}
