import type { SeriesBreak } from "../shared/tableRows.js";
/**
 * The SQL of the /indicators page (one indicator across provinces and years). Every function
 * returns `{sql, params}` with `?` placeholders, run by DuckDB-wasm in the page (query() from
 * ../duckdb.ts) and by DuckDB in Node in test/queries/indicators.test.ts. The page draws its first
 * view from plain rows with the same logic in ../indicatorData.ts (no DuckDB needed); the test
 * checks that both give the same answer.
 */

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/** What the page shows: one indicator, a year range, and the provinces to highlight. */
export interface IndicatorSelection {
  indicator: string;
  /** province slugs to highlight */
  provinces: string[];
  from: number;
  to: number;
}

/** A series break declared in taxonomy.json ("breaks"): the library's own type. */
export type DeclaredBreak = SeriesBreak;

/**
 * One value per province and year: the actual figure, or the derived one where no actual
 * exists (PAPI totals of 2017 and 2018 are only derived: the sum of the dimensions). National
 * figures ("00") are left out (the join with provinces keeps the 63 provinces only), and so are
 * Northwest-scope rows, targets and empty values — a province without a score has no row
 * (never a 0).
 */
const DISTRIBUTION_CTE = `dist AS (
  SELECT f.province_code, p.slug, p.name_vi, p.name_en, p.region_id, p.northwest,
         CAST(f.year AS INTEGER) AS year, f.value, f.kind,
         f.rank, f.rank_of, f.rank_source, f."group", f.group_source
  FROM facts f
  JOIN provinces p ON p.code = f.province_code
  WHERE f.indicator_id = ?
    AND f.year BETWEEN ? AND ?
    AND f.kind IN ('actual', 'derived')
    AND f.value IS NOT NULL
    AND f.rank_scope IS DISTINCT FROM 'northwest'
  QUALIFY row_number() OVER (
    PARTITION BY f.province_code, f.year
    ORDER BY CASE f.kind WHEN 'actual' THEN 0 ELSE 1 END
  ) = 1
)`;

function range(sel: IndicatorSelection): [number, number] {
  return sel.from <= sel.to ? [sel.from, sel.to] : [sel.to, sel.from];
}

/** Every province's value per year (one row each), with `highlighted` for the chosen provinces. */
export function distributionQuery(sel: IndicatorSelection): SqlQuery {
  const [from, to] = range(sel);
  return {
    sql: `WITH ${DISTRIBUTION_CTE}
SELECT dist.*, list_contains(string_split(?, ','), slug) AS highlighted
FROM dist
ORDER BY year, province_code`,
    params: [sel.indicator, from, to, sel.provinces.join(",")],
  };
}

/**
 * The national mean per year. `mean` is the mean of the values drawn (so it matches the dots);
 * `bench_mean`/`bench_n` are the published benchmarks table (computed over actual values only),
 * `from_benchmarks` says whether both cover the same provinces. `published_mean` is a national
 * figure printed in a document (province "00"), e.g. 43.78 for the 2018 total.
 */
export function meanQuery(sel: IndicatorSelection): SqlQuery {
  const [from, to] = range(sel);
  return {
    sql: `WITH ${DISTRIBUTION_CTE},
agg AS (
  SELECT year, count(*) AS n, avg(value) AS mean, bool_or(kind = 'derived') AS has_derived
  FROM dist GROUP BY year
),
bench AS (
  SELECT CAST(year AS INTEGER) AS year, mean, n FROM benchmarks
  WHERE indicator_id = ? AND scope = 'national'
),
published AS (
  SELECT CAST(year AS INTEGER) AS year, max(value) AS value FROM facts
  WHERE indicator_id = ? AND province_code = '00' AND kind = 'actual' AND value IS NOT NULL
  GROUP BY year
)
SELECT agg.year, agg.n,
       CASE WHEN bench.n = agg.n THEN bench.mean ELSE agg.mean END AS mean,
       coalesce(bench.n = agg.n, false) AS from_benchmarks,
       bench.mean AS bench_mean, bench.n AS bench_n,
       published.value AS published_mean,
       agg.has_derived
FROM agg
LEFT JOIN bench ON bench.year = agg.year
LEFT JOIN published ON published.year = agg.year
ORDER BY agg.year`,
    params: [sel.indicator, from, to, sel.indicator, sel.indicator],
  };
}

/**
 * Where the series of `indicator` breaks: the breaks declared in taxonomy.json (passed in, as
 * they are not a table) joined with the structural ones found in the indicators table — a
 * year in which a part (child indicator) enters or leaves, e.g. D7 and D8 joining the total in
 * 2018 (6 → 8 dimensions). `year` is the first year of the new series; `verified` is false
 * when the taxonomy or the part says so; `origin` is taxonomy | structure | both.
 */
export function breaksQuery(indicator: string, declared: readonly DeclaredBreak[]): SqlQuery {
  const mine = declared.filter((b) => b.indicator === indicator);
  const values = mine.length
    ? `SELECT * FROM (VALUES ${mine.map(() => "(CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BOOLEAN))").join(", ")}) AS t(year, reason_vi, reason_en, verified)`
    : `SELECT CAST(NULL AS INTEGER) AS year, CAST(NULL AS VARCHAR) AS reason_vi, CAST(NULL AS VARCHAR) AS reason_en, CAST(NULL AS BOOLEAN) AS verified WHERE false`;
  const params: unknown[] = [indicator];
  for (const b of mine) params.push(b.year, b.reason_vi, b.reason_en, b.verified !== false);
  return {
    sql: `WITH ind AS (
  SELECT id, year_from, year_to FROM indicators WHERE id = ?
),
changes AS (
  SELECT CAST(c.year_from AS INTEGER) AS year, 0 AS change, c.name_vi, c.name_en, c.verified
  FROM indicators c JOIN ind ON c.parent = ind.id
  WHERE c.year_from > ind.year_from AND (ind.year_to IS NULL OR c.year_from <= ind.year_to)
  UNION ALL
  SELECT CAST(c.year_to + 1 AS INTEGER), 1, c.name_vi, c.name_en, c.verified
  FROM indicators c JOIN ind ON c.parent = ind.id
  WHERE c.year_to IS NOT NULL AND (ind.year_to IS NULL OR c.year_to < ind.year_to)
),
structure AS (
  SELECT year,
    'Thay đổi thành phần: ' || string_agg(CASE change WHEN 0 THEN 'thêm ' ELSE 'bỏ ' END || name_vi, '; ' ORDER BY change, name_vi) AS reason_vi,
    'Parts changed: ' || string_agg(CASE change WHEN 0 THEN 'added ' ELSE 'dropped ' END || name_en, '; ' ORDER BY change, name_en) AS reason_en,
    bool_and(coalesce(verified, true)) AS verified
  FROM changes GROUP BY year
),
declared AS (${values})
SELECT coalesce(d.year, s.year) AS year,
       coalesce(d.reason_vi, s.reason_vi) AS reason_vi,
       coalesce(d.reason_en, s.reason_en) AS reason_en,
       coalesce(d.verified, true) AND coalesce(s.verified, true) AS verified,
       CASE WHEN d.year IS NOT NULL AND s.year IS NOT NULL THEN 'both'
            WHEN d.year IS NOT NULL THEN 'taxonomy' ELSE 'structure' END AS origin
FROM declared d
FULL OUTER JOIN structure s ON s.year = d.year
ORDER BY year`,
    params,
  };
}
