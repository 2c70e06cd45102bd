import type { Panel } from "./panel.ts";

/** What the engine needs to know of the taxonomy: parents, children and series breaks. */
export interface SeriesInfo {
  parent: (id: string) => string | null;
  children: (id: string) => string[];
  /** Years Y at which the series of `id` breaks: the change from Y−1 to Y is not comparable. */
  ownBreaks: (id: string) => number[];
}

/**
 * Every year at which an indicator's one-year change is not comparable: its own breaks, its
 * parent's (a re-built dimension re-bases its parts) and its children's, recursively (a total
 * changes meaning when a dimension is re-built; a dimension when a part is added or dropped).
 */
export function breakYears(info: SeriesInfo, id: string): Set<number> {
  const out = new Set<number>(info.ownBreaks(id));
  for (let p = info.parent(id); p; p = info.parent(p)) for (const y of info.ownBreaks(p)) if (p !== "papi.total") out.add(y);
  const walk = (node: string) => {
    for (const c of info.children(node)) {
      for (const y of info.ownBreaks(c)) out.add(y);
      walk(c);
    }
  };
  walk(id);
  return out;
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
}

/** One-year changes of an indicator across all provinces and comparable consecutive years. */
export function historicalChanges(panel: Panel, info: SeriesInfo, id: string, options: ChangeOptions = {}): Change[] {
  const byYear = panel.values.get(id);
  if (!byYear) return [];
  const breaks = breakYears(info, id);
  const out: Change[] = [];
  for (const [year, values] of byYear) {
    const next = byYear.get(year + 1);
    if (!next || breaks.has(year + 1)) continue;
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
