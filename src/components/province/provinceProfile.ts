/**
 * The province profile (/province/<slug>) as data, computed at build from the published tables'
 * rows (provincePageData.ts; the page loads the result and parses no table): totals and ranks over time, groups, dimensions against
 * the national mean, the region's mean and the best province, the latest sub-dimension profile,
 * percentiles of the sub-dimensions among all provinces, plan targets against outcomes, PAR INDEX
 * and SIPAS figures, and the source of every figure. No DOM here (provinceCharts.ts draws).
 * Each rule is written here once (the targets' in targetChecks.ts); test/site/provincePageData.test.ts
 * checks it on the real data.
 */
import {
  NATIONAL,
  TOTAL_ID,
  benchmarkOf,
  figureSource,
  isNationalScope,
  percentRank,
  totalSeries,
  type BenchmarkRow,
  type FactRow,
  type IndicatorInfo,
  type ProvinceInfo,
  type TotalPoint,
} from "./provinceFacts.js";
import { surveyValues } from "./surveyIndicators.js";
import { intervalChanges, rankRange, type RankRange } from "./totalInterval.js";
import { MIN_PROVINCES_NATIONAL, MIN_PROVINCES_REGION } from "../shared/thresholds.js";
import { shownRankFields } from "../shared/tableRows.js";
import { targetChecks } from "./targetChecks.js";
import type { ProfileTables, Best, Bench, TotalYear, DimensionYear, SubPoint, SourceEntry, ProvinceProfile } from "./provinceProfileTypes.js";

export type * from "./provinceProfileTypes.js";
export { GROUP_ORDER, northwestRank } from "./targetChecks.js";

function bestOf(points: Iterable<{ code: string; value: number }>, provinces: Map<string, ProvinceInfo>): { best: Best | null; n: number } {
  let best: { code: string; value: number } | null = null;
  let n = 0;
  for (const p of points) {
    n++;
    if (!best || p.value > best.value || (p.value === best.value && p.code < best.code)) best = p;
  }
  if (!best || n < MIN_PROVINCES_NATIONAL) return { best: null, n };
  const prov = provinces.get(best.code);
  return { best: { code: best.code, name_vi: prov?.name_vi ?? best.code, name_en: prov?.name_en ?? best.code, value: best.value }, n };
}

function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

const noBench: Bench = { value: null, n: 0, source: null };

function fromBenchmark(b: BenchmarkRow | undefined, minN: number): Bench {
  if (!b || b.mean === null) return noBench;
  return b.n >= minN ? { value: b.mean, n: b.n, source: "benchmark" } : { value: null, n: b.n, source: null };
}

/** The province's slug → its row; undefined for an unknown slug. */
export function provinceBySlug(provinces: readonly ProvinceInfo[], slug: string): ProvinceInfo | undefined {
  return provinces.find((p) => p.slug === slug);
}

/** Percentiles of one province's sub-dimensions among all provinces in a year. */
export function subdimensionPercentiles(facts: readonly FactRow[], benchmarks: readonly BenchmarkRow[], code: string, year: number): SubPoint[] {
  const byIndicator = new Map<string, FactRow[]>();
  for (const f of facts) {
    if (f.level !== "subdimension" || f.kind !== "actual" || f.year !== year || f.value === null || f.province_code === NATIONAL || !isNationalScope(f))
      continue;
    const list = byIndicator.get(f.indicator_id) ?? [];
    list.push(f);
    byIndicator.set(f.indicator_id, list);
  }
  const out: SubPoint[] = [];
  for (const [id, list] of byIndicator) {
    const own = list.find((f) => f.province_code === code);
    if (!own) continue;
    const values = list.map((f) => f.value as number);
    const n = values.length;
    const bench = benchmarkOf(benchmarks, id, year, "national");
    const enough = n >= MIN_PROVINCES_NATIONAL;
    out.push({
      indicator_id: id,
      dimension: own.dimension as number,
      year,
      value: own.value as number,
      national_mean: enough ? (bench?.mean ?? mean(values)) : null,
      national_min: enough ? Math.min(...values) : null,
      national_max: enough ? Math.max(...values) : null,
      n,
      percentile: enough ? percentRank(own.value as number, values) : null,
      source_id: own.value_source_id,
      source_loc: own.value_source_loc,
    });
  }
  return out;
}

