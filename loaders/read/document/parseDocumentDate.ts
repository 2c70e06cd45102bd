import { foldAligned } from "../../text/foldAligned.ts";

/** A date as printed in a Vietnamese document; `iso` is partial ("2024-05") when the day is blank. */
export interface DocumentDate {
  iso: string;
  year: number;
  month: number;
  day: number | null;
}

const pad = (n: number) => String(n).padStart(2, "0");

function make(year: number, month: number, day: number | null): DocumentDate | null {
  if (month < 1 || month > 12 || year < 1945 || year > 2100) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { iso: day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`, year, month, day };
}

/** Matches "ngày 16 tháng 5 năm 2020", "ngày   tháng 5 năm 2024", "16/5/2020", "16 /5/2024", "05-12-2024". */
const DATE_PATTERN = /(?:ngay\s*)?(?:(\d{1,2})?\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})|(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))/;

/** Reads the first date in a piece of text. */
export function parseDocumentDate(text: string): DocumentDate | null {
  const { folded } = foldAligned(text.replace(/\*\*/g, ""));
  const m = DATE_PATTERN.exec(folded);
  if (!m) return null;
  if (m[3]) return make(Number(m[3]), Number(m[2]), m[1] ? Number(m[1]) : null);
  return make(Number(m[6]), Number(m[5]), Number(m[4]));
}
