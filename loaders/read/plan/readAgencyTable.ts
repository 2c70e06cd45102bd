import { foldText, stripMarkup } from "../../text/foldText.ts";
import type { IssueRow } from "../../model/model.ts";
import type { PlanAgencyRow } from "../../model/plans.ts";
import { matchIndicator, partsOf, type IndicatorDef } from "../../model/taxonomy.ts";
import type { MarkdownTable } from "../document/parseMarkdownTables.ts";
import { planIssue, type PlanStructureContext } from "./planStructureContext.ts";
import { readAgencyList, type NamedAgency } from "./readAgencyList.ts";

/** A table that assigns agencies to indicators: a header naming "Cơ quan đầu mối" or "Cơ quan chủ trì". */
function agencyColumn(table: MarkdownTable): number {
  return table.header.cells.findIndex((c) => /\bco quan (dau moi|chu tri)\b/.test(foldText(c)));
}

/** "1. Tham gia …" → dimension 1; "1.1. Tri thức công dân" → part 1 of dimension 1. */
function labelOf(cell: string): { dimension: number; part: number | null; name: string } | null {
  const m = /^\s*(\d{1,2})\.(?:(\d{1,2})\.?)?\s+(.+)$/.exec(stripMarkup(cell));
  return m ? { dimension: Number(m[1]), part: m[2] ? Number(m[2]) : null, name: m[3]!.trim() } : null;
}

interface LabelledRow {
  line: number;
  def: IndicatorDef;
  named: NamedAgency[];
  note: string | null;
}

/** The indicator a label names: matched by name within its dimension, else by its number (with a warning). */
function resolve(
  ctx: PlanStructureContext,
  year: number,
  label: NonNullable<ReturnType<typeof labelOf>>,
  line: number,
  issues: IssueRow[],
): IndicatorDef | null {
  const dim = ctx.taxonomy.indicators.find((d) => d.index === "PAPI" && d.level === "dimension" && d.dimension === label.dimension) ?? null;
  if (label.part === null) return dim;
  const match = matchIndicator(ctx.taxonomy, label.name, { index: "PAPI", year, level: "subdimension", dimension: label.dimension });
  if (match && (match.method !== "fuzzy" || match.score >= 0.75)) return match.def;
  const byPosition = dim ? (partsOf(ctx.taxonomy, dim.id, year)[label.part - 1] ?? null) : null;
  issues.push(
    planIssue(
      ctx,
      line,
      byPosition ? "positional_match" : "unknown_indicator",
      byPosition
        ? `"${label.name}" does not match a sub-dimension's name; taken as ${byPosition.id} by its number ${label.dimension}.${label.part}`
        : `"${label.name}" matches no sub-dimension of dimension ${label.dimension} in ${year}; its agency is not assigned`,
      byPosition
        ? `"${label.name}" không khớp tên nội dung thành phần nào; được hiểu là ${byPosition.id} theo số thứ tự ${label.dimension}.${label.part}`
        : `"${label.name}" không khớp nội dung thành phần nào của chỉ số nội dung ${label.dimension} năm ${year}; cơ quan của dòng này không được gán`,
    ),
  );
  return byPosition;
}

function rowsOf(ctx: PlanStructureContext, table: MarkdownTable, col: number, year: number, issues: IssueRow[]): LabelledRow[] {
  const noteCol = table.header.cells.findIndex((c) => foldText(c) === "ghi chu");
  const out: LabelledRow[] = [];
  for (const row of table.rows) {
    const label = labelOf(row.cells[0] ?? "");
    if (!label) {
      // A row naming an agency but no numbered indicator is not guessed at: it is named.
      const agency = stripMarkup(row.cells[col] ?? "");
      if (agency)
        issues.push(
          planIssue(
            ctx,
            row.line,
            "skipped_row",
            `"${stripMarkup(row.cells[0] ?? "")}" is not a numbered dimension or sub-dimension; its agency "${agency}" is not assigned`,
            `"${stripMarkup(row.cells[0] ?? "")}" không phải chỉ số nội dung hay nội dung thành phần có đánh số; cơ quan "${agency}" của dòng này không được gán`,
          ),
        );
      continue;
    }
    const def = resolve(ctx, year, label, row.line, issues);
    if (!def) continue;
    const read = readAgencyList(ctx, row.cells[col] ?? "", row.line);
    issues.push(...read.issues);
    const note = noteCol >= 0 ? stripMarkup(row.cells[noteCol] ?? "") || null : null;
    out.push({ line: row.line, def, named: read.agencies, note });
  }
  return out;
}

function assignment(ctx: PlanStructureContext, r: LabelledRow, a: NamedAgency, def: IndicatorDef, assigned: PlanAgencyRow["assigned"]): PlanAgencyRow {
  const note = [a.note, r.note].filter(Boolean).join("; ") || null;
  return {
    plan_id: ctx.file,
    index: "PAPI",
    indicator_id: def.id,
    criterion: null,
    criterion_name: null,
    agency_id: a.agency?.id ?? null,
    agency_as_written: a.as_written,
    assigned,
    note,
    source_loc: `${ctx.file}:${r.line}`,
  };
}

/**
 * Reads an appendix that assigns a lead agency to each PAPI dimension and sub-dimension (Cà Mau
 * 117/KH-UBND: "Cơ quan đầu mối theo dõi, đôn đốc"). A dimension row with an agency covers those
 * of its parts listed without one (assigned "via_dimension"); several agencies in one cell are
 * several rows.
 */
export function readAgencyTable(ctx: PlanStructureContext, tables: MarkdownTable[]): { agencies: PlanAgencyRow[]; issues: IssueRow[] } {
  const issues: IssueRow[] = [];
  const out: PlanAgencyRow[] = [];
  const year = ctx.planYear ?? new Date().getFullYear();
  for (const table of tables) {
    const col = agencyColumn(table);
    if (col < 0) continue;
    const rows = rowsOf(ctx, table, col, year, issues);
    let dimension: LabelledRow | null = null;
    for (const r of rows) {
      if (r.def.level === "dimension") dimension = r;
      for (const a of r.named) out.push(assignment(ctx, r, a, r.def, "direct"));
      if (r.def.level === "subdimension" && !r.named.length && dimension && dimension.def.id === r.def.parent)
        for (const a of dimension.named) out.push(assignment(ctx, dimension, a, r.def, "via_dimension"));
    }
  }
  return { agencies: out, issues };
}
