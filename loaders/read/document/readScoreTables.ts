import { foldText } from "../../text/foldText.ts";
import { issue, type IssueRow, type ScoreRow } from "../../model/model.ts";
import type { PlanContext } from "./planContext.ts";
import type { MarkdownTable } from "./parseMarkdownTables.ts";
import { modelScoreTable, type ScoreTableModel } from "./modelScoreTable.ts";
import { cellText, isBlankCell, looksNumeric } from "./readTableCell.ts";
import { readYearRowsTable } from "./readYearRowsTable.ts";
import { readIndicatorRowsTable } from "./readIndicatorRowsTable.ts";
import { indicesOf } from "./indicesOf.ts";
import { provinceNamedIn } from "./provinceNamedIn.ts";

const CAPTION_LINES = 3;
const CAPTION_REACH = 6;

/** The text just above a table (its title), nearest line first. */
function captionOf(lines: string[], table: MarkdownTable): string[] {
  const out: string[] = [];
  for (let i = table.line - 2; i >= 0 && i >= table.line - 1 - CAPTION_REACH && out.length < CAPTION_LINES; i--) {
    const t = lines[i]!.trim();
    if (t.startsWith("|")) break;
    if (t) out.push(t);
  }
  return out;
}

/** The year a caption is about: the first "năm YYYY" (not "so với năm") of the nearest line naming one. */
function captionYear(caption: string[]): number | null {
  for (const line of caption) {
    const f = foldText(line).replace(/so voi (nam )?\d{4}/g, "");
    const m = /\bnam (\d{4})\b/.exec(f) ?? /\b(20\d\d)\b/.exec(f);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Reads every score table of a document; tables without figures (lists of lead agencies) give nothing. */
export function readScoreTables(tables: MarkdownTable[], lines: string[], ctx: PlanContext): { scores: ScoreRow[]; issues: IssueRow[] } {
  const scores: ScoreRow[] = [];
  const issues: IssueRow[] = [];
  for (const table of tables) {
    const caption = captionOf(lines, table);
    const about = [...caption, table.header.cells.join(" ")].join(" ");
    const named = indicesOf(about);
    const index = named.length === 1 ? named[0] : ctx.indices.length === 1 ? ctx.indices[0] : undefined;
    const year = captionYear(caption);
    const model = modelScoreTable(table, ctx.taxonomy, { index, year: year ?? undefined });
    if (!model.layout) {
      issues.push(...unreadRows(model, ctx));
      continue;
    }
    const province = provinceNamedIn(caption.join(" "), ctx.registry)?.code ?? ctx.provinceCode;
    if (!province) {
      issues.push(
        issue({
          kind: "unknown_province",
          severity: "warning",
          message: `${ctx.file}:${table.line}: the table's province is unknown; its figures are not read`,
          message_vi: `${ctx.file}:${table.line}: không xác định được tỉnh/thành phố của bảng; không đọc số liệu của bảng`,
          source_id: ctx.file,
          source_loc: `${ctx.file}:${table.line}`,
        }),
      );
      continue;
    }
    const target = { province, index };
    const read =
      model.layout === "yearRows"
        ? readYearRowsTable(model, ctx, target)
        : readIndicatorRowsTable(model, ctx, target, { year, target: /\b(muc tieu|chi tieu|phan dau)\b/.test(foldText(caption.join(" "))) });
    scores.push(...read.scores);
    issues.push(...read.issues);
  }
  return { scores, issues };
}

/** Rows with figures in a table that has neither indicator names nor years to tie them to. */
function unreadRows(model: ScoreTableModel, ctx: PlanContext): IssueRow[] {
  return model.dataRows
    .filter((r) =>
      r.cells.some((c) => {
        const t = cellText(c);
        return !isBlankCell(t) && looksNumeric(t) && !/^\d{1,2}(\.\d{1,2})*\.?$/.test(t);
      }),
    )
    .map((r) =>
      issue({
        kind: "skipped_row",
        severity: "warning",
        message: `${ctx.file}:${r.line}: figures in a table whose rows name no known indicator and no year ("${r.cells.map(cellText).join(" | ")}"); not read`,
        message_vi: `${ctx.file}:${r.line}: số liệu trong một bảng mà các dòng không ghi chỉ số đã biết nào và không ghi năm ("${r.cells.map(cellText).join(" | ")}"); không đọc`,
        source_id: ctx.file,
        source_loc: `${ctx.file}:${r.line}`,
        province_code: ctx.provinceCode,
      }),
    );
}
