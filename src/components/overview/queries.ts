/**
 * The overview's selections in SQL. The page itself draws from the tables' rows with no DuckDB
 * (overview.ts computes the same in JavaScript, so the first chart never waits for DuckDB-wasm);
 * these statements are the reference that test/queries/overview.test.ts runs over the real
 * published tables, and what the page shows a reader under "SQL" to re-run in the SQL notebook.
 * Each returns {sql, params} with `?` placeholders.
 */
export interface Query {
  sql: string;
  params: unknown[];
}

/** One total per province: the actual one, else the derived one (national "00" and Northwest ranks excluded). */
const PICKED_TOTALS = `picked AS (
  SELECT f.province_code, f.year, f.value, f.kind, f.rank, f.rank_of,
    CASE WHEN f.rank IS NULL THEN NULL ELSE f.rank_source END AS rank_source,
    f."group", CASE WHEN f."group" IS NULL THEN NULL ELSE f.group_source END AS group_source,
    row_number() OVER (PARTITION BY f.province_code, f.year ORDER BY CASE f.kind WHEN 'actual' THEN 0 ELSE 1 END) AS pick
  FROM facts f
  WHERE f."index" = ? AND f.indicator_id = ? AND f.level = 'total'
    AND f.kind IN ('actual', 'derived') AND f.value IS NOT NULL
    AND f.province_code <> '00' AND coalesce(f.rank_scope, 'national') = 'national'
)`;

/** The year's ranking: every province with a total, best first. */
export function rankingQuery(index: string, year: number, indicator: string): Query {
  return {
    sql: `WITH ${PICKED_TOTALS}
SELECT p.code, p.name_vi, p.name_en, p.slug, p.region_id, t.value, t.kind,
  t.rank, t.rank_of, t.rank_source, t."group", t.group_source
FROM picked t JOIN provinces p ON p.code = t.province_code
WHERE t.pick = 1 AND t.year = ?
ORDER BY t.value DESC, p.name_vi`,
    params: [index, indicator, year],
  };
}

/** Provinces with no total that year. */
export function missingProvincesQuery(index: string, year: number, indicator: string): Query {
  return {
    sql: `WITH ${PICKED_TOTALS}
SELECT p.code, p.name_vi, p.name_en
FROM provinces p
WHERE p.code NOT IN (SELECT province_code FROM picked WHERE pick = 1 AND year = ?)
ORDER BY p.name_vi`,
    params: [index, indicator, year],
  };
}

/** The year's dimension scores per province (the stacked bars). */
export function dimensionScoresQuery(index: string, year: number): Query {
  return {
    sql: `SELECT f.province_code, f.dimension, f.indicator_id, f.value
FROM facts f
WHERE f."index" = ? AND f.year = ? AND f.level = 'dimension' AND f.kind = 'actual'
  AND f.value IS NOT NULL AND f.province_code <> '00' AND coalesce(f.rank_scope, 'national') = 'national'
ORDER BY f.province_code, f.dimension`,
    params: [index, year],
  };
}

/**
 * The mean of the provinces' totals per year (the same totals as the ranking; national "00" rows
 * excluded), for years with at least `minN` provinces.
 */
export function nationalTrendQuery(index: string, indicator: string, minN: number): Query {
  return {
    sql: `WITH ${PICKED_TOTALS}
SELECT year, avg(value) AS mean, count(*)::INTEGER AS n,
  (count(*) FILTER (WHERE kind <> 'actual'))::INTEGER AS n_derived
FROM picked
WHERE pick = 1 AND province_code IN (SELECT code FROM provinces)
GROUP BY year
HAVING count(*) >= ?
ORDER BY year`,
    params: [index, indicator, minN],
  };
}

/** National figures published in documents (province_code "00"). */
export function publishedNationalQuery(index: string, indicator: string): Query {
  return {
    sql: `SELECT year, value, coalesce(value_source_loc, value_source_id) AS source
FROM facts
WHERE "index" = ? AND indicator_id = ? AND province_code = '00' AND kind = 'actual' AND value IS NOT NULL
ORDER BY year`,
    params: [index, indicator],
  };
}

/** The computed national benchmark (actual totals only) — a cross-check of the trend. */
export function nationalBenchmarkQuery(index: string, indicator: string): Query {
  return {
    sql: `SELECT year, mean, n FROM benchmarks
WHERE "index" = ? AND indicator_id = ? AND scope = 'national'
ORDER BY year`,
    params: [index, indicator],
  };
}

/** What is present: index × year × level × source. */
export function coverageQuery(): Query {
  return {
    sql: `SELECT "index", year, level, kind, source_kind, source_id, provinces, figures, national
FROM coverage
ORDER BY "index", year, level, source_kind, kind`,
    params: [],
  };
}

/** A statement with its parameters written in, for a reader to paste into the SQL notebook. */
export function inlineSql(q: Query): string {
  let i = 0;
  return q.sql.replace(/\?/g, () => {
    const v = q.params[i++];
    if (v === null || v === undefined) return "NULL";
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    return `'${String(v).replace(/'/g, "''")}'`;
  });
}
