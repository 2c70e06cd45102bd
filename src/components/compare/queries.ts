/**
 * The SQL of the comparison page (/compare), run by DuckDB-wasm in the page on every selection
 * change (over the tables registered with sqlTables(["facts", "provinces", "benchmarks",
 * "indicators"])) and by test/queries/compare.test.ts in Node over the real published tables.
 * Each function returns {sql, params} with `?` placeholders. A list of provinces is passed as one
 * comma-separated string of slugs (prepared statements bind scalars only).
 *
 * The same rules are written in JavaScript in compareView.ts, for the page's first view (drawn
 * before DuckDB has started); the tests check that both give the same rows.
 */
export interface Query {
  sql: string;
  params: unknown[];
}

/** The selected provinces (a comma-separated list of slugs bound to the first `?`). */
const SELECTED = `sel AS (
  SELECT code, slug, name_vi, name_en, region_id
  FROM provinces
  WHERE list_contains(string_split(?, ','), slug)
)`;

/** A figure of national scope (not a Northwest rank row). */
const NATIONAL_SCOPE = `coalesce(f.rank_scope, 'national') = 'national'`;

export function slugList(slugs: readonly string[]): string {
  return slugs.join(",");
}

/**
 * PAPI totals over time for the selected provinces: the official total (kind actual), else the
 * derived one (2017–2018: the panel compiler's sum of dimensions), with its rank and group and
 * whether each was published or computed.
 */
export function totalsQuery(slugs: readonly string[]): Query {
  return {
    sql: `WITH ${SELECTED},
t AS (
  SELECT s.slug, s.name_vi, s.name_en, f.province_code, f.year, f.value, f.kind,
    f.rank, f.rank_of,
    CASE WHEN f.rank IS NULL THEN NULL ELSE f.rank_source END AS rank_source,
    f."group",
    CASE WHEN f."group" IS NULL THEN NULL ELSE f.group_source END AS group_source,
    f.value_source_id AS source_id, f.value_source_loc AS source_loc, f.note,
    row_number() OVER (PARTITION BY f.province_code, f.year ORDER BY CASE f.kind WHEN 'actual' THEN 0 ELSE 1 END) AS pick
  FROM facts f JOIN sel s ON s.code = f.province_code
  WHERE f.indicator_id = 'papi.total' AND f.kind IN ('actual', 'derived')
    AND f.value IS NOT NULL AND ${NATIONAL_SCOPE}
)
SELECT * EXCLUDE (pick) FROM t WHERE pick = 1 ORDER BY slug, year`,
    params: [slugList(slugs)],
  };
}

/** The eight (six before 2018) dimension scores of the selected provinces in one year, with the national mean. */
export function dimensionsQuery(slugs: readonly string[], year: number): Query {
  return {
    sql: `WITH ${SELECTED}
SELECT s.slug, s.name_vi, s.name_en, f.province_code, f.indicator_id, f.dimension, f.value,
  f.rank, f.rank_of,
  CASE WHEN f.rank IS NULL THEN NULL ELSE f.rank_source END AS rank_source,
  f."group",
  CASE WHEN f."group" IS NULL THEN NULL ELSE f.group_source END AS group_source,
  b.mean AS national_mean, b.n AS national_n,
  f.value_source_loc AS source_loc
FROM facts f
JOIN sel s ON s.code = f.province_code
LEFT JOIN benchmarks b ON b.index = f.index AND b.indicator_id = f.indicator_id AND b.year = f.year AND b.scope = 'national'
WHERE f.index = 'PAPI' AND f.level = 'dimension' AND f.kind = 'actual' AND f.year = ?
  AND f.value IS NOT NULL AND ${NATIONAL_SCOPE}
ORDER BY f.dimension, s.slug`,
    params: [slugList(slugs), year],
  };
}

/** Provinces × sub-dimensions in one year (the heatmap), with the sub-dimension names. */
export function heatmapQuery(slugs: readonly string[], year: number): Query {
  return {
    sql: `WITH ${SELECTED}
SELECT s.slug, s.name_vi, s.name_en, f.province_code, f.indicator_id, f.dimension,
  i.name_vi AS indicator_vi, i.name_en AS indicator_en, f.value,
  f.value_source_loc AS source_loc
FROM facts f
JOIN sel s ON s.code = f.province_code
LEFT JOIN indicators i ON i.id = f.indicator_id
WHERE f.index = 'PAPI' AND f.level = 'subdimension' AND f.kind = 'actual' AND f.year = ?
  AND f.value IS NOT NULL AND ${NATIONAL_SCOPE}
ORDER BY f.dimension, f.indicator_id, s.slug`,
    params: [slugList(slugs), year],
  };
}

/** Province A minus province B for each dimension in one year (dimensions both have). */
export function differenceQuery(a: string, b: string, year: number): Query {
  return {
    sql: `WITH d AS (
  SELECT p.slug, f.indicator_id, f.dimension, f.value
  FROM facts f JOIN provinces p ON p.code = f.province_code
  WHERE f.index = 'PAPI' AND f.level = 'dimension' AND f.kind = 'actual' AND f.year = ?
    AND f.value IS NOT NULL AND ${NATIONAL_SCOPE}
)
SELECT a.indicator_id, a.dimension, a.value AS a_value, b.value AS b_value, a.value - b.value AS diff
FROM d a JOIN d b ON a.indicator_id = b.indicator_id
WHERE a.slug = ? AND b.slug = ?
ORDER BY a.dimension`,
    params: [year, a, b],
  };
}

/**
 * The years with PAPI figures for the selected provinces: how many of them have a total (official
 * or derived), dimension scores and sub-dimension scores each year.
 */
export function yearsQuery(slugs: readonly string[]): Query {
  return {
    sql: `WITH ${SELECTED}
SELECT f.year,
  count(DISTINCT f.province_code) FILTER (WHERE f.level = 'total') AS with_total,
  count(DISTINCT f.province_code) FILTER (WHERE f.level = 'dimension') AS with_dimensions,
  count(DISTINCT f.province_code) FILTER (WHERE f.level = 'subdimension') AS with_subdimensions
FROM facts f JOIN sel s ON s.code = f.province_code
WHERE f.index = 'PAPI' AND f.value IS NOT NULL AND ${NATIONAL_SCOPE}
  AND ((f.level = 'total' AND f.indicator_id = 'papi.total' AND f.kind IN ('actual', 'derived'))
    OR (f.level IN ('dimension', 'subdimension') AND f.kind = 'actual'))
GROUP BY f.year
ORDER BY f.year`,
    params: [slugList(slugs)],
  };
}

export type PresetKind = "region" | "northwest" | "unit";

/**
 * The provinces of a preset, in GSO-code order: the region of `first`, the Northwest six, or the
 * provinces that form the same unit after the 1 July 2025 merger as `first`.
 */
export function presetQuery(kind: PresetKind, first: string): Query {
  if (kind === "northwest") return { sql: `SELECT slug FROM provinces WHERE northwest ORDER BY code`, params: [] };
  const column = kind === "region" ? "region_id" : "unit_2025";
  return {
    sql: `SELECT slug FROM provinces WHERE ${column} = (SELECT ${column} FROM provinces WHERE slug = ?) ORDER BY code`,
    params: [first],
  };
}
