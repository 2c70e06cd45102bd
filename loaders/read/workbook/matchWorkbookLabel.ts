/**
 * Maps a workbook row or column label to a PAPI indicator: "Dimension 3: …", "Chỉ số nội dung 3",
 * "3: Trách nhiệm giải trình…", "Sub-dimension 1.2: …", "Nội dung thành phần 2: …" or a bare
 * name ("Civic Knowledge", "Un-weighted2015PAPI"), in a given year (names and parts change).
 */
import { foldText } from "../../text/foldText.ts";
import { cleanIndicatorLabel, inForce, matchIndicator, type IndicatorDef, type MatchMethod, type Taxonomy } from "../../model/taxonomy.ts";
import { stripYears } from "./workbookLabels.ts";

export interface LabelPrefix {
  role: "dimension" | "subdimension" | null;
  /** Dimension number written in the label, if any. */
  dimension: number | null;
  /** True when a word says what the row is ("Dimension", "Chỉ số nội dung"), not just a number. */
  explicit: boolean;
  /** The label after the prefix (folded). */
  rest: string;
}

const SUB_WORDS = /^(sub ?dimension|chi so noi dung thanh phan|noi dung thanh phan|chi so thanh phan|thanh phan)(?:\s+(\d+)(?:\s+(\d+))?)?(?:\s+(.*))?$/;
const DIM_WORDS = /^(dimension|chi so noi dung|truc noi dung)\s+(\d)(?:\s+(.*))?$/;

/** Reads the role and number a label's prefix states. */
export function labelPrefix(label: string): LabelPrefix {
  const key = foldText(label);
  const sub = SUB_WORDS.exec(key);
  if (sub) {
    const twoNumbers = sub[3] !== undefined;
    return { role: "subdimension", dimension: twoNumbers ? Number(sub[2]) : null, explicit: true, rest: sub[4] ?? "" };
  }
  const dim = DIM_WORDS.exec(key);
  if (dim) return { role: "dimension", dimension: Number(dim[2]), explicit: true, rest: dim[3] ?? "" };
  const numbered = /^\s*(\d)\s*(?:[.,]\s*(\d)\b)?\s*[:.)\-–]?\s*([^\d.,].*)$/.exec(label);
  if (numbered) {
    const rest = foldText(numbered[3]!);
    if (numbered[2] !== undefined) return { role: "subdimension", dimension: Number(numbered[1]), explicit: false, rest };
    return { role: "dimension", dimension: Number(numbered[1]), explicit: false, rest };
  }
  return { role: null, dimension: null, explicit: false, rest: key };
}

export interface LabelMatch {
  def: IndicatorDef;
  method: MatchMethod | "numbered";
  score: number;
  /** The label said what it is (dimension / sub-dimension) in words. */
  explicit: boolean;
}

/**
 * The indicator a label names in `year`. `currentDim` is the dimension of the block the label
 * sits in (sub-dimensions follow their dimension), used to pick among same-named parts.
 */
export function matchWorkbookLabel(tax: Taxonomy, label: string, year: number, currentDim: number | null): LabelMatch | null {
  const prefix = labelPrefix(label);
  if (prefix.role === "dimension") return matchDimension(tax, prefix, year);
  if (prefix.role === "subdimension") {
    const dimension = prefix.dimension ?? currentDim;
    if (!prefix.rest) return null;
    const m = matchIndicator(tax, prefix.rest, { index: "PAPI", year, level: "subdimension", dimension });
    return m ? { ...m, explicit: prefix.explicit } : null;
  }
  return matchNamed(tax, label, year, currentDim);
}

function matchDimension(tax: Taxonomy, prefix: LabelPrefix, year: number): LabelMatch | null {
  const def = tax.byId.get(`papi.d${prefix.dimension}`);
  if (!def || !inForce(def, year)) return null;
  if (prefix.explicit) return { def, method: "numbered", score: 1, explicit: true };
  // "3: Trách nhiệm…" — a bare number is trusted only when the name agrees.
  const m = matchIndicator(tax, prefix.rest, { index: "PAPI", year, level: "dimension", dimension: prefix.dimension });
  return m && m.def.id === def.id ? { def, method: "numbered", score: m.score, explicit: false } : null;
}

function matchNamed(tax: Taxonomy, label: string, year: number, currentDim: number | null): LabelMatch | null {
  const m = matchIndicator(tax, label, { index: "PAPI", year }) ?? matchIndicator(tax, stripYears(label), { index: "PAPI", year });
  if (!m) return null;
  if (m.def.level === "subdimension" && currentDim !== null && m.def.dimension !== currentDim) {
    const within = matchIndicator(tax, label, { index: "PAPI", year, level: "subdimension", dimension: currentDim });
    if (within) return { ...within, explicit: false };
  }
  return { ...m, explicit: false };
}

// ── fast paths for long sheets ──────────────────────────────────────────────────────────

const EXACT = new WeakMap<Taxonomy, Map<string, IndicatorDef[]>>();

/** PAPI indicators in force in `year` whose name or variant equals the label (after folding and prefix removal). */
export function exactIndicators(tax: Taxonomy, label: string, year: number | null): IndicatorDef[] {
  let index = EXACT.get(tax);
  if (!index) {
    index = new Map();
    for (const d of tax.indicators) {
      if (d.index !== "PAPI") continue;
      for (const n of [d.name_vi, d.name_en, ...d.variants, ...(d.short ?? [])]) {
        const k = cleanIndicatorLabel(n);
        const list = index.get(k) ?? [];
        if (!list.includes(d)) list.push(d);
        index.set(k, list);
      }
    }
    EXACT.set(tax, index);
  }
  const found = index.get(cleanIndicatorLabel(label)) ?? index.get(cleanIndicatorLabel(stripYears(label))) ?? [];
  return year === null ? found : found.filter((d) => inForce(d, year));
}

/** Labels longer than this are survey questions, never an indicator name (the longest is ~60 characters). */
const MAX_NAME_LENGTH = 100;

/**
 * A row label without a "Dimension"/"Sub-dimension" word: an exact dimension name, or a part of
 * the current dimension (exact, numbered "1.2 …", or a close spelling). Only the current
 * dimension's few parts are compared, which keeps sheets of 500+ survey rows fast.
 */
export function matchUnlabelledRow(tax: Taxonomy, label: string, year: number, currentDim: number | null): LabelMatch | null {
  if (label.length > MAX_NAME_LENGTH) return null;
  const exact = exactIndicators(tax, label, year);
  const dim = exact.filter((d) => d.level === "dimension");
  if (dim.length === 1) return { def: dim[0]!, method: "exact", score: 1, explicit: false };
  if (currentDim === null) return null;
  const prefix = labelPrefix(label);
  if (prefix.role === "subdimension" && prefix.dimension !== null && prefix.dimension !== currentDim) return null;
  const text = prefix.role === "subdimension" ? prefix.rest : label;
  const m = matchIndicator(tax, text, { index: "PAPI", year, level: "subdimension", dimension: currentDim });
  if (!m || !(m.method === "exact" || (m.method === "fuzzy" && m.score >= 0.85))) return null;
  return { ...m, explicit: false };
}
