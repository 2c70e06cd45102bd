import { foldAligned } from "../../text/foldAligned.ts";
import { parseDocumentDate } from "./parseDocumentDate.ts";

/** A document cited with its number and date: "Quyết định số 892/QĐ-BNV ngày 05/12/2024". */
export interface Citation {
  /** Kind of act as printed ("Quyết định", "Kế hoạch"). */
  act: string;
  /** Number without spaces or markup ("892/QĐ-BNV"). */
  number: string;
  /** ISO date, partial when the day is blank. */
  date: string;
  line: number;
  text: string;
}

const ACTS = "quyet dinh|ke hoach|nghi dinh|nghi quyet|thong tu|chi thi|cong van|thong bao";
const CITATION_RE = new RegExp(
  `(?<![a-z])(${ACTS})\\s+(?:so\\s*:?\\s*)?\\**\\s*(\\d+[a-z0-9]*(?:\\s*[-/]\\s*[a-z0-9]+)+)\\s*\\**\\s+(?:cua\\s+[^,;]{0,40}?)?ngay\\s*((?:\\d{1,2})?\\s*(?:thang\\s*\\d{1,2}\\s*nam\\s*\\d{4}|[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}))`,
  "g",
);

/** Normalises a document number: "151 /KH-UBND" → "151/KH-UBND", "985/QĐ -UBND" → "985/QĐ-UBND". */
export function normaliseDocumentNumber(raw: string): string {
  return raw.replace(/\*\*/g, "").replace(/\s+/g, "").toUpperCase();
}

/** Every dated citation of an act in the given lines (1-based line numbers; `skip` hides lines). */
export function findCitations(lines: string[], skip: (line: number) => boolean = () => false): Citation[] {
  const out: Citation[] = [];
  lines.forEach((raw, i) => {
    if (skip(i + 1)) return;
    const { original, folded } = foldAligned(raw);
    for (const m of folded.matchAll(CITATION_RE)) {
      const at = m.index!;
      const numberStart = at + m[0].indexOf(m[2]!, m[1]!.length);
      const number = normaliseDocumentNumber(original.slice(numberStart, numberStart + m[2]!.length));
      const dateText = m[3]!;
      const date = parseDocumentDate(dateText.includes("thang") ? `ngay ${dateText}` : dateText);
      if (!date) continue;
      out.push({ act: original.slice(at, at + m[1]!.length), number, date: date.iso, line: i + 1, text: original.slice(at, at + m[0].length) });
    }
  });
  return out;
}
