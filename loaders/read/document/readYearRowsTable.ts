import { foldText } from "../../text/foldText.ts";
import { issue, type IssueRow, type ScoreRow } from "../../model/model.ts";
import { inForce, matchIndicator, partsOf, type IndicatorDef } from "../../model/taxonomy.ts";
import type { PlanContext } from "./planContext.ts";
import { TARGET_RE, isRoleWord, yearIn, type ColumnInfo, type ScoreTableModel } from "./modelScoreTable.ts";
import { buildTableScoreRow, type TableTarget } from "./buildTableScoreRow.ts";
import { cellText, isBlankCell } from "./readTableCell.ts";

interface Unit {
  value: number;
  rank: number | null;
  group: number | null;
  def: IndicatorDef | null;
  span: number;
  /** The header text the unit was named from (or failed to be). */
  label: string;
}

/**
 * Reads a table with one row per year (Lào Cai appendix): each value column is an indicator,
 * named by its header — merged top headers ("Chỉ số PAPI tổng hợp" over score and group), or a
 * second header row listing the dimension names in order even when they do not sit above their
 * columns. Group columns belong to the value on their left; a rank column to the value of its
 * own header span, or to the total ("Xếp hạng chung").
 */
export function readYearRowsTable(model: ScoreTableModel, ctx: PlanContext, target: TableTarget): { scores: ScoreRow[]; issues: IssueRow[] } {
  const issues: IssueRow[] = [];
  const scores: ScoreRow[] = [];
  const yearCol = model.columns.find((c) => c.role === "year")!.index;
  const years = model.dataRows.map((r) => yearIn(cellText(r.cells[yearCol]))).filter((y): y is number => y !== null);
  // Columns are named in the taxonomy of the table's first year the index has (a mistyped 1999 row does not decide).
  const first = target.index ? (ctx.taxonomy.indices[target.index]?.first_year ?? null) : null;
  const possible = years.filter((y) => first === null || y >= first);
  const year = possible.length ? Math.min(...possible) : (ctx.planYear ?? (years.length ? Math.min(...years) : null));
  const units = buildUnits(model.columns, yearCol);
  if (year !== null) nameUnits(units, model, ctx, target, year, issues);
  attachTotalRanks(units, model.columns);
  for (const row of model.dataRows) {
    const yearText = cellText(row.cells[yearCol]);
    const rowYear = yearIn(yearText);
    const hasFigures = row.cells.some((c, k) => k !== yearCol && !isBlankCell(cellText(c)));
    if (rowYear === null) {
      if (hasFigures)
        issues.push(
          issue({
            kind: "parse",
            severity: "warning",
            message: `${ctx.file}:${row.line}: no year in the year cell "${yearText}"; this row is not read, the table's other rows are`,
            message_vi: `${ctx.file}:${row.line}: ô năm "${yearText}" không có năm; không đọc dòng này, các dòng khác của bảng vẫn được đọc`,
            source_id: ctx.file,
            source_loc: `${ctx.file}:${row.line}`,
            province_code: target.province,
          }),
        );
      continue;
    }
    const rowTarget = TARGET_RE.test(foldText(yearText));
    for (const unit of units) {
      if (!unit.def) continue;
      const kind = rowTarget || model.columns[unit.value]!.target ? "target" : "actual";
      const built = buildTableScoreRow(
        ctx,
        unit.def,
        { province: target.province, year: rowYear, kind, line: row.line },
        {
          value: row.cells[unit.value],
          rank: unit.rank === null ? undefined : row.cells[unit.rank],
          group: unit.group === null ? undefined : row.cells[unit.group],
        },
      );
      issues.push(...built.issues);
      if (built.row) scores.push(built.row);
    }
  }
  return { scores, issues };
}

function buildUnits(columns: ColumnInfo[], yearCol: number): Unit[] {
  const units: Unit[] = columns
    .filter((c) => c.role === "value" && c.index !== yearCol)
    .map((c) => ({ value: c.index, rank: null, group: null, def: null, span: c.span, label: "" }));
  for (const col of columns.filter((c) => c.role === "group")) {
    const left = [...units].reverse().find((u) => u.value < col.index && u.group === null);
    const right = units.find((u) => u.value > col.index && u.group === null);
    const u = left ?? right;
    if (u) u.group = col.index;
  }
  for (const col of columns.filter((c) => c.role === "rank" && !isTotalRank(c))) {
    const inSpan = units.filter((u) => u.span === col.span);
    const u =
      inSpan.length === 1
        ? inSpan[0]
        : (units.find((x) => x.value > col.index && x.rank === null) ?? [...units].reverse().find((x) => x.value < col.index && x.rank === null));
    if (u && u.rank === null) u.rank = col.index;
  }
  return units;
}

