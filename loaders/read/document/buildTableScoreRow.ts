import { issue, scoreRow, type IndexId, type IssueRow, type ScoreRow } from "../../model/model.ts";
import type { IndicatorDef } from "../../model/taxonomy.ts";
import type { PlanContext } from "./planContext.ts";
import { markAssumed } from "../../model/assumedFields.ts";
import { readGroupCell, readRankCell, readValueCell } from "./readTableCell.ts";

/** Where a table's figures belong: province (GSO code) and the indices the table is about. */
export interface TableTarget {
  province: string;
  index: IndexId | undefined;
}

export interface FigureCells {
  value?: string;
  rank?: string;
  group?: string;
}

/** Provinces ranked in a national ranking when the document does not say. */
export const NATIONAL_RANK_OF = 63;

/**
 * Builds the score row for one indicator, year and kind from a table row's cells. A garbled cell
 * gives a "parse" warning naming file:line and the cell text, never a value; a row with nothing
 * readable gives no score row.
 */
export function buildTableScoreRow(
  ctx: PlanContext,
  def: IndicatorDef,
  at: { province: string; year: number; kind: "actual" | "target"; line: number },
  cells: FigureCells,
): { row: ScoreRow | null; issues: IssueRow[] } {
  const issues: IssueRow[] = [];
  const loc = `${ctx.file}:${at.line}`;
  const WHAT_VI = { value: "giá trị", rank: "thứ hạng", group: "nhóm" };
  const garbled = (what: "value" | "rank" | "group", text: string) =>
    issues.push(
      issue({
        kind: "parse",
        severity: "warning",
        message: `${loc}: cannot read the ${what} of ${def.id} ${at.year} from the cell "${text}"`,
        message_vi: `${loc}: không đọc được ${WHAT_VI[what]} của ${def.id} ${at.year} từ ô "${text}"`,
        source_id: ctx.file,
        source_loc: loc,
        index: def.index,
        province_code: at.province,
        year: at.year,
        indicator_id: def.id,
      }),
    );
  const value = readValueCell(cells.value);
  const rank = readRankCell(cells.rank);
  const group = readGroupCell(ctx.taxonomy, cells.group);
  if (value.kind === "garbled") garbled("value", value.text);
  if (rank.kind === "garbled") garbled("rank", rank.text);
  if (group.kind === "garbled") garbled("group", group.text);
  if (value.kind !== "value" && rank.kind !== "rank" && group.kind !== "group") return { row: null, issues };
  const row = scoreRow({
    index: def.index,
    province_code: at.province,
    year: at.year,
    indicator_id: def.id,
    level: def.level,
    dimension: def.dimension,
    kind: at.kind,
    unit: def.unit,
    source_id: ctx.file,
    source_loc: loc,
    value: value.kind === "value" ? value.parsed.value : null,
    value_text: value.kind === "value" ? value.parsed.text : null,
    rank: rank.kind === "rank" ? rank.rank : null,
    rank_of: rank.kind === "rank" ? (rank.of ?? NATIONAL_RANK_OF) : null,
    rank_scope: rank.kind === "rank" ? "national" : null,
    rank_source: rank.kind === "rank" ? "published" : null,
    group: group.kind === "group" ? group.group : null,
    group_source: group.kind === "group" ? "published" : null,
    comparator: at.kind === "target" ? "eq" : null,
  });
  if (rank.kind === "rank" && rank.of === null) markAssumed(row, "rank_of");
  if (at.kind === "target") markAssumed(row, "comparator");
  return { row, issues };
}
