/**
 * A province's plan targets (facts of kind "target", from plan documents) checked against the
 * outcome of the target year: the total (with the Northwest rank for a Northwest rank target) or
 * the dimension's score. No DOM here (provinceTables.ts draws them); provinceProfile.ts puts the
 * result in the profile.
 */
import { TOTAL_ID, figureSource, isNationalScope, type FactRow, type ProvinceInfo, type TotalPoint } from "./provinceFacts.js";
import { shownRankFields } from "../shared/tableRows.js";
import type { ProfileTables, TargetCheck } from "./provinceProfileTypes.js";

export const GROUP_ORDER = ["CN", "TBC", "TBT", "TN"];

/** The figure of the target year a target is checked against (all null when there is none). */
interface Outcome {
  value: number | null;
  kind: string | null;
  group: string | null;
  group_source: string | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: string | null;
  loc: string | null;
}

const noOutcome: Outcome = {
  value: null,
  kind: null,
  group: null,
  group_source: null,
  rank: null,
  rank_of: null,
  rank_source: null,
  loc: null,
};

/** Whether the outcome's group is the target's or a better one; null when either is unknown. */
function groupMet(outcome: string | null, target: string | null): boolean | null {
  if (!outcome || !target) return null;
  const o = GROUP_ORDER.indexOf(outcome);
  const t = GROUP_ORDER.indexOf(target);
  return o < 0 || t < 0 ? null : o <= t;
}

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

/** The outcome of a total target: the year's total, with the Northwest rank (published, else computed) for a Northwest target. */
function totalOutcome(t: ProfileTables, allTotals: readonly TotalPoint[], code: string, f: FactRow, scope: "national" | "northwest"): Outcome {
  let outcome = noOutcome;
  const p = allTotals.find((q) => q.province_code === code && q.year === f.year);
  if (p)
    outcome = {
      value: p.value,
      kind: p.kind,
      group: p.group,
      group_source: p.group_source,
      rank: p.rank,
      rank_of: p.rank_of,
      rank_source: p.rank_source,
      loc: p.source_loc,
    };
  if (scope === "northwest") {
    const pub = t.facts.find(
      (q) =>
        q.province_code === code && q.indicator_id === TOTAL_ID && q.rank_scope === "northwest" && q.kind === "actual" && q.year === f.year && q.rank !== null,
    );
    const nw = pub ? { rank: pub.rank as number, of: pub.rank_of as number } : northwestRank(allTotals, t.provinces, code, f.year);
    outcome = { ...outcome, rank: nw?.rank ?? null, rank_of: nw?.of ?? null, rank_source: pub ? "published" : nw ? "computed" : null };
  }
  return outcome;
}

/** The outcome of any other target: the province's actual national-scope figure for the indicator in the target year. */
function indicatorOutcome(facts: readonly FactRow[], code: string, f: FactRow): Outcome {
  const a = facts.find(
    (q) => q.province_code === code && q.indicator_id === f.indicator_id && q.year === f.year && q.kind === "actual" && q.value !== null && isNationalScope(q),
  );
  if (!a) return noOutcome;
  return {
    value: a.value,
    kind: a.kind,
    ...shownRankFields(a),
    loc: a.value_source_loc,
  };
}

/** Whether the outcome meets the target: by rank for a rank target, else by value and comparator; null when it cannot be told. */
function targetMet(f: FactRow, isRank: boolean, outcome: Outcome): boolean | null {
  if (isRank) return outcome.rank === null ? null : outcome.rank <= (f.rank as number);
  if (f.value !== null && outcome.value !== null) return f.comparator === "lte" ? outcome.value <= f.value + 1e-9 : outcome.value >= f.value - 1e-9;
  return null;
}

/** One target fact with its outcome and whether it is met. */
function targetCheck(t: ProfileTables, allTotals: readonly TotalPoint[], code: string, f: FactRow): TargetCheck {
  const scope = f.rank_scope === "northwest" ? "northwest" : "national";
  const isRank = f.value === null && f.rank !== null;
  const outcome = f.indicator_id === TOTAL_ID ? totalOutcome(t, allTotals, code, f, scope) : indicatorOutcome(t.facts, code, f);
  return {
    indicator_id: f.indicator_id,
    year: f.year,
    kind: isRank ? "rank" : "value",
    scope,
    comparator: f.comparator,
    target_value: f.value,
    target_group: f.group,
    target_rank: isRank ? f.rank : null,
    target_rank_of: isRank ? f.rank_of : null,
    outcome_value: outcome.value,
    outcome_kind: outcome.kind,
    outcome_group: outcome.group,
    outcome_group_source: outcome.group_source,
    outcome_rank: outcome.rank,
    outcome_rank_of: outcome.rank_of,
    outcome_rank_source: outcome.rank_source,
    met: targetMet(f, isRank, outcome),
    group_met: isRank ? null : groupMet(outcome.group, f.group),
    source_id: figureSource(f).id,
    source_loc: figureSource(f).loc,
    outcome_source_loc: outcome.loc,
  };
}

/** Targets from plan documents against the outcome of the target year (by year, taxonomy order, kind, scope). */
export function targetChecks(t: ProfileTables, code: string, allTotals: readonly TotalPoint[]): TargetCheck[] {
  const targets: TargetCheck[] = [];
  for (const f of t.facts) {
    if (f.province_code !== code || f.kind !== "target") continue;
    targets.push(targetCheck(t, allTotals, code, f));
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
