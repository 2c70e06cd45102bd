import { readFileSync } from "node:fs";
import { referencePath } from "./projectPaths.ts";
import { foldText, similarity } from "../text/foldText.ts";
import type { Group, IndexId, IndicatorRow, Level, Unit } from "./model.ts";

/** One indicator as written in `data/reference/taxonomy.json`. */
export interface IndicatorDef {
  id: string;
  index: IndexId;
  level: Level;
  dimension: number | null;
  name_vi: string;
  name_en: string;
  from: number;
  to: number | null;
  unit: Unit;
  parent: string | null;
  variants: string[];
  short?: string[];
  verified?: boolean;
  note?: string;
  /** Official numbering by the year it starts: `{"2011": "2.1", "2018": "2.2"}` (sub-dimensions). */
  numbers?: Record<string, string>;
  /** Survey indicators: the scale as the sheet prints it ("0%-100%", "1-5 điểm") and its bounds. */
  scale_text?: string | null;
  scale_min?: number | null;
  scale_max?: number | null;
  /** Survey indicators: the years a sheet gave it. */
  years?: number[];
}

export interface SeriesBreak {
  indicator: string;
  year: number;
  reason_vi: string;
  reason_en: string;
  verified?: boolean;
  /** What settles (or would settle) the break: the sheets or documents that show it. */
  evidence?: string;
}

export interface GroupDef {
  code: Group;
  vi: string;
  en: string;
  variants: string[];
}

export interface IndexInfo {
  /** The first survey year the index was published for. */
  first_year: number;
  note?: string;
}

export interface Taxonomy {
  /** Per index: its first year (a figure before it is impossible). */
  indices: Partial<Record<IndexId, IndexInfo>>;
  indicators: IndicatorDef[];
  byId: Map<string, IndicatorDef>;
  breaks: SeriesBreak[];
  groups: GroupDef[];
}

export function parseTaxonomy(json: string): Taxonomy {
  const data = JSON.parse(json) as { indices?: Partial<Record<IndexId, IndexInfo>>; indicators: IndicatorDef[]; breaks: SeriesBreak[]; groups: GroupDef[] };
  const byId = new Map<string, IndicatorDef>();
  for (const def of data.indicators) {
    if (byId.has(def.id)) throw new Error(`taxonomy: duplicate indicator id ${def.id}`);
    byId.set(def.id, def);
  }
  return { indices: data.indices ?? {}, indicators: data.indicators, byId, breaks: data.breaks, groups: data.groups };
}

let cached: Taxonomy | null = null;
export function defaultTaxonomy(): Taxonomy {
  cached ??= parseTaxonomy(readFileSync(referencePath("taxonomy.json"), "utf8"));
  return cached;
}

export function inForce(def: IndicatorDef, year: number): boolean {
  return year >= def.from && (def.to === null || year <= def.to);
}

/** The official number of a sub-dimension in a year ("2.2"), or null. */
export function numberOf(def: IndicatorDef, year: number): string | null {
  if (!def.numbers || !inForce(def, year)) return null;
  let found: string | null = null;
  for (const [from, n] of Object.entries(def.numbers).sort(([a], [b]) => Number(a) - Number(b))) if (year >= Number(from)) found = n;
  return found;
}

/** The sub-dimension that carries an official number ("5.3") in a year. */
export function subdimensionByNumber(tax: Taxonomy, number: string, year: number): IndicatorDef | null {
  return tax.indicators.find((d) => d.level === "subdimension" && d.index === "PAPI" && numberOf(d, year) === number) ?? null;
}

/** The parts of an indicator in a given year, in published order (official number, then file order). */
export function partsOf(tax: Taxonomy, parentId: string, year: number): IndicatorDef[] {
  const parts = tax.indicators.filter((d) => d.parent === parentId && inForce(d, year));
  const rank = (d: IndicatorDef) => {
    const n = numberOf(d, year);
    return n ? Number(n.split(".")[1]) : Number.POSITIVE_INFINITY;
  };
  return parts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map((x) => x.d);
}

