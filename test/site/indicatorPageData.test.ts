// The /indicators page's build-time files (src/components/indicators/indicatorPageData.ts) read
// back as the page reads them, and the page's pick of years and highlights over them
// (resultFromSeries), on the real published tables (PAPI_SOURCES): real figures, no value lost.
// Run: PAPI_SOURCES=/work/shared/papi-data npx vitest run --project unit test/site/indicatorPageData.test.ts
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { fullDataset } from "../siteTables.ts";
import type { Dataset } from "../../loaders/model/index.ts";
import { indicatorGroupFiles, indicatorPageHead, type IndicatorGroupFile, type IndicatorPageHead } from "../../src/components/indicators/indicatorPageData.ts";
import {
  GROUP_KEYS,
  breaksFromRows,
  groupKeyOf,
  indicatorGroups,
  normalizeSelection,
  resultFromSeries,
  segments,
  suggestSixDimension,
  yearStats,
  type DeclaredBreak,
  type IndicatorSelection,
} from "../../src/components/indicators/indicatorData.ts";
import { describeReal } from "../realData.ts";

const taxonomy = JSON.parse(readFileSync(new URL("../../data/reference/taxonomy.json", import.meta.url), "utf8")) as { breaks: DeclaredBreak[] };
const declared = taxonomy.breaks;

const sel = (indicator: string, from = 2011, to = 2024, provinces: string[] = []): IndicatorSelection => ({ indicator, provinces, from, to });

let d: Dataset;
let head: IndicatorPageHead;
let files: Record<string, IndicatorGroupFile>;
const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const seriesOf = (id: string) => {
  const key = groupKeyOf(indicatorGroups(head.indicators), id);
  return key === null ? undefined : files[key]![id];
};
const resultOf = (s: IndicatorSelection) => resultFromSeries(seriesOf(s.indicator), head.provinces, s);
const distOf = (s: IndicatorSelection) => resultOf(s).dist;
const meansOf = (s: IndicatorSelection) => resultOf(s).means;
const breaksOf = (id: string) => seriesOf(id)?.breaks ?? [];

function countByYear(rows: Array<{ year: number }>): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of rows) m.set(r.year, (m.get(r.year) ?? 0) + 1);
  return m;
}

