/**
 * A line longer than this is not a paragraph of a plan (the longest in the seed documents is
 * about 1 400 characters): the text lost its line breaks (an OCR or copy-paste that joined them).
 */
export const MAX_PARAGRAPH_CHARS = 4000;

/**
 * Where a line of a plan document began, in text whose line breaks were removed: before a bullet
 * ("- Nhằm …", "+ Phấn đấu …") and before a numbered heading ("1. Mục đích", "II. NHIỆM VỤ",
 * "2.1. …", "a) Trách nhiệm …"). A dash between numbers ("2024 - 2030") and a year ending a
 * sentence ("năm 2025. Phấn đấu") are not line starts.
 */
const LINE_START_RE = /\s+(?=[-+•–]\s+\p{Lu})|\s+(?=(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\.\s+\p{Lu})|\s+(?=[a-zđ]\)\s+\p{Lu})/u;

/** Between sentences: after ". ", "! ", "? " before a capital letter (not after "TP." or a heading number "II.", "2.1."). */
const SENTENCE_END_RE = /(?<=[.!?])(?<!\bTP\.|\bTp\.|(?:^|\s)(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3})\.)\s+(?=[\p{Lu}“"(])/u;

export interface RecoveredLines {
  lines: string[];
  /** 1-based numbers of the lines that were too long and were split; empty when none was. */
  split: Array<{ line: number; chars: number; pieces: number }>;
}

/**
 * Splits a document into lines and, where a line is far longer than any paragraph, recovers the
 * lines it was made of from its markdown tables (rows of as many cells as the table's separator
 * row), bullets and numbered headings, so that headings, bullets, target
 * sections and repeated pages are seen as they were printed. Linear in the text's length.
 */
export function recoverLineBreaks(text: string): RecoveredLines {
  const raw = text.split(/\r\n|\r|\n/);
  const split: RecoveredLines["split"] = [];
  if (!raw.some((l) => l.length > MAX_PARAGRAPH_CHARS)) return { lines: raw, split };
  const lines: string[] = [];
  raw.forEach((l, i) => {
    if (l.length <= MAX_PARAGRAPH_CHARS) {
      lines.push(l);
      return;
    }
    const pieces = splitTableRows(l)
      .flatMap((p) => (p.table ? [p.text] : p.text.split(new RegExp(LINE_START_RE.source, "gu"))))
      // A piece still longer than any paragraph is cut at its sentences.
      .flatMap((p) => (p.length > MAX_PARAGRAPH_CHARS ? p.split(SENTENCE_END_RE) : [p]))
      .map((p) => p.trim())
      .filter((p) => p.length);
    split.push({ line: i + 1, chars: l.length, pieces: pieces.length });
    lines.push(...pieces);
  });
  return { lines, split };
}

/** A markdown separator row, "|---|:--:|". */
const SEPARATOR_RE = /\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+/g;

/** The index of the `count`-th "|" from `from` going forward (step 1) or backward (step −1), −1 if none. */
function nthPipe(l: string, from: number, count: number, step: 1 | -1, stop: number): number {
  let seen = 0;
  for (let i = from; step > 0 ? i < stop : i >= stop; i += step) if (l[i] === "|" && ++seen === count) return i;
  return -1;
}

/**
 * Cuts a joined line at the rows of its markdown tables: a table of n columns has a separator row
 * of n + 1 pipes, a header row of n + 1 pipes just before it and body rows of n + 1 pipes after it,
 * as long as the text goes on with "|". Text outside tables is returned as is.
 */
function splitTableRows(l: string): Array<{ text: string; table: boolean }> {
  const out: Array<{ text: string; table: boolean }> = [];
  let from = 0;
  for (const m of l.matchAll(SEPARATOR_RE)) {
    if (m.index < from) continue;
    const n = m[0].split("|").length - 2;
    let headerEnd = m.index - 1;
    while (headerEnd >= from && /\s/.test(l[headerEnd]!)) headerEnd--;
    const headerStart = l[headerEnd] === "|" ? nthPipe(l, headerEnd, n + 1, -1, from) : -1;
    if (headerStart < 0) continue; // no header row of the separator's width: not a table to rebuild
    out.push({ text: l.slice(from, headerStart), table: false });
    out.push({ text: l.slice(headerStart, headerEnd + 1), table: true });
    out.push({ text: m[0], table: true });
    let pos = m.index + m[0].length;
    for (;;) {
      let start = pos;
      while (start < l.length && /\s/.test(l[start]!)) start++;
      if (l[start] !== "|") break;
      const end = nthPipe(l, start, n + 1, 1, l.length);
      if (end < 0) {
        pos = l.length;
        out.push({ text: l.slice(start), table: true });
        break;
      }
      out.push({ text: l.slice(start, end + 1), table: true });
      pos = end + 1;
    }
    from = pos;
  }
  out.push({ text: l.slice(from), table: false });
  return out;
}
