/**
 * The rank targets of a plan, assessed (assessTargets.ts): the total score needed for the rank,
 * the rank the total target implies, and — where the target year is known — the rank reached.
 */
import { panelValue, yearValues } from "./panel.ts";
import { othersOf, rankAmong, thresholdForRank } from "./impliedRank.ts";
import type { AssessmentContext } from "./assessmentContext.ts";
import type { IndicatorAssessment, RankAssessment, RankTarget } from "./assessmentTypes.ts";

/** Assesses each rank target of the input against the plan's total (papi.total when the plan sets none). */
export function assessRankTargets(ctx: AssessmentContext, total: IndicatorAssessment | null): RankAssessment[] {
  const ranks: RankAssessment[] = [];
  for (const rt of ctx.input.rankTargets ?? []) ranks.push(assessRankTarget(ctx, rt, total));
  return ranks;
}

/** The totals a rank is counted among in a year: every province's, or the Northwest's. */
function rankPool(ctx: AssessmentContext, totalId: string, scope: RankTarget["scope"], year: number): Map<string, number> {
  const vals = yearValues(ctx.panel, totalId, year);
  if (scope === "national") return vals;
  const nw = new Set(ctx.data.provinces.filter((p) => p.northwest).map((p) => p.code));
  return new Map([...vals].filter(([p]) => nw.has(p)));
}

/** Whether there are enough other provinces for a rank: 50 nationally, 5 in the Northwest. */
function enoughOthers(scope: RankTarget["scope"], count: number): boolean {
  return scope === "national" ? count >= 50 : count >= 5;
}

/** One rank target: the threshold now and projected, the implied rank, the outcome, and a note when the pool is too small. */
function assessRankTarget(ctx: AssessmentContext, rt: RankTarget, total: IndicatorAssessment | null): RankAssessment {
  const { input } = ctx;
  const totalId = total?.indicator_id ?? "papi.total";
  const others = othersOf(rankPool(ctx, totalId, rt.scope, input.baseYear), input.province);
  const enough = enoughOthers(rt.scope, others.length);
  const threshold_base = enough ? thresholdForRank(others, rt.rank) : null;
  const shift = total?.projection_shift ?? null;
  const threshold_projected = threshold_base !== null && shift !== null ? threshold_base + shift : null;
  const implied = enough && total?.target != null ? rankAmong(others, total.target).rank : null;
  const { outcome_rank, outcome_rank_source } = outcomeRank(ctx, rt, totalId);
  if (!enough)
    ctx.say(
      "info",
      "rank_pool",
      `Chưa đủ số liệu năm ${input.baseYear} của các tỉnh để tính điểm cần cho hạng ${rt.rank}${rt.scope === "northwest" ? " vùng Tây Bắc" : ""}.`,
      `Not enough ${input.baseYear} scores of other provinces to compute the score needed for rank ${rt.rank}${rt.scope === "northwest" ? " in the Northwest" : ""}.`,
    );
  return {
    rank: rt.rank,
    scope: rt.scope,
    of: others.length + 1,
    threshold_base,
    threshold_projected,
    total_target: total?.target ?? null,
    implied_rank_base: implied,
    consistent: implied === null ? null : implied <= rt.rank,
    outcome_rank,
    outcome_rank_source,
    met: outcome_rank === null ? null : outcome_rank <= rt.rank,
  };
}

/** The province's rank in the target year: the published one (national scope), else computed from the totals; null when neither is possible. */
function outcomeRank(ctx: AssessmentContext, rt: RankTarget, totalId: string): { outcome_rank: number | null; outcome_rank_source: string | null } {
  const { panel, input } = ctx;
  const outcomeFact = panel.published.get(`${totalId}|${input.targetYear}|${input.province}`);
  if (rt.scope === "national" && outcomeFact?.rank != null) return { outcome_rank: outcomeFact.rank, outcome_rank_source: "published" };
  const outcomeOthers = othersOf(rankPool(ctx, totalId, rt.scope, input.targetYear), input.province);
  const own = panelValue(panel, totalId, input.targetYear, input.province);
  if (own !== null && enoughOthers(rt.scope, outcomeOthers.length))
    return { outcome_rank: rankAmong(outcomeOthers, own).rank, outcome_rank_source: "computed" };
  return { outcome_rank: null, outcome_rank_source: null };
}
