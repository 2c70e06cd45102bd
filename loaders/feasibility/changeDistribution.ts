import type { Panel } from "./panel.ts";

/** A year Y at which a series breaks: the change from Y−1 to Y compares two versions. */
export interface SeriesBreakYear {
  year: number;
  /** false for breaks the project's sources suggest but do not confirm */
  verified: boolean;
}

/** What the engine needs to know of the taxonomy: parents, children and series breaks. */
export interface SeriesInfo {
  parent: (id: string) => string | null;
  children: (id: string) => string[];
  ownBreaks: (id: string) => SeriesBreakYear[];
}

/**
 * Every break of an indicator's series: its own, its parent's (a re-built dimension re-bases its
 * parts) and its children's, recursively (a total changes meaning when a dimension is re-built;
 * a dimension when a part is added or dropped). A year is verified if any source of it is.
 */
export function seriesBreaks(info: SeriesInfo, id: string): Map<number, boolean> {
  const out = new Map<number, boolean>();
  const add = (b: SeriesBreakYear) => out.set(b.year, (out.get(b.year) ?? false) || b.verified);
  for (const b of info.ownBreaks(id)) add(b);
  for (let p = info.parent(id); p; p = info.parent(p)) if (p !== "papi.total") for (const b of info.ownBreaks(p)) add(b);
  const walk = (node: string) => {
    for (const c of info.children(node)) {
      for (const b of info.ownBreaks(c)) add(b);
      walk(c);
    }
  };
  walk(id);
  return out;
}

/** Years at which the series breaks (verified breaks only, unless `all`). */
export function breakYears(info: SeriesInfo, id: string, all = false): Set<number> {
  return new Set([...seriesBreaks(info, id)].filter(([, verified]) => all || verified).map(([y]) => y));
}

/**
 * The taxonomy version a year belongs to: the years from the last verified break at or before
 * it up to the next one (exclusive). Changes only compare within one version.
 */
export function versionOf(info: SeriesInfo, id: string, year: number): { from: number; to: number } {
  const breaks = [...breakYears(info, id)].sort((a, b) => a - b);
  let from = -Infinity;
  let to = Infinity;
  for (const b of breaks) {
    if (b <= year) from = b;
    else if (b < to) to = b;
  }
  return { from, to };
}

export interface Change {
  province: string;
  from: number;
  /** value in the start year */
  start: number;
  change: number;
}

export interface ChangeOptions {
  /** Only changes ending in or before this year (what a planner could have known). */
  until?: number;
  /** Leave one province out (the one being assessed). */
  excludeProvince?: string;
  /** Only changes within the taxonomy version of this year (the target year). */
  versionOf?: number;
}

/** One-year changes of an indicator across all provinces and comparable consecutive years. */
export function historicalChanges(panel: Panel, info: SeriesInfo, id: string, options: ChangeOptions = {}): Change[] {
  const byYear = panel.values.get(id);
  if (!byYear) return [];
  const breaks = breakYears(info, id);
  const version = options.versionOf === undefined ? null : versionOf(info, id, options.versionOf);
  const out: Change[] = [];
  for (const [year, values] of byYear) {
    const next = byYear.get(year + 1);
    if (!next || breaks.has(year + 1)) continue;
    if (version && (year < version.from || year + 1 >= version.to)) continue;
    if (options.until !== undefined && year + 1 > options.until) continue;
    for (const [province, v0] of values) {
      if (province === options.excludeProvince) continue;
      const v1 = next.get(province);
      if (v1 === undefined) continue;
      out.push({ province, from: year, start: v0, change: v1 - v0 });
    }
  }
  return out.sort((a, b) => a.from - b.from || a.province.localeCompare(b.province));
}

export interface ChangeStats {
  n: number;
  /** share of observed changes strictly smaller than the required change (0–1) */
  percentile: number | null;
  /** share of observed changes at least as large as the required change (0–1) */
  shareAchieved: number | null;
  largest: number | null;
  median: number | null;
  /** 90th percentile of observed changes */
  p90: number | null;
}

export function describeChanges(changes: number[], required: number): ChangeStats {
  const n = changes.length;
  if (!n) return { n, percentile: null, shareAchieved: null, largest: null, median: null, p90: null };
  const sorted = [...changes].sort((a, b) => a - b);
  const eps = 1e-9;
  const below = sorted.filter((c) => c < required - eps).length;
  return {
    n,
    percentile: below / n,
    shareAchieved: (n - below) / n,
    largest: sorted[n - 1]!,
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
  };
}

/** Linear-interpolated quantile of sorted numbers. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * Keeps the changes of province-years that started from a level close to `level`: within
 * `window` points, widened until at least `minN` observations remain (or all are used).
 */
export function similarStart(changes: Change[], level: number, window: number, minN = 30): { changes: Change[]; window: number } {
  let w = window;
  for (let i = 0; i < 8; i++) {
    const near = changes.filter((c) => Math.abs(c.start - level) <= w + 1e-9);
    if (near.length >= minN || near.length === changes.length) return { changes: near, window: w };
    w *= 1.5;
  }
  return { changes, window: Infinity };
}
