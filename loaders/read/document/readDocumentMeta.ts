import { foldText, stripMarkup } from "../../text/foldText.ts";
import { parseDocumentDate, type DocumentDate } from "./parseDocumentDate.ts";
import { findCitations, normaliseDocumentNumber, type Citation } from "./findCitations.ts";
import { matchProvince, type ProvinceRegistry } from "../../model/provinces.ts";
import { districtProvince } from "./districtProvince.ts";
import { issue, type IndexId, type IssueRow } from "../../model/model.ts";
import { indicesOf } from "./indicesOf.ts";

/** What a plan document says about itself. */
export interface DocumentMeta {
  title: string | null;
  issuer: string | null;
  number: string | null;
  date: string | null;
  level: "province" | "commune";
  province_code: string | null;
  /** Indices the document addresses, in the order PAPI, PAR_INDEX, SIPAS. */
  indices: IndexId[];
  /** The year the plan is for (the last year in its title). */
  planYear: number | null;
  /** Line of the place-and-date line, for provenance. */
  dateLine: number | null;
}

import { MAX_PARAGRAPH_CHARS } from "./recoverLineBreaks.ts";

const HEADER_LINES = 40;
const CITY_CODES = new Set(["01", "31", "48", "79", "92"]);

/** A header line without markdown markers, bold, or the trailing "|" of a metadata row. */
function clean(line: string): string {
  return stripMarkup(line.replace(/^#+\s*/, "").replace(/\|\s*$/, "")).trim();
}

/** Reads title, issuer, number, date, level, province and indices from the document's own text. */
export function readDocumentMeta(
  lines: string[],
  file: string,
  registry: ProvinceRegistry,
  skip: (line: number) => boolean = () => false,
): { meta: DocumentMeta; issues: IssueRow[] } {
  const issues: IssueRow[] = [];
  // A document's header lines are short; a longer one (text that lost its breaks) is read from its start.
  const head = lines.slice(0, HEADER_LINES).map((l) => clean(l.slice(0, MAX_PARAGRAPH_CHARS)));
  const number = readNumber(head);
  const { place, date, dateLine, altDate } = readPlaceAndDate(head);
  const title = readTitle(head);
  const titleIndices = indicesOf(title ?? "");
  const indices = titleIndices.length ? titleIndices : indicesOf(head.join(" "));
  const titleYears = [...foldText(title ?? "").matchAll(/nam (\d{4})/g)].map((m) => Number(m[1]));
  const planYear = titleYears.length ? titleYears[titleYears.length - 1]! : (date?.year ?? null);
  const commune = communeOf(title ?? "");
  const level = commune ? "commune" : "province";
  const province_code = commune ? provinceOfCommuneDocument(lines, registry) : provinceOfProvinceDocument(place, title, head, registry);
  const province = province_code ? registry.byCode.get(province_code)! : null;
  const issuer = commune ? `UBND xã ${commune}` : province ? `UBND ${CITY_CODES.has(province.code) ? "thành phố" : "tỉnh"} ${province.name_vi}` : null;
  if (!province_code) {
    issues.push(
      issue({
        kind: "unknown_province",
        severity: "warning",
        message: `cannot tell which province the document is about (place "${place ?? ""}")`,
        message_vi: `không xác định được văn bản nói về tỉnh/thành phố nào (địa danh "${place ?? ""}")`,
        source_id: file,
        source_loc: `${file}:${dateLine ?? 1}`,
      }),
    );
  }
  if (date && altDate && altDate.date.iso !== date.iso) {
    issues.push(
      issue({
        kind: "metadata_conflict",
        severity: "warning",
        message: `document dated ${date.iso} (line ${dateLine}) and ${altDate.date.iso} (line ${altDate.line})`,
        message_vi: `văn bản ghi ngày ${date.iso} (dòng ${dateLine}) và ngày ${altDate.date.iso} (dòng ${altDate.line})`,
        source_id: file,
        source_loc: `${file}:${dateLine}`,
      }),
    );
  }
  issues.push(...citationConflicts(lines, file, skip, number, date, dateLine));
  const meta: DocumentMeta = { title, issuer, number, date: date?.iso ?? null, level, province_code, indices, planYear, dateLine };
  return { meta, issues };
}

function readNumber(head: string[]): string | null {
  for (const line of head) {
    const m = /^Số(?:\s+hiệu)?\s*[:|]?\s*(\d*)\s*\/\s*([\p{L}][\p{L}\d-]*)/u.exec(line);
    if (m) return m[1] ? normaliseDocumentNumber(`${m[1]}/${m[2]}`) : null;
  }
  return null;
}

function readPlaceAndDate(head: string[]) {
  let place: string | null = null;
  let date: DocumentDate | null = null;
  let dateLine: number | null = null;
  let altDate: { date: DocumentDate; line: number } | null = null;
  head.forEach((line, i) => {
    const m = /^([\p{L}][\p{L}\s.-]{1,40}?),\s*ngày\b(.*)$/u.exec(line);
    if (m && !date) {
      const d = parseDocumentDate(`ngày${m[2]}`);
      if (d) {
        place = m[1]!.trim();
        date = d;
        dateLine = i + 1;
      }
    }
    const issued = /^Ngày ban hành\s*[:|]\s*(.+)$/iu.exec(line);
    if (issued && !altDate) {
      const d = parseDocumentDate(issued[1]!);
      if (d) altDate = { date: d, line: i + 1 };
    }
  });
  if (!date && altDate) {
    date = (altDate as { date: DocumentDate; line: number }).date;
    dateLine = (altDate as { date: DocumentDate; line: number }).line;
    altDate = null;
  }
  return { place: place as string | null, date: date as DocumentDate | null, dateLine, altDate: altDate as { date: DocumentDate; line: number } | null };
}

function readTitle(head: string[]): string | null {
  const at = head.findIndex((l) => foldText(l) === "ke hoach");
  if (at >= 0) {
    const parts: string[] = [];
    for (let i = at + 1; i < head.length && parts.length < 4; i++) {
      if (!head[i]) {
        if (parts.length) break;
        continue;
      }
      parts.push(head[i]!);
    }
    return parts.length ? parts.join(" ") : null;
  }
  const first = head.find((l) => l);
  if (first && foldText(first).startsWith("ke hoach")) {
    const rest = first.replace(/^Kế\s+hoạch\s+(?:số\s*:?\s*)?(?:\d+\s*\/\s*[\p{L}\d-]+)?\s*/iu, "");
    return rest ? rest[0]!.toUpperCase() + rest.slice(1) : first;
  }
  return null;
}

function communeOf(title: string): string | null {
  const m = /(?<![\p{L}])(?:xã|phường|thị trấn)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)/u.exec(title);
  return m ? m[1]! : null;
}

const NAME = String.raw`(\p{Lu}[\p{L}]*(?:[\s-]+\p{Lu}[\p{L}]*){0,3})`;

/** Names printed after a unit word ("tỉnh Lào Cai", "huyện Đại Từ"), longest-first prefixes tried. */
function namesAfter(text: string, unit: string): string[] {
  const re = new RegExp(String.raw`(?<![\p{L}])(?:${unit})\s+${NAME}`, "gu");
  return [...text.matchAll(re)].map((m) => m[1]!);
}

function provinceIn(names: string[], registry: ProvinceRegistry): string | null {
  for (const name of names) {
    const words = name.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const p = matchProvince(registry, words.slice(0, n).join(" "));
      if (p) return p.code;
    }
  }
  return null;
}

