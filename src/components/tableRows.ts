/**
 * The row types of the published tables as pages read them (column meanings in
 * loaders/tableSchemas.ts). One place for every page component.
 */

/** A row of `facts`: one figure after reconciling sources. */
export interface FactRow {
  index: string;
  province_code: string;
  year: number;
  indicator_id: string;
  level: string;
  dimension: number | null;
  kind: string;
  rank_scope: string | null;
  value: number | null;
  value_text: string | null;
  unit: string;
  value_source_id: string | null;
  value_source_loc: string | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: string | null;
  group: string | null;
  group_source: string | null;
  comparator: string | null;
  stated_change?: number | null;
  stated_base_year?: number | null;
  sources: string | null;
  n_sources: number | null;
  conflict: boolean | null;
  note: string | null;
}

/** A row of `provinces`. */
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
  tile_row: number | null;
  tile_col: number | null;
}

/** A row of `benchmarks` (computed). */
export interface BenchmarkRow {
  index: string;
  year: number;
  indicator_id: string;
  scope: string;
  scope_id: string;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

/** A row of `coverage`. */
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
