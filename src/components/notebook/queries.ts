/**
 * The SQL of the /notebook page: the worked examples (each with a Vietnamese and an English
 * title) and the schema listing. Every example runs against the published tables only —
 * DuckDB in the page cannot read URLs or files (external access is disabled in ../duckdb.ts).
 * test/queries/notebook.test.ts runs every example against the full data.
 */
import type { Text } from "../shared/i18n.js";
import { PUBLISHED_TABLES } from "../shared/tableNames.js";

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

export interface NotebookExample {
  /** stable id (used by the page's buttons and the tests) */
  id: string;
  title: Text;
  /** one line on what the result shows and how to adapt the query */
  description: Text;
  sql: string;
}

/** The tables registered in DuckDB-wasm on the notebook page, in the order they are listed. */
export const NOTEBOOK_TABLES = PUBLISHED_TABLES;

/** Columns (name and DuckDB type) of the registered tables, in table order then column order. */
export function schemaQuery(): SqlQuery {
  return {
    sql: `SELECT table_name, column_name, data_type
FROM information_schema.columns
WHERE table_schema = 'main'
ORDER BY CASE table_name ${NOTEBOOK_TABLES.map((n, i) => `WHEN '${n}' THEN ${i}`).join(" ")} ELSE 99 END, table_name, ordinal_position`,
    params: [],
  };
}

/** How many provinces the facts cover (few = only the figures embedded from plan documents). */
export function provinceCoverageQuery(): SqlQuery {
  return {
    sql: `SELECT count(DISTINCT province_code) AS provinces FROM facts WHERE province_code <> '00' AND value IS NOT NULL`,
    params: [],
  };
}

