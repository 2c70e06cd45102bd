/**
 * The province profile (/province/<slug>) as data, computed at build from the published tables'
 * rows (provincePageData.ts; the page loads the result and parses no table): totals and ranks over time, groups, dimensions against
 * the national mean, the region's mean and the best province, the latest sub-dimension profile,
 * percentiles of the sub-dimensions among all provinces, plan targets against outcomes, PAR INDEX
 * and SIPAS figures, and the source of every figure. No DOM here (provinceCharts.ts draws).
 * Each rule is written here once; test/site/provincePageData.test.ts checks it on the real data.
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
import type { ProfileTables, Best, Bench, TotalYear, DimensionYear, SubPoint, TargetCheck, SourceEntry, ProvinceProfile } from "./provinceProfileTypes.js";

export type * from "./provinceProfileTypes.js";

export const GROUP_ORDER = ["CN", "TBC", "TBT", "TN"];

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

function groupMet(outcome: string | null, target: string | null): boolean | null {
  if (!outcome || !target) return null;
  const o = GROUP_ORDER.indexOf(outcome);
  const t = GROUP_ORDER.indexOf(target);
  return o < 0 || t < 0 ? null : o <= t;
}

/** Rank of `code` among the Northwest six by total in a year (computed); null unless all six have a total. */
export function northwestRank(
  series: readonly TotalPoint[],
  provinces: readonly ProvinceInfo[],
  code: string,
  year: number,
): { rank: number; of: number } | null {
  const nw = new Set(provinces.filter((p) => p.northwest).map((p) => p.code));
  const pts = series.filter((p) => p.year === year && nw.has(p.province_code));
  if (pts.length < nw.size || !nw.has(code)) return null;
  const own = pts.find((p) => p.province_code === code);
  if (!own) return null;
  return { rank: 1 + pts.filter((p) => p.value > own.value).length, of: pts.length };
}

