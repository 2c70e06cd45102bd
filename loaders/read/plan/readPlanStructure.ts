import type { IssueRow, ScoreRow } from "../../model/model.ts";
import { NO_EVALUATION, type PlanParts, type PlanRow, type PlanTargetRow } from "../../model/plans.ts";
import { foldText } from "../../text/foldText.ts";
import type { DocumentMeta } from "../document/readDocumentMeta.ts";
import type { MarkdownTable } from "../document/parseMarkdownTables.ts";
import { lineOf } from "../document/planContext.ts";
import type { PlanStructureContext } from "./planStructureContext.ts";
import { readAgencyTable } from "./readAgencyTable.ts";
import { readAreaAssignments } from "./readAreaAssignments.ts";
import { readPlanTasks } from "./readPlanTasks.ts";
import { numericTargets, readPlanTargets } from "./readPlanTargets.ts";

/** The last results year the plan starts from: its own latest actual figure for its province, else the year of the results it cites. */
function resultsYear(ctx: PlanStructureContext, scores: ScoreRow[]): number | null {
  const years = scores.filter((s) => s.kind === "actual" && s.province_code === ctx.provinceCode).map((s) => s.year);
  if (years.length) return Math.max(...years);
  const cited = ctx.lines.flatMap((l) => [...foldText(l).matchAll(/ket qua[a-z ]{0,50}? nam (\d{4})/g)].map((m) => Number(m[1])));
  const before = cited.filter((y) => ctx.planYear === null || y < ctx.planYear);
  return before.length ? Math.max(...before) : null;
}

/**
 * A plan's structure beside its figures: its registry row, every target (the numeric ones read as
 * figures, the qualitative ones and the operational commitments read from its words), its tasks
 * and its assignment of agencies to indicators.
 */
export function readPlanStructure(
  ctx: PlanStructureContext,
  meta: DocumentMeta,
  tables: MarkdownTable[],
  scores: ScoreRow[],
): { parts: PlanParts; issues: IssueRow[] } {
  const tasks = readPlanTasks(ctx);
  const fromTable = readAgencyTable(ctx, tables);
  const fromList = readAreaAssignments(ctx);
  const numeric = numericTargets(ctx, scores);
  const numericLines = new Set(numeric.map((t) => lineOf(t.source_loc)));
  const ownerAt = (line: number) => {
    const k = tasks.lines.findIndex(([a, b]) => line >= a && line <= b);
    const task = k >= 0 ? tasks.tasks[k]! : null;
    return { owner: task?.lead_agencies || null, index: task?.index ?? null };
  };
  const worded = readPlanTargets(ctx, (line) => numericLines.has(line), ownerAt);
  const targets: PlanTargetRow[] = [...numeric, ...worded].map((t, k) => ({ ...t, target_id: `${ctx.file}#${k + 1}`, ...NO_EVALUATION }));
  const agencies = [...fromTable.agencies, ...fromList.agencies];
  const plan: PlanRow = {
    id: ctx.file,
    number: meta.number,
    date: meta.date,
    issuer: meta.issuer,
    level: meta.level,
    province_code: meta.province_code,
    commune: meta.level === "commune" && meta.issuer ? meta.issuer.replace(/^UBND\s+(xã|phường|thị trấn)\s+/u, "") : null,
    indices: meta.indices.join(","),
    results_year: resultsYear(ctx, scores),
    target_years: [...new Set(targets.map((t) => t.year).filter((y): y is number => y !== null))].sort().join(","),
    title: meta.title,
    targets: targets.length,
    tasks: tasks.tasks.length,
    assignments: agencies.length,
    source_loc: `${ctx.file}:${meta.dateLine ?? 1}`,
  };
  return { parts: { plans: [plan], targets, tasks: tasks.tasks, agencies }, issues: [...tasks.issues, ...fromTable.issues, ...fromList.issues] };
}
