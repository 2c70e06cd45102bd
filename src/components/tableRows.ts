/**
 * The row types of the published tables as pages read them (column meanings in
 * loaders/tableSchemas.ts): the library's own types, imported for type-checking only (the
 * import is erased from the page bundle).
 */
export type { FactRow } from "../../loaders/reconcileScores.ts";
export type { ProvinceRow } from "../../loaders/model.ts";
export type { BenchmarkRow } from "../../loaders/computeBenchmarks.ts";
export type { CoverageRow } from "../../loaders/ingest.ts";
export type { IndicatorRow } from "../../loaders/model.ts";

/** A rank and a performance group as pages carry them, each with whether it was published or computed. */
export interface RankFields {
  rank: number | null;
  rank_of: number | null;
  rank_source: string | null;
  group: string | null;
  group_source: string | null;
}
