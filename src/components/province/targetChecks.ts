/**
 * A province's numeric plan targets against the outcome of the target year, as the province page
 * shows them: the evaluated `plan_targets` rows (loaders/pipeline/evaluatePlanTargets.ts, the one
 * place the comparison rules live) folded so that a score target carries its group target. Also
 * the two rules that evaluation borrows from here: the group order and the Northwest rank. No DOM
 * here (provinceTables.ts draws them); provinceProfile.ts puts the result in the profile.
 */
import type { PlanTargetRow } from "../../../loaders/index.ts";
import type { ProvinceInfo, TotalPoint } from "./provinceFacts.js";
import type { ProfileTables, TargetCheck } from "./provinceProfileTypes.js";

export const GROUP_ORDER = ["CN", "TBC", "TBT", "TN"];

/** Rank of `code` among the Northwest six by total in a year (computed); null unless all six have a total. */
export function northwestRank(
  series: readonly TotalPoint[],
  provinces: readonly ProvinceInfo[],
  code: string,
  year: number,
): { rank: number; of: number } | null {
  const nw = new Set(provinces.filter((p) => p.northwest).map((p) => p.code));
  const pts = series.filter((p) => p.year === year && nw.has(p.province_code));
  if (pts.length < nw.size || !nw.has(code)) return null;
  const own = pts.find((p) => p.province_code === code);
  if (!own) return null;
  return { rank: 1 + pts.filter((p) => p.value > own.value).length, of: pts.length };
}

const met = (r: PlanTargetRow | undefined): boolean | null => (r?.status === "met" ? true : r?.status === "not_met" ? false : null);
const isScore = (r: PlanTargetRow) => r.rule === "score_at_least" || r.rule === "score_at_most";
const sameFigure = (a: PlanTargetRow, b: PlanTargetRow) =>
  a.plan_id === b.plan_id && a.source_loc === b.source_loc && a.indicator_id === b.indicator_id && a.year === b.year;
const firstLoc = (s: string | null) => (s ? (s.split("; ")[0]!.split("@")[1] ?? null) : null);

/** One numeric target (a score with its group, a rank, or a group alone) as the page's row. */
function check(r: PlanTargetRow, group: PlanTargetRow | undefined): TargetCheck {
  const isRank = r.rule === "rank_at_most";
  const g = r.rule === "group_at_least" ? r : group;
  return {
    indicator_id: r.indicator_id!,
    year: r.year!,
    kind: isRank ? "rank" : "value",
    scope: r.rank_scope === "northwest" ? "northwest" : "national",
    comparator: r.comparator,
    target_value: isScore(r) ? r.value : null,
    target_group: g?.group ?? null,
    target_rank: isRank ? r.value : null,
    target_rank_of: null,
    outcome_value: r.outcome_value,
    outcome_kind: r.outcome_kind,
    outcome_group: r.outcome_group ?? g?.outcome_group ?? null,
    outcome_group_source: r.outcome_group_source ?? g?.outcome_group_source ?? null,
    outcome_rank: r.outcome_rank,
    outcome_rank_of: r.outcome_rank_of,
    outcome_rank_source: r.outcome_rank_source,
    met: r.rule === "group_at_least" ? null : met(r),
    group_met: isRank ? null : met(g),
    source_id: r.plan_id,
    source_loc: r.source_loc,
    outcome_source_loc: firstLoc(r.outcome_source),
  };
}

/** The province's numeric plan targets against their outcomes (by year, taxonomy order, kind, scope). */
export function targetChecks(t: ProfileTables, code: string): TargetCheck[] {
  const rows = t.plan_targets.filter((r) => r.province_code === code && r.category === "numeric" && r.indicator_id !== null && r.year !== null);
  const targets: TargetCheck[] = [];
  for (const r of rows) {
    const scoreOfGroup = r.rule === "group_at_least" && rows.some((v) => isScore(v) && sameFigure(v, r));
    if (scoreOfGroup) continue;
    targets.push(
      check(
        r,
        rows.find((g) => g.rule === "group_at_least" && sameFigure(g, r)),
      ),
    );
  }
  const order = new Map(t.indicators.map((i, k) => [i.id, k]));
  return targets.sort(
    (a, b) =>
      a.year - b.year ||
      (order.get(a.indicator_id) ?? 99) - (order.get(b.indicator_id) ?? 99) ||
      a.kind.localeCompare(b.kind) ||
      a.scope.localeCompare(b.scope),
  );
}