/** The rank range of the latest year in which this province's total has a printed interval. */
function latestRankRange(all: readonly TotalPoint[], code: string): RankRange | null {
  const years = all.filter((p) => p.province_code === code && p.ci_low !== null && p.ci_high !== null).map((p) => p.year);
  return years.length ? rankRange(all, code, Math.max(...years)) : null;
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
  const publishedNational = new Map<number, FactRow>();
  for (const f of t.facts) {
    if (f.province_code === NATIONAL && f.indicator_id === TOTAL_ID && f.kind === "actual" && f.value !== null) publishedNational.set(f.year, f);
  }
  const totalsByYear = new Map<number, TotalPoint[]>();
  for (const p of allTotals) {
    const list = totalsByYear.get(p.year) ?? [];
    list.push(p);
    totalsByYear.set(p.year, list);
  }
  const totals: TotalYear[] = allTotals
    .filter((p) => p.province_code === code)
    .map((p) => {
      const year = totalsByYear.get(p.year) ?? [];
      const pub = publishedNational.get(p.year);
      const values = year.map((q) => q.value);
      const national: Bench = pub
        ? { value: pub.value, n: values.length, source: "published", loc: pub.value_source_loc }
        : values.length >= MIN_PROVINCES_NATIONAL
          ? { value: mean(values), n: values.length, source: "computed" }
          : { value: null, n: values.length, source: null };
      const reg = year.filter((q) => regionCodes.has(q.province_code)).map((q) => q.value);
      const region: Bench =
        reg.length >= MIN_PROVINCES_REGION ? { value: mean(reg), n: reg.length, source: "computed" } : { value: null, n: reg.length, source: null };
      const { best } = bestOf(
        year.map((q) => ({ code: q.province_code, value: q.value })),
        provByCode,
      );
      return { ...p, national, region, best };
    });

  const northwestRanks = t.facts.filter(
    (f) => f.province_code === code && f.indicator_id === TOTAL_ID && f.rank_scope === "northwest" && f.kind === "actual" && f.rank !== null,
  );

  // Dimensions: this province's scores against the benchmarks and the best province of the year.
  const dimValues = new Map<string, { code: string; value: number }[]>();
  for (const f of t.facts) {
    if (f.index !== "PAPI" || f.level !== "dimension" || f.kind !== "actual" || f.value === null || f.province_code === NATIONAL || !isNationalScope(f))
      continue;
    const key = `${f.indicator_id}|${f.year}`;
    const list = dimValues.get(key) ?? [];
    list.push({ code: f.province_code, value: f.value });
    dimValues.set(key, list);
  }
  const dimensions: DimensionYear[] = t.facts
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

  // Sub-dimensions: the latest year for the profile; the latest year with a national distribution for percentiles.
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
  const { strongest, weakest } = strongestWeakest(percentiles);

  // Targets from plan documents against the outcome of the target year.
  const targets: TargetCheck[] = [];
  for (const f of t.facts) {
    if (f.province_code !== code || f.kind !== "target") continue;
    const scope = f.rank_scope === "northwest" ? "northwest" : "national";
    const isRank = f.value === null && f.rank !== null;
    let outcome: {
      value: number | null;
      kind: string | null;
      group: string | null;
      group_source: string | null;
      rank: number | null;
      rank_of: number | null;
      rank_source: string | null;
      loc: string | null;
    } = {
      value: null,
      kind: null,
      group: null,
      group_source: null,
      rank: null,
      rank_of: null,
      rank_source: null,
      loc: null,
    };
    if (f.indicator_id === TOTAL_ID) {
      const p = allTotals.find((q) => q.province_code === code && q.year === f.year);
      if (p)
        outcome = {
          value: p.value,
          kind: p.kind,
          group: p.group,
          group_source: p.group_source,
          rank: p.rank,
          rank_of: p.rank_of,
          rank_source: p.rank_source,
          loc: p.source_loc,
        };
      if (scope === "northwest") {
        const pub = t.facts.find(
          (q) =>
            q.province_code === code &&
            q.indicator_id === TOTAL_ID &&
            q.rank_scope === "northwest" &&
            q.kind === "actual" &&
            q.year === f.year &&
            q.rank !== null,
        );
        const nw = pub ? { rank: pub.rank as number, of: pub.rank_of as number } : northwestRank(allTotals, t.provinces, code, f.year);
        outcome = { ...outcome, rank: nw?.rank ?? null, rank_of: nw?.of ?? null, rank_source: pub ? "published" : nw ? "computed" : null };
      }
    } else {
      const a = t.facts.find(
        (q) =>
          q.province_code === code && q.indicator_id === f.indicator_id && q.year === f.year && q.kind === "actual" && q.value !== null && isNationalScope(q),
      );
      if (a)
        outcome = {
          value: a.value,
          kind: a.kind,
          ...shownRankFields(a),
          loc: a.value_source_loc,
        };
    }
    let met: boolean | null = null;
    if (isRank) met = outcome.rank === null ? null : outcome.rank <= (f.rank as number);
    else if (f.value !== null && outcome.value !== null) met = f.comparator === "lte" ? outcome.value <= f.value + 1e-9 : outcome.value >= f.value - 1e-9;
    targets.push({
      indicator_id: f.indicator_id,
      year: f.year,
      kind: isRank ? "rank" : "value",
      scope,
      comparator: f.comparator,
      target_value: f.value,
      target_group: f.group,
      target_rank: isRank ? f.rank : null,
      target_rank_of: isRank ? f.rank_of : null,
      outcome_value: outcome.value,
      outcome_kind: outcome.kind,
      outcome_group: outcome.group,
      outcome_group_source: outcome.group_source,
      outcome_rank: outcome.rank,
      outcome_rank_of: outcome.rank_of,
      outcome_rank_source: outcome.rank_source,
      met,
      group_met: isRank ? null : groupMet(outcome.group, f.group),
      source_id: figureSource(f).id,
      source_loc: figureSource(f).loc,
      outcome_source_loc: outcome.loc,
    });
  }
  const order = new Map(t.indicators.map((i, k) => [i.id, k]));
  targets.sort(
    (a, b) =>
      a.year - b.year ||
      (order.get(a.indicator_id) ?? 99) - (order.get(b.indicator_id) ?? 99) ||
      a.kind.localeCompare(b.kind) ||
      a.scope.localeCompare(b.scope),
  );

  const otherIndices = t.facts
    .filter((f) => f.province_code === code && f.index !== "PAPI" && f.value !== null)
    .sort((a, b) => a.index.localeCompare(b.index) || b.year - a.year);

  // The sources of every figure shown.
  const shown = new Set<FactRow>();
  const totalKeys = new Set(totals.map((p) => `${p.year}|${p.kind}`));
  for (const f of t.facts) {
    if (f.province_code !== code) continue;
    if (f.indicator_id === TOTAL_ID && isNationalScope(f) && totalKeys.has(`${f.year}|${f.kind}`) && f.value !== null) shown.add(f);
    else if (f.indicator_id === TOTAL_ID && f.rank_scope === "northwest") shown.add(f);
    else if (f.level === "dimension" && f.kind === "actual" && f.index === "PAPI") shown.add(f);
    else if (f.level === "subdimension" && f.kind === "actual" && (f.year === subYear || f.year === percentileYear)) shown.add(f);
    else if (f.kind === "target") shown.add(f);
    else if (f.index !== "PAPI") shown.add(f);
  }
  for (const p of totals)
    if (p.national.source === "published") {
      const pub = publishedNational.get(p.year);
      if (pub) shown.add(pub);
    }
  const sources: SourceEntry[] = [...shown]
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

  return {
    province,
    provincesWithTotals,
    totals,
    rankRange: latestRankRange(allTotals, code),
    intervalChange: intervalChanges(allTotals, code).at(-1) ?? null,
    survey: surveyValues(t.facts, t.indicators, code),
    northwestRanks,
    dimensions,
    subYear,
    subProfile,
    percentileYear,
    percentiles,
    strongest,
    weakest,
    targets,
    otherIndices,
    sources,
  };
}