describeReal("on the real published tables (PAPI_SOURCES)", () => {
  beforeAll(async () => {
    d = await fullDataset();
    head = roundTrip(indicatorPageHead(d));
    files = roundTrip(indicatorGroupFiles(d, declared));
  }, 120_000);

  describe("one value per province and year", () => {
    it("gives the 63 provinces' D1 in 2011, one row per province and year", async () => {
      const rows = distOf(sel("papi.d1"));
      const byYear = countByYear(rows);
      expect(byYear.get(2011)).toBe(63);
      expect([...byYear.keys()].sort()).toEqual(Array.from({ length: 14 }, (_, i) => 2011 + i));
      const keys = rows.map((r) => `${r.province_code}|${r.year}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(rows.every((r) => r.province_code !== "00")).toBe(true);
      expect(rows.every((r) => r.kind === "actual")).toBe(true);
    });

    it("leaves the 2014 blanks out (no row), never as 0", async () => {
      const rows = distOf(sel("papi.d1", 2014, 2014));
      expect(rows.length).toBe(61);
      expect(rows.every((r) => typeof r.value === "number" && (r.value as number) > 0)).toBe(true);
      const present = new Set(rows.map((r) => r.province_code));
      const absent = head.provinces.map((p) => p.code).filter((c) => !present.has(c));
      expect(absent.length).toBe(2);
      // no stored figure for the absent provinces in 2014, not even a zero
      expect(d.facts.filter((f) => f.indicator_id === "papi.d1" && f.year === 2014 && absent.includes(f.province_code) && f.value !== null)).toEqual([]);
    });

    it("has the sub-dimension papi.d3.responsiveness in 2016 and 2017 (its years; 2017 read by position)", async () => {
      const rows = distOf(sel("papi.d3.responsiveness"));
      expect([...countByYear(rows).entries()]).toEqual([
        [2016, 63],
        [2017, 63],
      ]);
    });

    it("uses the derived PAPI total where no actual exists (2017) and marks the chosen provinces", async () => {
      const rows = distOf(sel("papi.total", 2016, 2019, ["lao-cai", "ha-noi"]));
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
      const a = distOf(sel("papi.d2", 2019, 2015));
      const b = distOf(sel("papi.d2", 2015, 2019));
      expect(a).toEqual(b);
    });
  });

  describe("the national mean", () => {
    it("gives the national mean per year of the values drawn, from benchmarks where they cover the same provinces", async () => {
      const rows = meansOf(sel("papi.d1"));
      const r2011 = rows.find((r) => r.year === 2011)!;
      expect(r2011.n).toBe(63);
      expect(r2011.from_benchmarks).toBe(true);
      expect(r2011.mean).toBeCloseTo(5.3565, 3);
      const dist = distOf(sel("papi.d1", 2011, 2011));
      const avg = dist.reduce((s, r) => s + (r.value as number), 0) / dist.length;
      expect(r2011.mean).toBeCloseTo(avg, 9);
    });

    it("computes the 2018 total mean over the 61 official totals and keeps the published 43.78 beside it", async () => {
      const rows = meansOf(sel("papi.total"));
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

  describe("series breaks", () => {
    it("returns the 2018 break (6 → 8 dimensions) for papi.total, from the taxonomy and the structure", async () => {
      const rows = breaksOf("papi.total");
      expect(rows.map((r) => r.year)).toEqual([2018]);
      expect(rows[0]!.origin).toBe("both");
      expect(rows[0]!.verified).toBe(true);
      expect(String(rows[0]!.reason_en)).toMatch(/8 dimensions/);
    });

    it("returns D3's 2016 and 2018 restructurings, D5's 2021 break (verified by the 2023 sheet) and D8's unverified 2020 one", async () => {
      const d3 = breaksOf("papi.d3");
      expect(d3.map((r) => r.year)).toEqual([2016, 2018]);
      const d5 = breaksOf("papi.d5");
      expect(d5.map((r) => [r.year, r.verified])).toEqual([
        [2016, true],
        [2021, true],
      ]);
      const d8 = breaksOf("papi.d8");
      expect(d8.map((r) => [r.year, r.verified])).toEqual([
        [2019, true],
        [2020, false],
      ]);
    });

    it("finds structural breaks without a declared one, and none for the six-dimension total", async () => {
      const d2 = breaksFromRows("papi.d2", [], head.indicators);
      expect(d2.map((r) => [r.year, r.origin])).toEqual([[2018, "structure"]]);
      expect(String(d2[0]!.reason_vi)).toMatch(/thêm/);
      expect(breaksOf("papi.total_6d")).toEqual([]);
      expect(breaksOf("no.such.indicator")).toEqual([]);
    });
  });

  describe("nothing lost on the way to the page", () => {
    it("every picker indicator has its file entry; every province-year with a figure has exactly one row, the actual one where there is one", () => {
      const groups = indicatorGroups(head.indicators);
      expect(Object.keys(files).sort()).toEqual([...GROUP_KEYS].sort());
      for (const g of groups) {
        for (const { id } of g.options) {
          const dist = distOf(sel(id, 1900, 2100));
          const facts = d.facts.filter(
            (f) =>
              f.indicator_id === id &&
              (f.kind === "actual" || f.kind === "derived") &&
              f.value !== null &&
              f.rank_scope !== "northwest" &&
              f.province_code !== "00",
          );
          const keys = new Set(facts.map((f) => `${f.province_code}|${f.year}`));
          expect(dist.length, id).toBe(keys.size);
          for (const r of dist) {
            const actual = facts.find((f) => f.province_code === r.province_code && f.year === r.year && f.kind === "actual");
            if (actual) expect([r.kind, r.value], `${id} ${r.province_code} ${r.year}`).toEqual(["actual", actual.value]);
          }
        }
      }
    });

    it("every indicator's breaks are the library's rule over the taxonomy", () => {
      for (const g of indicatorGroups(head.indicators))
        for (const { id } of g.options) expect(breaksOf(id), id).toEqual(breaksFromRows(id, declared, d.indicators));
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
      const rows = distOf(sel("papi.total", 2011, 2024, ["lao-cai"]));
      const breaks = breaksOf("papi.total").map((r) => r.year as number);
      const laoCai = rows.filter((r) => r.slug === "lao-cai").map((r) => ({ year: r.year as number, value: r.value as number }));
      const runs = segments(laoCai, breaks);
      expect(runs.some((run) => run.some((p) => p.year === 2017) && run.some((p) => p.year === 2018))).toBe(false);
      expect(runs.map((run) => [run[0]!.year, run[run.length - 1]!.year])).toEqual([
        [2011, 2017],
        [2018, 2024],
      ]);
    });

    it("per-year box statistics", () => {
      const stats = yearStats(distOf(sel("papi.d1", 2011, 2011)));
      const values = d.facts
        .filter((f) => f.indicator_id === "papi.d1" && f.year === 2011 && f.kind === "actual" && f.province_code !== "00")
        .map((f) => f.value as number)
        .sort((a, b) => a - b);
      expect(stats).toHaveLength(1);
      expect(stats[0]!.n).toBe(values.length);
      // R-7 quantiles by hand: 63 values, so the quartiles fall on positions 15.5, 31 and 46.5
      expect(stats[0]!.median).toBe(values[31]);
      expect(stats[0]!.q1).toBeCloseTo((values[15]! + values[16]!) / 2, 12);
      expect(stats[0]!.q3).toBeCloseTo((values[46]! + values[47]!) / 2, 12);
    });

    it("groups the picker by dimension, totals first, every PAPI indicator once", async () => {
      const groups = indicatorGroups(head.indicators);
      expect(groups[0]!.options.map((o) => o.id)).toEqual(["papi.total", "papi.total_6d", "papi.total_weighted"]);
      expect(groups.slice(1, 9).map((g) => g.key)).toEqual(["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"]);
      const ids = groups.flatMap((g) => g.options.map((o) => o.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of head.indicators.filter((x) => x.index === "PAPI")) expect(ids).toContain(i.id);
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
