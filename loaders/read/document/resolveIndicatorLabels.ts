import { inForce, matchIndicator, partsOf, type IndicatorDef, type IndicatorMatch, type Taxonomy } from "../../model/taxonomy.ts";
import { issue, type IndexId, type IssueRow } from "../../model/model.ts";

/** A row label of an indicators-as-rows table, with its row-number cell ("1", "-", "1.2"). */
export interface LabelRow {
  line: number;
  label: string;
  stt: string;
  /** The row carries a figure: only such rows are warned about. */
  hasFigures: boolean;
}

export interface LabelContext {
  taxonomy: Taxonomy;
  file: string;
  index: IndexId | undefined;
  year: number;
  /** The province the table's figures are about, for the issues. */
  province: string | null;
}

type Hint = { level: "top"; number: number | null } | { level: "sub" } | null;

/** Row numbering: "1", "I", "1." or a label "1. Tham gia" is a top row; "-", "+", "a", "1.1" a part. */
function hintOf(row: LabelRow): Hint {
  const stt = row.stt.trim();
  const top = /^(\d{1,2})[.)]?$/.exec(stt) ?? /^(\d{1,2})\.\s+\S/.exec(row.label.trim());
  if (top) return { level: "top", number: Number(top[1]) };
  if (/^[IVX]+[.)]?$/.test(stt)) return { level: "top", number: null };
  if (/^([-+*•–]|[a-zđ][.)]?|\d{1,2}\.\d{1,2}\.?)$/i.test(stt) || /^\d{1,2}\.\d{1,2}\.?\s/.test(row.label.trim())) return { level: "sub" };
  return null;
}

const confident = (m: IndicatorMatch | null) => !!m && (m.method !== "fuzzy" || m.score >= 0.8);

interface Entry {
  row: LabelRow;
  def: IndicatorDef | null;
  match: IndicatorMatch | null;
  parent: IndicatorDef | null;
}

/**
 * Resolves the labels of an indicators-as-rows table through the taxonomy, keeping the
 * hierarchy (parts follow their dimension). A part whose name cannot be matched takes the
 * indicator at its position when the block has exactly the parts of the taxonomy version in
 * force and every matched part sits at its own position (warning "positional_match").
 * Unresolved rows with figures get an "unknown_indicator" warning.
 */
export function resolveIndicatorLabels(rows: LabelRow[], ctx: LabelContext): { defs: (IndicatorDef | null)[]; issues: IssueRow[] } {
  const issues: IssueRow[] = [];
  const entries: Entry[] = [];
  let parent: IndicatorDef | null = null;
  for (const row of rows) {
    const hint = hintOf(row);
    if (!row.label && !row.hasFigures) {
      entries.push({ row, def: null, match: null, parent: null });
      continue;
    }
    if (hint?.level === "sub" && parent) {
      entries.push({ row, def: null, match: matchPart(ctx, row.label, parent), parent });
      continue;
    }
    const top = matchTop(ctx, row.label, hint?.level === "top" ? hint.number : null);
    if (top) {
      if (top.positional && row.hasFigures)
        issues.push(
          positional(
            ctx,
            row,
            top.def,
            `row number ${hint && hint.level === "top" ? hint.number : ""}`,
            `số thứ tự dòng ${hint && hint.level === "top" ? hint.number : ""}`,
          ),
        );
      entries.push({ row, def: top.def, match: top.match, parent: null });
      if (top.def.level !== "subdimension") parent = top.def;
      continue;
    }
    const part = parent && !hint ? matchPart(ctx, row.label, parent) : null;
    if (part && parent) {
      entries.push({ row, def: null, match: part, parent });
      continue;
    }
    entries.push({ row, def: null, match: null, parent: null });
    if (hint?.level === "top") parent = null;
  }
  resolveBlocks(entries, ctx, issues);
  for (const e of entries) {
    if (!e.def && e.row.hasFigures) {
      issues.push(
        issue({
          kind: "unknown_indicator",
          severity: "warning",
          message: `${ctx.file}:${e.row.line}: no indicator matches "${e.row.label}"${e.parent ? ` (a part of ${e.parent.id})` : ""}; its figures are not read`,
          message_vi: `${ctx.file}:${e.row.line}: không có chỉ số nào khớp với "${e.row.label}"${e.parent ? ` (một thành phần của ${e.parent.id})` : ""}; không đọc số liệu của nó`,
          source_id: ctx.file,
          source_loc: `${ctx.file}:${e.row.line}`,
          index: ctx.index ?? null,
          province_code: ctx.province,
          year: ctx.year,
        }),
      );
    }
  }
  return { defs: entries.map((e) => e.def), issues };
}

