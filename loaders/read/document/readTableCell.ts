import { stripMarkup } from "../../text/foldText.ts";
import { parseNumber, type ParsedNumber } from "../../text/parseNumber.ts";
import { matchGroup, type Taxonomy } from "../../model/taxonomy.ts";
import type { Group } from "../../model/model.ts";

/** A cell's text without emphasis (`**x**`, `<i>x</i>`, `*x*`). */
export function cellText(cell: string | undefined): string {
  return stripMarkup(cell ?? "").trim();
}

/** A cell that holds nothing: empty, or a dash/ellipsis placeholder. */
export function isBlankCell(text: string): boolean {
  return /^([-–—.…x]|n\/a)?$/i.test(text.trim());
}

/** Digits with at most a couple of stray characters ("4,3x", "5.4l"): a number, possibly garbled. */
export function looksNumeric(text: string): boolean {
  const t = text.trim();
  return /\d/.test(t) && t.length <= 16 && t.replace(/[\d.,%/\s]/g, "").length <= 2;
}

export type ValueCell = { kind: "blank" } | { kind: "value"; parsed: ParsedNumber } | { kind: "garbled"; text: string };

export function readValueCell(cell: string | undefined): ValueCell {
  const text = cellText(cell);
  if (isBlankCell(text)) return { kind: "blank" };
  const parsed = parseNumber(text, "auto");
  return parsed ? { kind: "value", parsed } : { kind: "garbled", text };
}

export type RankCell = { kind: "blank" } | { kind: "rank"; rank: number; of: number | null } | { kind: "garbled"; text: string };

/** "13" → 13; "13/63" → 13 of 63; "31/61/63" → 31 of 61 ranked (of 63 provinces). */
export function readRankCell(cell: string | undefined): RankCell {
  const text = cellText(cell);
  if (isBlankCell(text)) return { kind: "blank" };
  const m = /^(\d{1,2})(?:\s*\/\s*(\d{1,2})(?:\s*\/\s*\d{1,2})?)?$/.exec(text);
  if (!m) return { kind: "garbled", text };
  return { kind: "rank", rank: Number(m[1]), of: m[2] ? Number(m[2]) : null };
}

export type GroupCell = { kind: "blank" } | { kind: "group"; group: Group } | { kind: "garbled"; text: string };

export function readGroupCell(tax: Taxonomy, cell: string | undefined): GroupCell {
  const text = cellText(cell);
  if (isBlankCell(text)) return { kind: "blank" };
  const group = matchGroup(tax, text);
  return group ? { kind: "group", group } : { kind: "garbled", text };
}
