// The /indicators page's SQL (src/components/indicators/queries.ts) against the real published
// tables (full data: PAPI_SOURCES), and the plain-rows mirror the page draws its first view
// with (src/components/indicators/indicatorData.ts): both must give the same answers.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sqlRows } from "../siteTables.ts";
import { breaksQuery, distributionQuery, meanQuery, type DeclaredBreak, type IndicatorSelection } from "../../src/components/indicators/queries.ts";
import {
  breaksFromRows,
  distributionFromRows,
  indicatorGroups,
  meansFromRows,
  normalizeSelection,
  segments,
  suggestSixDimension,
  yearStats,
  type BenchmarkLike,
  type FactLike,
  type IndicatorLike,
  type ProvinceLike,
} from "../../src/components/indicators/indicatorData.ts";
import { describeReal } from "../realData.ts";

const taxonomy = JSON.parse(readFileSync(new URL("../../data/reference/taxonomy.json", import.meta.url), "utf8")) as { breaks: DeclaredBreak[] };
const declared = taxonomy.breaks;

const run = (q: { sql: string; params: unknown[] }) => sqlRows(q.sql, q.params);
const sel = (indicator: string, from = 2011, to = 2024, provinces: string[] = []): IndicatorSelection => ({ indicator, provinces, from, to });

async function tables() {
  return {
    facts: (await sqlRows("SELECT * FROM facts")) as unknown as FactLike[],
    provinces: (await sqlRows("SELECT * FROM provinces")) as unknown as ProvinceLike[],
    indicators: (await sqlRows("SELECT * FROM indicators")) as unknown as IndicatorLike[],
    benchmarks: (await sqlRows("SELECT * FROM benchmarks")) as unknown as BenchmarkLike[],
  };
}

function countByYear(rows: Array<Record<string, unknown>>): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of rows) m.set(r.year as number, (m.get(r.year as number) ?? 0) + 1);
  return m;
}

