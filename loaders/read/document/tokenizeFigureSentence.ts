import { foldAligned } from "../../text/foldAligned.ts";
import { parseNumber } from "../../text/parseNumber.ts";
import { matchIndicator, type IndicatorDef, type Taxonomy } from "../../model/taxonomy.ts";
import { provinceMentions } from "./provinceNamedIn.ts";
import type { ProvinceRegistry } from "../../model/provinces.ts";
import type { Group, IndexId, RankScope } from "../../model/model.ts";

/** A number as printed, with its parsed value and the decimals printed. */
export interface Figure {
  value: number;
  text: string;
  decimals: number;
  percent: boolean;
  raw: string;
}

/** The words of a sentence that carry figures or say what the figures are about, in order. */
export type FigureToken = { at: number; raw: string } & (
  | { t: "indicator"; def: IndicatorDef | null; name: string }
  | { t: "province"; code: string | null; name: string }
  | { t: "national" }
  | { t: "year"; year: number }
  | { t: "since"; year: number }
  | { t: "value"; figure: Figure; comparator: "eq" | "gte" }
  | { t: "change"; figure: Figure; sign: 1 | -1 }
  | { t: "rank"; rank: number; of: number | null; total: number | null; scope: RankScope }
  | { t: "rankChange"; places: number; sign: 1 | -1 }
  | { t: "top"; rank: number; scope: RankScope; comparator: "lte" | "eq" }
  | { t: "group"; group: Group }
  | { t: "target" }
  | { t: "loose" }
);

/** "so với năm trước": the year before the figure's own. */
export const PREVIOUS_YEAR = -1;

/** A token without its position: Omit distributed over the union. */
type TokenBody = FigureToken extends infer T ? (T extends FigureToken ? Omit<T, "at" | "raw"> : never) : never;

export interface TokenContext {
  taxonomy: Taxonomy;
  registry: ProvinceRegistry;
  /** Indices the document addresses: quoted names are matched among them. */
  indices: IndexId[];
}

const NUM = String.raw`(\d+(?:[.,]\d+)*)`;
const W = "(?<![a-z0-9])";
const GROUPS: Array<[string, Group]> = [
  ["trung binh cao", "TBC"],
  ["trung binh thap", "TBT"],
  ["cao nhat", "CN"],
  ["thap nhat", "TN"],
];

const INDEX_MENTIONS: Array<[RegExp, string]> = [
  [new RegExp(`${W}(papi|chi so hieu qua quan tri va hanh chinh cong)(?![a-z])`, "g"), "papi.total"],
  [new RegExp(`${W}(par ?index|chi so cai cach hanh chinh|chi so cchc)(?![a-z])`, "g"), "par.total"],
  [new RegExp(`${W}(sipas|chi so hai long)(?![a-z])`, "g"), "sipas.total"],
];

function figure(raw: string, unit: string): Figure | null {
  const p = parseNumber(raw, "auto");
  return p ? { value: p.value, text: p.text, decimals: p.decimals, percent: unit === "%", raw } : null;
}

/** Scope of a rank from the words that follow it, up to the next clause. */
function scopeAfter(folded: string, from: number): RankScope {
  const rest = folded.slice(from, from + 60).split(/[;()]|\bxep\b|\bdung\b/)[0]!;
  if (/tay bac/.test(rest)) return "northwest";
  if (/\b(vung|khu vuc)\b/.test(rest)) return "region";
  return "national";
}

/** The sentence twice: as printed and folded (same offsets), and a way to turn a match into a token. */
interface Scan {
  original: string;
  folded: string;
  add: (m: RegExpMatchArray, tok: TokenBody, at?: number) => void;
  addSpan: (at: number, length: number, tok: TokenBody) => void;
}

/** "đạt 45,06 điểm", "đạt từ 46,40 điểm trở lên", "được 43,61 điểm", "đạt 89,33%", "đạt 42,10/80 điểm". */
function values(s: Scan) {
  const re = new RegExp(
    `${W}(dat(?: duoc)?|duoc|la|bang)\\s*:?\\s+(?:muc\\s+|tong diem\\s+|so diem\\s+)?(tu\\s+|tren\\s+|khoang\\s+|toi thieu\\s+)?${NUM}(?:\\s*\\/\\s*\\d+)?\\s*(diem|%)(\\s*tro len)?`,
    "g",
  );
  for (const m of s.folded.matchAll(re)) {
    const f = figure(m[3]!, m[4]!);
    if (f) s.add(m, { t: "value", figure: f, comparator: m[5] || /tren|toi thieu/.test(m[2] ?? "") ? "gte" : "eq" });
  }
}

