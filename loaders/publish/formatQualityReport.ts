import type { Dataset } from "../model/model.ts";
import type { IssueRow, ScoreRow } from "../model/model.ts";

/**
 * The quality report printed by `papi check`: coverage by index × year, counts of findings by
 * kind and severity, then every error and warning with its `file:line`.
 */
export function formatQualityReport(d: Dataset): string {
  const errors = d.issues.filter((i) => i.severity === "error").length;
  const out = [
    `PAPI Explorer — báo cáo chất lượng dữ liệu / data quality report`,
    `Nguồn / sources: ${d.sources.length} · con số / figures: ${d.scores.length} · facts: ${d.facts.length}`,
    "",
    ...coverageSection(d.scores),
    ...rowClassesSection(d.issues),
    ...findingsByKindSection(d.issues),
    ...filesNotReadSection(d.issues),
    ...errorsAndWarningsSection(d.issues),
    ...perFileSection(d),
    "",
    errors ? `${errors} lỗi / errors — dữ liệu chưa hợp lệ / data not valid` : "Không có lỗi / no errors",
  ];
  return out.join("\n") + "\n";
}

/** What one index × year has: provinces with a figure by level, survey indicators, targets, sources, a national figure. */
type Coverage = Record<"total" | "dimension" | "subdimension" | "indicator", Set<string>> & {
  target: number;
  sources: Set<string>;
  national: boolean;
  surveyIds: Set<string>;
};

/** The coverage of every index × year ("PAPI\t2019") the figures touch. */
function coverageByIndexYear(scores: ScoreRow[]): Map<string, Coverage> {
  const cov = new Map<string, Coverage>();
  for (const s of scores) {
    const key = `${s.index}\t${s.year}`;
    let c = cov.get(key);
    if (!c)
      cov.set(
        key,
        (c = {
          total: new Set(),
          dimension: new Set(),
          subdimension: new Set(),
          indicator: new Set(),
          surveyIds: new Set(),
          target: 0,
          sources: new Set(),
          national: false,
        }),
      );
    c.sources.add(s.source_id);
    if (s.kind === "target") c.target++;
    if (s.province_code === "00") c.national = true;
    else if (s.kind !== "target" && s.value !== null) {
      c[s.level].add(s.province_code);
      if (s.level === "indicator") c.surveyIds.add(s.indicator_id);
    }
  }
  return cov;
}

/** The coverage table: one row per index × year, in key order. */
function coverageSection(scores: ScoreRow[]): string[] {
  const out = ["Độ phủ / coverage (provinces with a figure; national figures marked *)"];
  out.push(["index", "year", "total", "dimension", "subdim", "survey", "targets", "sources"].map((h) => h.padEnd(10)).join(""));
  for (const [key, c] of [...coverageByIndexYear(scores)].sort(([a], [b]) => a.localeCompare(b))) {
    const [index, year] = key.split("\t");
    const survey = c.indicator.size ? `${c.indicator.size}×${c.surveyIds.size}` : "0";
    out.push(
      [index!, year! + (c.national ? "*" : ""), c.total.size, c.dimension.size, c.subdimension.size, survey, c.target, c.sources.size]
        .map((v) => String(v).padEnd(10))
        .join(""),
    );
  }
  out.push("  (survey: provinces × survey indicators)");
  return out;
}

/** The rows of the official sheets by class, when any sheet was classified. */
function rowClassesSection(issues: IssueRow[]): string[] {
  const classes = issues.filter((i) => i.kind === "row_classes");
  if (!classes.length) return [];
  return ["", "Phân loại dòng / rows of the official sheets by class", ...classes.map((i) => `  ${i.source_id}: ${i.message}`)];
}

/** How many findings of each kind, errors first, then warnings, then notes. */
function findingsByKindSection(issues: IssueRow[]): string[] {
  const out = ["", "Phát hiện / findings by kind"];
  const counts = new Map<string, number>();
  for (const i of issues) counts.set(`${i.severity}\t${i.kind}`, (counts.get(`${i.severity}\t${i.kind}`) ?? 0) + 1);
  for (const sev of ["error", "warning", "info"]) {
    for (const [key, n] of [...counts].filter(([k]) => k.startsWith(sev + "\t")).sort()) out.push(`  ${sev.padEnd(8)} ${key.split("\t")[1]!.padEnd(24)} ${n}`);
  }
  return out;
}

/** Every file of the sources that gave nothing, and why: a README, a hidden file, another format. */
function filesNotReadSection(issues: IssueRow[]): string[] {
  const notRead = issues.filter((i) => i.kind === "unreadable" && i.source_loc === i.source_id);
  if (!notRead.length) return [];
  return ["", "Tệp không đọc / files not read", ...notRead.map((i) => `  ${i.message}`)];
}

/** Every error and warning with its location, errors first. */
function errorsAndWarningsSection(issues: IssueRow[]): string[] {
  const serious = issues.filter((i) => i.severity !== "info");
  if (!serious.length) return [];
  return ["", "Lỗi và cảnh báo / errors and warnings", ...sortIssues(serious).map((i) => `  ${issueLocation(i)}: ${i.severity}: ${issueMessage(i)}`)];
}

/** The end of every run: what each file gave, and how many findings speak of what it lost. */
function perFileSection(d: Dataset): string[] {
  const out = ["", "Theo tệp / per file (figures read, of them not used; warnings and errors name what was not read or used)"];
  for (const src of [...d.sources].filter((x) => x.kind !== "computed").sort((a, b) => a.id.localeCompare(b.id))) {
    const mine = d.issues.filter((i) => i.source_id === src.id);
    const w = mine.filter((i) => i.severity === "warning").length;
    const e = mine.filter((i) => i.severity === "error").length;
    const unused = src.figures_not_used ?? 0;
    out.push(`  ${src.id}: ${src.figures} figure(s)${unused ? `, ${unused} not used` : ""}${w ? `, ${w} warning(s)` : ""}${e ? `, ${e} error(s)` : ""}`);
  }
  return out;
}

/**
 * Where a finding is, as a person finds it: `file:line` for a text file, `file: sheet!cell` for a
 * workbook (two workbooks' `2011_PAPI!D3` are different cells), the file alone otherwise.
 */
export function issueLocation(i: Pick<IssueRow, "source_id" | "source_loc">): string {
  if (!i.source_loc) return i.source_id;
  if (!i.source_id || i.source_loc.startsWith(i.source_id)) return i.source_loc;
  return `${i.source_id}: ${i.source_loc}`;
}

/** The message without the location it may already start with (never printed twice). */
export function issueMessage(i: Pick<IssueRow, "source_id" | "source_loc" | "message">): string {
  for (const prefix of [`${issueLocation(i)}: `, `${i.source_loc}: `, `${i.source_id}: `])
    if (i.source_loc && i.message.startsWith(prefix)) return i.message.slice(prefix.length);
  return i.message;
}

/** One finding as the CLI and the build print it: `location: error: message`. */
export function formatIssue(i: IssueRow): string {
  return `${issueLocation(i)}: ${i.severity === "error" ? "error: " : i.severity === "info" ? "note: " : ""}${issueMessage(i)}`;
}

function sortIssues(issues: IssueRow[]): IssueRow[] {
  const rank = { error: 0, warning: 1, info: 2 };
  return [...issues].sort((a, b) => rank[a.severity] - rank[b.severity] || issueLocation(a).localeCompare(issueLocation(b), "en", { numeric: true }));
}
