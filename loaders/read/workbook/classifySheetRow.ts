/**
 * What a row of a transposed (2018+) official sheet is, from its labels: every row gets one
 * class, and a row that fits none is "unclassified" (reported, never guessed).
 */
import { foldText, similarity } from "../../text/foldText.ts";
import { cleanIndicatorLabel, inForce, subdimensionByNumber, type IndicatorDef, type Taxonomy } from "../../model/taxonomy.ts";
import { matchUnlabelledRow } from "./matchWorkbookLabel.ts";
import { stripYears } from "./workbookLabels.ts";

export type RowClass =
  | "total"
  | "weighted_total"
  | "ci_low"
  | "ci_high"
  | "se"
  | "variance"
  | "dimension"
  | "subdimension"
  | "indicator"
  | "sample_size"
  | "note"
  | "copyright"
  | "blank"
  | "unclassified";

export const ROW_CLASSES: RowClass[] = [
  "total",
  "weighted_total",
  "ci_low",
  "ci_high",
  "se",
  "variance",
  "dimension",
  "subdimension",
  "indicator",
  "sample_size",
  "note",
  "copyright",
  "blank",
  "unclassified",
];

export type RowRole =
  | { cls: "total" | "weighted_total" | "dimension"; def: IndicatorDef }
  | { cls: "subdimension"; def: IndicatorDef; printedName: string; nameAgrees: boolean }
  | { cls: "ci_low" | "ci_high" | "se"; weighted: boolean }
  | { cls: "variance"; dimension: number | null }
  | { cls: "indicator" | "sample_size" | "note" | "copyright" | "blank" }
  | { cls: "unclassified"; why: string; why_vi: string };

const UNWEIGHTED = /\b(un ?weighted|non ?weighted|khong (co )?trong so)\b/;
const WEIGHTED = /\b(weighted|co trong so)\b/;
const CI_LOW = /\b(ci low|lower bound|diem toi thieu|diem thap)\b/;
const CI_HIGH = /\b(ci high|upper bound|diem toi da|diem cao)\b/;
const SE = /\b(standard error|sai so|std err|se)\b/;
const DIMENSION = /^(?:dimension|chi so noi dung|truc noi dung)\s+(\d)\b/;
const NUMBERED_SUB = /^\s*(?:(?:sub-?\s?dimension|nội dung thành phần|chỉ số thành phần|noi dung thanh phan)\s+)?(\d)\s*[.,]\s*(\d)\s*[:.)\-–]?\s*(.*)$/i;

/** A numbered sub-dimension label ("2.1: Tiếp cận thông tin") split into its number and name. */
export function numberedLabel(label: string): { number: string; name: string } | null {
  const m = NUMBERED_SUB.exec(label);
  return m ? { number: `${m[1]}.${m[2]}`, name: m[3]!.replace(/\*+$/, "").trim() } : null;
}

/** True when a printed name is one of the indicator's names, or close to one. */
export function nameAgrees(def: IndicatorDef, printed: string): boolean {
  const key = cleanIndicatorLabel(printed);
  if (!key) return true;
  return [def.name_vi, def.name_en, ...def.variants, ...(def.short ?? [])].some((n) => {
    const k = cleanIndicatorLabel(n);
    return k === key || similarity(k, key) >= 0.8;
  });
}

/**
 * The official sub-dimension a numbered label names in a year. The number decides (the sheets
 * number sub-dimensions officially, and 2021+ keep 5.3 and 5.4 after 5.2 was dropped); the
 * printed name is checked against it, so a header that prints another era's names (the 2017
 * sheet) is read by number and reported.
 */
export function matchNumberedSubdimension(tax: Taxonomy, label: string, year: number): { def: IndicatorDef; printedName: string; nameAgrees: boolean } | null {
  const n = numberedLabel(label);
  if (!n) return null;
  const def = subdimensionByNumber(tax, n.number, year);
  return def ? { def, printedName: n.name, nameAgrees: nameAgrees(def, n.name) } : null;
}

function totalLike(key: string): boolean {
  return /\bpapi\b/.test(key) || UNWEIGHTED.test(key) || /\bweighted\b/.test(key) || /\bco trong so\b/.test(key);
}

