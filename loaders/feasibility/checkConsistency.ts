/**
 * Do a plan's numbers agree with each other (the parts with the whole, ranks with scores) and
 * with last year's distribution? Findings for the target assessment (assessTargets.ts).
 */
import { groupAtLeast, groupFor } from "./impliedRank.ts";
import type { AssessmentInput, IndicatorAssessment, RankAssessment, ConsistencyFinding } from "./assessmentTypes.ts";

const fmt = (x: number, d = 2) => x.toFixed(d);
const fmtVi = (x: number, d = 2) => x.toFixed(d).replace(".", ",");

/** Do the plan's numbers agree with each other and with last year's distribution? */
export function checkConsistency(
  indicators: IndicatorAssessment[],
  total: IndicatorAssessment | null,
  ranks: RankAssessment[],
  input: AssessmentInput,
): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  const parts = indicators.filter((a) => a.level === "dimension" && a.target !== null);
  if (total?.target != null && parts.length >= 6) {
    const sum = parts.reduce((a, p) => a + p.target!, 0);
    const tol = 0.005 * (parts.length + 1) + 1e-9;
    const ok = Math.abs(sum - total.target) <= tol;
    out.push({
      ok,
      code: "sum",
      vi: `Tổng mục tiêu ${parts.length} chỉ số nội dung = ${fmtVi(sum)}; mục tiêu tổng = ${fmtVi(total.target)}${ok ? " — khớp." : " — không khớp."}`,
      en: `The ${parts.length} dimension targets sum to ${fmt(sum)}; the total target is ${fmt(total.target)}${ok ? " — consistent." : " — inconsistent."}`,
    });
  }
  for (const a of indicators) {
    if (a.stated_change === null || a.required === null) continue;
    const ok = Math.abs(a.stated_change - a.required) <= 0.0101;
    out.push({
      ok,
      code: "stated_change",
      indicator_id: a.indicator_id,
      vi: `${a.name_vi}: kế hoạch ghi tăng ${fmtVi(a.stated_change)}, mục tiêu − điểm ${input.baseYear} = ${fmtVi(a.required)}${ok ? " — khớp." : " — không khớp."}`,
      en: `${a.name_en}: the plan states +${fmt(a.stated_change)}; target − ${input.baseYear} score = ${fmt(a.required)}${ok ? " — consistent." : " — inconsistent."}`,
    });
  }
  for (const a of indicators) {
    if (!a.target_group || a.target === null || !a.group_cutoffs_base) continue;
    const implied = groupFor(a.group_cutoffs_base, a.target);
    const ok = groupAtLeast(implied, a.target_group);
    const need = a.target_group === "TN" ? null : a.group_cutoffs_base[a.target_group];
    out.push({
      ok,
      code: "group",
      indicator_id: a.indicator_id,
      vi: `${a.name_vi}: nhóm mục tiêu ${a.target_group}${need !== null ? ` cần ít nhất ${fmtVi(need)} theo phân bố năm ${input.baseYear} (nhóm tính theo tứ phân vị)` : ""}; mục tiêu ${fmtVi(a.target)} tương ứng nhóm ${implied}${ok ? " — khớp." : " — không khớp."}`,
      en: `${a.name_en}: target group ${a.target_group}${need !== null ? ` needed at least ${fmt(need)} in the ${input.baseYear} distribution (computed quartile groups)` : ""}; the target ${fmt(a.target)} implies ${implied}${ok ? " — consistent." : " — inconsistent."}`,
    });
  }
  for (const r of ranks) {
    if (r.consistent === null || r.threshold_base === null || total?.target == null) continue;
    const where = r.scope === "national" ? "" : " vùng Tây Bắc";
    out.push({
      ok: r.consistent,
      code: "rank",
      vi: `Hạng ${r.rank}${where}: năm ${input.baseYear} cần ${fmtVi(r.threshold_base)} điểm; mục tiêu tổng ${fmtVi(total.target)} tương ứng hạng ${r.implied_rank_base}${r.consistent ? " — khớp." : " — không khớp."}`,
      en: `Rank ${r.rank}${r.scope === "national" ? "" : " in the Northwest"}: ${input.baseYear} needed ${fmt(r.threshold_base)}; the total target ${fmt(total.target)} implies rank ${r.implied_rank_base}${r.consistent ? " — consistent." : " — inconsistent."}`,
    });
  }
  return out;
}
