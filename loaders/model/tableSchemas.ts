/**
 * The published tables and their column types: one description drives the Arrow, CSV and
 * Parquet outputs, the SQL notebook's schema list and the data page.
 */
export type ColumnType = "string" | "int" | "float" | "bool";

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  doc: string;
  /** few distinct values: dictionary-encoded in Arrow (smaller files, same values) */
  dict?: boolean;
}

export interface TableSpec {
  name: TableName;
  doc_vi: string;
  doc_en: string;
  columns: ColumnSpec[];
}

export type TableName =
  | "scores"
  | "facts"
  | "provinces"
  | "indicators"
  | "sources"
  | "issues"
  | "benchmarks"
  | "coverage"
  | "plans"
  | "plan_targets"
  | "plan_tasks"
  | "plan_agencies";

const s = (name: string, doc: string): ColumnSpec => ({ name, type: "string", doc });
const d = (name: string, doc: string): ColumnSpec => ({ name, type: "string", doc, dict: true });
const i = (name: string, doc: string): ColumnSpec => ({ name, type: "int", doc });
const f = (name: string, doc: string): ColumnSpec => ({ name, type: "float", doc });
const b = (name: string, doc: string): ColumnSpec => ({ name, type: "bool", doc });

export const TABLES: Record<TableName, TableSpec> = {
  scores: {
    name: "scores",
    doc_vi: "Mọi con số đọc được từ mọi nguồn (một dòng mỗi con số, kèm nguồn và vị trí).",
    doc_en: "Every figure read from every source (one row per figure, with its source and location).",
    columns: [
      d("index", "PAPI | PAR_INDEX | SIPAS"),
      d("province_code", "GSO code; 00 = national"),
      i("year", "survey year"),
      d("indicator_id", "semantic indicator id (see indicators)"),
      d("level", "total | dimension | subdimension | indicator (survey indicator)"),
      i("dimension", "1–8; empty for totals"),
      d("kind", "actual | target | derived"),
      f("value", "the figure; empty when missing (never 0)"),
      s("value_text", "the figure as printed, dot decimal, source precision"),
      d("unit", "points | percent | share (0–1) | rating | thousand_vnd | km | minutes | count"),
      i("rank", "rank"),
      i("rank_of", "how many were ranked"),
      d("rank_scope", "national | northwest | region"),
      d("group", "CN | TBC | TBT | TN"),
      d("group_source", "published | computed"),
      d("rank_source", "published | computed"),
      d("comparator", "targets: eq | gte (at least) | lte (rank at most)"),
      f("stated_change", "targets: the increase the plan states"),
      i("stated_base_year", "targets: the year that increase is stated against"),
      d("source_id", "source file (see sources)"),
      s("source_loc", "file:line or sheet!cell"),
      d("note", "how a derived value was derived, words matched, …"),
      f("ci_low", "95 % confidence interval, lower bound, as the source prints it"),
      f("ci_high", "95 % confidence interval, upper bound"),
      f("se", "standard error"),
      f("variance", "variance (2019 sheet: dimensions)"),
      i("sample_size", "respondents behind the province-year (on its total)"),
    ],
  },
  facts: {
    name: "facts",
    doc_vi: "Mỗi con số một dòng sau khi đối chiếu các nguồn: giá trị được ưu tiên, thứ hạng và nhóm (công bố hoặc tính toán).",
    doc_en: "One row per figure after reconciling sources: the preferred value, rank and group (published or computed).",
    columns: [
      d("index", "PAPI | PAR_INDEX | SIPAS"),
      d("province_code", "GSO code; 00 = national"),
      i("year", "survey year"),
      d("indicator_id", "semantic indicator id"),
      d("level", "total | dimension | subdimension | indicator (survey indicator)"),
      i("dimension", "1–8; empty for totals"),
      d("kind", "actual | target | derived"),
      d("rank_scope", "national | northwest | region"),
      f("value", "preferred value (official workbook > CSV panel > plan document)"),
      s("value_text", "value as printed"),
      d("unit", "points | percent | share (0–1) | rating | thousand_vnd | km | minutes | count"),
      d("value_source_id", "source of the value shown"),
      s("value_source_loc", "its location"),
      i("rank", "published rank, else computed when ≥ 50 provinces have a value"),
      i("rank_of", "how many were ranked"),
      d("rank_source", "published | computed"),
      d("group", "CN | TBC | TBT | TN"),
      d(
        "group_source",
        "published (by a source, or from a published score band: see note) | computed (quartiles of the provinces with a score; PAPI's own cut rule unverified)",
      ),
      d("comparator", "targets: eq | gte | lte"),
      f("stated_change", "targets: the increase the plan states"),
      i("stated_base_year", "targets: the year that increase is stated against"),
      s("sources", "every source giving this figure: id@location; …"),
      i("n_sources", "number of sources"),
      b("conflict", "sources disagree beyond rounding"),
      d("note", "notes"),
      f("ci_low", "95 % confidence interval, lower bound, as the source prints it"),
      f("ci_high", "95 % confidence interval, upper bound"),
      f("se", "standard error"),
      f("variance", "variance (2019 sheet: dimensions)"),
      i("sample_size", "respondents behind the province-year (on its total)"),
    ],
  },
  provinces: {
    name: "provinces",
    doc_vi: "63 tỉnh, thành phố trước sáp nhập 2025: mã GSO, tên, vùng, nhóm Tây Bắc, đơn vị sau 1/7/2025.",
    doc_en: "The 63 pre-2025 provinces: GSO code, names, region, Northwest group, unit after 1 July 2025.",
    columns: [
      s("code", "GSO code"),
      s("name_vi", "Vietnamese name"),
      s("name_ascii", "ASCII name"),
      s("name_en", "English name"),
      s("slug", "URL slug"),
      i("region_id", "region 1–6"),
      s("region_vi", "region (Vietnamese)"),
      s("region_en", "region (English)"),
      b("northwest", "one of the six Northwest (Tây Bắc) provinces"),
      s("unit_2025", "unit after the 2025 merger"),
      i("tile_row", "row on the tile-grid map"),
      i("tile_col", "column on the tile-grid map"),
    ],
  },
  indicators: {
    name: "indicators",
    doc_vi: "Cây chỉ số PAPI, PAR INDEX, SIPAS với mã ngữ nghĩa và các năm áp dụng.",
    doc_en: "The PAPI, PAR INDEX and SIPAS indicator tree with semantic ids and years in force.",
    columns: [
      s("id", "semantic id"),
      s("index", "index"),
      s("level", "total | dimension | subdimension | indicator (survey indicator)"),
      i("dimension", "dimension number"),
      s("name_vi", "Vietnamese name"),
      s("name_en", "English name"),
      i("year_from", "first year in force"),
      i("year_to", "last year in force; empty = still in force"),
      s("unit", "points | percent | share (0–1) | rating | thousand_vnd | km | minutes | count"),
      f("scale_min", "scale minimum (latest year)"),
      f("scale_max", "scale maximum (latest year)"),
      s("scale_text", "survey indicators: the scale as the sheet prints it"),
      s("number", "official number in the latest year in force (2.2)"),
      s("years", "survey indicators: the years a sheet gives it"),
      s("parent", "parent indicator id"),
      b("verified", "false = not confirmed in a primary source"),
      s("note", "notes"),
    ],
  },
  sources: {
    name: "sources",
    doc_vi: "Các nguồn dữ liệu: văn bản kế hoạch, bộ dữ liệu PAPI chính thức, bảng CSV.",
    doc_en: "Data sources: plan documents, official PAPI workbooks, CSV panels.",
    columns: [
      s("id", "source id (file name)"),
      s("kind", "plan_document | official_workbook | csv_panel | computed"),
      s("file", "file name"),
      s("title", "title"),
      s("issuer", "issuer"),
      s("number", "document number"),
      s("date", "date (ISO; partial when the day is blank)"),
      s("level", "province | commune | national"),
      s("province_code", "province the document is about"),
      s("indices", "indices addressed"),
      s("sha256", "sha256 of the file"),
      i("figures", "figures read"),
      i("figures_not_used", "figures read but not used (impossible year, indicator outside its years; each has an error)"),
      s("note", "notes"),
    ],
  },
  issues: {
    name: "issues",
    doc_vi: "Báo cáo chất lượng dữ liệu: lỗi, cảnh báo, thông tin, kèm vị trí tệp:dòng.",
    doc_en: "Data-quality findings: errors, warnings and notes with their file:line.",
    columns: [
      d("kind", "finding kind"),
      d("severity", "error | warning | info"),
      s("message", "message"),
      s("message_vi", "the same message in Vietnamese"),
      d("source_id", "source"),
      s("source_loc", "file:line or sheet!cell"),
      d("index", "index"),
      d("province_code", "province"),
      i("year", "year"),
      d("indicator_id", "indicator"),
    ],
  },
  benchmarks: {
    name: "benchmarks",
    doc_vi: "Số liệu tham chiếu tính toán: trung bình, trung vị, nhỏ nhất, lớn nhất, n theo cả nước, vùng, Tây Bắc.",
    doc_en: "Computed benchmarks: mean, median, min, max, n for the nation, each region and the Northwest six.",
    columns: [
      d("index", "index"),
      i("year", "year"),
      d("indicator_id", "indicator"),
      d("scope", "national | region | northwest"),
      d("scope_id", "00, region id or northwest"),
      f("mean", "mean"),
      f("median", "median"),
      f("min", "minimum"),
      f("max", "maximum"),
      i("n", "provinces with a value"),
    ],
  },
  coverage: {
    name: "coverage",
    doc_vi: "Độ phủ dữ liệu: chỉ số × năm × cấp × loại × nguồn, số tỉnh và số con số.",
    doc_en: "Data coverage: index × year × level × kind × source, provinces and figures.",
    columns: [
      d("index", "index"),
      i("year", "year"),
      d("level", "level"),
      d("kind", "actual | target | derived"),
      d("source_kind", "kind of source"),
      d("source_id", "source"),
      i("provinces", "provinces with at least one figure (national figures excluded)"),
      i("figures", "figures"),
      b("national", "includes national figures"),
    ],
  },
  plans: {
    name: "plans",
    doc_vi: "Danh mục kế hoạch: số, ngày, cơ quan ban hành, cấp, tỉnh, chỉ số, năm kết quả làm căn cứ, năm mục tiêu.",
    doc_en: "The plan registry: number, date, issuer, level, province, indices, the results year it starts from, target years.",
    columns: [
      s("id", "plan document (source id)"),
      s("number", "number and symbol (117/KH-UBND); empty when left blank"),
      s("date", "date (ISO; partial when the day is blank)"),
      s("issuer", "issuing body"),
      d("level", "province | commune"),
      d("province_code", "province"),
      s("commune", "commune, for a commune plan"),
      s("indices", "indices covered (PAPI, PAR_INDEX, SIPAS)"),
      i("results_year", "the results year the plan starts from"),
      s("target_years", "years its targets are set for"),
      s("title", "title"),
      i("targets", "targets read"),
      i("tasks", "tasks read"),
      i("assignments", "agency assignments read"),
      s("source_loc", "file:line of its place-and-date line"),
    ],
  },
  plan_targets: {
    name: "plan_targets",
    doc_vi: "Mọi mục tiêu của kế hoạch (số, định tính, cam kết thực hiện) và đánh giá với kết quả: đạt / chưa đạt / chưa có kết quả / dữ liệu không đo được.",
    doc_en: "Every plan target (numeric, qualitative, operational commitment) evaluated against the outcome: met / not met / not yet known / no outcome data.",
    columns: [
      d("plan_id", "plan (see plans)"),
      s("target_id", "plan_id#n"),
      d("index", "PAPI | PAR_INDEX | SIPAS"),
      d("category", "numeric | qualitative | commitment"),
      d(
        "rule",
        "score_at_least | score_at_most | rank_at_most | group_at_least | score_improves | score_not_lower | rank_improves | rank_improves_by | high_group | no_lowest_group | raise_unmaxed | commitment",
      ),
      d("scope", "indicator | each_dimension | each_criterion"),
      d("indicator_id", "indicator (the index total for each_dimension / each_criterion)"),
      d("province_code", "province"),
      i("year", "target year"),
      i("base_year", "the year it is compared with"),
      f("value", "the figure, rank or places set"),
      d("group", "the group set"),
      d("rank_scope", "national | northwest"),
      d("comparator", "numeric targets: gte (at least) | lte (top N) | eq, as stated"),
      s("text", "the plan's words"),
      s("owner", "commitments: the owning agencies (task lead)"),
      s("source_loc", "file:line"),
      d("status", "met | not_met | not_yet_known | no_outcome_data"),
      f("outcome_value", "score in the target year"),
      d("outcome_kind", "actual | derived"),
      f("base_value", "score in the base year"),
      i("outcome_rank", "rank in the target year"),
      i("base_rank", "rank in the base year"),
      i("outcome_rank_of", "how many were ranked"),
      d("outcome_group", "group in the target year"),
      d("outcome_rank_source", "published | computed"),
      d("outcome_group_source", "published | computed"),
      s("outcome_source", "sources of the figures compared"),
      s("evaluation_vi", "the evaluation in Vietnamese"),
      s("evaluation_en", "the evaluation in English"),
    ],
  },
  plan_tasks: {
    name: "plan_tasks",
    doc_vi: "Nhiệm vụ của kế hoạch: mục, chỉ số liên quan, cơ quan chủ trì, phối hợp.",
    doc_en: "Plan tasks: section, the indicator addressed, lead and coordinating agencies.",
    columns: [
      d("plan_id", "plan"),
      s("task_id", "plan_id#tn"),
      d("index", "index"),
      s("section", "section number as printed"),
      s("section_title", "section title"),
      d("indicator_id", "indicator the section addresses; empty for general tasks"),
      s("criterion", "criterion of the area"),
      s("text", "the task"),
      s("lead_agencies", "lead agencies (registry ids; unknown names as written)"),
      s("coordinating_agencies", "coordinating agencies"),
      s("directed_agencies", "agencies the lead directs"),
      s("source_loc", "file:line"),
    ],
  },
  plan_agencies: {
    name: "plan_agencies",
    doc_vi: "Phân công cơ quan đầu mối theo chỉ số nội dung, nội dung thành phần, lĩnh vực, tiêu chí.",
    doc_en: "Lead agencies assigned to dimensions, sub-dimensions, areas and criteria.",
    columns: [
      d("plan_id", "plan"),
      d("index", "index"),
      d("indicator_id", "indicator"),
      s("criterion", "criterion (PAR INDEX)"),
      s("criterion_name", "criterion name as printed"),
      d("agency_id", "agency registry id; empty when the registry does not know it"),
      s("agency_as_written", "the name as printed"),
      d("assigned", "direct | via_dimension"),
      s("note", "note or qualification"),
      s("source_loc", "file:line"),
    ],
  },
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
