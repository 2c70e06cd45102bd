// The comparison page's SQL (src/components/compare/queries.ts) over the real published tables,
// and its JavaScript twin (src/components/compare/compareView.ts, the page's first view before DuckDB is
// ready) on the same rows: both must give the same answer.
// Run: PAPI_SOURCES=/work/shared/papi-data npx vitest run --project unit test/queries/compare.test.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fullDataset, sqlRows } from "../siteTables.ts";
import { datasetTables } from "../../loaders/cli/cli.ts";
import { loadDataset } from "../../loaders/publish/index.ts";
import type { Dataset } from "../../loaders/model/index.ts";
import { arrowRows } from "../../src/components/shared/arrowRows.ts";
import * as q from "../../src/components/compare/queries.ts";
import {
  choosePair,
  chooseYear,
  compareDifference,
  compareDimensions,
  compareFromRows,
  compareFromSql,
  compareHeatmap,
  compareTotals,
  compareYears,
  normalizeSelection,
  overlapYears,
  presetSelection,
  presetSlugs,
  type CompareTables,
} from "../../src/components/compare/compareView.ts";
import { describeReal } from "../realData.ts";

function tablesOf(d: Dataset): CompareTables {
  const bytes = datasetTables(d);
  return {
    facts: arrowRows(bytes.facts!),
    provinces: arrowRows(bytes.provinces!),
    benchmarks: arrowRows(bytes.benchmarks!),
    indicators: arrowRows(bytes.indicators!),
  } as unknown as CompareTables;
}

const run = (x: q.Query) => sqlRows(x.sql, x.params);
const THREE = ["lao-cai", "dak-lak", "ha-noi"];

