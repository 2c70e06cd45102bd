/**
 * The shapes of a province profile (provinceProfile.ts computes it at build; the province page's
 * views draw it): each year's total with its benchmarks, dimensions, sub-dimension points,
 * plan targets against outcomes, and the source of every figure.
 */
import type { BenchmarkRow, FactRow, IndicatorInfo, ProvinceInfo, SeriesBreak, TotalPoint } from "./provinceFacts.js";
import type { SurveyValue } from "./surveyIndicators.js";
import type { IntervalChange, RankRange } from "./totalInterval.js";
import type { PlanTargetRow } from "../../../loaders/index.ts";

export interface ProfileTables {
  facts: readonly FactRow[];
  /** The evaluated plan targets (`plan_targets`): the page shows the numeric ones. */
  plan_targets: readonly PlanTargetRow[];
  provinces: readonly ProvinceInfo[];
  benchmarks: readonly BenchmarkRow[];
  indicators: readonly IndicatorInfo[];
  breaks: readonly SeriesBreak[];
}

export interface Best {
  code: string;
  name_vi: string;
  name_en: string;
  value: number;
}

/** A benchmark value with where it comes from. */
export interface Bench {
  value: number | null;
  n: number;
  /** "published" (a national figure printed in a document), "benchmark" (benchmarks table), "computed" (from the totals shown) */
  source: "published" | "benchmark" | "computed" | null;
  loc?: string | null;
}

export interface TotalYear extends TotalPoint {
  national: Bench;
  region: Bench;
  best: Best | null;
}

export interface DimensionYear {
  indicator_id: string;
  dimension: number;
  year: number;
  value: number;
  rank: number | null;
  rank_of: number | null;
  rank_source: string | null;
  group: string | null;
  group_source: string | null;
  national: Bench;
  region: Bench;
  best: Best | null;
  source_id: string | null;
  source_loc: string | null;
}

export interface SubPoint {
  indicator_id: string;
  dimension: number;
  year: number;
  value: number;
  /** national mean (benchmarks) when at least MIN_PROVINCES_NATIONAL provinces have a value */
  national_mean: number | null;
  national_min: number | null;
  national_max: number | null;
  /** provinces with a value that year (this one included) */
  n: number;
  /** percent_rank among all provinces that year; null without a national distribution */
  percentile: number | null;
  source_id: string | null;
  source_loc: string | null;
}

export interface TargetCheck {
  indicator_id: string;
  year: number;
  /** "value": a score target; "rank": a rank target (national or Northwest) */
  kind: "value" | "rank";
  scope: "national" | "northwest";
  comparator: string | null;
  target_value: number | null;
  target_group: string | null;
  target_rank: number | null;
  target_rank_of: number | null;
  outcome_value: number | null;
  outcome_kind: string | null;
  outcome_group: string | null;
  outcome_group_source: string | null;
  outcome_rank: number | null;
  outcome_rank_of: number | null;
  outcome_rank_source: string | null;
  /** true / false when the outcome is known; null when there is no outcome yet */
  met: boolean | null;
  group_met: boolean | null;
  source_id: string | null;
  source_loc: string | null;
  outcome_source_loc: string | null;
}

export interface SourceEntry {
  figure: string;
  indicator_id: string;
  year: number;
  kind: string;
  value: number | null;
  value_text: string | null;
  rank: number | null;
  rank_of: number | null;
  source_id: string | null;
  source_loc: string | null;
  all_sources: string | null;
  note: string | null;
}

export interface ProvinceProfile {
  province: ProvinceInfo;
  /** provinces with a PAPI total in the data (1–2 on the embedded data alone) */
  provincesWithTotals: number;
  totals: TotalYear[];
  /** The rank range the latest printed 95 % interval allows, or null. */
  rankRange: RankRange | null;
  /** The latest change between two consecutive years that both print an interval, or null. */
  intervalChange: IntervalChange | null;
  /** published Northwest ranks (rank among the six) by year */
  northwestRanks: FactRow[];
  dimensions: DimensionYear[];
  /** the latest year with sub-dimension scores for this province */
  subYear: number | null;
  subProfile: SubPoint[];
  /** the latest year with sub-dimensions and a national distribution (≥ MIN_PROVINCES_NATIONAL provinces) */
  percentileYear: number | null;
  percentiles: SubPoint[];
  strongest: SubPoint[];
  weakest: SubPoint[];
  /** survey indicators (chỉ tiêu) of this province, every year a sheet gives them */
  survey: SurveyValue[];
  targets: TargetCheck[];
  otherIndices: FactRow[];
  /** every figure shown, with its source */
  sources: SourceEntry[];
}