function provinceOfProvinceDocument(place: string | null, title: string | null, head: string[], registry: ProvinceRegistry): string | null {
  if (place) {
    const p = matchProvince(registry, place);
    if (p) return p.code;
    const district = districtProvince(place);
    if (district) return district;
  }
  return (
    provinceIn(namesAfter(title ?? "", "tỉnh|thành phố|Tỉnh|TỈNH"), registry) ??
    provinceIn(namesAfter(head.join("\n"), "tỉnh|Tỉnh|TỈNH|thành phố|Thành phố"), registry)
  );
}

function provinceOfCommuneDocument(lines: string[], registry: ProvinceRegistry): string | null {
  const text = lines.join("\n");
  const byProvince = provinceIn(namesAfter(text, "tỉnh|Tỉnh|TỈNH"), registry);
  if (byProvince) return byProvince;
  for (const name of namesAfter(text, "huyện|Huyện|HUYỆN|thị xã|Thị xã")) {
    const words = name.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const code = districtProvince(words.slice(0, n).join(" "));
      if (code) return code;
    }
  }
  return null;
}

function citationConflicts(
  lines: string[],
  file: string,
  skip: (line: number) => boolean,
  number: string | null,
  date: DocumentDate | null,
  dateLine: number | null,
): IssueRow[] {
  const cites: Citation[] = findCitations(lines, skip);
  if (number && date && dateLine) cites.unshift({ act: "Kế hoạch", number, date: date.iso, line: dateLine, text: lines[dateLine - 1]!.trim() });
  const byNumber = new Map<string, Citation[]>();
  for (const c of cites) byNumber.set(c.number, [...(byNumber.get(c.number) ?? []), c]);
  const out: IssueRow[] = [];
  for (const [num, list] of byNumber) {
    const dates = [...new Set(list.map((c) => c.date))];
    if (dates.length < 2) continue;
    const first = list[0]!;
    const other = list.find((c) => c.date !== first.date)!;
    const self = num === number ? " (this document)" : "";
    out.push(
      issue({
        kind: "metadata_conflict",
        severity: "warning",
        message: `${first.act} ${num}${self} is dated ${first.date} at ${file}:${first.line} and ${other.date} at ${file}:${other.line} ("${other.text}")`,
        message_vi: `${first.act} ${num}${num === number ? " (văn bản này)" : ""} ghi ngày ${first.date} ở ${file}:${first.line} và ngày ${other.date} ở ${file}:${other.line} ("${other.text}")`,
        source_id: file,
        source_loc: `${file}:${other.line}`,
      }),
    );
  }
  return out;
}