/** Orders sub-dimension points as the indicators table lists them (the taxonomy's order). */
export function inTaxonomyOrder<T extends { indicator_id: string }>(points: T[], indicators: readonly IndicatorInfo[]): T[] {
  const order = new Map(indicators.map((i, k) => [i.id, k]));
  return [...points].sort((a, b) => (order.get(a.indicator_id) ?? 1e9) - (order.get(b.indicator_id) ?? 1e9) || a.indicator_id.localeCompare(b.indicator_id));
}

/** The strongest and weakest `k` sub-dimensions by percentile (ties: taxonomy order). */
export function strongestWeakest(points: readonly SubPoint[], k = 3): { strongest: SubPoint[]; weakest: SubPoint[] } {
  const ranked = points.filter((p) => p.percentile !== null);
  const strongest = [...ranked].sort((a, b) => (b.percentile as number) - (a.percentile as number)).slice(0, k);
  const weakest = [...ranked]
    .sort((a, b) => (a.percentile as number) - (b.percentile as number))
    .filter((p) => !strongest.includes(p))
    .slice(0, k);
  return { strongest, weakest };
}

/** The rank range of the latest year in which this province's total has a printed interval. */
function latestRankRange(all: readonly TotalPoint[], code: string): RankRange | null {
  const years = all.filter((p) => p.province_code === code && p.ci_low !== null && p.ci_high !== null).map((p) => p.year);
  return years.length ? rankRange(all, code, Math.max(...years)) : null;
}

/** The published national ("00") PAPI total of each year. */
function publishedNationalTotals(facts: readonly FactRow[]): Map<number, FactRow> {
  const publishedNational = new Map<number, FactRow>();
  for (const f of facts) {
    if (f.province_code === NATIONAL && f.indicator_id === TOTAL_ID && f.kind === "actual" && f.value !== null) publishedNational.set(f.year, f);
  }
  return publishedNational;
}

/** The national benchmark of a year's total: the published national figure, else the mean of the provinces' totals when enough have one. */
function nationalTotalBench(pub: FactRow | undefined, values: readonly number[]): Bench {
  if (pub) return { value: pub.value, n: values.length, source: "published", loc: pub.value_source_loc };
  return values.length >= MIN_PROVINCES_NATIONAL
    ? { value: mean(values), n: values.length, source: "computed" }
    : { value: null, n: values.length, source: null };
}

/** This province's totals, each with the national and regional context of the same year and the best province. */
function totalYears(
  allTotals: readonly TotalPoint[],
  publishedNational: ReadonlyMap<number, FactRow>,
  regionCodes: ReadonlySet<string>,
  provByCode: Map<string, ProvinceInfo>,
  code: string,
): TotalYear[] {
  const totalsByYear = new Map<number, TotalPoint[]>();
  for (const p of allTotals) {
    const list = totalsByYear.get(p.year) ?? [];
    list.push(p);
    totalsByYear.set(p.year, list);
  }
  return allTotals
    .filter((p) => p.province_code === code)
    .map((p) => {
      const year = totalsByYear.get(p.year) ?? [];
      const national = nationalTotalBench(
        publishedNational.get(p.year),
        year.map((q) => q.value),
      );
      const reg = year.filter((q) => regionCodes.has(q.province_code)).map((q) => q.value);
      const region: Bench =
        reg.length >= MIN_PROVINCES_REGION ? { value: mean(reg), n: reg.length, source: "computed" } : { value: null, n: reg.length, source: null };
      const { best } = bestOf(
        year.map((q) => ({ code: q.province_code, value: q.value })),
        provByCode,
      );
      return { ...p, national, region, best };
    });
}

