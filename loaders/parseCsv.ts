/**
 * RFC 4180 CSV parsing that remembers the line each record starts on, so every warning
 * can name `file:line`. Accepts `,` or `;` delimiters, CRLF or LF, and a UTF-8 BOM.
 */
export interface CsvRecord {
  /** 1-based line number of the record's first character. */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

export function parseCsv(text: string, delimiter?: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delim = delimiter ?? sniffDelimiter(src);
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    let atFieldStart = true;
    for (;;) {
      if (i >= n) {
        if (quoted) throw new CsvError("unterminated quoted field", start);
        fields.push(field);
        break;
      }
      const c = src[i]!;
      if (quoted) {
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === "\n") line++;
          field += c;
          i++;
        }
        continue;
      }
      if (c === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        i++;
        continue;
      }
      if (c === delim) {
        fields.push(field);
        field = "";
        atFieldStart = true;
        i++;
        continue;
      }
      if (c === "\r" || c === "\n") {
        fields.push(field);
        i += c === "\r" && src[i + 1] === "\n" ? 2 : 1;
        line++;
        break;
      }
      field += c;
      atFieldStart = false;
      i++;
    }
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: start, fields });
  }
  return records;
}

function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const commas = firstLine.split(",").length;
  const semis = firstLine.split(";").length;
  const tabs = firstLine.split("\t").length;
  if (tabs > commas && tabs > semis) return "\t";
  return semis > commas ? ";" : ",";
}

/** Quotes a value for CSV output when it needs it, formula-safe (the one rule: src/components/csv.ts). */
export { csvCell as csvField } from "../src/components/csv.ts";
