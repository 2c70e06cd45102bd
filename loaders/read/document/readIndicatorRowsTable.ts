import { issue, type IssueRow, type ScoreRow } from "../../model/model.ts";
import type { PlanContext } from "./planContext.ts";
import { yearIn, type ScoreTableModel } from "./modelScoreTable.ts";
import type { TableRow } from "./parseMarkdownTables.ts";
import { buildTableScoreRow, type FigureCells, type TableTarget } from "./buildTableScoreRow.ts";
import { resolveIndicatorLabels } from "./resolveIndicatorLabels.ts";
import { cellText, isBlankCell } from "./readTableCell.ts";

/** A unit whose year is read from each row's year column. */
const ROW_YEAR = -1;
const ROLE_VI = { value: "giá trị", rank: "thứ hạng", group: "nhóm" };

interface Unit {
  year: number;
  kind: "actual" | "target";
  value: number | null;
  rank: number | null;
  group: number | null;
}

/**
 * Reads a table with one row per indicator (Lào Cai 2019 detail, or years as columns
 * "| Chỉ số | 2021 | 2022 | 2023 |"): every figure column belongs to the year (and kind) its
 * header names, or to the table's caption year. Columns of one year and kind form one figure:
 * value, rank and group.
 */
export function readIndicatorRowsTable(
  model: ScoreTableModel,
  ctx: PlanContext,
  target: TableTarget,
  caption: { year: number | null; target: boolean },
): { scores: ScoreRow[]; issues: IssueRow[] } {
  const issues: IssueRow[] = [];
  const scores: ScoreRow[] = [];
  const units = buildUnits(model, caption, ctx, target, issues);
  if (!units.length) return { scores, issues };
  const label = model.columns.find((c) => c.role === "label")!.index;
  const stt = model.columns.find((c) => c.role === "stt")?.index;
  const figureCols = units.flatMap((u) => [u.value, u.rank, u.group]).filter((c): c is number => c !== null);
  const rows = model.dataRows.map((r) => ({
    line: r.line,
    label: cellText(r.cells[label]),
    stt: stt === undefined ? "" : cellText(r.cells[stt]),
    hasFigures: figureCols.some((c) => !isBlankCell(cellText(r.cells[c]))),
  }));
  const yearCol = model.columns.find((c) => c.role === "year")?.index;
  const rowYear = (r: TableRow, u: Unit) => (u.year === ROW_YEAR ? (yearCol === undefined ? null : yearIn(cellText(r.cells[yearCol]))) : u.year);
  const years = model.dataRows.flatMap((r) => units.map((u) => rowYear(r, u))).filter((y): y is number => y !== null);
  const year = years.length ? Math.min(...years) : ctx.planYear;
  if (year === null) {
    issues.push(
      issue({
        kind: "parse",
        severity: "warning",
        message: `${ctx.file}:${model.table.line}: the table names no year for its figures; not read`,
        message_vi: `${ctx.file}:${model.table.line}: bảng không ghi năm cho số liệu của mình; không đọc`,
        source_id: ctx.file,
        source_loc: `${ctx.file}:${model.table.line}`,
        province_code: target.province,
      }),
    );
    return { scores, issues };
  }
  const resolved = resolveIndicatorLabels(rows, { taxonomy: ctx.taxonomy, file: ctx.file, index: target.index, year, province: target.province });
  issues.push(...resolved.issues);
  model.dataRows.forEach((r, k) => {
    const def = resolved.defs[k];
    if (!def) return;
    if (units.some((u) => rowYear(r, u) === null) && rows[k]!.hasFigures) {
      issues.push(
        issue({
          kind: "parse",
          severity: "warning",
          message: `${ctx.file}:${r.line}: no year in the year cell "${cellText(r.cells[yearCol ?? 0])}"; its figures are not read`,
          message_vi: `${ctx.file}:${r.line}: ô năm "${cellText(r.cells[yearCol ?? 0])}" không có năm; không đọc số liệu của dòng này`,
          source_id: ctx.file,
          source_loc: `${ctx.file}:${r.line}`,
          province_code: target.province,
        }),
      );
    }
    for (const u of units) {
      const y = rowYear(r, u);
      if (y === null) continue;
      const cells: FigureCells = {
        value: u.value === null ? undefined : r.cells[u.value],
        rank: u.rank === null ? undefined : r.cells[u.rank],
        group: u.group === null ? undefined : r.cells[u.group],
      };
      const built = buildTableScoreRow(ctx, def, { province: target.province, year: y, kind: u.kind, line: r.line }, cells);
      issues.push(...built.issues);
      if (built.row) scores.push(built.row);
    }
  });
  return { scores, issues };
}

function buildUnits(
  model: ScoreTableModel,
  caption: { year: number | null; target: boolean },
  ctx: PlanContext,
  target: TableTarget,
  issues: IssueRow[],
): Unit[] {
  const units: Unit[] = [];
  for (const col of model.columns) {
    if (col.role !== "value" && col.role !== "rank" && col.role !== "group") continue;
    // A column without a year of its own takes the row's year column ("| Chỉ số | Năm | Điểm |"), else the caption's.
    const year = col.year ?? (model.columns.some((c) => c.role === "year") ? ROW_YEAR : caption.year);
    const warn = (message: string, message_vi: string) =>
      issues.push(
        issue({
          kind: "parse",
          severity: "warning",
          message,
          message_vi,
          source_id: ctx.file,
          source_loc: `${ctx.file}:${model.table.line}`,
          index: target.index ?? null,
          province_code: target.province,
        }),
      );
    if (year === null) {
      warn(
        `${ctx.file}:${model.table.line}: the column "${col.path.filter((p) => p).join(" / ")}" names no year and the table's caption none either; its figures are not read`,
        `${ctx.file}:${model.table.line}: cột "${col.path.filter((p) => p).join(" / ")}" không ghi năm và tiêu đề bảng cũng không; không đọc số liệu của cột này`,
      );
      continue;
    }
    const kind = col.target || (caption.target && col.year === null) ? "target" : "actual";
    let unit = units.find((u) => u.year === year && u.kind === kind);
    if (!unit) {
      unit = { year, kind, value: null, rank: null, group: null };
      units.push(unit);
    }
    if (unit[col.role] !== null) {
      warn(
        `${ctx.file}:${model.table.line}: a second ${col.role} column for ${year} ("${col.path.filter((p) => p).join(" / ")}"); only the first is read`,
        `${ctx.file}:${model.table.line}: cột ${ROLE_VI[col.role]} thứ hai cho năm ${year} ("${col.path.filter((p) => p).join(" / ")}"); chỉ đọc cột đầu tiên`,
      );
      continue;
    }
    unit[col.role] = col.index;
  }
  return units;
}
