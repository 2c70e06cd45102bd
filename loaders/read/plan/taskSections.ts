import type { IndexId, IssueRow } from "../../model/model.ts";
import { matchIndicator, type IndicatorDef } from "../../model/taxonomy.ts";
import { indicesOf } from "../document/indicesOf.ts";
import { foldText } from "../../text/foldText.ts";
import { planIssue, type PlanStructureContext } from "./planStructureContext.ts";
import type { NamedAgency } from "./readAgencyList.ts";

/** The section a task sits in: what it addresses and who leads it unless the task says otherwise. */
export interface TaskSection {
  number: string;
  title: string;
  index: IndexId | null;
  indicator_id: string | null;
  /** The PAR INDEX area number, for numbering a section whose heading was lost. */
  area: number | null;
  purpose: boolean;
  lead: NamedAgency[];
  coordinating: NamedAgency[];
  directed: NamedAgency[];
  line: number;
}

const confident = (m: ReturnType<typeof matchIndicator>): m is NonNullable<typeof m> => !!m && (m.method !== "fuzzy" || m.score >= 0.8);

/** The dimension a PAPI section's title names ("Đối với trục nội dung “Công khai, minh bạch”"). */
export function papiDimension(ctx: PlanStructureContext, title: string): IndicatorDef | null {
  const m = matchIndicator(ctx.taxonomy, title, { index: "PAPI", level: "dimension", year: ctx.planYear ?? undefined });
  return confident(m) ? m.def : null;
}

/** The sub-dimension a sub-heading or an item's lead-in names, within its dimension. */
export function papiPart(ctx: PlanStructureContext, text: string, dimension: number | null): IndicatorDef | null {
  if (dimension === null) return null;
  const m = matchIndicator(ctx.taxonomy, text, { index: "PAPI", level: "subdimension", year: ctx.planYear ?? undefined, dimension });
  return confident(m) ? m.def : null;
}

const PURPOSE = /^(muc dich|muc tieu|yeu cau)/;

/** A section from its heading: its index (named in it, else the enclosing one), and the indicator it addresses. */
export function sectionOf(ctx: PlanStructureContext, number: string, title: string, line: number, parent: TaskSection | null): TaskSection {
  const top = !number.includes(".");
  const named = indicesOf(title);
  const index = top && named.length === 1 ? named[0]! : (parent?.index ?? (ctx.indices.length === 1 ? ctx.indices[0]! : null));
  const purpose = PURPOSE.test(foldText(title));
  let indicator_id: string | null = null;
  let area: number | null = null;
  if (index === "PAPI" && !purpose && top) indicator_id = papiDimension(ctx, title)?.id ?? null;
  if (index === "PAPI" && !purpose && !top) {
    const dimension = parent?.indicator_id?.startsWith("papi.d") ? Number(parent.indicator_id.slice(6, 7)) : null;
    indicator_id = papiPart(ctx, title, dimension)?.id ?? papiDimension(ctx, title)?.id ?? parent?.indicator_id ?? null;
  }
  if (index === "PAR_INDEX" && !top) {
    area = Number(number.split(".")[1]);
    indicator_id = ctx.taxonomy.byId.has(`par.a${area}`) ? `par.a${area}` : null;
  }
  if (index === "SIPAS" && !top) indicator_id = "sipas.total";
  if (index === "PAR_INDEX" && top) indicator_id = "par.total";
  return { number, title, index, indicator_id, area, purpose, lead: [], coordinating: [], directed: [], line };
}

/**
 * The section after `prev` whose heading the text lost (Cà Mau 126: a "Nhiệm vụ, giải pháp" block
 * follows the previous area's "Trách nhiệm thực hiện" with no "1.2." between): numbered by order,
 * named from the taxonomy, with a warning.
 */
export function inferredSection(ctx: PlanStructureContext, prev: TaskSection, line: number, issues: IssueRow[]): TaskSection {
  const parts = prev.number.split(".");
  const number = parts.length === 2 ? `${parts[0]}.${Number(parts[1]) + 1}` : `${prev.number}.1`;
  const section = sectionOf(ctx, number, "", line, { ...prev, index: prev.index });
  const def = section.indicator_id ? ctx.taxonomy.byId.get(section.indicator_id) : null;
  section.title = def?.name_vi ?? "";
  issues.push(
    planIssue(
      ctx,
      line,
      "inferred_section",
      `a block of tasks with no section heading after section ${prev.number}; read as section ${number}${def ? ` (${def.name_vi})` : ""} by its order`,
      `một khối nhiệm vụ không có đề mục sau mục ${prev.number}; được hiểu là mục ${number}${def ? ` (${def.name_vi})` : ""} theo thứ tự`,
    ),
  );
  return section;
}