function isTotalRank(col: ColumnInfo): boolean {
  return /\b(chung|tong|tong hop)\b/.test(foldText(col.path.join(" ")));
}

function attachTotalRanks(units: Unit[], columns: ColumnInfo[]) {
  for (const col of columns.filter((c) => c.role === "rank" && isTotalRank(c))) {
    const u = units.find((x) => x.def?.level === "total" && x.rank === null) ?? units.find((x) => x.value > col.index && x.rank === null);
    if (u) u.rank = col.index;
  }
}

function nameUnits(units: Unit[], model: ScoreTableModel, ctx: PlanContext, target: TableTarget, year: number, issues: IssueRow[]) {
  const match = (text: string) => (text ? matchIndicator(ctx.taxonomy, text, { index: target.index, year }) : null);
  const bottom = model.headerRows[model.headerRows.length - 1]!;
  const spans = [...new Set(units.map((u) => u.span))];
  for (const span of spans) {
    const inSpan = units.filter((u) => u.span === span);
    if (inSpan.length === 1) {
      const col = model.columns[inSpan[0]!.value]!;
      const texts = [col.own, ...[...col.path].reverse()].filter((t) => t);
      const m = texts.map(match).find((x) => x);
      inSpan[0]!.def = m?.def ?? null;
      inSpan[0]!.label = texts.find((t) => !isRoleWord(t)) ?? texts[0] ?? "";
      continue;
    }
    const spanEnd = Math.max(...model.columns.filter((c) => c.span === span).map((c) => c.index));
    const names = bottom.cells
      .slice(span, spanEnd + 1)
      .map((c, k) => ({ text: cellText(c), at: span + k }))
      .filter(({ text }) => text && (match(text) || !isRoleWord(text)));
    if (names.length === inSpan.length) {
      names.forEach((n, k) => {
        inSpan[k]!.def = match(n.text)?.def ?? null;
        inSpan[k]!.label = n.text;
      });
    } else {
      for (const u of inSpan) {
        u.label = model.columns[u.value]!.own;
        u.def = match(u.label)?.def ?? null;
      }
    }
  }
  nameByPosition(units, model, ctx, target, year, issues);
  for (const u of units) {
    if (u.def) continue;
    const col = model.columns[u.value]!;
    issues.push(
      issue({
        kind: "unknown_indicator",
        severity: "warning",
        message: `${ctx.file}:${model.table.line}: no indicator matches the column headed "${u.label || col.path.filter((p) => p).join(" / ")}"; its figures are not read`,
        message_vi: `${ctx.file}:${model.table.line}: không có chỉ số nào khớp với cột có tiêu đề "${u.label || col.path.filter((p) => p).join(" / ")}"; không đọc số liệu của cột này`,
        source_id: ctx.file,
        source_loc: `${ctx.file}:${model.table.line}`,
        index: target.index ?? null,
        province_code: target.province,
      }),
    );
  }
}

/**
 * Unnamed columns take the indicator at their position when the table's columns other than the
 * total are exactly the index's dimensions in the taxonomy version in force, in order, and every
 * named one sits at its own position.
 */
function nameByPosition(units: Unit[], model: ScoreTableModel, ctx: PlanContext, target: TableTarget, year: number, issues: IssueRow[]) {
  if (units.every((u) => u.def) || !target.index) return;
  const total = ctx.taxonomy.indicators.find(
    (d) => d.index === target.index && d.level === "total" && inForce(d, year) && partsOf(ctx.taxonomy, d.id, year).length,
  );
  const parts = total ? partsOf(ctx.taxonomy, total.id, year) : [];
  const dims = units.filter((u) => u.def?.level !== "total");
  if (parts.length !== dims.length || !dims.every((u, k) => !u.def || u.def.id === parts[k]!.id)) return;
  dims.forEach((u, k) => {
    if (u.def) return;
    u.def = parts[k]!;
    const label = u.label || model.columns[u.value]!.path.filter((p) => p).join(" / ");
    issues.push(
      issue({
        kind: "positional_match",
        severity: "warning",
        message: `${ctx.file}:${model.table.line}: column "${label}" matches no indicator name; read as ${u.def.id} (${u.def.name_vi}) by its position ${k + 1} of ${parts.length} in the ${year} taxonomy`,
        message_vi: `${ctx.file}:${model.table.line}: cột "${label}" không khớp với tên chỉ số nào; được đọc là ${u.def.id} (${u.def.name_vi}) theo vị trí thứ ${k + 1} trong ${parts.length} của danh mục chỉ số năm ${year}`,
        source_id: ctx.file,
        source_loc: `${ctx.file}:${model.table.line}`,
        index: u.def.index,
        province_code: target.province,
        indicator_id: u.def.id,
      }),
    );
  });
}