/** "tăng 0,69 điểm", "giảm 2,44%", "tăng 14 bậc", "so với năm 2018", "so với năm trước", and plain years. */
function changesAndYears(s: Scan) {
  for (const m of s.folded.matchAll(new RegExp(`${W}(tang|giam)\\s+(?:them\\s+)?${NUM}\\s*(diem|%)`, "g"))) {
    const f = figure(m[2]!, m[3]!);
    if (f) s.add(m, { t: "change", figure: f, sign: m[1] === "tang" ? 1 : -1 });
  }
  for (const m of s.folded.matchAll(new RegExp(`${W}(tang|giam)\\s+(?:them\\s+)?(\\d{1,2})\\s+(?:bac|hang|vi tri|vi thu)(?![a-z])`, "g")))
    s.add(m, { t: "rankChange", places: Number(m[2]), sign: m[1] === "tang" ? 1 : -1 });
  const since: Array<[number, number]> = [];
  for (const m of s.folded.matchAll(/so voi\s+(?:cung ky\s+)?(?:nam\s+)?(\d{4}|truoc)(?![\da-z])/g)) {
    s.add(m, { t: "since", year: m[1] === "truoc" ? PREVIOUS_YEAR : Number(m[1]) });
    since.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of s.folded.matchAll(new RegExp(`${W}nam\\s+(\\d{4})(?!\\d)`, "g"))) {
    if (!since.some(([a, b]) => m.index! >= a && m.index! < b)) s.add(m, { t: "year", year: Number(m[1]) });
  }
}

/** "xếp thứ 13/63", "xếp hạng 20/63", "xếp vị thứ 31/61/63", "xếp thứ 35 trên 63", "top 10", "đứng đầu … Tây Bắc". */
function ranks(s: Scan) {
  const rank = new RegExp(
    `${W}(?:xep|dung)\\s+(?:vi tri\\s+)?(?:thu hang|hang|vi thu|thu)\\s+(?:thu\\s+)?(\\d{1,2})(?:\\s*\\/\\s*(\\d{1,2})(?:\\s*\\/\\s*(\\d{1,2}))?|\\s+tren\\s+(\\d{1,2}))?(?![\\d/])`,
    "g",
  );
  for (const m of s.folded.matchAll(rank)) {
    const of = m[2] ? Number(m[2]) : m[4] ? Number(m[4]) : null;
    s.add(m, { t: "rank", rank: Number(m[1]), of, total: m[3] ? Number(m[3]) : of, scope: scopeAfter(s.folded, m.index! + m[0].length) });
  }
  for (const m of s.folded.matchAll(new RegExp(`${W}top\\s+(\\d{1,2})(?!\\d)`, "g")))
    s.add(m, { t: "top", rank: Number(m[1]), scope: scopeAfter(s.folded, m.index! + m[0].length), comparator: "lte" });
  // "đứng trong nhóm 20 tỉnh dẫn đầu" is a rank of at most 20, not the first place.
  for (const m of s.folded.matchAll(new RegExp(`${W}nhom\\s+(\\d{1,2})\\s+(?:tinh|dia phuong)[a-z ]{0,24}?\\s(?:dan|dung) dau(?![a-z])`, "g")))
    s.add(m, { t: "top", rank: Number(m[1]), scope: scopeAfter(s.folded, m.index! + m[0].length), comparator: "lte" });
  // "đứng đầu các tỉnh vùng Tây Bắc" is a rank; "người đứng đầu cơ quan" (the head of an agency) is not.
  for (const m of s.folded.matchAll(new RegExp(`(?<!nguoi\\s)${W}(?:dung|dan) dau(?![a-z])`, "g"))) {
    const end = m.index! + m[0].length;
    if (/nhom \d{1,2} (?:tinh|dia phuong)[a-z ]{0,24}$/.test(s.folded.slice(Math.max(0, m.index! - 40), m.index! + 1))) continue;
    if (/tay bac|ca nuoc|toan quoc|\bvung\b|khu vuc/.test(s.folded.slice(end, end + 50)))
      s.add(m, { t: "top", rank: 1, scope: scopeAfter(s.folded, end), comparator: "eq" });
  }
}

