/**
 * The row types of the published tables as pages read them (column meanings in
 * loaders/model/tableSchemas.ts): the library's own types, imported for type-checking only (the
 * import is erased from the page bundle).
 */
export type { BenchmarkRow, CoverageRow, FactRow, IndicatorRow, ProvinceRow, SeriesBreak } from "../../../loaders/index.ts";

/** A rank and a performance group as pages carry them, each with whether it was published or computed. */
export interface RankFields {
  rank: number | null;
  rank_of: number | null;
  rank_source: string | null;
  group: string | null;
  group_source: string | null;
}
