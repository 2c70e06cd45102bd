/** What the printed province report's title block says (shared/printReport.ts draws it). */
import type { PrintTitle } from "../shared/printReport.js";
import type { ReportFacts } from "../shared/reportFacts.js";
import { t } from "../shared/i18n.js";
import { compactYears } from "../shared/labelText.js";
import { nameOf, type ViewContext } from "./provinceViewContext.js";

const INDEX_NAMES: Readonly<Record<string, string>> = { PAPI: "PAPI", PAR_INDEX: "PAR INDEX", SIPAS: "SIPAS" };

/** The province, the indices and years shown, and the sources of the figures on the page. */
export function provinceReportTitle(ctx: ViewContext, report: ReportFacts): PrintTitle {
  const p = ctx.profile;
  const indices = [`PAPI ${compactYears(p.totals.map((r) => r.year))}`];
  for (const index of new Set(p.otherIndices.map((f) => f.index))) {
    indices.push(`${INDEX_NAMES[index] ?? index} ${compactYears(p.otherIndices.filter((f) => f.index === index).map((f) => f.year))}`);
  }
  return {
    title: `${t({ vi: "Hồ sơ tỉnh", en: "Province profile:" })} ${nameOf(ctx)}`,
    facts: [`${t({ vi: "Chỉ số", en: "Indices" })}: ${indices.join(" · ")}`, `${t({ vi: "Mã GSO", en: "GSO code" })} ${p.province.code}`],
    report,
    sourceIds: new Set(p.sources.map((s) => s.source_id).filter((id): id is string => id !== null)),
  };
}
