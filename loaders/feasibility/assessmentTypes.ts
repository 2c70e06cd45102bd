/**
 * The shapes of a target assessment (assessTargets.ts): what the engine reads (EngineData,
 * AssessmentInput) and what it returns (Assessment: per indicator, ranks, consistency, messages).
 */
import type { PanelFact } from "./panel.ts";
import type { Severity } from "../model/model.ts";
import type { ChangeStats } from "./changeDistribution.ts";
import type { GroupCode } from "./impliedRank.ts";
import type { SimulationResult } from "./simulatePlan.ts";

export interface IndicatorMeta {
  id: string;
  index: string;
  level: string;
  parent: string | null;
  name_vi: string;
  name_en: string;
  year_from: number;
  year_to: number | null;
}

export interface ProvinceMeta {
  code: string;
  /** the province's slug (lao-cai): names exported files */
  slug?: string;
  name_vi: string;
  name_en?: string;
  northwest: boolean;
  region_id: number;
}

export interface EngineData {
  facts: PanelFact[];
  indicators: IndicatorMeta[];
  breaks: Array<{ indicator: string; year: number; verified?: boolean }>;
  provinces: ProvinceMeta[];
}

export interface TargetInput {
  indicator_id: string;
  value: number | null;
  comparator?: "eq" | "gte" | "lte" | null;
  group?: GroupCode | null;
  /** the increase the plan states ("tăng 0,05 điểm so với năm 2019") */
  stated_change?: number | null;
  source_loc?: string | null;
}

export interface RankTarget {
  rank: number;
  scope: "national" | "northwest";
  source_loc?: string | null;
}

export interface AssessmentInput {
  province: string;
  baseYear: number;
  targetYear: number;
  targets: TargetInput[];
  rankTargets?: RankTarget[];
  /** compare with provinces that started from a similar level */
  similarLevel?: boolean;
  /** history used: changes known by the base year (default) or every year present */
  history?: "until-base" | "all";
  draws?: number;
  seed?: number;
}

export interface Message {
  severity: Severity;
  code: string;
  vi: string;
  en: string;
  indicator_id?: string;
}

export interface ImpliedPosition {
  rank: number;
  of: number;
  group: GroupCode | null;
}

export interface IndicatorAssessment {
  indicator_id: string;
  name_vi: string;
  name_en: string;
  level: string;
  base: number | null;
  target: number | null;
  comparator: string | null;
  target_group: GroupCode | null;
  stated_change: number | null;
  required: number | null;
  history: ChangeStats;
  /** the observed one-year changes (for the page's histogram) */
  changes: number[];
  similar: { window: number; stats: ChangeStats } | null;
  implied_base: ImpliedPosition | null;
  implied_projected: ImpliedPosition | null;
  /** median one-year change used to shift the base-year distribution */
  projection_shift: number | null;
  group_cutoffs_base: Record<"CN" | "TBC" | "TBT", number> | null;
  outcome: number | null;
  met: boolean | null;
  source_loc: string | null;
}

export interface RankAssessment {
  rank: number;
  scope: "national" | "northwest";
  of: number;
  threshold_base: number | null;
  threshold_projected: number | null;
  total_target: number | null;
  implied_rank_base: number | null;
  consistent: boolean | null;
  outcome_rank: number | null;
  outcome_rank_source: string | null;
  met: boolean | null;
}

export interface ConsistencyFinding {
  ok: boolean;
  code: "sum" | "stated_change" | "group" | "rank";
  vi: string;
  en: string;
  indicator_id?: string;
}

export interface Assessment {
  province: ProvinceMeta | null;
  baseYear: number;
  targetYear: number;
  history: "until-base" | "all";
  indicators: IndicatorAssessment[];
  total: IndicatorAssessment | null;
  ranks: RankAssessment[];
  simulation: SimulationResult;
  gap: Array<{ indicator_id: string; required: number; share: number }>;
  consistency: ConsistencyFinding[];
  backtest: { available: boolean; met: number; assessed: number };
  messages: Message[];
}
