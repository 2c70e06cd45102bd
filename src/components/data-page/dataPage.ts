/**
 * The data page (src/data.md): the sources with their provenance, the quality report, the
 * downloads and the methodology. Summaries are computed here from the tables' rows (no DuckDB);
 * queries/data.ts has the same in SQL and test/queries/data.test.ts checks they agree.
 */
import type { IssueKind } from "../../../loaders/index.ts";
import * as Plot from "../../vendor/plot.js";
import { fmt, L, lang as pageLang, t, type Lang, type Text } from "../shared/i18n.js";
import { fitLabel } from "../shared/labelText.js";
import { OKABE_ITO } from "../shared/palette.js";
import { INDEX_ORDER, SOURCE_KIND_LABELS, type CoverageRow } from "../overview/overview.js";

export interface SourceRow {
  id: string;
  kind: string;
  file: string | null;
  title: string | null;
  issuer: string | null;
  number: string | null;
  date: string | null;
  level: string | null;
  province_code: string | null;
  indices: string | null;
  sha256: string | null;
  figures: number | null;
  note: string | null;
}

export interface IssueRow {
  kind: string;
  severity: string;
  message: string;
  /** The same finding in Vietnamese (absent from tables published before it existed). */
  message_vi?: string | null;
  source_id: string;
  source_loc: string;
  index: string | null;
  province_code: string | null;
  year: number | null;
  indicator_id: string | null;
}

export interface FactConflictRow {
  index: string;
  province_code: string;
  year: number;
  indicator_id: string;
  kind: string;
  value: number | null;
  value_source_id: string | null;
  sources: string | null;
  note: string | null;
  conflict: boolean | null;
  n_sources: number | null;
}

export const SEVERITIES = ["error", "warning", "info"] as const;

export const SEVERITY_LABELS: Record<string, Text> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Thông tin", en: "Note" },
};

/** What each kind of finding means, for the filter and the counts: every kind the library has. */
export const ISSUE_KIND_LABELS: Record<IssueKind, Text> = {
  unreadable: { vi: "không đọc được tệp", en: "unreadable file" },
  parse: { vi: "lỗi đọc số liệu", en: "parse error" },
  unknown_province: { vi: "tỉnh không nhận ra", en: "unknown province" },
  unknown_indicator: { vi: "chỉ số không nhận ra", en: "unknown indicator" },
  positional_match: { vi: "khớp theo vị trí", en: "matched by position" },
  out_of_range: { vi: "ngoài thang điểm", en: "out of range" },
  sum_mismatch: { vi: "tổng các phần không khớp", en: "parts do not add up" },
  plan_inconsistency: { vi: "kế hoạch không nhất quán", en: "plan inconsistency" },
  duplicate: { vi: "trùng lặp", en: "duplicate" },
  conflict: { vi: "mâu thuẫn giữa các nguồn", en: "sources disagree" },
  agreement: { vi: "các nguồn khớp nhau", en: "sources agree" },
  metadata_conflict: { vi: "thông tin văn bản mâu thuẫn", en: "conflicting metadata" },
  repeated_block: { vi: "đoạn văn bị lặp", en: "repeated block" },
  missing_value: { vi: "thiếu giá trị", en: "missing value" },
  formula_without_result: { vi: "công thức không có kết quả", en: "formula without result" },
  skipped_row: { vi: "bỏ qua dòng", en: "skipped row" },
  third_party_rank: { vi: "thứ hạng của bên thứ ba", en: "third-party rank" },
  row_classes: { vi: "số dòng theo loại", en: "rows by class" },
  unclassified_row: { vi: "dòng không phân loại được", en: "unclassified row" },
  label_mismatch: { vi: "tên tiêu đề không khớp", en: "header names do not match" },
  identical_source: { vi: "tệp trùng nội dung", en: "identical files" },
  unknown_agency: { vi: "cơ quan không nhận ra", en: "unknown agency" },
  inferred_section: { vi: "mục suy ra theo thứ tự", en: "section inferred from order" },
};

/** A kind's label; a kind this page does not know (from another version of the tables) as written. */
export function issueKindLabel(kind: string): Text | string {
  return (ISSUE_KIND_LABELS as Record<string, Text | undefined>)[kind] ?? kind;
}

export function severityRank(s: string): number {
  return s === "error" ? 0 : s === "warning" ? 1 : 2;
}

