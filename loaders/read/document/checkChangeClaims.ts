import { issue, KIND_VI, type IssueRow, type ScoreRow } from "../../model/model.ts";
import type { ChangeClaim, PlanContext } from "./planContext.ts";

function decimalsOf(r: ScoreRow): number {
  const t = r.value_text ?? "";
  return t.includes(".") ? t.length - t.indexOf(".") - 1 : 0;
}

const same = (r: ScoreRow, c: ChangeClaim) => r.index === c.index && r.province_code === c.province_code && r.indicator_id === c.indicator_id;

/** The document's own figure of a year: the value row, or a rank row of the national ranking. */
function figureOf(rows: ScoreRow[], c: ChangeClaim, kind: ScoreRow["kind"], year: number, want: "value" | "rank"): ScoreRow | undefined {
  return rows.find(
    (r) => same(r, c) && r.kind === kind && r.year === year && (want === "value" ? r.value !== null : r.rank !== null && r.rank_scope === "national"),
  );
}

/**
 * Checks each stated change ("tăng 0,05 điểm so với năm 2019") against the document's own
 * figures: a target minus the base year's actual, or an actual minus the earlier actual. A
 * target that disagrees gives "plan_inconsistency"; actuals that disagree, a "conflict".
 */
export function checkChangeClaims(rows: ScoreRow[], claims: ChangeClaim[], ctx: PlanContext): IssueRow[] {
  const issues: IssueRow[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    const key = [c.index, c.province_code, c.indicator_id, c.kind, c.year, c.baseYear, c.valueDelta?.value, c.rankDelta].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    const report = (message: string, message_vi: string, severity: IssueRow["severity"] = c.kind === "target" ? "warning" : "error") =>
      issues.push(
        issue({
          kind: c.kind === "target" ? "plan_inconsistency" : "conflict",
          severity,
          message: `${ctx.file}:${c.line}: ${message}`,
          message_vi: `${ctx.file}:${c.line}: ${message_vi}`,
          source_id: ctx.file,
          source_loc: `${ctx.file}:${c.line}`,
          index: c.index,
          province_code: c.province_code,
          year: c.year,
          indicator_id: c.indicator_id,
        }),
      );
    if (c.valueDelta) {
      const now = figureOf(rows, c, c.kind, c.year, "value");
      const then = figureOf(rows, c, "actual", c.baseYear, "value");
      if (now && then) {
        const decimals = Math.max(decimalsOf(now), decimalsOf(then), c.valueDelta.decimals);
        const diff = now.value! - then.value!;
        if (Math.abs(diff - c.valueDelta.value) > 0.5 * 10 ** -decimals + 1e-9) {
          report(
            `"${c.text}" for ${c.indicator_id} ${c.year} (${c.kind}) does not match the document's figures: ${now.value_text} − ${then.value_text} (${c.baseYear}) = ${diff.toFixed(decimals)}`,
            `"${c.text}" của ${c.indicator_id} ${c.year} (${KIND_VI[c.kind]}) không khớp với số liệu của văn bản: ${now.value_text} − ${then.value_text} (${c.baseYear}) = ${diff.toFixed(decimals)}`,
          );
        }
      } else if (now && c.kind === "target") {
        report(
          `"${c.text}" for the ${c.year} target of ${c.indicator_id} cannot be checked: the document gives no ${c.baseYear} figure`,
          `không kiểm tra được "${c.text}" của mục tiêu năm ${c.year} cho ${c.indicator_id}: văn bản không cho số liệu năm ${c.baseYear}`,
          "info",
        );
      }
    }
    if (c.rankDelta !== null) {
      const now = figureOf(rows, c, c.kind, c.year, "rank");
      const then = figureOf(rows, c, "actual", c.baseYear, "rank");
      if (now && then && then.rank !== now.rank! + c.rankDelta) {
        report(
          `"${c.text}" for ${c.indicator_id} ${c.year} does not match the document's ranks: ${then.rank} (${c.baseYear}) → ${now.rank} (${c.year})`,
          `"${c.text}" của ${c.indicator_id} ${c.year} không khớp với thứ hạng trong văn bản: ${then.rank} (${c.baseYear}) → ${now.rank} (${c.year})`,
        );
      }
    }
  }
  return issues;
}
