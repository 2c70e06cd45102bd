import { figureIssue, issue, KIND_VI, PROVENANCE_VI, type FactRow, type IssueRow, type ScoreRow, type SourceKind } from "../model/model.ts";
import { figureKey, roundingOf, roundingOfText } from "./validateScores.ts";

export const SOURCE_PREFERENCE: Record<SourceKind, number> = {
  official_workbook: 0,
  csv_panel: 1,
  plan_document: 2,
  computed: 3,
};

export function valuesAgree(a: ScoreRow, b: ScoreRow): boolean {
  if (a.value === null || b.value === null) return true;
  return Math.abs(a.value - b.value) <= Math.max(roundingOf(a), roundingOf(b)) + 1e-6;
}

export function reconcileScores(scores: ScoreRow[], sourceKinds: Map<string, SourceKind>): { facts: FactRow[]; issues: IssueRow[] } {
  const pref = (s: ScoreRow) => SOURCE_PREFERENCE[sourceKinds.get(s.source_id) ?? "computed"];
  const facts: FactRow[] = [];
  const issues: IssueRow[] = [];
  const agreements: Agreements = new Map();
  for (const rows of groupByFigure(scores).values()) {
    const ordered = [...rows].sort((a, b) => pref(a) - pref(b));
    const withValue = ordered.filter((r) => r.value !== null);
    const best = withValue[0] ?? ordered[0]!;
    const distinctSources = new Set(rows.map((r) => r.source_id));
    const conflicts = valueConflicts(best, withValue);
    issues.push(...conflicts);
    const conflict = conflicts.length > 0;
    if (!conflict && distinctSources.size > 1 && withValue.length > 1) countAgreement(agreements, distinctSources, best);
    const rankRow = preferredRow(ordered, "rank");
    const groupRow = preferredRow(ordered, "group");
    issues.push(...rankConflicts(ordered, rankRow));
    facts.push(factOf(best, ordered, rankRow, groupRow, distinctSources.size, conflict));
  }
  // One note per group of sources that agree, not one per figure.
  issues.push(...agreementIssues(agreements));
  issues.push(...checkDerivedAgainstActual(facts));
  return { facts, issues };
}

/** Figures that agree across a set of sources ("a + b"): how many, and the first as an example. */
type Agreements = Map<string, { n: number; example: ScoreRow }>;

