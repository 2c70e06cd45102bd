/**
 * What the overview (/) draws, computed at build into one file (src/data/overview.json.ts):
 * the facts of totals and dimensions with the fields the page reads, as columns, and the
 * provinces, coverage and sources tables. The page parses no Arrow table before its first chart.
 */
import type { CoverageRow, FactRow, ProvinceRow, SourceRow } from "../../../loaders/index.ts";
import { toColumns, type Columns } from "../shared/columns.js";

/** The fields of a fact the overview reads (ranking, map, regions, national trend, sources). */
export const OVERVIEW_FACT_FIELDS = [
  "index",
  "province_code",
  "year",
  "indicator_id",
  "level",
  "dimension",
  "kind",
  "rank_scope",
  "value",
  "rank",
  "rank_of",
  "rank_source",
  "group",
  "group_source",
  "value_source_id",
  "value_source_loc",
  "note",
] as const satisfies readonly (keyof FactRow)[];

export interface OverviewPageData {
  facts: Columns;
  provinces: ProvinceRow[];
  coverage: CoverageRow[];
  sources: SourceRow[];
}

export function overviewPage(t: { facts: readonly FactRow[]; provinces: ProvinceRow[]; coverage: CoverageRow[]; sources: SourceRow[] }): OverviewPageData {
  const facts = t.facts.filter((f) => f.level === "total" || f.level === "dimension");
  return { facts: toColumns(facts, OVERVIEW_FACT_FIELDS), provinces: t.provinces, coverage: t.coverage, sources: t.sources };
}
