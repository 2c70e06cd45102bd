/**
 * The data model shared by every reader, validator and output of PAPI Explorer.
 *
 * One long `scores` table holds every published, target or derived figure; small
 * dimension tables describe provinces, indicators, sources and data-quality findings.
 */
import type { IndicatorDef, Taxonomy } from "./taxonomy.ts";
import type { ProvinceRegistry } from "./provinces.ts";
import type { AgencyRegistry } from "./agencies.ts";
import type { PlanAgencyRow, PlanParts, PlanRow, PlanTargetRow, PlanTaskRow } from "./plans.ts";

export type IndexId = "PAPI" | "PAR_INDEX" | "SIPAS";
export type Level = "total" | "dimension" | "subdimension" | "indicator";
export type Kind = "actual" | "target" | "derived";
/**
 * points: index scores; percent: PAR INDEX / SIPAS results (0–100); the rest are survey
 * indicators' units as their sheet prints them: share (0–1, shown as %), rating (an n-point
 * scale), thousand_vnd, km, minutes, count.
 */
export type Unit = "points" | "percent" | "share" | "rating" | "thousand_vnd" | "km" | "minutes" | "count";
export type Group = "CN" | "TBC" | "TBT" | "TN";
export type Provenance = "published" | "computed";
/** Who a rank is among: all provinces, the Northwest six, or the province's region. */
export type RankScope = "national" | "northwest" | "region";
/** How a target is stated: "at least" (đạt … trở lên), "at most" (top 10 = rank ≤ 10), or exactly. */
export type Comparator = "eq" | "gte" | "lte";

export const NATIONAL_CODE = "00";
export const NATIONAL_NAME_VI = "Toàn quốc";
export const NATIONAL_NAME_EN = "National";

export interface ScoreRow {
  index: IndexId;
  /** GSO code, two digits; "00" for a national figure. */
  province_code: string;
  year: number;
  indicator_id: string;
  level: Level;
  /** 1–8 for dimensions and sub-dimensions (PAR INDEX: area number); null for totals. */
  dimension: number | null;
  kind: Kind;
  /** The figure; null when a row carries only a rank or a group (never 0 for "missing"). */
  value: number | null;
  /** The value as printed by the source, dot decimal, source precision ("45.06", "42.3265"). */
  value_text: string | null;
  unit: Unit;
  rank: number | null;
  /** How many were ranked ("31/61/63" → 61). */
  rank_of: number | null;
  rank_scope: RankScope | null;
  group: Group | null;
  group_source: Provenance | null;
  rank_source: Provenance | null;
  /** For targets: "gte" for "đạt … trở lên", "lte" for "top 10". */
  comparator: Comparator | null;
  /** For targets: the increase the plan states ("tăng 0,05 điểm so với năm 2019" → 0.05). */
  stated_change?: number | null;
  /** …and the year it is stated against (2019). */
  stated_base_year?: number | null;
  source_id: string;
  /** `file:line` or `sheet!cell`. */
  source_loc: string;
  /** Free-text provenance note (how a derived value was derived, the words matched…). */
  note: string | null;
  /** 95 % confidence bounds and standard error the source prints with the figure. */
  ci_low?: number | null;
  ci_high?: number | null;
  se?: number | null;
  /** The variance the source prints with the figure (2019: "Phương sai (Chỉ số nội dung N)"). */
  variance?: number | null;
  /** Respondents behind the province-year ("Observations"), on its total. */
  sample_size?: number | null;
}

export interface ProvinceRow {
  code: string;
  name_vi: string;
  name_ascii: string;
  name_en: string;
  slug: string;
  region_id: number;
  region_vi: string;
  region_en: string;
  northwest: boolean;
  unit_2025: string;
  /** position on the overview's tile-grid map */
  tile_row: number | null;
  tile_col: number | null;
}

export interface IndicatorRow {
  id: string;
  index: IndexId;
  level: Level;
  dimension: number | null;
  name_vi: string;
  name_en: string;
  year_from: number;
  year_to: number | null;
  unit: Unit;
  scale_min: number | null;
  scale_max: number | null;
  /** Survey indicators: the scale as printed ("0%-100%"). */
  scale_text: string | null;
  /** Official number in the latest year in force ("2.2"). */
  number: string | null;
  /** Survey indicators: the years a sheet gave it ("2018,2019,2023"). */
  years: string | null;
  parent: string | null;
  verified: boolean;
  note: string | null;
}

export type SourceKind = "plan_document" | "official_workbook" | "csv_panel" | "computed";

export interface SourceRow {
  id: string;
  kind: SourceKind;
  file: string;
  title: string | null;
  issuer: string | null;
  number: string | null;
  /** ISO date (yyyy-mm-dd) or partial ("2024-05") when the day is left blank. */
  date: string | null;
  level: "province" | "commune" | "national" | null;
  province_code: string | null;
  indices: string;
  sha256: string;
  /** Rows/figures read from this source. */
  figures: number;
  /** Of these, figures never used (impossible year, indicator outside its years): set by ingest. */
  figures_not_used?: number;
  note: string | null;
}

export type Severity = "error" | "warning" | "info";

export type IssueKind =
  | "unreadable"
  | "parse"
  | "unknown_province"
  | "unknown_indicator"
  | "positional_match"
  | "out_of_range"
  | "sum_mismatch"
  | "plan_inconsistency"
  | "duplicate"
  | "conflict"
  | "agreement"
  | "metadata_conflict"
  | "repeated_block"
  | "missing_value"
  | "formula_without_result"
  | "skipped_row"
  | "third_party_rank"
  | "row_classes"
  | "unclassified_row"
  | "label_mismatch"
  | "identical_source"
  | "unknown_agency"
  | "inferred_section";

