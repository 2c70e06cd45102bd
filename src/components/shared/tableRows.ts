/**
 * The row types of the published tables as pages read them (column meanings in
 * loaders/model/tableSchemas.ts): the library's own types, imported for type-checking only (the
 * import is erased from the page bundle).
 */
export type { BenchmarkRow, CoverageRow, FactRow, IndicatorRow, ProvinceRow, SeriesBreak } from "../../../loaders/index.ts";

/** The province code of national figures (the published national means, "Toàn quốc"). */
export const NATIONAL = "00";

/** True for a row that holds a national-scope figure (not a Northwest rank). */
export function isNationalScope(f: { rank_scope: string | null }): boolean {
  return f.rank_scope === null || f.rank_scope === "national";
}

/** A rank and a performance group as pages carry them, each with whether it was published or computed. */
export interface RankFields {
  rank: number | null;
  rank_of: number | null;
  rank_source: string | null;
  group: string | null;
  group_source: string | null;
}

/**
 * A figure's rank and group as a page shows them: a rank's or group's source only where there
 * is a rank or a group (the facts table keeps the source column filled for the row).
 */
export function shownRankFields(f: RankFields): RankFields {
  return {
    rank: f.rank,
    rank_of: f.rank_of,
    rank_source: f.rank === null ? null : f.rank_source,
    group: f.group,
    group_source: f.group === null ? null : f.group_source,
  };
}
