// The province profile (src/components/province/provinceProfile.ts, computed at build for each
// province page) over the real published tables' rows, and on the embedded data alone.
// Run: PAPI_SOURCES=/work/shared/papi-data npx vitest run --project unit test/site/provinceProfile.test.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtempSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fullDataset } from "../siteTables.ts";
import { datasetTables } from "../../loaders/publish/index.ts";
import { loadDataset } from "../../loaders/publish/index.ts";
import type { Dataset } from "../../loaders/model/index.ts";
import { arrowRows } from "../../src/components/shared/arrowRows.ts";
import { buildProfile, northwestRank, strongestWeakest, type ProfileTables, type SubPoint } from "../../src/components/province/provinceProfile.ts";
import { breakYears, percentRank, segmentOf, type SeriesBreak } from "../../src/components/province/provinceFacts.ts";
import { describeReal } from "../realData.ts";

const taxonomy = JSON.parse(readFileSync(new URL("../../data/reference/taxonomy.json", import.meta.url), "utf8")) as { breaks: SeriesBreak[] };

function tablesOf(d: Dataset): ProfileTables {
  const bytes = datasetTables(d);
  return {
    facts: arrowRows(bytes.facts!),
    plan_targets: arrowRows(bytes.plan_targets!),
    provinces: arrowRows(bytes.provinces!),
    benchmarks: arrowRows(bytes.benchmarks!),
    indicators: arrowRows(bytes.indicators!),
    breaks: taxonomy.breaks,
  } as unknown as ProfileTables;
}

const r6 = (x: unknown) => (typeof x === "number" ? Math.round(x * 1e6) / 1e6 : (x ?? null));

describe("helpers", () => {
  it("percentRank is DuckDB's percent_rank; none without a distribution", () => {
    expect(percentRank(3, [1, 2, 3, 4, 5])).toBe(0.5);
    expect(percentRank(1, [1, 1, 2])).toBe(0);
    expect(percentRank(5, [5])).toBe(null);
  });

  it("segments never span a series break", () => {
    const years = breakYears(taxonomy.breaks, "papi.total");
    expect(years).toEqual([2018]);
    expect([2016, 2017, 2018, 2019].map((y) => segmentOf(y, years))).toEqual([0, 0, 1, 1]);
    expect(breakYears(taxonomy.breaks, "papi.d3")).toEqual([2016, 2018]);
  });

  it("strongest and weakest do not overlap", () => {
    const pts = [0.1, 0.5, 0.9].map((p, i) => ({ indicator_id: `s${i}`, percentile: p }) as SubPoint);
    const { strongest, weakest } = strongestWeakest(pts, 3);
    expect(strongest.map((p) => p.indicator_id)).toEqual(["s2", "s1", "s0"]);
    expect(weakest).toEqual([]);
  });
});

