/**
 * What every step of one target assessment reads (assessTargets.ts): the data, the input, the
 * panel and series, the history window, and where its messages go.
 */
import type { Panel } from "./panel.ts";
import type { Severity } from "../model/model.ts";
import { historicalChanges, type Change, type SeriesInfo } from "./changeDistribution.ts";
import type { AssessmentInput, EngineData, IndicatorMeta } from "./assessmentTypes.ts";

/** Adds one message (Vietnamese and English) to the assessment. */
export type Say = (severity: Severity, code: string, vi: string, en: string, indicator_id?: string) => void;

export interface AssessmentContext {
  data: EngineData;
  input: AssessmentInput;
  panel: Panel;
  series: SeriesInfo;
  /** the taxonomy by indicator id */
  meta: Map<string, IndicatorMeta>;
  history: "until-base" | "all";
  /** last year of history used (the base year), or undefined for every year present */
  until: number | undefined;
  say: Say;
}

/** The one-year changes of an indicator an assessment compares with: other provinces', within the history window and the target year's version. */
export function comparableChanges(ctx: AssessmentContext, indicatorId: string): Change[] {
  return historicalChanges(ctx.panel, ctx.series, indicatorId, { until: ctx.until, excludeProvince: ctx.input.province, versionOf: ctx.input.targetYear });
}
