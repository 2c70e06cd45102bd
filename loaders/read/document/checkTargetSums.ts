import { issue, type IssueRow, type ScoreRow } from "../../model/model.ts";
import { partsOf } from "../../model/taxonomy.ts";
import type { PlanContext } from "./planContext.ts";

/** Checks that the targets of an indicator's parts add up to its target (within 0.005 per part). */
export function checkTargetSums(rows: ScoreRow[], ctx: PlanContext): IssueRow[] {
  const issues: IssueRow[] = [];
  const targets = rows.filter((r) => r.kind === "target" && r.value !== null);
  for (const whole of targets) {
    const parts = partsOf(ctx.taxonomy, whole.indicator_id, whole.year);
    if (!parts.length) continue;
    const found = parts.map((p) => targets.find((r) => r.indicator_id === p.id && r.year === whole.year && r.province_code === whole.province_code));
    if (found.some((f) => !f)) continue;
    const sum = found.reduce((s, r) => s + r!.value!, 0);
    const tolerance = 0.005 * parts.length + 1e-9;
    if (Math.abs(sum - whole.value!) > tolerance) {
      issues.push(
        issue({
          kind: "plan_inconsistency",
          severity: "warning",
          message: `the ${whole.year} targets of the ${parts.length} parts of ${whole.indicator_id} add up to ${sum.toFixed(2)}, not the target ${whole.value_text} (${whole.source_loc})`,
          message_vi: `tổng các mục tiêu năm ${whole.year} của ${parts.length} thành phần của ${whole.indicator_id} là ${sum.toFixed(2)}, không khớp với mục tiêu ${whole.value_text} (${whole.source_loc})`,
          source_id: ctx.file,
          source_loc: whole.source_loc,
          index: whole.index,
          province_code: whole.province_code,
          year: whole.year,
          indicator_id: whole.indicator_id,
        }),
      );
    }
  }
  return issues;
}
