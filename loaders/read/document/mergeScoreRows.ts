import { issue, KIND_VI, type IssueRow, type ScoreRow } from "../../model/model.ts";
import { lineOf } from "./planContext.ts";
import { clearAssumed, copyAssumed, isAssumed, markAssumed, type AssumableField } from "../../model/assumedFields.ts";

/**
 * Which statements describe the same figure: same index, province, year, indicator and kind;
 * a rank-only row in another scope (3rd of the 6 Northwest provinces) is a figure of its own, and
 * so is a rank target ("top 10") next to a score target.
 */
export function figureKey(r: ScoreRow): string {
  const facet =
    r.kind === "target"
      ? r.value !== null
        ? "value"
        : `rank:${r.rank_scope}:${r.comparator}`
      : r.value !== null || r.rank_scope === null || r.rank_scope === "national"
        ? "main"
        : `rank:${r.rank_scope}`;
  return [r.index, r.province_code, r.year, r.indicator_id, r.kind, facet].join("|");
}

const FIELDS = ["rank", "rank_scope", "group", "unit"] as const;
const ASSUMABLE: AssumableField[] = ["rank_of", "comparator"];

/**
 * Two statements agree when every field both give is equal (45,06 and 45.060 are equal values);
 * the number ranked and the comparator are compared only when both statements print them.
 */
export function agree(a: ScoreRow, b: ScoreRow): boolean {
  if (a.value !== null && b.value !== null && Math.abs(a.value - b.value) > 1e-9) return false;
  const printedDiffer = (f: AssumableField) => a[f] !== null && b[f] !== null && a[f] !== b[f] && !isAssumed(a, f) && !isAssumed(b, f);
  if (ASSUMABLE.some(printedDiffer)) return false;
  return FIELDS.every((f) => a[f] === null || b[f] === null || a[f] === b[f]);
}

function describe(r: ScoreRow, vi = false): string {
  const parts = [
    r.value_text ?? (r.value === null ? null : String(r.value)),
    r.rank === null ? null : `${vi ? "thứ hạng" : "rank"} ${r.rank}/${r.rank_of ?? "?"}`,
    r.group,
    r.comparator,
  ];
  return parts.filter((p) => p !== null).join(" ");
}

interface Cluster {
  row: ScoreRow;
  others: Set<string>;
}

/** Lines named in a merged figure's note; a figure stated more often says how many more. */
const NOTED_LINES = 12;

function alsoStated(others: Set<string>): string {
  const all = [...others];
  const shown = all.slice(0, NOTED_LINES).join(", ");
  return `also stated at ${shown}${all.length > NOTED_LINES ? ` and ${all.length - NOTED_LINES} more lines` : ""}`;
}

/**
 * Merges repeated statements of one figure into one row: the first line stays the source, the
 * other lines are named in `note`, and rank or group are taken from whichever statement gives
 * them. Statements that disagree stay separate rows, with a "conflict" error.
 */
export function mergeScoreRows(rows: ScoreRow[], file: string): { scores: ScoreRow[]; issues: IssueRow[] } {
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => lineOf(a.r.source_loc) - lineOf(b.r.source_loc) || a.i - b.i);
  const byKey = new Map<string, Cluster[]>();
  const order: Cluster[] = [];
  for (const { r } of ordered) {
    const key = figureKey(r);
    const clusters = byKey.get(key) ?? [];
    const into = clusters.find((c) => agree(c.row, r));
    if (into) {
      fill(into.row, r);
      if (r.source_loc !== into.row.source_loc) into.others.add(r.source_loc);
      continue;
    }
    const copy = { ...r };
    copyAssumed(r, copy);
    const c: Cluster = { row: copy, others: new Set() };
    clusters.push(c);
    byKey.set(key, clusters);
    order.push(c);
  }
  const issues: IssueRow[] = [];
  for (const clusters of byKey.values()) {
    if (clusters.length < 2) continue;
    const [first, ...rest] = clusters;
    for (const c of rest) {
      const a = first!.row;
      const b = c.row;
      issues.push(
        issue({
          kind: "conflict",
          severity: "error",
          message: `${a.indicator_id} ${a.year} (${a.kind}) of province ${a.province_code} is stated as ${describe(a)} at ${a.source_loc} and as ${describe(b)} at ${b.source_loc}; both rows are kept`,
          message_vi: `${a.indicator_id} ${a.year} (${KIND_VI[a.kind]}) của tỉnh/thành phố ${a.province_code} được ghi là ${describe(a, true)} ở ${a.source_loc} và là ${describe(b, true)} ở ${b.source_loc}; giữ cả hai dòng`,
          source_id: file,
          source_loc: b.source_loc,
          index: a.index,
          province_code: a.province_code,
          year: a.year,
          indicator_id: a.indicator_id,
        }),
      );
    }
  }
  const scores = order.map(({ row, others }) => (others.size ? { ...row, note: [row.note, alsoStated(others)].filter((n) => n).join("; ") } : row));
  return { scores, issues };
}

function fill(into: ScoreRow, from: ScoreRow) {
  if (into.value === null && from.value !== null) {
    into.value = from.value;
    into.value_text = from.value_text;
  }
  if (into.rank === null && from.rank !== null) {
    into.rank = from.rank;
    into.rank_of = from.rank_of;
    into.rank_scope = from.rank_scope;
    into.rank_source = from.rank_source;
    if (isAssumed(from, "rank_of")) markAssumed(into, "rank_of");
    else clearAssumed(into, "rank_of");
  } else if (into.rank !== null && into.rank_source === "computed" && from.rank_source === "published") into.rank_source = "published";
  if (into.group === null && from.group !== null) {
    into.group = from.group;
    into.group_source = from.group_source;
  }
  for (const f of ASSUMABLE) {
    if (from[f] === null || isAssumed(from, f)) continue;
    if (into[f] === null || isAssumed(into, f)) {
      (into as unknown as Record<string, unknown>)[f] = from[f];
      clearAssumed(into, f);
    }
  }
  if (into.note === null && from.note !== null) into.note = from.note;
}