/** "thuộc nhóm … đạt điểm cao nhất", "nhóm TBT", and the target words "phấn đấu", "mục tiêu". */
function groupsAndTargets(s: Scan) {
  for (const m of s.folded.matchAll(new RegExp(`${W}nhom(?![a-z])[^;()]{0,60}?(${GROUPS.map((g) => g[0]).join("|")})(?![a-z])`, "g")))
    s.add(m, { t: "group", group: GROUPS.find((g) => g[0] === m[1])![1] }, m.index! + m[0].length - m[1]!.length);
  for (const m of s.folded.matchAll(new RegExp(`${W}nhom\\s+(cn|tbc|tbt|tn)(?![a-z])`, "g")))
    s.add(m, { t: "group", group: m[1]!.toUpperCase() as Group }, m.index! + m[0].length - m[1]!.length);
  for (const m of s.folded.matchAll(new RegExp(`${W}(phan dau|muc tieu|chi tieu)(?![a-z])`, "g"))) s.add(m, { t: "target" });
}

/** Index names, quoted dimension names ("Chỉ số nội dung “Tham gia …”"), provinces and "toàn quốc". */
function subjects(s: Scan, ctx: TokenContext) {
  for (const m of s.folded.matchAll(new RegExp(`${W}(toan quoc|trung binh (?:cua )?ca nuoc|binh quan ca nuoc)(?![a-z])`, "g"))) s.add(m, { t: "national" });
  for (const [re, id] of INDEX_MENTIONS)
    for (const m of s.folded.matchAll(re)) s.add(m, { t: "indicator", def: ctx.taxonomy.byId.get(id) ?? null, name: m[0] });
  for (const m of s.original.matchAll(/[“"]([^”"]{2,160})[”"]/g)) {
    const before = s.folded.slice(Math.max(0, m.index! - 30), m.index!);
    if (/(noi dung|chi so|truc|linh vuc|tieu chi)\s*:?\s*$/.test(before)) s.add(m, { t: "indicator", def: matchQuoted(ctx, m[1]!), name: m[1]! });
  }
  for (const p of provinceMentions(s.original, ctx.registry)) {
    s.addSpan(p.at, p.length, { t: "province", code: p.province?.code ?? null, name: p.name });
  }
}

/**
 * Finds the figure-bearing words of one sentence, in order: values, changes and the years they
 * are compared with, ranks, groups, target words, years, provinces and indicators. A decimal
 * figure with a unit that none of these forms takes is returned as "loose": reported, never
 * guessed at.
 */
export function tokenizeFigureSentence(sentence: string, ctx: TokenContext): FigureToken[] {
  const { original, folded } = foldAligned(sentence);
  const tokens: FigureToken[] = [];
  const addSpan = (at: number, length: number, tok: TokenBody, tokenAt = at) =>
    tokens.push({ at: tokenAt, raw: original.slice(at, at + length), ...tok } as FigureToken);
  const add = (m: RegExpMatchArray, tok: TokenBody, at = m.index!) => addSpan(m.index!, m[0].length, tok, at);
  const scan: Scan = { original, folded, add, addSpan };
  values(scan);
  changesAndYears(scan);
  ranks(scan);
  groupsAndTargets(scan);
  const taken = tokens.filter((t) => t.t === "value" || t.t === "change").map((t) => [t.at, t.at + t.raw.length] as const);
  for (const m of folded.matchAll(new RegExp(`${W}(\\d+[.,]\\d+)\\s*(diem|%)`, "g"))) {
    if (!taken.some(([a, b]) => m.index! >= a && m.index! < b)) add(m, { t: "loose" });
  }
  subjects(scan, ctx);
  return tokens.sort((a, b) => a.at - b.at);
}

function matchQuoted(ctx: TokenContext, name: string): IndicatorDef | null {
  const tries = ctx.indices.length ? ctx.indices.map((index) => ({ index })) : [{}];
  for (const t of tries) {
    const m = matchIndicator(ctx.taxonomy, name, t);
    if (m) return m.def;
  }
  return null;
}
