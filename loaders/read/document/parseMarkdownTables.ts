import { foldText, similarity } from "../../text/foldText.ts";

/** One table line: its 1-based line number and its cells, trimmed, markup kept. */
export interface TableRow {
  line: number;
  cells: string[];
}

/** A markdown table: the header line, the body rows and the lines at which it was continued. */
export interface MarkdownTable {
  /** 1-based line of the header row. */
  line: number;
  header: TableRow;
  rows: TableRow[];
  /** Header lines of later tables joined to this one (continuations after a page break). */
  continuedAt: number[];
  /** 1-based line of the last row. */
  endLine: number;
}

/** Splits `| a | b |` into ["a", "b"]; null when the line is not a table row. */
export function splitTableRow(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith("|")) return null;
  let body = t.slice(1);
  if (body.endsWith("|") && !body.endsWith("\\|")) body = body.slice(0, -1);
  const cells: string[] = [];
  let cur = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "\\" && body[i + 1] === "|") {
      cur += "|";
      i++;
    } else if (ch === "|") {
      cells.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

function isSeparator(cells: string[] | null): boolean {
  return !!cells && cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c.replace(/\s+/g, ""))) && cells.some((c) => c.includes("-"));
}

/**
 * Finds the markdown tables in a document: a `|` line followed by a separator line (`|---|`),
 * then every following `|` line. Lines with `|` that are not followed by a separator (metadata
 * such as `Số hiệu | 126/KH-UBND |`) are not tables. A table that follows another one closely,
 * with the same number of columns and an empty or repeated header, is joined to it as its
 * continuation after a page break.
 */
export function parseMarkdownTables(lines: string[], options: { skip?: (line: number) => boolean } = {}): MarkdownTable[] {
  const skip = options.skip ?? (() => false);
  const tables: MarkdownTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = skip(i + 1) ? null : splitTableRow(lines[i]!);
    const sep = header && i + 1 < lines.length ? splitTableRow(lines[i + 1]!) : null;
    if (!header || !isSeparator(sep)) {
      i++;
      continue;
    }
    const rows: TableRow[] = [];
    let j = i + 2;
    for (; j < lines.length; j++) {
      const cells = splitTableRow(lines[j]!);
      if (!cells || skip(j + 1)) break;
      rows.push({ line: j + 1, cells });
    }
    tables.push({ line: i + 1, header: { line: i + 1, cells: header }, rows, continuedAt: [], endLine: j });
    i = j;
  }
  return joinContinuations(tables, lines);
}

const MAX_GAP_LINES = 6;

function joinContinuations(tables: MarkdownTable[], lines: string[]): MarkdownTable[] {
  const out: MarkdownTable[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, t, lines)) {
      prev.rows.push(...t.rows);
      prev.continuedAt.push(t.line);
      prev.endLine = t.endLine;
    } else out.push(t);
  }
  return out;
}

function continues(prev: MarkdownTable, next: MarkdownTable, lines: string[]): boolean {
  if (prev.header.cells.length !== next.header.cells.length) return false;
  const gap = lines.slice(prev.endLine, next.line - 1).filter((l) => l.trim());
  if (next.line - prev.endLine - 1 > MAX_GAP_LINES || gap.length > 2 || gap.some((l) => l.trim().length > 40)) return false;
  if (next.header.cells.every((c) => !c.trim())) return true;
  const a = foldText(prev.header.cells.join(" | "));
  const b = foldText(next.header.cells.join(" | "));
  return similarity(a, b) >= 0.85;
}
