import { foldText, stripMarkup } from "../../text/foldText.ts";

/** What one line of a plan is, for the task reader. */
export type OutlineLine =
  | { kind: "part"; line: number; numeral: string; title: string; role: PartRole }
  | { kind: "heading"; line: number; number: string; title: string }
  | { kind: "subheading"; line: number; marker: string; title: string }
  | { kind: "item"; line: number; marker: string; text: string }
  | { kind: "paragraph"; line: number; text: string }
  | { kind: "end"; line: number };

/** purpose: aims and requirements (no tasks); tasks: the tasks and solutions; organisation: who does what. */
export type PartRole = "purpose" | "tasks" | "organisation";

const ROMAN = /^(I|II|III|IV|V|VI|VII)\.\s+(.+)$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})?)\.?\s+(.+)$/;
const LETTER = /^([a-zđ])[).]\s*(.+)$/;
const BULLET = /^([-+•–])\s*(.+)$/;

/** A line without heading marks (#), surrounding bold, or a trailing "|" of a metadata row. */
export function plainLine(raw: string): string {
  return raw
    .replace(/^#+\s*/, "")
    .replace(/\|\s*$/, "")
    .replace(/^\*\*(.+?)\*\*\s*$/, "$1")
    .trim();
}

export function partRole(title: string): PartRole {
  const f = foldText(title);
  if (/^(muc dich|muc tieu|yeu cau)/.test(f)) return "purpose";
  if (/to chuc thuc hien|ke hoach trien khai/.test(f)) return "organisation";
  return "tasks";
}

/** A numbered line is a heading when it is short and does not read as a sentence. */
function isHeading(title: string, marked: boolean): boolean {
  const t = stripMarkup(title);
  return t.length <= (marked ? 250 : 130) && !/[.;]$/.test(t) && !/:\s*\S/.test(t);
}

/** A line marked as a heading: a markdown heading (#) or wholly bold. */
function markedHeading(raw: string): boolean {
  const t = raw.trim();
  return t.startsWith("#") || /^\*\*.+\*\*$/.test(t);
}

/** Classifies each line of a plan (skipped lines and table rows are left out). */
export function planOutline(lines: string[], skip: (line: number) => boolean): OutlineLine[] {
  const out: OutlineLine[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (skip(line) || raw.trim().startsWith("|")) return;
    const text = plainLine(raw);
    if (!text) return;
    const f = foldText(text);
    if (/^(noi nhan|tren day la|kt chu tich|tm uy ban nhan dan)/.test(f)) {
      out.push({ kind: "end", line });
      return;
    }
    const roman = ROMAN.exec(text);
    if (roman && stripMarkup(roman[2]!).length <= 90) {
      out.push({ kind: "part", line, numeral: roman[1]!, title: stripMarkup(roman[2]!), role: partRole(roman[2]!) });
      return;
    }
    const numbered = NUMBERED.exec(text.replace(/^\*\*(\d[\d.]*)\*\*/, "$1"));
    const marked = markedHeading(raw);
    if (numbered && isHeading(numbered[2]!, marked)) {
      out.push({ kind: "heading", line, number: numbered[1]!, title: stripMarkup(numbered[2]!).replace(/:$/, "") });
      return;
    }
    const letter = LETTER.exec(text);
    if (letter && isHeading(letter[2]!, marked)) {
      out.push({ kind: "subheading", line, marker: letter[1]!, title: stripMarkup(letter[2]!).replace(/:$/, "") });
      return;
    }
    const item = numbered ?? letter ?? BULLET.exec(text);
    if (item) out.push({ kind: "item", line, marker: item[1]!, text: item[2]!.trim() });
    else out.push({ kind: "paragraph", line, text });
  });
  return out;
}
