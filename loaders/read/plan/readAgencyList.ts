import { agencyWords, leadingAgencies, matchAgency, type AgencyDef } from "../../model/agencies.ts";
import type { IssueRow } from "../../model/model.ts";
import { stripMarkup } from "../../text/foldText.ts";
import { planIssue, type PlanStructureContext } from "./planStructureContext.ts";

/** One agency named in a list: the registry's, or kept as written when the registry does not know it. */
export interface NamedAgency {
  agency: AgencyDef | null;
  as_written: string;
  /** What the text adds in brackets ("trực tiếp là Trung tâm Giải quyết TTHC tỉnh"). */
  note: string | null;
}

/** Splits at top-level separators only: "A; B (x; y)" → ["A", "B (x; y)"]. */
function splitTopLevel(text: string, separators: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** One piece of a list: the whole piece if the registry knows it, else the agencies it starts with, else as written. */
function readPiece(ctx: PlanStructureContext, piece: string): NamedAgency[] {
  const bracket = /\(([^)]*)\)\s*$/.exec(piece);
  const name = (bracket ? piece.slice(0, bracket.index) : piece).trim().replace(/[.:]$/, "");
  const note = bracket ? bracket[1]!.trim() : null;
  const whole = matchAgency(ctx.agencies, name);
  if (whole) return [{ agency: whole, as_written: name, note }];
  const words = agencyWords(name);
  const lead = leadingAgencies(ctx.agencies, words);
  if (lead.agencies.length && lead.taken === words.length) return lead.agencies.map((a, i) => ({ agency: a, as_written: i === 0 ? name : a.name_vi, note }));
  return [{ agency: null, as_written: name, note }];
}

/**
 * The agencies a cell or phrase names ("Sở Công Thương; Sở Tài nguyên và Môi trường; Sở Giao
 * thông vận tải" → three; "Văn phòng UBND tỉnh (trực tiếp là Trung tâm Giải quyết TTHC tỉnh)" →
 * one, with the bracket as its note). A name the registry does not know is kept as written, with
 * a warning at `line`.
 */
export function readAgencyList(ctx: PlanStructureContext, text: string, line: number): { agencies: NamedAgency[]; issues: IssueRow[] } {
  const clean = stripMarkup(text).replace(/\s+/g, " ").trim();
  const issues: IssueRow[] = [];
  const agencies: NamedAgency[] = [];
  for (const piece of splitTopLevel(clean, /;/)) {
    const named = readPiece(ctx, piece);
    // "A và B", then "Sở Nội vụ, Sở Tư pháp" without semicolons: tried only when the piece is not one name.
    const unknown = named.length === 1 && !named[0]!.agency;
    const byAnd = unknown && / và /u.test(piece) ? piece.split(/\s+và\s+/u).flatMap((p) => readPiece(ctx, p)) : null;
    const parts = byAnd?.every((a) => a.agency) ? byAnd : unknown && piece.includes(",") ? splitTopLevel(piece, /,/).flatMap((p) => readPiece(ctx, p)) : named;
    for (const a of parts) {
      if (!a.agency)
        issues.push(
          planIssue(
            ctx,
            line,
            "unknown_agency",
            `agency "${a.as_written}" is not in the agency registry (data/reference/agencies.csv); kept as written`,
            `cơ quan "${a.as_written}" chưa có trong danh mục cơ quan (data/reference/agencies.csv); giữ nguyên như văn bản ghi`,
          ),
        );
      agencies.push(a);
    }
  }
  return { agencies, issues };
}

/** Registry agencies as named agencies (their registry name, no note). */
export function asNamed(list: readonly AgencyDef[]): NamedAgency[] {
  return list.map((a) => ({ agency: a, as_written: a.name_vi, note: null }));
}

/** The "; "-separated ids of named agencies (a name the registry does not know, as written). */
export function agencyIds(list: readonly NamedAgency[]): string {
  return [...new Set(list.map((a) => a.agency?.id ?? a.as_written))].join("; ");
}
