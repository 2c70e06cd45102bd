/**
 * The whole plan (assessTargets.ts): the chance of reaching the total target from its dimensions'
 * history (or the total's own), and — when there is no estimate — why.
 */
import { yearValues } from "./panel.ts";
import { historicalChanges, versionOf, type Change } from "./changeDistribution.ts";
import { MIN_CHANGES, simulatePlan, type SimulationResult } from "./simulatePlan.ts";
import { comparableChanges, type AssessmentContext } from "./assessmentContext.ts";
import type { IndicatorMeta, IndicatorAssessment } from "./assessmentTypes.ts";

/** Whole plan: chance of reaching the total from its dimensions' history (or the total's own); says why when there is no estimate. */
export function simulateWholePlan(
  ctx: AssessmentContext,
  total: IndicatorAssessment | null,
  parts: IndicatorAssessment[],
  changesById: Map<string, Change[]>,
): SimulationResult {
  const simulation = simulateTotal(ctx, total, parts, changesById);
  if (total && !simulation.joint && !simulation.independent) sayNoEstimate(ctx, total, changesById);
  return simulation;
}

/** Simulates the total: from every dimension when all parts have a base, from the total alone otherwise, or an empty run without a total. */
function simulateTotal(
  ctx: AssessmentContext,
  total: IndicatorAssessment | null,
  parts: IndicatorAssessment[],
  changesById: Map<string, Change[]>,
): SimulationResult {
  const { input } = ctx;
  if (total && total.required !== null && parts.length && parts.every((p) => p.base !== null)) {
    const dims = allDimensionsOf(ctx.data.indicators, total.indicator_id, input.targetYear);
    const required = new Map(dims.map((id) => [id, parts.find((p) => p.indicator_id === id)?.required ?? 0]));
    const changes = new Map(dims.map((id) => [id, changesById.get(id) ?? comparableChanges(ctx, id)]));
    return simulatePlan({ required, changes, requiredTotal: total.required, draws: input.draws, seed: input.seed });
  }
  if (total && total.required !== null) {
    const ch = changesById.get(total.indicator_id) ?? [];
    return simulatePlan({
      required: new Map([[total.indicator_id, total.required]]),
      changes: new Map([[total.indicator_id, ch]]),
      requiredTotal: total.required,
      draws: input.draws,
      seed: input.seed,
    });
  }
  return simulatePlan({ required: new Map(), changes: new Map(), requiredTotal: 0 });
}

/** Explains a missing estimate: a re-built index, too few comparable changes, or too little data loaded. */
function sayNoEstimate(ctx: AssessmentContext, total: IndicatorAssessment, changesById: Map<string, Change[]>): void {
  const { input, until } = ctx;
  const rebuilt = rebuiltSinceBase(ctx, total.indicator_id);
  if (rebuilt.length) {
    const year = Math.max(...rebuilt.map((id) => versionOf(ctx.series, id, input.targetYear).from));
    const names = rebuilt.map((id) => ctx.meta.get(id));
    ctx.say(
      "info",
      "no_estimate",
      `Chưa ước tính được khả năng đạt tổng điểm mục tiêu: cấu trúc chỉ số thay đổi năm ${year} (${names.map((m) => m?.name_vi).join(", ")}), nên đến năm ${input.baseYear} chưa có thay đổi một năm nào so sánh được. Chọn lịch sử "mọi năm có số liệu" để so sánh với các năm sau (những năm người lập kế hoạch chưa biết).`,
      `No estimate of the chance of reaching the total target: the index was re-built in ${year} (${names.map((m) => m?.name_en).join(", ")}), so by ${input.baseYear} no one-year change was comparable yet. Choose the history "every year present" to compare with later years (which the planner could not know).`,
    );
    return;
  }
  // With the official data loaded (most provinces have a base-year total), say how few
  // comparable changes there are; with the embedded documents alone, what to add.
  const n = (changesById.get(total.indicator_id) ?? comparableChanges(ctx, total.indicator_id)).length;
  const provincesWithBase = yearValues(ctx.panel, total.indicator_id, input.baseYear).size;
  if (provincesWithBase >= 20)
    ctx.say(
      "info",
      "no_estimate",
      `Chưa ước tính được khả năng đạt tổng điểm mục tiêu: chỉ có ${n} thay đổi một năm so sánh được của chỉ số tổng${until === undefined ? "" : ` đến năm ${until}`} (cần ít nhất ${MIN_CHANGES}).`,
      `No estimate of the chance of reaching the total target: only ${n} comparable one-year changes of the total${until === undefined ? "" : ` up to ${until}`} (at least ${MIN_CHANGES} are needed).`,
    );
  else
    ctx.say(
      "info",
      "no_estimate",
      "Chưa đủ lịch sử để ước tính khả năng đạt tổng điểm mục tiêu — cần thêm dữ liệu PAPI chính thức (xem trang Dữ liệu).",
      "Too little history to estimate the chance of reaching the total target — add the official PAPI data (see the Data page).",
    );
}

/** The total and its dimensions whose current version starts at or after the base year — when later years would give an estimate. */
function rebuiltSinceBase(ctx: AssessmentContext, totalId: string): string[] {
  const { panel, series, input, until } = ctx;
  // With the data there, the usual reason is a re-built structure: a version that starts at or
  // after the base year has no change a planner could have known.
  // …and it is worth saying only when the later years would give an estimate.
  const later = historicalChanges(panel, series, totalId, { excludeProvince: input.province, versionOf: input.targetYear }).length >= MIN_CHANGES;
  return until === undefined || !later
    ? []
    : [totalId, ...allDimensionsOf(ctx.data.indicators, totalId, input.targetYear)].filter((id) => versionOf(series, id, input.targetYear).from >= until);
}

/** The dimensions that make up a total in a year (the first six for papi.total_6d). */
function allDimensionsOf(indicators: IndicatorMeta[], totalId: string, year: number): string[] {
  const parentId = totalId === "papi.total_6d" ? "papi.total" : totalId;
  return indicators
    .filter((d) => d.parent === parentId && d.level === "dimension" && d.year_from <= year && (d.year_to === null || d.year_to >= year))
    .filter((d) => totalId !== "papi.total_6d" || Number(d.id.replace(/\D/g, "")) <= 6)
    .map((d) => d.id);
}
