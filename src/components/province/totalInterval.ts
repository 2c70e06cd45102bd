/**
 * What a total's 95 % confidence interval says about its rank and its change, for the years
 * whose official sheet prints one (2019 and 2023 in the data here). Pure: rows in, facts out.
 */

export interface IntervalPoint {
  province_code: string;
  year: number;
  value: number;
  ci_low: number | null;
  ci_high: number | null;
}

export interface RankRange {
  year: number;
  value: number;
  ci_low: number;
  ci_high: number;
  /** The best and worst rank the province could hold given every province's interval. */
  best: number;
  worst: number;
  /** Provinces whose interval overlaps this one: not distinguishable at 95 %. */
  overlapping: number;
  of: number;
}

function hasInterval(p: IntervalPoint): p is IntervalPoint & { ci_low: number; ci_high: number } {
  return p.ci_low !== null && p.ci_high !== null;
}

/**
 * The rank range a province's interval allows in a year: one more than the provinces whose
 * whole interval lies above it, to one more than the provinces not wholly below it. Null when
 * the province or fewer than two provinces have an interval that year.
 */
export function rankRange(points: readonly IntervalPoint[], code: string, year: number): RankRange | null {
  const inYear = points.filter((p) => p.year === year && hasInterval(p)) as Array<IntervalPoint & { ci_low: number; ci_high: number }>;
  const me = inYear.find((p) => p.province_code === code);
  if (!me || inYear.length < 2) return null;
  const others = inYear.filter((p) => p.province_code !== code);
  const above = others.filter((p) => p.ci_low > me.ci_high).length;
  const below = others.filter((p) => p.ci_high < me.ci_low).length;
  return {
    year,
    value: me.value,
    ci_low: me.ci_low,
    ci_high: me.ci_high,
    best: above + 1,
    worst: inYear.length - below,
    overlapping: others.length - above - below,
    of: inYear.length,
  };
}

/** True when two intervals overlap: the difference of the two scores is not distinguishable at 95 %. */
export function overlaps(a: { ci_low: number; ci_high: number }, b: { ci_low: number; ci_high: number }): boolean {
  return a.ci_low <= b.ci_high && b.ci_low <= a.ci_high;
}

export interface IntervalChange {
  from: number;
  to: number;
  change: number;
  /** False when the two intervals overlap: the change is not distinguishable at 95 %. */
  distinguishable: boolean;
}

/** Year-on-year changes of one province where both years print an interval. */
export function intervalChanges(points: readonly IntervalPoint[], code: string): IntervalChange[] {
  const mine = points.filter((p) => p.province_code === code && hasInterval(p)).sort((a, b) => a.year - b.year) as Array<
    IntervalPoint & { ci_low: number; ci_high: number }
  >;
  const out: IntervalChange[] = [];
  for (let i = 1; i < mine.length; i++) {
    const a = mine[i - 1]!;
    const b = mine[i]!;
    if (b.year !== a.year + 1) continue;
    out.push({ from: a.year, to: b.year, change: b.value - a.value, distinguishable: !overlaps(a, b) });
  }
  return out;
}
