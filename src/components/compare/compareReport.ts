/** What the printed comparison's title block says (shared/printReport.ts draws it). */
import { t } from "../shared/i18n.js";
import type { PrintTitle } from "../shared/printReport.js";
import type { ReportFacts } from "../shared/reportFacts.js";
import { compactYears } from "../shared/labelText.js";
import type { YearRow } from "./compareView.js";

/** The provinces compared, the years with totals, the profile's year; every source of the build. */
export function compareReportTitle(names: readonly string[], years: readonly YearRow[], year: number | null, report: ReportFacts): PrintTitle {
  const facts = [`PAPI ${compactYears(years.filter((y) => y.with_total > 0).map((y) => y.year))}`];
  if (year !== null) facts.push(`${t({ vi: "Hồ sơ chỉ số nội dung năm", en: "Dimension profile of" })} ${year}`);
  return {
    title: `${t({ vi: "So sánh các tỉnh", en: "Provinces compared" })}: ${names.join(", ") || "—"}`,
    facts,
    report,
  };
}
