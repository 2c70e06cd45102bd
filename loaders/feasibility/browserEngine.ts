/**
 * The target-feasibility engine as the /targets page uses it in the browser (bundled into
 * src/vendor/feasibility.js by scripts/prepare-site.ts; no DOM, no I/O).
 */
export { assessTargets, seriesInfo, checkConsistency } from "./assessTargets.ts";
export type { Assessment, AssessmentInput, EngineData, IndicatorAssessment, RankTarget, TargetInput } from "./assessTargets.ts";
export { backtestPlans, plansFrom } from "./planTargets.ts";
export type { Backtest, Plan, TargetRow } from "./planTargets.ts";
export { buildPanel } from "./panel.ts";
export { GROUP_ORDER } from "./impliedRank.ts";