/** Every province's national-scope PAPI dimension score, keyed by "indicator|year". */
function dimensionValues(facts: readonly FactRow[]): Map<string, { code: string; value: number }[]> {
  const dimValues = new Map<string, { code: string; value: number }[]>();
  for (const f of facts) {
    if (f.index !== "PAPI" || f.level !== "dimension" || f.kind !== "actual" || f.value === null || f.province_code === NATIONAL || !isNationalScope(f))
      continue;
    const key = `${f.indicator_id}|${f.year}`;
    const list = dimValues.get(key) ?? [];
    list.push({ code: f.province_code, value: f.value });
    dimValues.set(key, list);
  }
  return dimValues;
}

/** This province's dimension scores against the benchmarks and the best province of the year (by dimension, then year). */
function dimensionYears(t: ProfileTables, province: ProvinceInfo, provByCode: Map<string, ProvinceInfo>): DimensionYear[] {
  const code = province.code;
  const dimValues = dimensionValues(t.facts);
  return t.facts
    .filter((f) => f.province_code === code && f.index === "PAPI" && f.level === "dimension" && f.kind === "actual" && f.value !== null && isNationalScope(f))
    .map((f) => {
      const { best } = bestOf(dimValues.get(`${f.indicator_id}|${f.year}`) ?? [], provByCode);
      return {
        indicator_id: f.indicator_id,
        dimension: f.dimension as number,
        year: f.year,
        value: f.value as number,
        ...shownRankFields(f),
        national: fromBenchmark(benchmarkOf(t.benchmarks, f.indicator_id, f.year, "national"), MIN_PROVINCES_NATIONAL),
        region: fromBenchmark(benchmarkOf(t.benchmarks, f.indicator_id, f.year, "region", String(province.region_id)), MIN_PROVINCES_REGION),
        best,
        source_id: f.value_source_id,
        source_loc: f.value_source_loc,
      };
    })
    .sort((a, b) => a.dimension - b.dimension || a.year - b.year);
}

type SubdimensionYears = Pick<ProvinceProfile, "subYear" | "subProfile" | "percentileYear" | "percentiles">;

/** Sub-dimensions: the latest year for the profile; the latest year with a national distribution for percentiles. */
function subdimensionYears(t: ProfileTables, code: string): SubdimensionYears {
  const subYears = new Set<number>();
  const subCount = new Map<number, Set<string>>();
  for (const f of t.facts) {
    if (f.level !== "subdimension" || f.kind !== "actual" || f.value === null || f.province_code === NATIONAL) continue;
    if (f.province_code === code) subYears.add(f.year);
    const s = subCount.get(f.year) ?? new Set<string>();
    s.add(f.province_code);
    subCount.set(f.year, s);
  }
  const years = [...subYears].sort((a, b) => a - b);
  const subYear = years.at(-1) ?? null;
  const subProfile = subYear === null ? [] : inTaxonomyOrder(subdimensionPercentiles(t.facts, t.benchmarks, code, subYear), t.indicators);
  const percentileYear = [...years].reverse().find((y) => (subCount.get(y)?.size ?? 0) >= MIN_PROVINCES_NATIONAL) ?? null;
  const percentiles =
    percentileYear === null
      ? []
      : percentileYear === subYear
        ? subProfile
        : inTaxonomyOrder(subdimensionPercentiles(t.facts, t.benchmarks, code, percentileYear), t.indicators);
  return { subYear, subProfile, percentileYear, percentiles };
}