describeReal("on the full data", () => {
  let t: ProfileTables;
  beforeAll(async () => {
    t = tablesOf(await fullDataset());
  }, 120_000);

  it("Lào Cai: totals over time, 2019 = 45.06 (13/63 published), 2018 from its plan", () => {
    const p = buildProfile(t, "lao-cai")!;
    expect(p.totals.map((x) => x.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const y2019 = p.totals.find((x) => x.year === 2019)!;
    expect(y2019.value.toFixed(2)).toBe("45.06");
    expect([y2019.rank, y2019.rank_of, y2019.rank_source, y2019.group, y2019.group_source]).toEqual([13, 63, "published", "CN", "published"]);
    // the national mean printed in the plan (43.61), not the computed one
    expect([y2019.national.value, y2019.national.source]).toEqual([43.61, "published"]);
    expect(y2019.best?.name_vi).toBeTruthy();
    const y2017 = p.totals.find((x) => x.year === 2017)!;
    expect(y2017.kind).toBe("derived");
    expect(y2017.national.source).toBe("computed");
    expect(p.northwestRanks.map((f) => [f.year, f.rank, f.rank_of])).toEqual([[2019, 3, 6]]);
  });

  it("Lào Cai: dimensions against the national mean, the region's mean and the best province", () => {
    const p = buildProfile(t, "lao-cai")!;
    expect(p.dimensions.length).toBe(6 * 7 + 8 * 7); // 2011–2017 six dimensions, 2018–2024 eight
    for (const d of p.dimensions) {
      // The best province's score is the highest of the year; the national mean lies between the extremes.
      const all = t.facts.filter(
        (f) =>
          f.indicator_id === d.indicator_id &&
          f.year === d.year &&
          f.kind === "actual" &&
          f.province_code !== "00" &&
          f.value !== null &&
          (f.rank_scope ?? "national") === "national",
      );
      const max = Math.max(...all.map((f) => f.value as number));
      expect(r6(d.best?.value ?? null), `${d.indicator_id} ${d.year}`).toBe(r6(max));
      expect(d.national.value!).toBeLessThanOrEqual(max);
      expect(d.region.value).not.toBe(null);
    }
  });

  it("Lào Cai: the latest sub-dimension profile is 2024 (28 sub-dimensions, 61 provinces); percentiles match the SQL", async () => {
    const p = buildProfile(t, "lao-cai")!;
    expect(p.subYear).toBe(2024);
    expect(p.subProfile).toHaveLength(28);
    expect(p.percentileYear).toBe(2024);
    expect(p.percentiles).toHaveLength(28);
    for (const s of p.percentiles) {
      expect(s.n).toBe(61);
      // percent_rank: the share of the other provinces below
      const all = t.facts.filter(
        (f) => f.indicator_id === s.indicator_id && f.year === 2024 && f.kind === "actual" && f.province_code !== "00" && f.value !== null,
      );
      expect(s.percentile, s.indicator_id).toBeCloseTo(all.filter((f) => (f.value as number) < s.value).length / (all.length - 1), 12);
    }
    const sorted = [...p.percentiles].sort((a, b) => (b.percentile ?? 0) - (a.percentile ?? 0));
    expect(p.strongest[0]!.percentile).toBe(sorted[0]!.percentile);
    expect(p.weakest[0]!.percentile).toBe(sorted.at(-1)!.percentile);
    expect(p.strongest.length).toBe(3);
    expect(p.weakest.length).toBe(3);
  });

  it("other provinces: the latest sub-dimension year is 2024 (the sub-dimension panel)", () => {
    const p = buildProfile(t, "dak-lak")!;
    expect(p.subYear).toBe(2024);
    expect(p.percentileYear).toBe(2024);
    expect(p.subProfile.every((s) => s.n === 61 && s.percentile !== null)).toBe(true);
    const y2023 = p.totals.find((x) => x.year === 2023)!;
    expect(y2023.value.toFixed(2)).toBe("42.33");
    expect([y2023.rank, y2023.rank_of, y2023.rank_source]).toEqual([31, 61, "published"]);
  });

  it("Lào Cai 2020 targets against the outcome (42.95)", () => {
    const p = buildProfile(t, "lao-cai")!;
    expect(p.targets).toHaveLength(11);
    const total = p.targets.find((x) => x.indicator_id === "papi.total" && x.kind === "value")!;
    expect([total.target_value, total.comparator, total.outcome_value?.toFixed(2), total.met]).toEqual([46.4, "gte", "42.95", false]);
    const top10 = p.targets.find((x) => x.kind === "rank" && x.scope === "national")!;
    expect([top10.target_rank, top10.outcome_rank, top10.outcome_rank_of, top10.outcome_rank_source, top10.met]).toEqual([10, 28, 63, "computed", false]);
    const nw = p.targets.find((x) => x.kind === "rank" && x.scope === "northwest")!;
    expect(nw.target_rank).toBe(1);
    const nwRank = northwestRank(p.totals, t.provinces, "10", 2020);
    expect(nwRank).toBe(null); // p.totals holds Lào Cai only
    expect(nw.outcome_rank).not.toBe(null);
    expect(nw.outcome_rank_source).toBe("computed");
    const dims = p.targets.filter((x) => x.kind === "value" && x.indicator_id !== "papi.total");
    expect(dims).toHaveLength(8);
    expect(dims.every((d) => d.target_group !== null && d.outcome_value !== null && d.met !== null)).toBe(true);
  });

  it("Cà Mau: PAR INDEX and SIPAS figures; every figure shown has a source", () => {
    const p = buildProfile(t, "ca-mau")!;
    const par = p.otherIndices.filter((f) => f.index === "PAR_INDEX");
    expect(par.map((f) => [f.year, f.value, f.rank, f.rank_of, f.kind])).toEqual([
      [2024, 89.33, 20, 63, "actual"],
      [2023, 86.89, 34, 63, "derived"],
    ]);
    expect(p.sources.every((s) => s.source_loc)).toBe(true);
    expect(p.sources.some((s) => s.source_loc?.includes("!"))).toBe(true); // workbook cells
    expect(p.sources.some((s) => /\.txt:\d+$/.test(s.source_loc ?? ""))).toBe(true); // document lines
  });
});

describe("on the embedded data alone", () => {
  let e: ProfileTables;
  beforeAll(async () => {
    e = tablesOf(await loadDataset(mkdtempSync(join(tmpdir(), "papi-no-sources-"))));
  }, 120_000);

  it("Lào Cai: 2018–2019 totals with published ranks, 8 dimensions, 2019 sub-dimensions, 2020 targets", () => {
    const p = buildProfile(e, "lao-cai")!;
    expect(p.totals.map((x) => [x.year, x.value, x.rank, x.rank_of, x.rank_source, x.group, x.group_source])).toEqual([
      [2018, 44.37, 29, 63, "published", "TBC", "published"],
      [2019, 45.06, 13, 63, "published", "CN", "published"],
    ]);
    expect(p.totals.map((x) => x.national.value)).toEqual([43.78, 43.61]);
    expect(p.totals.every((x) => x.best === null && x.region.value === null)).toBe(true);
    expect(p.dimensions).toHaveLength(16);
    expect(p.dimensions.every((d) => d.national.value === null && d.best === null)).toBe(true);
    expect(p.subYear).toBe(2019);
    expect(p.subProfile).toHaveLength(29);
    expect(p.percentileYear).toBe(null);
    expect(p.strongest).toEqual([]);
    const total = p.targets.find((x) => x.indicator_id === "papi.total" && x.kind === "value")!;
    expect([total.target_value, total.outcome_value, total.met]).toEqual([46.4, null, null]);
    expect(p.targets).toHaveLength(11);
    expect(p.sources.length).toBeGreaterThan(40);
    expect(p.sources.every((s) => s.source_loc || s.figure.startsWith("papi.total"))).toBe(true);
  });

  it("Đắk Lắk: 2023 total 42.3265 rank 31/61", () => {
    const p = buildProfile(e, "dak-lak")!;
    expect(p.totals.map((x) => [x.year, x.value, x.rank, x.rank_of, x.rank_source])).toEqual([[2023, 42.3265, 31, 61, "published"]]);
    expect(p.provincesWithTotals).toBe(2);
  });

  it("a province without figures gives an empty profile", () => {
    const p = buildProfile(e, "ha-giang")!;
    expect(p.totals).toEqual([]);
    expect(p.dimensions).toEqual([]);
    expect(p.subYear).toBe(null);
    expect(buildProfile(e, "nowhere")).toBe(null);
  });
});
