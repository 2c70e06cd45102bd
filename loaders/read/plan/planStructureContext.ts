import type { IndexId, IssueRow } from "../../model/model.ts";
import type { Taxonomy } from "../../model/taxonomy.ts";
import type { AgencyRegistry } from "../../model/agencies.ts";
import { issue } from "../../model/model.ts";

/** What the readers of a plan's structure (targets, tasks, agencies) share about the document. */
export interface PlanStructureContext {
  file: string;
  lines: string[];
  taxonomy: Taxonomy;
  agencies: AgencyRegistry;
  provinceCode: string | null;
  indices: IndexId[];
  /** The year the plan is for. */
  planYear: number | null;
  /** Lines not to read (a repeated block, table rows for prose readers). */
  skip: (line: number) => boolean;
}

/** A finding of the plan-structure readers at `file:line`. */
export function planIssue(
  ctx: PlanStructureContext,
  line: number,
  kind: IssueRow["kind"],
  message: string,
  message_vi: string,
  severity: IssueRow["severity"] = "warning",
): IssueRow {
  return issue({
    kind,
    severity,
    message: `${ctx.file}:${line}: ${message}`,
    message_vi: `${ctx.file}:${line}: ${message_vi}`,
    source_id: ctx.file,
    source_loc: `${ctx.file}:${line}`,
    province_code: ctx.provinceCode,
  });
}