/** The score rows grouped by the figure they state, in first-seen order. */
function groupByFigure(scores: ScoreRow[]): Map<string, ScoreRow[]> {
  const byKey = new Map<string, ScoreRow[]>();
  for (const s of scores) {
    const key = figureKey(s);
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  return byKey;
}

/** A conflict for each other source whose value disagrees with the preferred one beyond rounding. */
function valueConflicts(best: ScoreRow, withValue: ScoreRow[]): IssueRow[] {
  const out: IssueRow[] = [];
  for (const other of withValue.slice(1)) {
    if (other.source_id === best.source_id) continue; // within-source duplicates are the validator's
    if (!valuesAgree(best, other)) {
      out.push(
        figureIssue(other, {
          kind: "conflict",
          severity: "warning",
          message: `${best.indicator_id} ${best.year} (${best.kind}): ${other.value_text ?? other.value} in ${other.source_id} but ${best.value_text ?? best.value} in ${best.source_id} (${best.source_loc}); both kept, ${best.source_id} shown`,
          message_vi: `${best.indicator_id} ${best.year} (${KIND_VI[best.kind]}): ${other.value_text ?? other.value} trong ${other.source_id} nhưng ${best.value_text ?? best.value} trong ${best.source_id} (${best.source_loc}); giữ cả hai, hiển thị ${best.source_id}`,
        }),
      );
    }
  }
  return out;
}

/** Counts one more figure on which these sources agree. */
function countAgreement(agreements: Agreements, distinctSources: Set<string>, best: ScoreRow): void {
  const pair = [...distinctSources].sort().join(" + ");
  const a = agreements.get(pair);
  if (a) a.n++;
  else agreements.set(pair, { n: 1, example: best });
}

/** The row whose rank (or group) the fact shows: the first published one, else the first with any. */
function preferredRow(ordered: ScoreRow[], field: "rank" | "group"): ScoreRow | undefined {
  return ordered.find((r) => r[field] !== null && r[`${field}_source`] === "published") ?? ordered.find((r) => r[field] !== null);
}

/** A conflict for each published rank that differs from the rank shown. */
function rankConflicts(ordered: ScoreRow[], rankRow: ScoreRow | undefined): IssueRow[] {
  const rankConflict = ordered.filter((r) => r.rank !== null && r.rank_source === "published" && rankRow && r.rank !== rankRow.rank);
  return rankConflict.map((r) =>
    figureIssue(r, {
      kind: "conflict",
      severity: "warning",
      message: `published rank ${r.rank} for ${r.indicator_id} ${r.year} in ${r.source_id} differs from ${rankRow!.rank} in ${rankRow!.source_id}`,
      message_vi: `thứ hạng công bố ${r.rank} của ${r.indicator_id} ${r.year} trong ${r.source_id} không khớp với thứ hạng ${rankRow!.rank} trong ${rankRow!.source_id}`,
    }),
  );
}

/** The reconciled fact: the preferred row's value, the chosen rank and group, and what every source said. */
function factOf(
  best: ScoreRow,
  ordered: ScoreRow[],
  rankRow: ScoreRow | undefined,
  groupRow: ScoreRow | undefined,
  nSources: number,
  conflict: boolean,
): FactRow {
  return {
    index: best.index,
    province_code: best.province_code,
    year: best.year,
    indicator_id: best.indicator_id,
    level: best.level,
    dimension: best.dimension,
    kind: best.kind,
    rank_scope: best.rank_scope ?? "national",
    value: best.value,
    value_text: best.value_text,
    unit: best.unit,
    value_source_id: best.value === null ? null : best.source_id,
    value_source_loc: best.value === null ? null : best.source_loc,
    rank: rankRow?.rank ?? null,
    rank_of: rankRow?.rank_of ?? null,
    rank_source: rankRow?.rank_source ?? null,
    group: groupRow?.group ?? null,
    group_source: groupRow?.group_source ?? null,
    comparator: ordered.find((r) => r.comparator !== null)?.comparator ?? null,
    stated_change: ordered.find((r) => r.stated_change != null)?.stated_change ?? null,
    stated_base_year: ordered.find((r) => r.stated_change != null)?.stated_base_year ?? null,
    sources: ordered.map((r) => `${r.source_id}@${r.source_loc}`).join("; "),
    n_sources: nSources,
    conflict,
    note:
      ordered
        .map((r) => r.note)
        .filter(Boolean)
        .join(" | ") || null,
    ci_low: best.ci_low ?? null,
    ci_high: best.ci_high ?? null,
    se: best.se ?? null,
    variance: best.variance ?? null,
    sample_size: best.sample_size ?? null,
  };
}

/** One info note per set of sources that agree, naming how many figures and an example. */
function agreementIssues(agreements: Agreements): IssueRow[] {
  return [...agreements].map(([pair, { n, example }]) =>
    issue({
      kind: "agreement",
      severity: "info",
      message: `${n} figure(s) agree within rounding across ${pair.split(" + ").join(", ")} (e.g. ${example.indicator_id} ${example.year}, province ${example.province_code})`,
      message_vi: `${n} số liệu khớp nhau trong phạm vi làm tròn giữa ${pair.split(" + ").join(", ")} (ví dụ ${example.indicator_id} ${example.year}, tỉnh/thành phố ${example.province_code})`,
      source_id: example.source_id,
      source_loc: example.source_loc,
    }),
  );
}

/** A figure derived from a stated change (2018 = 2019 − increase) must agree with the 2018 actual. */
export function checkDerivedAgainstActual(facts: FactRow[]): IssueRow[] {
  const actual = new Map<string, FactRow>();
  const key = (f: FactRow) => [f.index, f.province_code, f.year, f.indicator_id, f.rank_scope].join("|");
  for (const f of facts) if (f.kind === "actual") actual.set(key(f), f);
  const out: IssueRow[] = [];
  for (const d of facts) {
    if (d.kind !== "derived" || d.value === null) continue;
    const a = actual.get(key(d));
    if (!a || a.value === null) continue;
    const tol = roundingOfText(d.value_text) + roundingOfText(a.value_text) + 1e-6;
    const loc = d.value_source_loc ?? "";
    if (Math.abs(a.value - d.value) > tol) {
      out.push(
        issue({
          kind: "conflict",
          severity: "warning",
          message: `derived ${d.indicator_id} ${d.year} = ${d.value_text} disagrees with the actual ${a.value_text} (${a.value_source_id})`,
          message_vi: `giá trị suy ra ${d.indicator_id} ${d.year} = ${d.value_text} không khớp với giá trị thực tế ${a.value_text} (${a.value_source_id})`,
          source_id: d.value_source_id ?? "",
          source_loc: loc,
          index: d.index,
          province_code: d.province_code,
          year: d.year,
          indicator_id: d.indicator_id,
        }),
      );
    } else if (d.rank !== null && a.rank !== null && d.rank !== a.rank) {
      const computed = d.rank_source === "computed";
      out.push(
        issue({
          kind: "conflict",
          severity: computed ? "info" : "warning",
          message:
            `${computed ? "computed" : "derived"} rank ${d.rank} for ${d.indicator_id} ${d.year} disagrees with the ${a.rank_source ?? ""} rank ${a.rank}`.replace(
              "  ",
              " ",
            ),
          message_vi: `thứ hạng ${computed ? "tính toán" : "suy ra"} ${d.rank} của ${d.indicator_id} ${d.year} không khớp với thứ hạng ${a.rank_source ? `${PROVENANCE_VI[a.rank_source]} ` : ""}${a.rank}`,
          source_id: d.value_source_id ?? "",
          source_loc: loc,
          index: d.index,
          province_code: d.province_code,
          year: d.year,
          indicator_id: d.indicator_id,
        }),
      );
    }
  }
  return out;
}
