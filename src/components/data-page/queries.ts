/**
 * The data page's summaries in SQL. The page computes them in JavaScript from the tables' rows
 * (dataPage.ts; no DuckDB); these statements are the reference that test/queries/data.test.ts
 * runs over the real published tables, and what the page shows a reader to re-run in the SQL
 * notebook. Each returns {sql, params} with `?` placeholders.
 */
import type { Query } from "../overview/queries.js";
import { PUBLISHED_TABLES } from "../shared/tableNames.js";

export type { Query };

const SEVERITY_ORDER = `CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END`;

/** Findings by kind and severity, errors first, then the most frequent. */
export function issueCountsQuery(): Query {
  return {
    sql: `SELECT kind, severity, count(*)::INTEGER AS n
FROM issues
GROUP BY kind, severity
ORDER BY ${SEVERITY_ORDER}, n DESC, kind`,
    params: [],
  };
}

/** The findings of the chosen severities and kinds, errors first, then by file and location. */
export function issuesQuery(severities: readonly string[], kinds: readonly string[]): Query {
  const s = severities.length ? severities.map(() => "?").join(", ") : "NULL";
  const k = kinds.length ? kinds.map(() => "?").join(", ") : "NULL";
  return {
    sql: `SELECT severity, kind, source_loc, message, message_vi, "index", province_code, year, indicator_id
FROM issues
WHERE severity IN (${s}) AND kind IN (${k})
ORDER BY ${SEVERITY_ORDER}, kind, source_id, source_loc`,
    params: [...severities, ...kinds],
  };
}

/** Figures on which sources disagree beyond rounding (both kept; the preferred value shown). */
export function conflictsQuery(): Query {
  return {
    sql: `SELECT "index", province_code, year, indicator_id, kind, value, value_source_id, sources, note
FROM facts
WHERE conflict
ORDER BY "index", year, province_code, indicator_id`,
    params: [],
  };
}

/** Figures given by more than one source that agree within rounding (one fact each). */
export function agreementCountQuery(): Query {
  return { sql: `SELECT count(*)::INTEGER AS n FROM facts WHERE n_sources > 1 AND NOT conflict`, params: [] };
}

/**
 * Coverage by index × year: provinces with a total, a dimension and a sub-dimension score
 * (any kind but targets), whether a national figure exists, and the kinds of source.
 */
export function coverageByYearQuery(): Query {
  return {
    sql: `SELECT "index", year,
  coalesce(max(provinces) FILTER (WHERE level = 'total' AND kind <> 'target'), 0)::INTEGER AS total,
  coalesce(max(provinces) FILTER (WHERE level = 'dimension' AND kind <> 'target'), 0)::INTEGER AS dimension,
  coalesce(max(provinces) FILTER (WHERE level = 'subdimension' AND kind <> 'target'), 0)::INTEGER AS subdimension,
  coalesce(bool_or(national), false) AS national,
  bool_or(kind = 'target') AS targets,
  string_agg(DISTINCT source_kind, ',' ORDER BY source_kind) AS source_kinds
FROM coverage
GROUP BY "index", year
ORDER BY CASE "index" WHEN 'PAPI' THEN 0 WHEN 'PAR_INDEX' THEN 1 ELSE 2 END, year`,
    params: [],
  };
}

/** Sources, official data first. */
export function sourcesQuery(): Query {
  return {
    sql: `SELECT id, kind, title, issuer, number, date, level, province_code, indices, sha256, figures
FROM sources
ORDER BY CASE kind WHEN 'official_workbook' THEN 0 WHEN 'csv_panel' THEN 1 WHEN 'plan_document' THEN 2 ELSE 3 END, id`,
    params: [],
  };
}

const TABLES = new Set<string>(PUBLISHED_TABLES);

/** Rows of one published table. */
export function rowCountQuery(table: string): Query {
  if (!TABLES.has(table)) throw new Error(`unknown table ${table}`);
  return { sql: `SELECT count(*)::INTEGER AS n FROM ${table}`, params: [] };
}