const cmp = (a: string | null | undefined, b: string | null | undefined) => ((a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0);

export interface IssueCount {
  kind: string;
  severity: string;
  n: number;
}

/** Findings by kind and severity: errors first, then the most frequent (as issueCountsQuery). */
export function issueCounts(issues: IssueRow[]): IssueCount[] {
  const m = new Map<string, IssueCount>();
  for (const i of issues) {
    const key = `${i.kind}|${i.severity}`;
    const c = m.get(key);
    if (c) c.n++;
    else m.set(key, { kind: i.kind, severity: i.severity, n: 1 });
  }
  return [...m.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.n - a.n || cmp(a.kind, b.kind));
}

/** A finding's message in the page's language: Vietnamese where the table has it, else English. */
export function issueText(i: Pick<IssueRow, "message" | "message_vi">, lang: string): string {
  return lang === "vi" && i.message_vi ? i.message_vi : i.message;
}

/** The findings of the chosen severities and kinds matching a text, errors first (as issuesQuery). */
export function filterIssues(issues: IssueRow[], severities: readonly string[], kinds: readonly string[], text = ""): IssueRow[] {
  const q = text.trim().toLowerCase();
  return issues
    .filter((i) => severities.includes(i.severity) && kinds.includes(i.kind))
    .filter((i) => !q || `${i.message} ${i.message_vi ?? ""} ${i.source_loc} ${i.source_id} ${i.indicator_id ?? ""}`.toLowerCase().includes(q))
    .sort(
      (a, b) => severityRank(a.severity) - severityRank(b.severity) || cmp(a.kind, b.kind) || cmp(a.source_id, b.source_id) || cmp(a.source_loc, b.source_loc),
    );
}

export function conflicts(facts: FactConflictRow[]): FactConflictRow[] {
  return facts
    .filter((f) => f.conflict)
    .sort((a, b) => cmp(a.index, b.index) || a.year - b.year || cmp(a.province_code, b.province_code) || cmp(a.indicator_id, b.indicator_id));
}

export function agreementCount(facts: FactConflictRow[]): number {
  return facts.filter((f) => (f.n_sources ?? 0) > 1 && !f.conflict).length;
}

export interface CoverageYear {
  index: string;
  year: number;
  total: number;
  dimension: number;
  subdimension: number;
  national: boolean;
  targets: boolean;
  source_kinds: string;
}

/** Coverage by index × year (as coverageByYearQuery). */
export function coverageByYear(coverage: CoverageRow[]): CoverageYear[] {
  const m = new Map<string, CoverageYear & { kinds: Set<string> }>();
  for (const c of coverage) {
    const key = `${c.index}|${c.year}`;
    let r = m.get(key);
    if (!r)
      m.set(
        key,
        (r = { index: c.index, year: c.year, total: 0, dimension: 0, subdimension: 0, national: false, targets: false, source_kinds: "", kinds: new Set() }),
      );
    if (c.kind === "target") r.targets = true;
    else if (c.level === "total" || c.level === "dimension" || c.level === "subdimension") r[c.level] = Math.max(r[c.level], c.provinces);
    r.national ||= !!c.national;
    r.kinds.add(c.source_kind);
  }
  return [...m.values()]
    .map(({ kinds, ...r }) => ({ ...r, source_kinds: [...kinds].sort().join(",") }))
    .sort((a, b) => INDEX_ORDER.indexOf(a.index as never) - INDEX_ORDER.indexOf(b.index as never) || a.year - b.year);
}

const SOURCE_ORDER = ["official_workbook", "csv_panel", "plan_document", "computed"];

/** Sources, official data first (as sourcesQuery). */
export function sortSources<T extends Pick<SourceRow, "kind" | "id">>(sources: T[]): T[] {
  const rank = (k: string) => (SOURCE_ORDER.includes(k) ? SOURCE_ORDER.indexOf(k) : 9);
  return [...sources].sort((a, b) => rank(a.kind) - rank(b.kind) || cmp(a.id, b.id));
}

export function sourceKindLabel(kind: string, l: Lang = pageLang): string {
  return t(SOURCE_KIND_LABELS[kind] ?? kind, l);
}

/** "1,3 MB" / "1.3 MB". */
export function formatBytes(n: number | null | undefined, l: Lang = pageLang): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${fmt(n / 1024, 1, l)} kB`;
  return `${fmt(n / 1024 / 1024, 1, l)} MB`;
}

// ---------------------------------------------------------------------------------------------
// Charts

const SEVERITY_COLORS: Record<(typeof SEVERITIES)[number], string> = { error: "#D55E00", warning: "#E69F00", info: "#56B4E9" };

/** Findings by kind, stacked by severity. */
export function issueCountsChart(counts: IssueCount[], o: { width: number; lang?: Lang }): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  // On a phone the names get less room (cut to it; whole in the tooltips) and no code.
  const narrow = o.width < 640;
  const marginLeft = narrow ? 150 : 290;
  const kindName = (k: string) => (narrow ? fitLabel(t(issueKindLabel(k), l), marginLeft - 8) : `${t(issueKindLabel(k), l)} (${k})`);
  const totals = new Map<string, number>();
  for (const c of counts) totals.set(c.kind, (totals.get(c.kind) ?? 0) + c.n);
  const order = [...totals.keys()].sort((a, b) => {
    const sa = Math.min(...counts.filter((c) => c.kind === a).map((c) => severityRank(c.severity)));
    const sb = Math.min(...counts.filter((c) => c.kind === b).map((c) => severityRank(c.severity)));
    return sa - sb || totals.get(b)! - totals.get(a)!;
  });
  const present = SEVERITIES.filter((s) => counts.some((c) => c.severity === s));
  const sevNames = present.map((s) => t(SEVERITY_LABELS[s]!, l));
  const data = counts.map((c) => ({ ...c, kindName: kindName(c.kind), sevName: t(SEVERITY_LABELS[c.severity] ?? c.severity, l) }));
  return Plot.plot({
    width: o.width,
    height: Math.max(120, order.length * 24 + 60),
    marginLeft,
    marginRight: 40,
    // A kind's severities stacked, so a bar is as long as the kind's findings; its total at its end
    // (a stack has no meaning on a log scale: there the longer part hid the shorter).
    x: { label: t({ vi: "Số phát hiện", en: "Findings" }, l), grid: true, tickFormat: (x: number) => (Number.isInteger(x) ? fmt(x, 0, l) : "") },
    y: { label: null, domain: order.map(kindName) },
    // Each severity its own colour, whichever are present (a warning is never drawn as an error).
    color: { legend: true, domain: sevNames, range: present.map((s) => SEVERITY_COLORS[s]) },
    marks: [
      Plot.barX(data, {
        x: "n",
        y: "kindName",
        fill: "sevName",
        order: (d: (typeof data)[number]) => severityRank(d.severity),
        title: (d: (typeof data)[number]) => `${t(issueKindLabel(d.kind), l)} (${d.kind}): ${d.n} (${d.sevName})`,
      }),
      Plot.text(order, { x: (k: string) => totals.get(k), y: kindName, text: (k: string) => fmt(totals.get(k)!, 0, l), dx: 4, textAnchor: "start" }),
    ],
  });
}

/** Provinces with a total per index × year, a line per index (the coverage table in a picture). */
export function coverageYearChart(rows: CoverageYear[], o: { width: number; lang?: Lang }): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const levels: Array<[keyof CoverageYear, Text]> = [
    ["total", { vi: "tổng", en: "total" }],
    ["dimension", { vi: "chỉ số nội dung", en: "dimensions" }],
    ["subdimension", { vi: "chỉ số thành phần", en: "sub-dimensions" }],
  ];
  const data = rows.flatMap((r) =>
    levels.map(([k, name]) => ({ index: r.index === "PAR_INDEX" ? "PAR INDEX" : r.index, year: r.year, level: t(name, l), provinces: r[k] as number })),
  );
  const indices = [...new Set(data.map((d) => d.index))];
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  const levelNames = levels.map(([, n]) => t(n, l));
  // Three bars (total, dimensions, sub-dimensions) side by side in each year, one row per index.
  return Plot.plot({
    width: o.width,
    height: 70 + indices.length * 120,
    marginLeft: 50,
    marginRight: 90,
    fx: { label: t(L.year, l), domain: years, padding: 0.15, tickFormat: (y: number) => String(y) },
    fy: { label: null, domain: indices },
    x: { axis: null, domain: levelNames },
    y: { label: t({ vi: "Số tỉnh", en: "Provinces" }, l), domain: [0, 63], ticks: [0, 30, 63] },
    color: { legend: true, domain: levelNames, range: [OKABE_ITO[0]!, OKABE_ITO[1]!, OKABE_ITO[2]!] },
    marks: [
      Plot.frame({ stroke: "#eee" }),
      Plot.barY(data, {
        fx: "year",
        fy: "index",
        x: "level",
        y: "provinces",
        fill: "level",
        title: (d: (typeof data)[number]) => `${d.index} ${d.year}, ${d.level}: ${d.provinces}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}
