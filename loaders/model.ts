/**
 * The data model shared by every reader, validator and output of PAPI Explorer.
 *
 * One long `scores` table holds every published, target or derived figure; small
 * dimension tables describe provinces, indicators, sources and data-quality findings.
 */

export type IndexId = "PAPI" | "PAR_INDEX" | "SIPAS";
export type Level = "total" | "dimension" | "subdimension";
export type Kind = "actual" | "target" | "derived";
export type Unit = "points" | "percent";
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
  | "third_party_rank";

export interface IssueRow {
  kind: IssueKind;
  severity: Severity;
  message: string;
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
}

/** A fresh score row with every optional field empty. */
export function scoreRow(fields: Pick<ScoreRow, "index" | "province_code" | "year" | "indicator_id" | "level" | "dimension" | "kind" | "unit" | "source_id" | "source_loc"> & Partial<ScoreRow>): ScoreRow {
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
    ...fields,
  };
}

export function issue(fields: Pick<IssueRow, "kind" | "severity" | "message" | "source_id" | "source_loc"> & Partial<IssueRow>): IssueRow {
  return { index: null, province_code: null, year: null, indicator_id: null, ...fields };
}
