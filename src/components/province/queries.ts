/**
 * The province profile's rules in SQL. The page itself draws from the tables' rows with no DuckDB
 * (provinceProfile.ts computes the same in JavaScript, so the first chart never waits for
 * DuckDB-wasm); these statements are the reference the tests run over the real published tables
 * (test/queries/province.test.ts), and what a reader can paste into the SQL notebook to check a
 * figure of the page. Each returns {sql, params} with `?` placeholders.
 */
import type { Query } from "../compare/queries.js";
import { MIN_PROVINCES_NATIONAL, MIN_PROVINCES_REGION } from "../shared/thresholds.js";

export type { Query };

/** The province's PAPI totals over time (official, else derived), as on the comparison page. */
export function provinceTotalsQuery(slug: string): Query {
  return {
    sql: `WITH t AS (
  SELECT f.year, f.value, f.kind, f.rank, f.rank_of,
    CASE WHEN f.rank IS NULL THEN NULL ELSE f.rank_source END AS rank_source,
    f."group", CASE WHEN f."group" IS NULL THEN NULL ELSE f.group_source END AS group_source,
    f.value_source_loc AS source_loc,
    row_number() OVER (PARTITION BY f.year ORDER BY CASE f.kind WHEN 'actual' THEN 0 ELSE 1 END) AS pick
  FROM facts f JOIN provinces p ON p.code = f.province_code
  WHERE p.slug = ? AND f.indicator_id = 'papi.total' AND f.kind IN ('actual', 'derived')
    AND f.value IS NOT NULL AND coalesce(f.rank_scope, 'national') = 'national'
)
SELECT * EXCLUDE (pick) FROM t WHERE pick = 1 ORDER BY year`,
    params: [slug],
  };
}

/** Years in which the province has sub-dimension scores, and how many provinces have them each year. */
export function subdimensionYearsQuery(slug: string): Query {
  return {
    sql: `WITH y AS (
  SELECT year, count(DISTINCT province_code) AS provinces
  FROM facts
  WHERE level = 'subdimension' AND kind = 'actual' AND value IS NOT NULL AND province_code <> '00'
  GROUP BY year
)
SELECT y.year, y.provinces, y.provinces >= ${MIN_PROVINCES_NATIONAL} AS national_distribution
FROM y
WHERE y.year IN (
  SELECT f.year FROM facts f JOIN provinces p ON p.code = f.province_code
  WHERE p.slug = ? AND f.level = 'subdimension' AND f.kind = 'actual' AND f.value IS NOT NULL
)
ORDER BY y.year`,
    params: [slug],
  };
}

/**
 * The province's sub-dimension scores in a year with their percentile among all provinces
 * (percent_rank: share of the other provinces strictly below) and n; percentile NULL when fewer
 * than MIN_PROVINCES_NATIONAL provinces have a value (no national distribution).
 */
export function subdimensionPercentilesQuery(slug: string, year: number): Query {
  return {
    sql: `WITH s AS (
  SELECT f.province_code, f.indicator_id, f.dimension, f.value,
    percent_rank() OVER (PARTITION BY f.indicator_id ORDER BY f.value) AS pr,
    count(*) OVER (PARTITION BY f.indicator_id) AS n
  FROM facts f
  WHERE f.level = 'subdimension' AND f.kind = 'actual' AND f.year = ? AND f.value IS NOT NULL
    AND f.province_code <> '00' AND coalesce(f.rank_scope, 'national') = 'national'
)
SELECT s.indicator_id, s.dimension, s.value, s.n,
  CASE WHEN s.n >= ${MIN_PROVINCES_NATIONAL} THEN s.pr END AS percentile
FROM s JOIN provinces p ON p.code = s.province_code
WHERE p.slug = ?
ORDER BY percentile DESC NULLS LAST, s.indicator_id`,
    params: [year, slug],
  };
}

/**
 * The province's dimension scores each year against the national mean, its region's mean
 * (benchmarks, shown when enough provinces have a value) and the best province of the year.
 */
export function dimensionContextQuery(slug: string): Query {
  return {
    sql: `WITH me AS (SELECT code, region_id FROM provinces WHERE slug = ?),
d AS (
  SELECT f.province_code, f.indicator_id, f.dimension, f.year, f.value
  FROM facts f
  WHERE f.index = 'PAPI' AND f.level = 'dimension' AND f.kind = 'actual' AND f.value IS NOT NULL
    AND f.province_code <> '00' AND coalesce(f.rank_scope, 'national') = 'national'
),
best AS (
  SELECT indicator_id, year, count(*) AS n,
    arg_max(province_code, struct_pack(v := value, c := -CAST(province_code AS INTEGER))) AS best_code,
    max(value) AS best_value
  FROM d GROUP BY indicator_id, year
)
SELECT d.indicator_id, d.dimension, d.year, d.value,
  CASE WHEN bn.n >= ${MIN_PROVINCES_NATIONAL} THEN bn.mean END AS national_mean,
  CASE WHEN br.n >= ${MIN_PROVINCES_REGION} THEN br.mean END AS region_mean,
  CASE WHEN best.n >= ${MIN_PROVINCES_NATIONAL} THEN best.best_code END AS best_code,
  CASE WHEN best.n >= ${MIN_PROVINCES_NATIONAL} THEN best.best_value END AS best_value
FROM d JOIN me ON me.code = d.province_code
JOIN best ON best.indicator_id = d.indicator_id AND best.year = d.year
LEFT JOIN benchmarks bn ON bn.index = 'PAPI' AND bn.indicator_id = d.indicator_id AND bn.year = d.year AND bn.scope = 'national'
LEFT JOIN benchmarks br ON br.index = 'PAPI' AND br.indicator_id = d.indicator_id AND br.year = d.year AND br.scope = 'region' AND br.scope_id = CAST(me.region_id AS VARCHAR)
ORDER BY d.dimension, d.year`,
    params: [slug],
  };
}

/** The province's plan targets (kind target), as printed. */
export function targetsQuery(slug: string): Query {
  return {
    sql: `SELECT f.indicator_id, f.year, f.value, f.rank, f.rank_of, f.rank_scope, f."group", f.comparator, f.value_source_loc AS source_loc
FROM facts f JOIN provinces p ON p.code = f.province_code
WHERE p.slug = ? AND f.kind = 'target'
ORDER BY f.year, f.indicator_id, f.rank_scope, f.rank NULLS FIRST`,
    params: [slug],
  };
}