describeReal("on the real published tables (PAPI_SOURCES)", () => {
  describe("distributionQuery", () => {
    it("gives the 63 provinces' D1 in 2011, one row per province and year", async () => {
      const rows = await run(distributionQuery(sel("papi.d1")));
      const byYear = countByYear(rows);
      expect(byYear.get(2011)).toBe(63);
      expect([...byYear.keys()].sort()).toEqual(Array.from({ length: 14 }, (_, i) => 2011 + i));
      const keys = rows.map((r) => `${r.province_code}|${r.year}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(rows.every((r) => r.province_code !== "00")).toBe(true);
      expect(rows.every((r) => r.kind === "actual")).toBe(true);
    });

    it("leaves the 2014 blanks out (no row), never as 0", async () => {
      const rows = await run(distributionQuery(sel("papi.d1", 2014, 2014)));
      expect(rows.length).toBe(61);
      expect(rows.every((r) => typeof r.value === "number" && (r.value as number) > 0)).toBe(true);
      const all = await sqlRows("SELECT slug FROM provinces");
      const present = new Set(rows.map((r) => r.slug));
      const absent = all.map((r) => r.slug as string).filter((s) => !present.has(s));
      expect(absent.length).toBe(2);
      // no stored figure for the absent provinces in 2014, not even a zero
      const stored = await sqlRows(
        "SELECT count(*) AS n FROM facts f JOIN provinces p ON p.code = f.province_code WHERE f.indicator_id = 'papi.d1' AND f.year = 2014 AND list_contains(string_split(?, ','), p.slug) AND f.value IS NOT NULL",
        [absent.join(",")],
      );
      expect(stored[0]!.n).toBe(0);
    });

    it("has the sub-dimension papi.d3.responsiveness in 2016 and 2017 (its years; 2017 read by position)", async () => {
      const rows = await run(distributionQuery(sel("papi.d3.responsiveness")));
      expect([...countByYear(rows).entries()]).toEqual([
        [2016, 63],
        [2017, 63],
      ]);
    });

    it("uses the derived PAPI total where no actual exists (2017) and marks the chosen provinces", async () => {
      const rows = await run(distributionQuery(sel("papi.total", 2016, 2019, ["lao-cai", "ha-noi"])));
      const kinds = (year: number) => new Set(rows.filter((r) => r.year === year).map((r) => r.kind));
      expect(kinds(2016)).toEqual(new Set(["actual"]));
      expect(kinds(2017)).toEqual(new Set(["derived"]));
      expect(kinds(2018)).toEqual(new Set(["actual"]));
      expect(countByYear(rows).get(2017)).toBe(63);
      expect(countByYear(rows).get(2018)).toBe(61);
      // Lào Cai 2018: the official sheet's total, which its plan prints as 44,37
      const laoCai2018 = rows.find((r) => r.slug === "lao-cai" && r.year === 2018)!;
      expect(laoCai2018.kind).toBe("actual");
      expect(laoCai2018.value).toBeCloseTo(44.37, 2);
      const highlighted = new Set(rows.filter((r) => r.highlighted).map((r) => r.slug));
      expect(highlighted).toEqual(new Set(["lao-cai", "ha-noi"]));
    });

    it("accepts from > to as the same range", async () => {
      const a = await run(distributionQuery(sel("papi.d2", 2019, 2015)));
      const b = await run(distributionQuery(sel("papi.d2", 2015, 2019)));
      expect(a).toEqual(b);
    });
  });

  describe("meanQuery", () => {
    it("gives the national mean per year of the values drawn, from benchmarks where they cover the same provinces", async () => {
      const rows = await run(meanQuery(sel("papi.d1")));
      const r2011 = rows.find((r) => r.year === 2011)!;
      expect(r2011.n).toBe(63);
      expect(r2011.from_benchmarks).toBe(true);
      expect(r2011.mean).toBeCloseTo(5.3565, 3);
      const dist = await run(distributionQuery(sel("papi.d1", 2011, 2011)));
      const avg = dist.reduce((s, r) => s + (r.value as number), 0) / dist.length;
      expect(r2011.mean).toBeCloseTo(avg, 9);
    });

    it("computes the 2018 total mean over the 61 official totals and keeps the published 43.78 beside it", async () => {
      const rows = await run(meanQuery(sel("papi.total")));
      const r2018 = rows.find((r) => r.year === 2018)!;
      expect(r2018.n).toBe(61);
      expect(r2018.bench_n).toBe(61);
      expect(r2018.has_derived).toBe(false);
      // The published 43.78 is not the mean of the 61 totals (44.08): both are shown.
      expect(r2018.mean as number).toBeCloseTo(44.08, 2);
      expect(r2018.mean as number).toBeGreaterThan(40);
      expect(r2018.published_mean).toBeCloseTo(43.78, 2);
      expect(rows.find((r) => r.year === 2019)!.published_mean).toBeCloseTo(43.61, 2);
    });
  });

  describe("breaksQuery", () => {
    it("returns the 2018 break (6 → 8 dimensions) for papi.total, from the taxonomy and the structure", async () => {
      const rows = await run(breaksQuery("papi.total", declared));
      expect(rows.map((r) => r.year)).toEqual([2018]);
      expect(rows[0]!.origin).toBe("both");
      expect(rows[0]!.verified).toBe(true);
      expect(String(rows[0]!.reason_en)).toMatch(/8 dimensions/);
    });

    it("returns D3's 2016 and 2018 restructurings, D5's 2021 break (verified by the 2023 sheet) and D8's unverified 2020 one", async () => {
      const d3 = await run(breaksQuery("papi.d3", declared));
      expect(d3.map((r) => r.year)).toEqual([2016, 2018]);
      const d5 = await run(breaksQuery("papi.d5", declared));
      expect(d5.map((r) => [r.year, r.verified])).toEqual([
        [2016, true],
        [2021, true],
      ]);
      const d8 = await run(breaksQuery("papi.d8", declared));
      expect(d8.map((r) => [r.year, r.verified])).toEqual([
        [2019, true],
        [2020, false],
      ]);
    });

    it("finds structural breaks without a declared one, and none for the six-dimension total", async () => {
      const d2 = await run(breaksQuery("papi.d2", []));
      expect(d2.map((r) => [r.year, r.origin])).toEqual([[2018, "structure"]]);
      expect(String(d2[0]!.reason_vi)).toMatch(/thêm/);
      expect(await run(breaksQuery("papi.total_6d", declared))).toEqual([]);
      expect(await run(breaksQuery("no.such.indicator", declared))).toEqual([]);
    });
  });

  describe("the plain-rows mirror gives the same answers as the SQL", () => {
    const cases: IndicatorSelection[] = [
      sel("papi.total", 2011, 2024, ["lao-cai", "ha-noi"]),
      sel("papi.total_6d"),
      sel("papi.d1", 2013, 2016, ["dien-bien"]),
      sel("papi.d3.responsiveness"),
      sel("papi.d8", 2018, 2024, ["lao-cai"]),
      sel("par.total"),
    ];
    it.each(cases)("%o", async (s) => {
      const t = await tables();
      const sqlDist = await run(distributionQuery(s));
      const jsDist = distributionFromRows(t.facts, t.provinces, s);
      expect(jsDist.map((r) => [r.province_code, r.year, r.kind, r.highlighted])).toEqual(sqlDist.map((r) => [r.province_code, r.year, r.kind, r.highlighted]));
      jsDist.forEach((r, i) => expect(r.value).toBeCloseTo(sqlDist[i]!.value as number, 9));
      const sqlMeans = await run(meanQuery(s));
      const jsMeans = meansFromRows(jsDist, t.benchmarks, t.facts, s.indicator);
      expect(jsMeans.map((m) => [m.year, m.n, m.from_benchmarks, m.bench_n, m.has_derived])).toEqual(
        sqlMeans.map((m) => [m.year, m.n, m.from_benchmarks, m.bench_n ?? null, m.has_derived]),
      );
      jsMeans.forEach((m, i) => {
        expect(m.mean).toBeCloseTo(sqlMeans[i]!.mean as number, 9);
        if (m.published_mean === null) expect(sqlMeans[i]!.published_mean ?? null).toBeNull();
        else expect(m.published_mean).toBeCloseTo(sqlMeans[i]!.published_mean as number, 9);
      });
    });

    it("breaks, for every indicator", async () => {
      const t = await tables();
      for (const ind of t.indicators) {
        const sqlBreaks = await run(breaksQuery(ind.id, declared));
        expect(breaksFromRows(ind.id, declared, t.indicators), ind.id).toEqual(sqlBreaks);
      }
    });
  });

  describe("helpers", () => {
    it("segments stop at a break year and at a missing year", () => {
      const pts = [2011, 2012, 2013, 2015, 2016, 2017, 2018, 2019].map((year) => ({ year, value: 1 }));
      expect(segments(pts, [2018]).map((run) => run.map((p) => p.year))).toEqual([
        [2011, 2012, 2013],
        [2015, 2016, 2017],
        [2018, 2019],
      ]);
      expect(segments([], [2018])).toEqual([]);
    });

    it("the total's segments never span 2017 → 2018", async () => {
      const rows = await run(distributionQuery(sel("papi.total", 2011, 2024, ["lao-cai"])));
      const breaks = (await run(breaksQuery("papi.total", declared))).map((r) => r.year as number);
      const laoCai = rows.filter((r) => r.slug === "lao-cai").map((r) => ({ year: r.year as number, value: r.value as number }));
      const runs = segments(laoCai, breaks);
      expect(runs.some((run) => run.some((p) => p.year === 2017) && run.some((p) => p.year === 2018))).toBe(false);
      expect(runs.map((run) => [run[0]!.year, run[run.length - 1]!.year])).toEqual([
        [2011, 2017],
        [2018, 2024],
      ]);
    });

    it("per-year box statistics", async () => {
      const t = await tables();
      const stats = yearStats(distributionFromRows(t.facts, t.provinces, sel("papi.d1", 2011, 2011)));
      const q = await sqlRows(
        "SELECT count(*) AS n, min(value) AS mn, quantile_cont(value, 0.25) AS q1, median(value) AS md, quantile_cont(value, 0.75) AS q3, max(value) AS mx FROM facts WHERE indicator_id = 'papi.d1' AND year = 2011 AND kind = 'actual' AND province_code <> '00'",
      );
      expect(stats).toHaveLength(1);
      expect(stats[0]!.n).toBe(q[0]!.n);
      expect(stats[0]!.q1).toBeCloseTo(q[0]!.q1 as number, 9);
      expect(stats[0]!.median).toBeCloseTo(q[0]!.md as number, 9);
      expect(stats[0]!.q3).toBeCloseTo(q[0]!.q3 as number, 9);
    });

    it("groups the picker by dimension, totals first, every PAPI indicator once", async () => {
      const t = await tables();
      const groups = indicatorGroups(t.indicators);
      expect(groups[0]!.options.map((o) => o.id)).toEqual(["papi.total", "papi.total_6d", "papi.total_weighted"]);
      expect(groups.slice(1, 9).map((g) => g.key)).toEqual(["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"]);
      const ids = groups.flatMap((g) => g.options.map((o) => o.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of t.indicators.filter((x) => x.index === "PAPI")) expect(ids).toContain(i.id);
      expect(groups[3]!.options[0]!.id).toBe("papi.d3");
      expect(groups[3]!.options.find((o) => o.id === "papi.d3.responsiveness")!.years).toBe("2016–2017");
    });

    it("suggests the six-dimension total across 2017/2018 only", () => {
      expect(suggestSixDimension(sel("papi.total", 2011, 2024))).toBe(true);
      expect(suggestSixDimension(sel("papi.total", 2019, 2024))).toBe(false);
      expect(suggestSixDimension(sel("papi.total", 2018, 2011))).toBe(true);
      expect(suggestSixDimension(sel("papi.total_6d", 2011, 2024))).toBe(false);
    });

    it("normalises a selection from the URL", () => {
      const known = { indicators: new Set(["papi.total", "papi.d2"]), provinces: new Set(["lao-cai", "ha-noi"]) };
      expect(normalizeSelection({ indicator: "bogus", provinces: ["ha-noi", "x", "ha-noi"], from: 2020, to: 2012 }, known, "papi.total")).toEqual({
        indicator: "papi.total",
        provinces: ["ha-noi"],
        from: 2012,
        to: 2020,
      });
    });
  });
});
