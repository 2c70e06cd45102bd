/**
 * Plans as data: the registry of plan documents, every target they set (numeric, qualitative,
 * operational), their tasks with lead agencies, and the assignment of agencies to indicators.
 * Four published tables: `plans`, `plan_targets`, `plan_tasks`, `plan_agencies`.
 */
import type { Group, IndexId } from "./model.ts";

export interface PlanRow {
  /** The plan document's source id (its file name). */
  id: string;
  /** Number and symbol ("117/KH-UBND"); null when the number is left blank. */
  number: string | null;
  date: string | null;
  issuer: string | null;
  level: "province" | "commune";
  province_code: string | null;
  /** The commune, for a commune plan. */
  commune: string | null;
  /** Indices the plan covers, comma-separated in the order PAPI, PAR_INDEX, SIPAS. */
  indices: string;
  /** The results year the plan starts from (the last published results it cites). */
  results_year: number | null;
  /** Years its targets are set for, comma-separated. */
  target_years: string;
  title: string | null;
  targets: number;
  tasks: number;
  assignments: number;
  source_loc: string;
}

/** numeric: a figure, rank or group; qualitative: a comparison with an earlier year or a group; commitment: operational. */
export type TargetCategory = "numeric" | "qualitative" | "commitment";

/**
 * How a target is compared with its outcome:
 * - score_at_least / score_at_most: the score against the figure set;
 * - rank_at_most: rank ≤ N (top 10, "nhóm 20 tỉnh dẫn đầu");
 * - group_at_least: the group set or a better one;
 * - score_improves: higher than the base year ("cải thiện so với năm N");
 * - score_not_lower: not lower than the base year ("duy trì", "không giảm");
 * - rank_improves: a better rank than the base year ("cải thiện bậc", "tăng bậc");
 * - rank_improves_by: at least N places better ("tăng ít nhất 5 bậc");
 * - high_group: "vào nhóm có thứ hạng cao", read as the first quarter of the ranking (the plan does not define it);
 * - no_lowest_group: no dimension in the lowest group;
 * - raise_unmaxed: every criterion below its maximum gains points;
 * - commitment: an operational commitment, with no outcome in the index data.
 */
export type TargetRule =
  | "score_at_least"
  | "score_at_most"
  | "rank_at_most"
  | "group_at_least"
  | "score_improves"
  | "score_not_lower"
  | "rank_improves"
  | "rank_improves_by"
  | "high_group"
  | "no_lowest_group"
  | "raise_unmaxed"
  | "commitment";

/** What a target is about: one indicator, each dimension (area) of the index, or each of its criteria. */
export type TargetScope = "indicator" | "each_dimension" | "each_criterion";

/** met / not_met; not_yet_known: an outcome year not loaded; no_outcome_data: our data cannot tell (criteria, commitments). */
export type TargetStatus = "met" | "not_met" | "not_yet_known" | "no_outcome_data";

export interface PlanTargetRow {
  plan_id: string;
  /** `plan_id#n`, in reading order. */
  target_id: string;
  index: IndexId | null;
  category: TargetCategory;
  rule: TargetRule;
  scope: TargetScope;
  /** The indicator for scope "indicator"; the index total otherwise (its dimensions or criteria are meant). */
  indicator_id: string | null;
  province_code: string | null;
  year: number | null;
  base_year: number | null;
  /** The figure set (score), places (rank_improves_by) or rank (rank_at_most); null for rules without one. */
  value: number | null;
  group: Group | null;
  /** Rank targets: all provinces or the Northwest six. */
  rank_scope: string | null;
  /** Numeric targets: how the figure is stated ("gte": đạt … trở lên; "lte": top N; "eq": đạt N). */
  comparator: string | null;
  /** The plan's own words, as printed. */
  text: string;
  /** Commitments: the agencies that own it (the task's lead), ids separated by "; ". */
  owner: string | null;
  source_loc: string;
  // ── the evaluation against the outcome (pipeline/evaluatePlanTargets.ts) ──
  status: TargetStatus;
  outcome_value: number | null;
  /** actual, or derived when the outcome year has only a derived figure (labelled on the pages). */
  outcome_kind: string | null;
  base_value: number | null;
  outcome_rank: number | null;
  base_rank: number | null;
  outcome_rank_of: number | null;
  outcome_group: Group | null;
  /** Whether the outcome's rank or group is published or computed. */
  outcome_rank_source: string | null;
  outcome_group_source: string | null;
  /** Where the outcome and base figures come from (`source@loc`; "; "-separated). */
  outcome_source: string | null;
  /** The evaluation in words, both languages. */
  evaluation_vi: string;
  evaluation_en: string;
}

export interface PlanTaskRow {
  plan_id: string;
  task_id: string;
  index: IndexId | null;
  /** The section number as printed ("II.5", "1.3"). */
  section: string;
  section_title: string;
  /** The indicator the section addresses (dimension, sub-dimension or PAR area); null for general tasks. */
  indicator_id: string | null;
  /** A criterion of the area the task addresses, where the plan names one ("1.6"). */
  criterion: string | null;
  text: string;
  /** Agency ids ("; "-separated); names not in the registry are kept as written. */
  lead_agencies: string;
  coordinating_agencies: string;
  /** Agencies the lead directs ("UBND cấp huyện chỉ đạo UBND cấp xã"). */
  directed_agencies: string;
  source_loc: string;
}

export interface PlanAgencyRow {
  plan_id: string;
  index: IndexId;
  indicator_id: string;
  /** A criterion inside the area ("1.6"), for PAR INDEX assignments by criterion. */
  criterion: string | null;
  criterion_name: string | null;
  /** The registry id, or null for a name the registry does not know. */
  agency_id: string | null;
  agency_as_written: string;
  /** direct: the indicator's own row; via_dimension: the dimension's agency, for a part listed without one. */
  assigned: "direct" | "via_dimension";
  /** The plan's note, or how the text qualifies it ("trực tiếp là …", "trừ tiêu chí 1.6"). */
  note: string | null;
  source_loc: string;
}

/** What the plan reader returns beside the figures. */
export interface PlanParts {
  plans: PlanRow[];
  targets: PlanTargetRow[];
  tasks: PlanTaskRow[];
  agencies: PlanAgencyRow[];
}

export const NO_EVALUATION = {
  status: "not_yet_known",
  outcome_value: null,
  outcome_kind: null,
  base_value: null,
  outcome_rank: null,
  base_rank: null,
  outcome_rank_of: null,
  outcome_group: null,
  outcome_rank_source: null,
  outcome_group_source: null,
  outcome_source: null,
  evaluation_vi: "",
  evaluation_en: "",
} as const satisfies Partial<PlanTargetRow>;