function matchTop(ctx: LabelContext, label: string, number: number | null): { def: IndicatorDef; match: IndicatorMatch | null; positional: boolean } | null {
  const base = { index: ctx.index, year: ctx.year };
  const tries = [{ ...base, level: "dimension" as const, dimension: number ?? undefined }, { ...base, level: "total" as const }, base];
  for (const t of tries) {
    const m = label ? matchIndicator(ctx.taxonomy, label, t) : null;
    if (m && m.def.level !== "subdimension") return { def: m.def, match: m, positional: false };
  }
  if (number !== null && ctx.index) {
    const dims = ctx.taxonomy.indicators.filter((d) => d.index === ctx.index && d.level === "dimension" && d.dimension === number && inForce(d, ctx.year));
    if (dims.length === 1) return { def: dims[0]!, match: null, positional: true };
  }
  return null;
}

function matchPart(ctx: LabelContext, label: string, parent: IndicatorDef): IndicatorMatch | null {
  const parts = partsOf(ctx.taxonomy, parent.id, ctx.year);
  if (!parts.length || !label) return null;
  const level = parts[0]!.level;
  const m = matchIndicator(ctx.taxonomy, label, {
    index: parent.index,
    year: ctx.year,
    level,
    dimension: level === "subdimension" ? parent.dimension : undefined,
  });
  return m && m.def.parent === parent.id ? m : null;
}

function resolveBlocks(entries: Entry[], ctx: LabelContext, issues: IssueRow[]) {
  let i = 0;
  while (i < entries.length) {
    const parent = entries[i]!.parent;
    if (!parent || entries[i]!.def) {
      i++;
      continue;
    }
    let j = i;
    while (j < entries.length && entries[j]!.parent === parent && !entries[j]!.def) j++;
    resolveBlock(entries.slice(i, j), parent, ctx, issues);
    i = j;
  }
}

function resolveBlock(block: Entry[], parent: IndicatorDef, ctx: LabelContext, issues: IssueRow[]) {
  const parts = partsOf(ctx.taxonomy, parent.id, ctx.year);
  const counts = new Map<string, number>();
  for (const e of block) if (confident(e.match)) counts.set(e.match!.def.id, (counts.get(e.match!.def.id) ?? 0) + 1);
  const sure = (e: Entry) => confident(e.match) && counts.get(e.match!.def.id) === 1;
  for (const e of block) if (sure(e)) e.def = e.match!.def;
  const byPosition = block.length === parts.length && block.every((e, k) => !e.def || e.def.id === parts[k]!.id);
  block.forEach((e, k) => {
    if (e.def) return;
    if (byPosition) {
      e.def = parts[k]!;
      if (e.match?.def.id !== e.def.id && e.row.hasFigures)
        issues.push(
          positional(
            ctx,
            e.row,
            e.def,
            `position ${k + 1} of ${parts.length} under ${parent.id}`,
            `vị trí thứ ${k + 1} trong ${parts.length} thành phần của ${parent.id}`,
          ),
        );
    } else if (e.match && !counts.has(e.match.def.id) && !block.some((o) => o.def?.id === e.match!.def.id)) {
      e.def = e.match.def;
    }
  });
}

function positional(ctx: LabelContext, row: LabelRow, def: IndicatorDef, how: string, howVi: string): IssueRow {
  return issue({
    kind: "positional_match",
    severity: "warning",
    message: `${ctx.file}:${row.line}: "${row.label}" matches no indicator name; read as ${def.id} (${def.name_vi}) by its ${how} in the ${ctx.year} taxonomy`,
    message_vi: `${ctx.file}:${row.line}: "${row.label}" không khớp với tên chỉ số nào; được đọc là ${def.id} (${def.name_vi}) theo ${howVi} trong danh mục chỉ số năm ${ctx.year}`,
    source_id: ctx.file,
    source_loc: `${ctx.file}:${row.line}`,
    index: def.index,
    province_code: ctx.province,
    year: ctx.year,
    indicator_id: def.id,
  });
}