export const EXAMPLES: NotebookExample[] = [
  {
    id: "d7-fell-three-years",
    title: {
      vi: "Tỉnh có điểm D7 (Quản trị môi trường) giảm ba năm liên tiếp",
      en: "Provinces whose D7 (environmental governance) fell three years running",
    },
    description: {
      vi: "Ba lần giảm liên tiếp qua bốn năm liền nhau (so sánh năm trước với năm sau). Đổi 'papi.d7' để xem chỉ số khác.",
      en: "Three consecutive year-on-year falls over four consecutive years. Change 'papi.d7' for another indicator.",
    },
    sql: `-- Tỉnh có D7 giảm ba năm liên tiếp / Provinces whose D7 fell three years running
-- Mỗi dòng: một năm trong đoạn giảm của tỉnh / one row per year of the province's falling stretch.
WITH d7 AS (
  SELECT p.name_vi AS province, f.year, f.value
  FROM facts f
  JOIN provinces p ON p.code = f.province_code
  WHERE f.indicator_id = 'papi.d7' AND f.kind = 'actual'
    AND f.rank_scope = 'national' AND f.value IS NOT NULL
),
runs AS (
  SELECT province, year, value,
         lag(value, 1) OVER w AS v1, lag(value, 2) OVER w AS v2, lag(value, 3) OVER w AS v3,
         lag(year, 3) OVER w AS y3
  FROM d7
  WINDOW w AS (PARTITION BY province ORDER BY year)
),
fell AS (
  SELECT province, min(y3) AS fall_from, max(year) AS fall_to
  FROM runs
  WHERE year - y3 = 3 AND v3 > v2 AND v2 > v1 AND v1 > value
  GROUP BY province
)
SELECT d7.province, d7.year, round(d7.value, 2) AS d7,
       fell.fall_from, fell.fall_to
FROM fell
JOIN d7 ON d7.province = fell.province AND d7.year BETWEEN fell.fall_from AND fell.fall_to
ORDER BY d7.province, d7.year`,
  },
  {
    id: "top-10-latest",
    title: {
      vi: "10 tỉnh có điểm PAPI tổng hợp cao nhất năm gần nhất",
      en: "Top 10 PAPI totals in the latest year",
    },
    description: {
      vi: "Năm gần nhất có điểm tổng hợp chính thức; thứ hạng công bố hoặc tính toán (rank_source).",
      en: "The latest year with official totals; rank published or computed (rank_source).",
    },
    sql: `-- 10 tỉnh điểm tổng hợp cao nhất năm gần nhất / Top 10 totals in the latest year
WITH latest AS (
  SELECT max(year) AS year FROM facts
  WHERE indicator_id = 'papi.total' AND kind = 'actual' AND province_code <> '00' AND value IS NOT NULL
)
SELECT p.name_vi AS province, f.year, round(f.value, 2) AS total,
       f.rank, f.rank_of, f.rank_source, f."group", f.group_source
FROM facts f
JOIN provinces p ON p.code = f.province_code
JOIN latest USING (year)
WHERE f.indicator_id = 'papi.total' AND f.kind = 'actual'
  AND f.rank_scope = 'national' AND f.value IS NOT NULL
ORDER BY f.value DESC
LIMIT 10`,
  },
  {
    id: "lao-cai-vs-national",
    title: {
      vi: "Lào Cai so với trung bình toàn quốc theo từng chỉ số nội dung",
      en: "Lào Cai vs the national mean per dimension",
    },
    description: {
      vi: "Năm gần nhất có điểm của Lào Cai; n = số tỉnh dùng để tính trung bình. Đổi 'lao-cai' thành tỉnh khác.",
      en: "The latest year with Lào Cai's scores; n = provinces in the mean. Change 'lao-cai' for another province.",
    },
    sql: `-- Lào Cai so với trung bình toàn quốc / Lào Cai vs the national mean
WITH chosen AS (SELECT code FROM provinces WHERE slug = 'lao-cai'),
latest AS (
  SELECT max(f.year) AS year FROM facts f JOIN chosen c ON c.code = f.province_code
  WHERE f.level = 'dimension' AND f.kind = 'actual' AND f.value IS NOT NULL
)
SELECT i.dimension, i.name_vi AS dimension_vi, i.name_en AS dimension_en, f.year,
       round(f.value, 2) AS province_value,
       round(b.mean, 2) AS national_mean,
       round(f.value - b.mean, 2) AS difference,
       b.n
FROM facts f
JOIN chosen c ON c.code = f.province_code
JOIN latest USING (year)
JOIN indicators i ON i.id = f.indicator_id
LEFT JOIN benchmarks b ON b.indicator_id = f.indicator_id AND b.year = f.year AND b.scope = 'national'
WHERE f.level = 'dimension' AND f.kind = 'actual' AND f.rank_scope = 'national' AND f.value IS NOT NULL
ORDER BY i.dimension`,
  },
  {
    id: "source-conflicts",
    title: {
      vi: "Chênh lệch và xung đột giữa các nguồn",
      en: "Disagreements and conflicts between sources",
    },
    description: {
      vi: "Mọi con số có từ hai nguồn trở lên mà giá trị hoặc thứ hạng khác nhau, kèm cờ conflict (vượt sai số làm tròn) và phát hiện trong bảng issues.",
      en: "Every figure given by two or more sources whose values or ranks differ, with the conflict flag (beyond rounding) and the findings in the issues table.",
    },
    sql: `-- Xung đột giữa các nguồn / Conflicts between sources
-- Con số có từ hai nguồn trở lên: giá trị chênh quá sai số làm tròn (0,005),
-- thứ hạng hoặc nhóm khác nhau, cờ conflict trong facts, hoặc phát hiện "conflict" trong issues.
-- Figures given by two or more sources: values apart by more than rounding (0.005),
-- different ranks or groups, the facts conflict flag, or a "conflict" finding in issues.
WITH multi AS (
  SELECT index, province_code, year, indicator_id, kind, rank_scope,
         count(DISTINCT source_id) AS n_sources,
         min(value) AS min_value, max(value) AS max_value,
         min(rank) AS min_rank, max(rank) AS max_rank,
         min("group") AS min_group, max("group") AS max_group,
         string_agg(DISTINCT source_id, '; ') AS sources
  FROM scores
  GROUP BY ALL
  HAVING count(DISTINCT source_id) > 1
),
flags AS (
  SELECT index, province_code, year, indicator_id, kind, rank_scope, bool_or(conflict) AS conflict
  FROM facts GROUP BY ALL
),
findings AS (
  SELECT province_code, year, indicator_id, string_agg(message, ' | ') AS finding
  FROM issues WHERE kind = 'conflict' GROUP BY ALL
)
SELECT m.index, coalesce(p.name_vi, 'Toàn quốc') AS province, m.year, m.indicator_id, m.kind,
       m.rank_scope, m.n_sources,
       round(m.max_value - m.min_value, 4) AS value_spread,
       m.min_rank, m.max_rank, m.min_group, m.max_group,
       coalesce(fl.conflict, false) AS conflict,
       fi.finding, m.sources
FROM multi m
LEFT JOIN provinces p ON p.code = m.province_code
LEFT JOIN flags fl ON fl.index = m.index AND fl.province_code = m.province_code AND fl.year = m.year
                  AND fl.indicator_id = m.indicator_id AND fl.kind = m.kind
                  AND fl.rank_scope IS NOT DISTINCT FROM m.rank_scope
LEFT JOIN findings fi ON fi.province_code = m.province_code AND fi.year = m.year AND fi.indicator_id = m.indicator_id
WHERE m.max_value - m.min_value > 0.0051
   OR m.max_rank > m.min_rank
   OR m.max_group > m.min_group
   OR fl.conflict
   OR fi.finding IS NOT NULL
ORDER BY conflict DESC, fi.finding IS NULL, value_spread DESC NULLS LAST, m.year, province`,
  },
  {
    id: "bottom-quartile-subdimensions",
    title: {
      vi: "Chỉ số thành phần mà Lào Cai thuộc nhóm 25% thấp nhất",
      en: "Sub-dimensions where Lào Cai is in the bottom quartile",
    },
    description: {
      vi: "So với tứ phân vị thứ nhất của các tỉnh cùng năm (chỉ những năm có số liệu của ít nhất 50 tỉnh). Đổi 'lao-cai' thành tỉnh khác.",
      en: "Against the first quartile of all provinces that year (years with at least 50 provinces only). Change 'lao-cai' for another province.",
    },
    sql: `-- Chỉ số thành phần thuộc nhóm 25% thấp nhất / Sub-dimensions in the bottom quartile
WITH chosen AS (SELECT code FROM provinces WHERE slug = 'lao-cai'),
sub AS (
  SELECT f.province_code, f.year, f.indicator_id, f.value
  FROM facts f
  WHERE f.level = 'subdimension' AND f.kind = 'actual' AND f.rank_scope = 'national'
    AND f.value IS NOT NULL AND f.province_code <> '00'
),
quartiles AS (
  SELECT year, indicator_id, count(*) AS n, quantile_cont(value, 0.25) AS q1
  FROM sub GROUP BY year, indicator_id
  HAVING count(*) >= 50
),
ranked AS (
  SELECT province_code, year, indicator_id, value,
         rank() OVER (PARTITION BY year, indicator_id ORDER BY value DESC) AS rank_in_year
  FROM sub
)
SELECT r.year, i.dimension, i.name_vi AS subdimension_vi, i.name_en AS subdimension_en,
       round(r.value, 2) AS value, round(q.q1, 2) AS first_quartile,
       r.rank_in_year, q.n
FROM ranked r
JOIN chosen c ON c.code = r.province_code
JOIN quartiles q ON q.year = r.year AND q.indicator_id = r.indicator_id
JOIN indicators i ON i.id = r.indicator_id
WHERE r.value <= q.q1
ORDER BY r.year, i.dimension, r.indicator_id`,
  },
  {
    id: "northwest-six-dimension-trend",
    title: {
      vi: "Xu hướng tổng 6 chỉ số nội dung 2011–2024 của các tỉnh Tây Bắc",
      en: "Six-dimension total trend 2011–2024 for the Northwest",
    },
    description: {
      vi: "Tổng D1–D6 (do PAPI Explorer tính, chuỗi duy nhất so sánh được qua năm 2018) của sáu tỉnh Tây Bắc.",
      en: "The D1–D6 total (computed by PAPI Explorer, the only series comparable across 2018) of the six Northwest provinces.",
    },
    sql: `-- Tổng 6 chỉ số nội dung, Tây Bắc / Six-dimension total, Northwest
SELECT f.year, p.name_vi AS province, round(f.value, 2) AS total_6d
FROM facts f
JOIN provinces p ON p.code = f.province_code
WHERE p.northwest AND f.indicator_id = 'papi.total_6d'
  AND f.value IS NOT NULL AND f.year BETWEEN 2011 AND 2024
ORDER BY f.year, province`,
  },
  {
    id: "biggest-movers",
    title: {
      vi: "Tỉnh tăng, giảm điểm tổng hợp nhiều nhất so với năm trước",
      en: "Biggest year-on-year movers of the PAPI total",
    },
    description: {
      vi: "Năm gần nhất so với năm trước đó (chỉ điểm chính thức, cùng thang 8 chỉ số nội dung).",
      en: "The latest year against the year before (official scores only, both on the 8-dimension scale).",
    },
    sql: `-- Tăng, giảm nhiều nhất / Biggest movers
WITH t AS (
  SELECT p.name_vi AS province, f.year, f.value
  FROM facts f JOIN provinces p ON p.code = f.province_code
  WHERE f.indicator_id = 'papi.total' AND f.kind = 'actual'
    AND f.rank_scope = 'national' AND f.value IS NOT NULL
),
latest AS (SELECT max(year) AS year FROM t)
SELECT cur.province, round(cur.value - prev.value, 2) AS change,
       prev.year AS previous_year, round(prev.value, 2) AS previous,
       cur.year, round(cur.value, 2) AS latest
FROM t cur
JOIN latest ON cur.year = latest.year
JOIN t prev ON prev.province = cur.province AND prev.year = cur.year - 1
ORDER BY abs(cur.value - prev.value) DESC
LIMIT 15`,
  },
  {
    id: "coverage-by-year",
    title: {
      vi: "Dữ liệu có gì: số tỉnh và số con số theo năm và cấp chỉ số",
      en: "What the data holds: provinces and figures per year and level",
    },
    description: {
      vi: "Từ bảng coverage: nguồn nào cho bao nhiêu con số mỗi năm.",
      en: "From the coverage table: how many figures each kind of source gives per year.",
    },
    sql: `-- Độ phủ dữ liệu / Data coverage
SELECT year, level, kind, source_kind,
       max(provinces) AS provinces, CAST(sum(figures) AS INTEGER) AS figures
FROM coverage
WHERE index = 'PAPI'
GROUP BY ALL
ORDER BY year, level, kind, source_kind`,
  },
  {
    id: "plan-targets-outcomes",
    title: {
      vi: "Mục tiêu của các kế hoạch và kết quả: đạt, chưa đạt, chưa có kết quả",
      en: "Plan targets and their outcomes: met, not met, not yet known",
    },
    description: {
      vi: "Mỗi mục tiêu (trừ cam kết thực hiện) với quy tắc so sánh, kết quả và số liệu đối chiếu. Bỏ điều kiện category để xem cả cam kết.",
      en: "Every target (commitments aside) with its comparison rule, outcome and the figures compared. Drop the category condition to see commitments too.",
    },
    sql: `-- Mục tiêu của kế hoạch và kết quả / plan targets and their outcomes
SELECT p.number, pr.name_vi AS province, t.category, t.rule, t.indicator_id, t.year, t.base_year,
       t.status, t.evaluation_vi, t.source_loc
FROM plan_targets t
JOIN plans p ON p.id = t.plan_id
LEFT JOIN provinces pr ON pr.code = t.province_code
WHERE t.category <> 'commitment'
ORDER BY pr.name_vi, t.year, t.target_id`,
  },
];

/** The example whose SQL is exactly `sql` (after trimming), if any. */
export function exampleFor(sql: string): NotebookExample | undefined {
  const s = sql.trim();
  return EXAMPLES.find((e) => e.sql.trim() === s);
}