/** Two decimals, as the official sheets print scales ("0.33-3.33 điểm"). */
function printed(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The range an indicator's score can take in a year, as the official sheets print it:
 * dimensions 1–10, a sub-dimension of an n-part dimension 1/n–10/n rounded to two decimals
 * (0.33–3.33, 0.25–2.5, 0.5–5.0), the PAPI total (weighted or not) 6–60 to 2017 and 8–80 from
 * 2018, percent 0–100; a survey indicator its printed scale. `tolerance` is half a unit of the
 * printed last decimal: a value within it of a bound is on the scale.
 */
export function scaleOf(tax: Taxonomy, def: IndicatorDef, year: number): { min: number; max: number; tolerance: number } {
  if (def.level === "indicator") return { min: def.scale_min ?? Number.NEGATIVE_INFINITY, max: def.scale_max ?? Number.POSITIVE_INFINITY, tolerance: 0 };
  if (def.unit === "percent") return { min: 0, max: 100, tolerance: 0 };
  if (def.level === "total") {
    const n = def.id === "papi.total_6d" ? 6 : def.index === "PAPI" ? partsOf(tax, "papi.total", year).length || 6 : partsOf(tax, def.id, year).length || 6;
    return { min: n, max: 10 * n, tolerance: 0 };
  }
  if (def.level === "dimension") return { min: 1, max: 10, tolerance: 0 };
  const n = partsOf(tax, def.parent!, year).length || 1;
  return { min: printed(1 / n), max: printed(10 / n), tolerance: 0.005 };
}

/** A taxonomy with more indicators (the survey indicators a sheet names), sharing the rest. */
export function extendTaxonomy(tax: Taxonomy, extra: IndicatorDef[]): Taxonomy {
  if (!extra.length) return tax;
  const byId = new Map(tax.byId);
  const indicators = [...tax.indicators];
  for (const d of extra) {
    if (byId.has(d.id)) continue;
    byId.set(d.id, d);
    indicators.push(d);
  }
  return { ...tax, indicators, byId };
}

export function indicatorRows(tax: Taxonomy): IndicatorRow[] {
  return tax.indicators.map((d) => {
    const probeYear = d.to ?? 2024;
    const scale = d.level === "subdimension" ? null : scaleOf(tax, d, probeYear);
    const finite = (x: number | undefined) => (x !== undefined && Number.isFinite(x) ? x : null);
    return {
      id: d.id,
      index: d.index,
      level: d.level,
      dimension: d.dimension,
      name_vi: d.name_vi,
      name_en: d.name_en,
      year_from: d.from,
      year_to: d.to,
      unit: d.unit,
      scale_min: d.level === "indicator" ? finite(scale?.min) : scale ? round(scale.min) : null,
      scale_max: d.level === "indicator" ? finite(scale?.max) : scale ? round(scale.max) : null,
      scale_text: d.scale_text ?? null,
      number: numberOf(d, probeYear),
      years: d.years?.join(",") ?? null,
      parent: d.parent,
      verified: d.verified !== false,
      note: d.note ?? null,
    };
  });
}

function round(x: number) {
  return Math.round(x * 100) / 100;
}

export type MatchMethod = "exact" | "contains" | "fuzzy";

export interface IndicatorMatch {
  def: IndicatorDef;
  method: MatchMethod;
  score: number;
}

export interface MatchContext {
  index?: IndexId;
  year?: number;
  level?: Level;
  dimension?: number | null;
}

/** Leading words that label rather than name an indicator ("Chỉ số nội dung", "1.2.", "-"). */
export function cleanIndicatorLabel(label: string): string {
  let s = foldText(label);
  s = s.replace(/^(\d+(\s\d+)*\s)?/, "");
  s = s.replace(/^(doi voi\s)?(chi so|chi so|truc|truc|tru)\s(noi dung\s)?(thanh phan\s)?/, "");
  s = s.replace(/^(noi dung|linh vuc)\s(thanh phan\s)?/, "");
  return s.trim();
}

function namesOf(def: IndicatorDef): string[] {
  return [def.name_vi, def.name_en, ...def.variants, ...(def.short ?? [])];
}

/**
 * Matches an indicator label against the taxonomy: exact (after folding, numbering and the
 * "Chỉ số nội dung" prefix removed), then containment of a known name, then an edit-distance
 * match for OCR damage ("Chi số", "điện vụ công", "Phủ lục hành chính"). Returns null when no
 * candidate is close enough or two candidates tie.
 */
export function matchIndicator(tax: Taxonomy, label: string, ctx: MatchContext = {}): IndicatorMatch | null {
  const key = cleanIndicatorLabel(label);
  if (!key) return null;
  const candidates = tax.indicators.filter(
    (d) =>
      (ctx.index === undefined || d.index === ctx.index) &&
      (ctx.year === undefined || inForce(d, ctx.year)) &&
      (ctx.level === undefined || d.level === ctx.level) &&
      (ctx.dimension === undefined || ctx.dimension === null || d.dimension === ctx.dimension),
  );
  // 1. exact
  const exact = candidates.filter((d) => namesOf(d).some((n) => cleanIndicatorLabel(n) === key));
  if (exact.length === 1) return { def: exact[0]!, method: "exact", score: 1 };
  if (exact.length > 1) {
    const byLevel = preferLevel(exact);
    if (byLevel) return { def: byLevel, method: "exact", score: 1 };
    return null;
  }
  // 2. fuzzy against whole names
  let best: IndicatorMatch | null = null;
  let tie = false;
  for (const d of candidates) {
    for (const n of namesOf(d)) {
      const s = similarity(key, cleanIndicatorLabel(n));
      if (!best || s > best.score + 1e-9) {
        best = { def: d, method: "fuzzy", score: s };
        tie = false;
      } else if (Math.abs(s - best.score) < 1e-9 && best.def.id !== d.id) tie = true;
    }
  }
  if (best && best.score >= 0.8 && !tie) return best;
  // 3. containment of a known name (long labels such as "Chỉ số nội dung “Công khai, minh bạch”: Đạt 5,6 điểm")
  const contained = candidates
    .flatMap((d) => namesOf(d).map((n) => ({ d, n: cleanIndicatorLabel(n) })))
    .filter(({ n }) => n.length >= 6 && ` ${key} `.includes(` ${n} `))
    .sort((a, b) => b.n.length - a.n.length);
  if (contained.length) {
    const longest = contained[0]!.n.length;
    const ids = new Set(contained.filter((c) => c.n.length === longest).map((c) => c.d.id));
    if (ids.size === 1) return { def: contained[0]!.d, method: "contains", score: longest / key.length };
  }
  if (best && best.score >= 0.72 && !tie) return best;
  return null;
}

function preferLevel(defs: IndicatorDef[]): IndicatorDef | null {
  for (const level of ["dimension", "total", "subdimension"] as const) {
    const at = defs.filter((d) => d.level === level);
    if (at.length === 1) return at[0]!;
  }
  return null;
}

/** Reads a performance group from its code or its Vietnamese/English wording. */
export function matchGroup(tax: Taxonomy, text: string): Group | null {
  const key = foldText(text);
  if (!key) return null;
  for (const g of tax.groups) if (foldText(g.code) === key) return g.code;
  for (const g of tax.groups) {
    for (const n of [g.vi, g.en, ...g.variants]) if (foldText(n) === key) return g.code;
  }
  for (const g of tax.groups) {
    for (const n of [g.vi, ...g.variants]) if (key.includes(foldText(n))) return g.code;
  }
  return null;
}