/** The facts behind every figure the profile shows, with the published national totals it compares with. */
function shownFacts(
  facts: readonly FactRow[],
  code: string,
  totals: readonly TotalYear[],
  publishedNational: ReadonlyMap<number, FactRow>,
  sub: SubdimensionYears,
): Set<FactRow> {
  const shown = new Set<FactRow>();
  const totalKeys = new Set(totals.map((p) => `${p.year}|${p.kind}`));
  for (const f of facts) {
    if (f.province_code !== code) continue;
    if (f.indicator_id === TOTAL_ID && isNationalScope(f) && totalKeys.has(`${f.year}|${f.kind}`) && f.value !== null) shown.add(f);
    else if (f.indicator_id === TOTAL_ID && f.rank_scope === "northwest") shown.add(f);
    else if (f.level === "dimension" && f.kind === "actual" && f.index === "PAPI") shown.add(f);
    else if (f.level === "subdimension" && f.kind === "actual" && (f.year === sub.subYear || f.year === sub.percentileYear)) shown.add(f);
    else if (f.kind === "target") shown.add(f);
    else if (f.index !== "PAPI") shown.add(f);
  }
  for (const p of totals)
    if (p.national.source === "published") {
      const pub = publishedNational.get(p.year);
      if (pub) shown.add(pub);
    }
  return shown;
}

/** The source of each fact shown, by year, taxonomy order and kind; a national figure is named "00:<indicator>". */
function sourceEntries(shown: Iterable<FactRow>, indicators: readonly IndicatorInfo[]): SourceEntry[] {
  const order = new Map(indicators.map((i, k) => [i.id, k]));
  return [...shown]
    .map((f) => ({
      figure: f.indicator_id,
      indicator_id: f.indicator_id,
      year: f.year,
      kind: f.kind,
      value: f.value,
      value_text: f.value_text,
      rank: f.rank,
      rank_of: f.rank_of,
      source_id: figureSource(f).id,
      source_loc: figureSource(f).loc,
      all_sources: f.sources,
      note: f.note,
      national: f.province_code === NATIONAL,
    }))
    .sort((a, b) => a.year - b.year || (order.get(a.indicator_id) ?? 99) - (order.get(b.indicator_id) ?? 99) || a.kind.localeCompare(b.kind))
    .map(({ national, ...rest }) => ({ ...rest, figure: national ? `${NATIONAL}:${rest.figure}` : rest.figure }));
}

export function buildProfile(t: ProfileTables, slug: string): ProvinceProfile | null {
  const province = provinceBySlug(t.provinces, slug);
  if (!province) return null;
  const code = province.code;
  const provByCode = new Map(t.provinces.map((p) => [p.code, p]));
  const regionCodes = new Set(t.provinces.filter((p) => p.region_id === province.region_id).map((p) => p.code));

  // Totals: this province's series with the national and regional context of the same series.
  const allTotals = totalSeries(t.facts);
  const provincesWithTotals = new Set(allTotals.map((p) => p.province_code)).size;
  const publishedNational = publishedNationalTotals(t.facts);
  const totals = totalYears(allTotals, publishedNational, regionCodes, provByCode, code);
  const northwestRanks = t.facts.filter(
    (f) => f.province_code === code && f.indicator_id === TOTAL_ID && f.rank_scope === "northwest" && f.kind === "actual" && f.rank !== null,
  );

  const dimensions = dimensionYears(t, province, provByCode);
  const sub = subdimensionYears(t, code);
  const { strongest, weakest } = strongestWeakest(sub.percentiles);
  const targets = targetChecks(t, code);
  const otherIndices = t.facts
    .filter((f) => f.province_code === code && f.index !== "PAPI" && f.value !== null)
    .sort((a, b) => a.index.localeCompare(b.index) || b.year - a.year);
  const sources = sourceEntries(shownFacts(t.facts, code, totals, publishedNational, sub), t.indicators);

  return {
    province,
    provincesWithTotals,
    totals,
    rankRange: latestRankRange(allTotals, code),
    intervalChange: intervalChanges(allTotals, code).at(-1) ?? null,
    survey: surveyValues(t.facts, t.indicators, code),
    northwestRanks,
    dimensions,
    subYear: sub.subYear,
    subProfile: sub.subProfile,
    percentileYear: sub.percentileYear,
    percentiles: sub.percentiles,
    strongest,
    weakest,
    targets,
    otherIndices,
    sources,
  };
}