export interface IssueRow {
  kind: IssueKind;
  severity: Severity;
  message: string;
  /** The same finding in Vietnamese, for the site's Vietnamese pages: same facts, same locations. */
  message_vi: string;
  source_id: string;
  source_loc: string;
  index: IndexId | null;
  province_code: string | null;
  year: number | null;
  indicator_id: string | null;
}

/** What every reader returns: the figures, the source's metadata and its findings. */
export interface ReadResult {
  scores: ScoreRow[];
  sources: SourceRow[];
  issues: IssueRow[];
  /** Survey indicators the source names (official sheets of 2018 onward). */
  indicators?: IndicatorDef[];
  /** A plan document's registry row, targets, tasks and agency assignments. */
  plans?: PlanParts;
}

/** A fresh score row with every optional field empty. */
export function scoreRow(
  fields: Pick<ScoreRow, "index" | "province_code" | "year" | "indicator_id" | "level" | "dimension" | "kind" | "unit" | "source_id" | "source_loc"> &
    Partial<ScoreRow>,
): ScoreRow {
  return {
    value: null,
    value_text: null,
    rank: null,
    rank_of: null,
    rank_scope: null,
    group: null,
    group_source: null,
    rank_source: null,
    comparator: null,
    stated_change: null,
    stated_base_year: null,
    note: null,
    ci_low: null,
    ci_high: null,
    se: null,
    variance: null,
    sample_size: null,
    ...fields,
  };
}

export function issue(fields: Pick<IssueRow, "kind" | "severity" | "message" | "message_vi" | "source_id" | "source_loc"> & Partial<IssueRow>): IssueRow {
  return { index: null, province_code: null, year: null, indicator_id: null, ...fields };
}

/**
 * A reader's failure on a whole file, told in English and in Vietnamese: `readInput` turns it
 * into one `unreadable` finding with both messages.
 */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly message_vi: string,
  ) {
    super(message);
  }
}

/** Vietnamese names of a figure's kind and of a rank's or group's provenance, for `message_vi`. */
export const KIND_VI: Record<Kind, string> = { actual: "thực tế", target: "mục tiêu", derived: "suy ra" };
export const PROVENANCE_VI: Record<Provenance, string> = { published: "công bố", computed: "tính toán" };

/** A finding about one figure: located where the figure was read, and naming what it is of. */
export function figureIssue(
  s: Pick<ScoreRow, "source_id" | "source_loc" | "index" | "province_code" | "year" | "indicator_id">,
  f: Pick<IssueRow, "kind" | "severity" | "message" | "message_vi">,
): IssueRow {
  return { ...f, source_id: s.source_id, source_loc: s.source_loc, index: s.index, province_code: s.province_code, year: s.year, indicator_id: s.indicator_id };
}

// ── the published tables beyond scores ──────────────────────────────────────────────────

/**
 * One figure as the site shows it: the same figure read from several sources becomes one fact
 * that names them all. Values agreeing within rounding are one fact; disagreeing values keep
 * every row in `scores`, raise a conflict, and the fact shows the preferred source's value
 * (official workbook, then CSV panel, then plan document).
 */
export interface FactRow {
  index: IndexId;
  province_code: string;
  year: number;
  indicator_id: string;
  level: Level;
  dimension: number | null;
  kind: Kind;
  rank_scope: RankScope;
  value: number | null;
  value_text: string | null;
  unit: Unit;
  value_source_id: string | null;
  value_source_loc: string | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: Provenance | null;
  group: Group | null;
  group_source: Provenance | null;
  comparator: Comparator | null;
  stated_change: number | null;
  stated_base_year: number | null;
  /** Every source that gives this figure, `source_id@source_loc`, separated by "; ". */
  sources: string;
  n_sources: number;
  conflict: boolean;
  note: string | null;
  /** 95 % bounds, standard error and variance of the value shown, as its source prints them. */
  ci_low: number | null;
  ci_high: number | null;
  se: number | null;
  variance: number | null;
  /** Respondents behind the province-year, on its total. */
  sample_size: number | null;
}

export interface BenchmarkRow {
  index: string;
  year: number;
  indicator_id: string;
  /** "national", "region" or "northwest" */
  scope: string;
  /** "00" for national, the region id, or "northwest" */
  scope_id: string;
  mean: number;
  median: number;
  min: number;
  max: number;
  n: number;
}

/** A file handed to the ingest: its base name and bytes (the ingest never reads paths). */
export interface InputFile {
  file: string;
  data: Uint8Array;
  /** Why a file found in the sources is not read (a README, a hidden file): listed, never read. */
  skip?: string;
  /** The same reason in Vietnamese. */
  skip_vi?: string;
}

export interface CoverageRow {
  index: string;
  year: number;
  level: string;
  kind: string;
  source_kind: string;
  source_id: string;
  provinces: number;
  figures: number;
  national: boolean;
}

/** Every published table. */
export interface Dataset {
  plans: PlanRow[];
  plan_targets: PlanTargetRow[];
  plan_tasks: PlanTaskRow[];
  plan_agencies: PlanAgencyRow[];
  scores: ScoreRow[];
  facts: FactRow[];
  provinces: ProvinceRow[];
  indicators: IndicatorRow[];
  sources: SourceRow[];
  issues: IssueRow[];
  benchmarks: BenchmarkRow[];
  coverage: CoverageRow[];
}

/** What every reader may be given instead of the registries shipped in `data/reference/`. */
export interface ReadOptions {
  taxonomy?: Taxonomy;
  registry?: ProvinceRegistry;
  agencies?: AgencyRegistry;
}
