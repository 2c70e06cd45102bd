/**
 * Parses a number as printed in Vietnamese (45,06 · 1.234,5 · 89,33%) or English
 * (45.06 · 1,234.5) documents, keeping the precision of the source.
 */
export interface ParsedNumber {
  value: number;
  /** Canonical text: dot decimal, no grouping, the digits the source printed ("45.06", "5.6"). */
  text: string;
  /** Number of decimals printed. */
  decimals: number;
  percent: boolean;
}

/**
 * `vi`: comma is the decimal mark, dot groups thousands (a lone dot followed by exactly three
 * digits is a thousands separator). `en`: the reverse. `auto`: when both marks are present the
 * last one is the decimal mark; with one mark, a single occurrence followed by 1–2 or 4+ digits is
 * decimal, otherwise `vi` rules apply.
 */
export type NumberStyle = "vi" | "en" | "auto";

const NUMBER_RE = /^([-+−–]?)\s*(\d[\d.,\s]*\d|\d)\s*(%?)$/;

export function parseNumber(raw: string, style: NumberStyle = "vi"): ParsedNumber | null {
  const cleaned = raw.replace(/\u00a0/g, " ").trim();
  const m = NUMBER_RE.exec(cleaned);
  if (!m) return null;
  const sign = m[1] ? "-" : "";
  const body = m[2]!.replace(/\s+/g, "");
  const percent = m[3] === "%";
  const hasComma = body.includes(",");
  const hasDot = body.includes(".");
  let decimalMark: "," | "." | null = null;
  if (hasComma && hasDot) {
    decimalMark = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
  } else if (hasComma || hasDot) {
    const mark = hasComma ? "," : ".";
    const parts = body.split(mark);
    const groupsOfThree = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
    const effective = style === "auto" ? (parts.length === 2 && parts[1]!.length !== 3 ? "decimal" : null) : null;
    if (effective === "decimal") decimalMark = mark;
    else {
      const viStyle = style === "vi" || style === "auto";
      const markIsDecimalInStyle = viStyle ? mark === "," : mark === ".";
      if (markIsDecimalInStyle) {
        if (parts.length !== 2) return null; // "1,2,3" cannot be a decimal
        decimalMark = mark;
      } else {
        if (!groupsOfThree) return null; // "4.3" in Vietnamese style: not a grouped thousand
        decimalMark = null;
      }
    }
  }
  let intPart = body;
  let fracPart = "";
  if (decimalMark) {
    const at = body.lastIndexOf(decimalMark);
    intPart = body.slice(0, at);
    fracPart = body.slice(at + 1);
  }
  const groupMark = decimalMark === "," ? "." : decimalMark === "." ? "," : hasComma ? "," : ".";
  if (intPart.includes(decimalMark ?? "\u0000")) return null;
  if (intPart.includes(groupMark)) {
    const groups = intPart.split(groupMark);
    if (groups[0]!.length > 3 || groups[0]!.length === 0 || groups.slice(1).some((g) => g.length !== 3)) return null;
    intPart = groups.join("");
  }
  if (!/^\d+$/.test(intPart) || (fracPart && !/^\d+$/.test(fracPart))) return null;
  const text = sign + intPart.replace(/^0+(?=\d)/, "") + (fracPart ? "." + fracPart : "");
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return { value, text, decimals: fracPart.length, percent };
}

/** Finds every number in free text ("đạt 45,06 điểm") with its offset. */
export function findNumbers(text: string, style: NumberStyle = "vi"): Array<ParsedNumber & { index: number; raw: string }> {
  const out: Array<ParsedNumber & { index: number; raw: string }> = [];
  const re = /\d+(?:[.,]\d+)*\s?%?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].trimEnd();
    const parsed = parseNumber(raw.replace(/\s(?=%)/, ""), style);
    if (parsed) out.push({ ...parsed, index: m.index, raw });
  }
  return out;
}
