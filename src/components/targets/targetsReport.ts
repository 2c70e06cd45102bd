/** What the printed target assessment's title block says (shared/printReport.ts draws it). */
import { t } from "../shared/i18n.js";
import type { PrintTitle } from "../shared/printReport.js";
import type { ReportFacts } from "../shared/reportFacts.js";

/** The province, the base and target years, the plan the targets come from; every source of the build. */
export function targetsReportTitle(province: string, baseYear: number, targetYear: number, plan: string | null, report: ReportFacts): PrintTitle {
  const facts = [`PAPI · ${t({ vi: "năm gốc", en: "base year" })} ${baseYear} → ${t({ vi: "năm mục tiêu", en: "target year" })} ${targetYear}`];
  facts.push(`${t({ vi: "Mục tiêu lấy từ", en: "Targets from" })}: ${plan ?? t({ vi: "tự nhập", en: "typed in" })}`);
  return { title: `${t({ vi: "Mục tiêu có khả thi không?", en: "Are the targets feasible?" })} — ${province}`, facts, report };
}