/** The class one label gives a row, or null when the label alone does not say (a survey question). */
function classifyLabel(tax: Taxonomy, label: string, year: number): RowRole | null {
  const key = foldText(stripYears(label));
  if (!key) return null;
  if (/^(copyright|ban quyen)\b/.test(key)) return { cls: "copyright" };
  if (/^(note|ghi chu)\b/.test(key)) return { cls: "note" };
  if (/^(observations|so quan sat)\b/.test(key)) return { cls: "sample_size" };
  if (/^(phuong sai|variance)\b/.test(key)) {
    const d = /(?:chi so noi dung|dimension)\s+(\d)/.exec(key);
    return { cls: "variance", dimension: d ? Number(d[1]) : null };
  }
  if (totalLike(key)) {
    const weighted = WEIGHTED.test(key.replace(UNWEIGHTED, " "));
    if (CI_LOW.test(key)) return { cls: "ci_low", weighted };
    if (CI_HIGH.test(key)) return { cls: "ci_high", weighted };
    if (SE.test(key)) return { cls: "se", weighted };
    if (/\bpapi\b/.test(key)) {
      const def = tax.byId.get(weighted ? "papi.total_weighted" : "papi.total");
      if (def) return { cls: weighted ? "weighted_total" : "total", def };
    }
  }
  const dim = DIMENSION.exec(key);
  const numbered = numberedLabel(label);
  // A dimension's or sub-dimension's own bound or error row ("Dimension 1: … (lower bound)").
  if (dim || numbered) {
    if (CI_LOW.test(key)) return { cls: "ci_low", weighted: false };
    if (CI_HIGH.test(key)) return { cls: "ci_high", weighted: false };
    if (SE.test(key)) return { cls: "se", weighted: false };
  }
  if (dim) {
    const def = tax.byId.get(`papi.d${dim[1]}`);
    return def && inForce(def, year)
      ? { cls: "dimension", def }
      : { cls: "unclassified", why: `dimension ${dim[1]} is not part of PAPI ${year}`, why_vi: `chỉ số nội dung ${dim[1]} không thuộc PAPI ${year}` };
  }
  if (numbered) {
    const m = matchNumberedSubdimension(tax, label, year);
    return m
      ? { cls: "subdimension", ...m }
      : {
          cls: "unclassified",
          why: `no PAPI ${year} sub-dimension is numbered ${numbered.number}`,
          why_vi: `không có chỉ số thành phần nào của PAPI ${year} mang số ${numbered.number}`,
        };
  }
  return null;
}

/**
 * The class of a row from all its labels (English and Vietnamese columns). Labels that say
 * different things make the row unclassified; a label that says nothing (the English name of
 * a sub-dimension, a survey question) defers to the others. `hasValues` and `inSubdimension`
 * decide what an unlabelled-by-role row is: a survey indicator under a sub-dimension, or a
 * row that fits nothing.
 */
export interface RowContext {
  hasValues: boolean;
  inSubdimension: boolean;
  /** The dimension block the row sits in, and the indicators the sheet has already given. */
  currentDim: number | null;
  taken: { has(id: string): boolean };
}

/**
 * A label that names a dimension exactly, or a not-yet-read part of the current dimension
 * ("Civic Knowledge" in an English-only sheet), without a number.
 */
function classifyBareName(tax: Taxonomy, label: string, year: number, ctx: RowContext): RowRole | null {
  const m = matchUnlabelledRow(tax, label, year, ctx.currentDim);
  if (!m || ctx.taken.has(m.def.id)) return null;
  if (m.def.level === "dimension") return { cls: "dimension", def: m.def };
  if (m.def.level === "subdimension") return { cls: "subdimension", def: m.def, printedName: label, nameAgrees: true };
  return null;
}

export function classifySheetRow(tax: Taxonomy, labels: string[], year: number, ctx: RowContext): RowRole {
  if (!labels.length)
    return ctx.hasValues ? { cls: "unclassified", why: "values without a label", why_vi: "có giá trị nhưng không có nhãn" } : { cls: "blank" };
  let roles = labels.map((l) => classifyLabel(tax, l, year)).filter((r): r is RowRole => r !== null);
  if (!roles.length) roles = labels.map((l) => classifyBareName(tax, l, year, ctx)).filter((r): r is RowRole => r !== null);
  if (roles.length) {
    const first = roles[0]!;
    const sig = (r: RowRole) => `${r.cls}|${"def" in r ? r.def.id : ""}|${"weighted" in r ? r.weighted : ""}`;
    const differ = roles.find((r) => sig(r) !== sig(first));
    if (differ)
      return {
        cls: "unclassified",
        why: `labels say different things (${roles.map(sig).join(" / ")})`,
        why_vi: `các nhãn mâu thuẫn nhau (${roles.map(sig).join(" / ")})`,
      };
    return first;
  }
  if (ctx.inSubdimension) return { cls: "indicator" };
  return ctx.hasValues
    ? {
        cls: "unclassified",
        why: "a row that names no indicator, outside any sub-dimension",
        why_vi: "dòng không ghi chỉ tiêu nào, nằm ngoài mọi chỉ số thành phần",
      }
    : { cls: "blank" };
}