/** Rows as comparable objects: numbers rounded to 6 decimals (float32 values read twice). */
function norm<T extends object>(rows: T[], keys: (keyof T & string)[]): Record<string, unknown>[] {
  return rows
    .map((r) => Object.fromEntries(keys.map((k) => [k, typeof r[k] === "number" ? Math.round((r[k] as number) * 1e6) / 1e6 : (r[k] ?? null)])))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describeReal("on the real published tables (PAPI_SOURCES)", () => {
  let t: CompareTables;
  beforeAll(async () => {
    t = tablesOf(await fullDataset());
  }, 120_000);

  describe("totals over time", () => {
    it("gives 2011–2024 for Lào Cai, Đắk Lắk and Hà Nội: official totals except 2017 (the 2017 sheet prints no total: derived)", async () => {
      const rows = await run(q.totalsQuery(THREE));
      for (const slug of THREE) {
        const mine = rows.filter((r) => r.slug === slug);
        expect(mine.map((r) => r.year)).toEqual(
          [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].filter((y) => mine.some((r) => r.year === y)),
        );
        expect(mine.length).toBeGreaterThanOrEqual(13); // 2014 lacks a few provinces
        for (const r of mine) {
          const year = r.year as number;
          // 2018: the official 2018 sheet; 2017: its sheet has dimensions only, so the sum is derived.
          expect(r.kind, `${slug} ${year}`).toBe(year === 2017 ? "derived" : "actual");
        }
      }
      const lc2019 = rows.find((r) => r.slug === "lao-cai" && r.year === 2019)!;
      expect((lc2019.value as number).toFixed(2)).toBe("45.06");
      expect([lc2019.rank, lc2019.rank_of, lc2019.rank_source]).toEqual([13, 63, "published"]);
      const lc2018 = rows.find((r) => r.slug === "lao-cai" && r.year === 2018)!;
      expect([(lc2018.value as number).toFixed(2), lc2018.rank, lc2018.rank_source]).toEqual(["44.37", 29, "published"]);
      const dl2023 = rows.find((r) => r.slug === "dak-lak" && r.year === 2023)!;
      expect((dl2023.value as number).toFixed(2)).toBe("42.33");
      expect([dl2023.rank, dl2023.rank_of, dl2023.rank_source]).toEqual([31, 61, "published"]);
      // Hà Nội's ranks are all computed (no document publishes them).
      expect(rows.filter((r) => r.slug === "ha-noi").every((r) => r.rank_source === "computed")).toBe(true);
    });

    it("agrees with the JavaScript twin", async () => {
      const keys = ["slug", "year", "value", "kind", "rank", "rank_of", "rank_source", "group", "group_source", "source_loc"] as const;
      expect(norm(compareTotals(t, THREE), [...keys])).toEqual(norm(await run(q.totalsQuery(THREE)), [...keys]));
    });
  });

  describe("dimension profile, heatmap and difference for a year", () => {
    it("2019: eight dimensions per province with the national mean of 63", async () => {
      const rows = await run(q.dimensionsQuery(THREE, 2019));
      expect(rows).toHaveLength(24);
      expect(new Set(rows.map((r) => r.dimension))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
      expect(rows.every((r) => r.national_n === 63)).toBe(true);
      const keys = ["slug", "indicator_id", "dimension", "value", "rank", "rank_source", "group", "group_source", "national_mean", "national_n"] as const;
      expect(norm(compareDimensions(t, THREE, 2019), [...keys])).toEqual(norm(rows, [...keys]));
    });

    it("2016 heatmap: every sub-dimension in force × the selected provinces, with values", async () => {
      const rows = await run(q.heatmapQuery(THREE, 2016));
      const inForce = t.indicators.filter(
        (i) => i.index === "PAPI" && i.level === "subdimension" && i.year_from <= 2016 && (i.year_to === null || i.year_to >= 2016),
      );
      const subs = new Set(rows.map((r) => r.indicator_id));
      // The official workbook has 22 sub-dimensions in 2016 (4 + 3 + 3 + 4 + 4 + 4).
      expect(subs.size).toBe(22);
      expect([...subs].sort()).toEqual(
        inForce
          .map((i) => i.id)
          .filter((id) => subs.has(id))
          .sort(),
      );
      expect(rows).toHaveLength(22 * 3);
      expect(rows.every((r) => typeof r.value === "number" && typeof r.indicator_vi === "string")).toBe(true);
      const keys = ["slug", "indicator_id", "dimension", "value", "indicator_vi", "indicator_en"] as const;
      expect(norm(compareHeatmap(t, THREE, 2016), [...keys])).toEqual(norm(rows, [...keys]));
    });

    it("2019 heatmap: the official 2019 sheet gives all three provinces their 29 sub-dimensions", async () => {
      const rows = await run(q.heatmapQuery(THREE, 2019));
      expect(new Set(rows.map((r) => r.slug))).toEqual(new Set(THREE));
      expect(rows).toHaveLength(29 * 3);
    });

    it("A − B per dimension", async () => {
      const rows = await run(q.differenceQuery("lao-cai", "ha-noi", 2019));
      expect(rows.map((r) => r.dimension)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const r of rows) expect(r.diff as number).toBeCloseTo((r.a_value as number) - (r.b_value as number), 9);
      const keys = ["indicator_id", "dimension", "a_value", "b_value", "diff"] as const;
      expect(norm(compareDifference(t, "lao-cai", "ha-noi", 2019), [...keys])).toEqual(norm(rows, [...keys]));
    });
  });

  describe("years and presets", () => {
    it("years with figures, and the years every selected province has a total", async () => {
      const rows = await run(q.yearsQuery(THREE));
      const keys = ["year", "with_total", "with_dimensions", "with_subdimensions"] as const;
      expect(norm(compareYears(t, THREE), [...keys])).toEqual(norm(rows, [...keys]));
      const overlap = overlapYears(rows as never, 3);
      expect(overlap).toContain(2019);
      expect(overlap).toContain(2024);
      expect(rows.find((r) => r.year === 2016)!.with_subdimensions).toBe(3);
      expect(rows.find((r) => r.year === 2019)!.with_subdimensions).toBe(3);
    });

    it("the Northwest preset gives the six provinces", async () => {
      const rows = await run(q.presetQuery("northwest", "ha-noi"));
      expect(rows).toHaveLength(6);
      expect(rows.map((r) => r.slug)).toContain("lao-cai");
      expect(rows.map((r) => r.slug)).toEqual(presetSlugs(t.provinces, "northwest", "ha-noi"));
    });

    it("the region and 2025-unit presets agree with the JavaScript twin", async () => {
      for (const kind of ["region", "unit"] as const) {
        for (const first of ["lao-cai", "dak-lak", "ha-noi", "ca-mau"]) {
          const rows = await run(q.presetQuery(kind, first));
          expect(
            rows.map((r) => r.slug),
            `${kind} ${first}`,
          ).toEqual(presetSlugs(t.provinces, kind, first));
          expect(rows.map((r) => r.slug)).toContain(first);
        }
      }
      // Lào Cai and Yên Bái form the new Lào Cai.
      expect((await run(q.presetQuery("unit", "lao-cai"))).map((r) => r.slug).sort()).toEqual(["lao-cai", "yen-bai"]);
      const region = presetSelection(presetSlugs(t.provinces, "region", "lao-cai"), "lao-cai");
      expect(region.slugs[0]).toBe("lao-cai");
      expect(region.slugs).toHaveLength(6);
      expect(region.of).toBe(14);
    });

    it("the SQL path of the page gives the same data as its first view", async () => {
      const sel = { slugs: THREE, year: 2019, a: "dak-lak", b: "lao-cai" };
      const fromSql = await compareFromSql((sql, params) => sqlRows(sql, params), sel, q);
      const fromRows = compareFromRows(t, sel);
      expect(fromSql.year).toBe(2019);
      expect(fromRows.year).toBe(2019);
      expect([fromSql.a, fromSql.b]).toEqual(["dak-lak", "lao-cai"]);
      expect(fromSql.totals.length).toBe(fromRows.totals.length);
      expect(fromSql.heatmap.length).toBe(fromRows.heatmap.length);
      expect(fromSql.difference.length).toBe(8);
      expect(norm(fromSql.difference, ["indicator_id", "diff"])).toEqual(norm(fromRows.difference, ["indicator_id", "diff"]));
    });
  });

  describe("selection rules", () => {
    it("keeps known slugs, drops repeats and unknown ones, at most six", () => {
      const provinces = t.provinces;
      expect(normalizeSelection(["lao-cai", "x", "lao-cai", "dak-lak"], provinces)).toEqual({
        slugs: ["lao-cai", "dak-lak"],
        dropped: ["x"],
        truncated: false,
      });
      const seven = provinces.slice(0, 7).map((p) => p.slug);
      expect(normalizeSelection(seven, provinces).slugs).toHaveLength(6);
      expect(normalizeSelection(seven, provinces).truncated).toBe(true);
    });

    it("A and B default to the first two provinces; the year to the latest with most dimension scores", () => {
      expect(choosePair(["a", "b", "c"], null, null)).toEqual({ a: "a", b: "b" });
      expect(choosePair(["a", "b", "c"], "c", "c")).toEqual({ a: "c", b: "a" });
      expect(choosePair(["a", "b", "c"], "x", "b")).toEqual({ a: "a", b: "b" });
      const years = [
        { year: 2018, with_total: 2, with_dimensions: 2, with_subdimensions: 0 },
        { year: 2019, with_total: 2, with_dimensions: 2, with_subdimensions: 1 },
        { year: 2023, with_total: 1, with_dimensions: 0, with_subdimensions: 0 },
      ];
      expect(chooseYear(years, null)).toBe(2019);
      expect(chooseYear(years, 2018)).toBe(2018);
      expect(chooseYear(years, 2023)).toBe(2019);
      expect(chooseYear([], 2019)).toBe(null);
    });
  });
});

describe("on the embedded data alone (no official workbooks)", () => {
  let e: CompareTables;
  beforeAll(async () => {
    e = tablesOf(await loadDataset(mkdtempSync(join(tmpdir(), "papi-no-sources-"))));
  }, 120_000);

  it("compares Lào Cai (2018–2019) and Đắk Lắk (2023): no year overlaps", () => {
    const data = compareFromRows(e, { slugs: ["lao-cai", "dak-lak"], year: null, a: null, b: null });
    expect(data.totals.map((r) => `${r.slug} ${r.year} ${r.value} ${r.rank}/${r.rank_of} ${r.rank_source}`)).toEqual([
      "dak-lak 2023 42.3265 31/61 published",
      "lao-cai 2018 44.37 29/63 published",
      "lao-cai 2019 45.06 13/63 published",
    ]);
    expect(overlapYears(data.years, 2)).toEqual([]);
    expect(data.year).toBe(2019);
    expect(data.dimensions.map((d) => d.slug)).toEqual(Array(8).fill("lao-cai"));
    // One province's figures are no national distribution: no national mean shown.
    expect(data.dimensions.every((d) => d.national_n === 1)).toBe(true);
    expect(data.heatmap).toHaveLength(29);
    expect(data.difference).toEqual([]);
  });
});
