import type { IssueRow } from "../../model/model.ts";
import type { PlanAgencyRow } from "../../model/plans.ts";
import { stripMarkup } from "../../text/foldText.ts";
import { planIssue, type PlanStructureContext } from "./planStructureContext.ts";
import { readAgencyList, type NamedAgency } from "./readAgencyList.ts";

const ASSIGNS = /^\s*\d{1,2}\.\s*(.+?):\s*[Pp]hụ trách\s+(.*)$/u;
const AREA = /lĩnh vực thứ\s*(\d{1,2})(?:\s*về\s*[“"]([^”"]+)[”"])?(?:\s*\((trừ[^)]*)\))?/giu;
const CRITERION = /^\s*[-+•]\s*(\d{1,2})\.(\d{1,2})\.?\s+(.+?)\.?\s*$/u;

function row(ctx: PlanStructureContext, a: NamedAgency, area: number, line: number, extra: Partial<PlanAgencyRow>): PlanAgencyRow {
  return {
    plan_id: ctx.file,
    index: "PAR_INDEX",
    indicator_id: `par.a${area}`,
    criterion: null,
    criterion_name: null,
    agency_id: a.agency?.id ?? null,
    agency_as_written: a.as_written,
    assigned: "direct",
    note: a.note,
    source_loc: `${ctx.file}:${line}`,
    ...extra,
  };
}

/** The criteria listed under an assignment that ends with "các tiêu chí, tiêu chí thành phần:". */
function criteriaAfter(ctx: PlanStructureContext, from: number): Array<{ line: number; area: number; code: string; name: string }> {
  const out = [];
  for (let l = from + 1; l <= ctx.lines.length; l++) {
    if (ctx.skip(l)) break;
    const m = CRITERION.exec(stripMarkup(ctx.lines[l - 1] ?? ""));
    if (!m) break;
    out.push({ line: l, area: Number(m[1]), code: `${m[1]}.${m[2]}`, name: m[3]! });
  }
  return out;
}

/**
 * Reads a PAR INDEX plan's assignment of areas and criteria to agencies (Cà Mau 126/KH-UBND,
 * part III: "1. Sở Nội vụ: Phụ trách lĩnh vực thứ 1 về “…” (trừ tiêu chí 1.6 và 1.7); lĩnh vực thứ 4
 * …", then "3. Văn phòng UBND tỉnh: Phụ trách … và các tiêu chí, tiêu chí thành phần:" with the
 * criteria listed below). An exception ("trừ tiêu chí 1.6") is kept as the row's note.
 */
export function readAreaAssignments(ctx: PlanStructureContext): { agencies: PlanAgencyRow[]; issues: IssueRow[] } {
  const out: PlanAgencyRow[] = [];
  const issues: IssueRow[] = [];
  ctx.lines.forEach((raw, i) => {
    const line = i + 1;
    if (ctx.skip(line)) return;
    const m = ASSIGNS.exec(stripMarkup(raw));
    if (!m) return;
    const named = readAgencyList(ctx, m[1]!, line);
    issues.push(...named.issues);
    const body = m[2]!;
    const areas = [...body.matchAll(AREA)];
    const criteria = /tiêu chí(?:,\s*tiêu chí thành phần)?\s*:\s*$/u.test(body) ? criteriaAfter(ctx, line) : [];
    if (!areas.length && !criteria.length) {
      issues.push(
        planIssue(
          ctx,
          line,
          "parse",
          `"${m[1]}" is given a responsibility that names no area or criterion`,
          `"${m[1]}" được giao phụ trách nhưng không nêu lĩnh vực hay tiêu chí nào`,
        ),
      );
      return;
    }
    for (const a of named.agencies) {
      for (const area of areas) out.push(row(ctx, a, Number(area[1]), line, { note: [a.note, area[3] ?? null].filter(Boolean).join("; ") || null }));
      for (const c of criteria) out.push(row(ctx, a, c.area, c.line, { criterion: c.code, criterion_name: c.name }));
    }
  });
  return { agencies: out, issues };
}
