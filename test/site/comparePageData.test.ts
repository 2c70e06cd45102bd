// The comparison page's build-time files (src/components/compare/comparePageData.ts) read back as
// the page reads them (JSON, then columns to rows), and the page's selection functions over them
// (src/components/compare/compareView.ts): real figures, and no figure lost on the way.
// Run: PAPI_SOURCES=/work/shared/papi-data npx vitest run --project unit test/site/comparePageData.test.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fullDataset } from "../siteTables.ts";
import { loadDataset } from "../../loaders/publish/index.ts";
import type { Dataset } from "../../loaders/model/index.ts";
import { fromColumns, type Columns } from "../../src/components/shared/columns.ts";
import { compareBase, compareContext, compareProfiles, isComparedScore } from "../../src/components/compare/comparePageData.ts";
import {
  choosePair,
  chooseYear,
  compareData,
  compareRowsFrom,
  profileRowsFrom,
  compareDifference,
  compareDimensions,
  compareHeatmap,
  compareTotals,
  compareYears,
  normalizeSelection,
  overlapYears,
  presetSelection,
  presetSlugs,
  type CompareRows,
  type ProfileRows,
} from "../../src/components/compare/compareView.ts";
import { describeReal } from "../realData.ts";

/** The files as the page reads them: the totals, the context, and every province's profile. */
function filesOf(d: Dataset): { base: CompareRows; profile: ProfileRows } {
  const b = JSON.parse(JSON.stringify(compareBase(d)));
  const c = JSON.parse(JSON.stringify(compareContext(d)));
  const each = Object.values(JSON.parse(JSON.stringify(compareProfiles(d)))) as Array<{ dimensions: Columns; subdimensions: Columns }>;
  return { base: compareRowsFrom(b), profile: profileRowsFrom(c, each) };
}

const THREE = ["lao-cai", "dak-lak", "ha-noi"];

describeReal("on the real published tables (PAPI_SOURCES)", () => {
  let d: Dataset;
  let base: CompareRows;
  let profile: ProfileRows;
  beforeAll(async () => {
    d = await fullDataset();
    ({ base, profile } = filesOf(d));
  }, 120_000);

  describe("nothing lost on the way to the page", () => {
    it("every province's own PAPI dimension and sub-dimension score is in the profile file once, with its value and cell", () => {
      for (const level of ["dimension", "subdimension"] as const) {
        const facts = d.facts.filter((f) => isComparedScore(f, level));
        const rows = level === "dimension" ? profile.dimensions : profile.subdimensions;
        expect(rows.length, level).toBe(facts.length);
        const key = (r: { province_code: string; year: number; indicator_id: string }) => `${r.province_code}|${r.year}|${r.indicator_id}`;
        const byKey = new Map(rows.map((r) => [key(r), r]));
        expect(byKey.size, `${level}: one row per province, year and indicator`).toBe(rows.length);
        for (const f of facts) {
          const r = byKey.get(key(f))!;
          expect(r.value, key(f)).toBe(f.value);
          expect(r.source_loc).toBe(f.value_source_loc);
        }
      }
      // Over 6 000 dimension scores and 20 000 sub-dimension scores on the official data.
      expect(profile.dimensions.length).toBeGreaterThan(6000);
      expect(profile.subdimensions.length).toBeGreaterThan(20000);
    });

    it("each province's profile file holds its own scores only, and is small", () => {
      const files = compareProfiles(d);
      expect(Object.keys(files)).toHaveLength(63);
      const lc = files["lao-cai"]!;
      expect(fromColumns<{ province_code: string }>(lc.dimensions).every((r) => r.province_code === "10")).toBe(true);
      expect(fromColumns(lc.dimensions)).toHaveLength(6 * 7 + 8 * 7);
      expect(JSON.stringify(lc).length).toBeLessThan(60 * 1024);
    });

    it("every province-year with a total has its coverage row; missing stays missing (no zeros)", () => {
      const withTotal = new Set(base.totals.map((r) => `${r.province_code}|${r.year}`));
      const covered = new Set(base.coverage.filter((c) => c.total === 1).map((c) => `${c.province_code}|${c.year}`));
      expect(covered).toEqual(withTotal);
      expect(base.totals.every((r) => typeof r.value === "number" && r.value > 0)).toBe(true);
    });
  });

  describe("totals over time", () => {
    it("gives 2011–2024 for Lào Cai, Đắk Lắk and Hà Nội: official totals except 2017 (the 2017 sheet prints no total: derived)", () => {
      const rows = compareTotals(base, THREE);
      for (const slug of THREE) {
        const mine = rows.filter((r) => r.slug === slug);
        expect(mine.map((r) => r.year)).toEqual(
          [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024].filter((y) => mine.some((r) => r.year === y)),
        );
        expect(mine.length).toBeGreaterThanOrEqual(13); // 2014 lacks a few provinces
        for (const r of mine) expect(r.kind, `${slug} ${r.year}`).toBe(r.year === 2017 ? "derived" : "actual");
      }
      const lc2019 = rows.find((r) => r.slug === "lao-cai" && r.year === 2019)!;
      expect(lc2019.value.toFixed(2)).toBe("45.06");
      expect([lc2019.rank, lc2019.rank_of, lc2019.rank_source]).toEqual([13, 63, "published"]);
      const lc2018 = rows.find((r) => r.slug === "lao-cai" && r.year === 2018)!;
      expect([lc2018.value.toFixed(2), lc2018.rank, lc2018.rank_source]).toEqual(["44.37", 29, "published"]);
      const dl2023 = rows.find((r) => r.slug === "dak-lak" && r.year === 2023)!;
      expect(dl2023.value.toFixed(2)).toBe("42.33");
      expect([dl2023.rank, dl2023.rank_of, dl2023.rank_source]).toEqual([31, 61, "published"]);
      // Hà Nội's ranks are all computed (no document publishes them).
      expect(rows.filter((r) => r.slug === "ha-noi").every((r) => r.rank_source === "computed")).toBe(true);
    });
  });

  describe("dimension profile, heatmap and difference for a year", () => {
    it("2019: eight dimensions per province with the national mean of 63", () => {
      const rows = compareDimensions(base, profile, THREE, 2019);
      expect(rows).toHaveLength(24);
      expect(new Set(rows.map((r) => r.dimension))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
      expect(rows.every((r) => r.national_n === 63)).toBe(true);
      const mean = d.benchmarks.find((b) => b.indicator_id === "papi.d1" && b.year === 2019 && b.scope === "national")!;
      expect(rows.find((r) => r.indicator_id === "papi.d1")!.national_mean).toBe(mean.mean);
    });

    it("2016 heatmap: every sub-dimension in force × the selected provinces, with values", () => {
      const rows = compareHeatmap(base, profile, THREE, 2016);
      const subs = new Set(rows.map((r) => r.indicator_id));
      // The official workbook has 22 sub-dimensions in 2016 (4 + 3 + 3 + 4 + 4 + 4).
      expect(subs.size).toBe(22);
      const inForce = d.indicators.filter(
        (i) => i.index === "PAPI" && i.level === "subdimension" && i.year_from <= 2016 && (i.year_to === null || i.year_to >= 2016),
      );
      for (const id of subs) expect(inForce.map((i) => i.id)).toContain(id);
      expect(rows).toHaveLength(22 * 3);
      expect(rows.every((r) => typeof r.value === "number" && typeof r.indicator_vi === "string")).toBe(true);
    });

    it("2019 heatmap: the official 2019 sheet gives all three provinces their 29 sub-dimensions", () => {
      const rows = compareHeatmap(base, profile, THREE, 2019);
      expect(new Set(rows.map((r) => r.slug))).toEqual(new Set(THREE));
      expect(rows).toHaveLength(29 * 3);
    });

    it("A − B per dimension", () => {
      const rows = compareDifference(compareDimensions(base, profile, ["lao-cai", "ha-noi"], 2019), "lao-cai", "ha-noi");
      expect(rows.map((r) => r.dimension)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const r of rows) expect(r.diff).toBeCloseTo(r.a_value - r.b_value, 9);
      const lc = d.facts.find((f) => f.province_code === "10" && f.indicator_id === "papi.d1" && f.year === 2019 && f.kind === "actual")!;
      expect(rows[0]!.a_value).toBe(lc.value);
    });
  });

  describe("years and presets", () => {
    it("years with figures, and the years every selected province has a total", () => {
      const rows = compareYears(base, THREE);
      const overlap = overlapYears(rows, 3);
      expect(overlap).toContain(2019);
      expect(overlap).toContain(2024);
      expect(rows.find((r) => r.year === 2016)!.with_subdimensions).toBe(3);
      expect(rows.find((r) => r.year === 2019)!.with_subdimensions).toBe(3);
      expect(rows.find((r) => r.year === 2019)!.with_dimensions).toBe(3);
    });

    it("the Northwest preset gives the six provinces; region and 2025 unit contain the first province", () => {
      expect(presetSlugs(base.provinces, "northwest", "ha-noi")).toHaveLength(6);
      expect(presetSlugs(base.provinces, "northwest", "ha-noi")).toContain("lao-cai");
      for (const kind of ["region", "unit"] as const) {
        for (const first of ["lao-cai", "dak-lak", "ha-noi", "ca-mau"]) expect(presetSlugs(base.provinces, kind, first), `${kind} ${first}`).toContain(first);
      }
      // Lào Cai and Yên Bái form the new Lào Cai.
      expect(presetSlugs(base.provinces, "unit", "lao-cai").sort()).toEqual(["lao-cai", "yen-bai"]);
      const region = presetSelection(presetSlugs(base.provinces, "region", "lao-cai"), "lao-cai");
      expect(region.slugs[0]).toBe("lao-cai");
      expect(region.slugs).toHaveLength(6);
      expect(region.of).toBe(14);
    });

    it("the page's data for a selection: the requested year and pair, eight differences", () => {
      const data = compareData(base, profile, { slugs: THREE, year: 2019, a: "dak-lak", b: "lao-cai" });
      expect([data.year, data.a, data.b]).toEqual([2019, "dak-lak", "lao-cai"]);
      expect(data.difference).toHaveLength(8);
      // Before the profile file has arrived: the totals and years, no profile yet.
      const early = compareData(base, null, { slugs: THREE, year: 2019, a: null, b: null });
      expect(early.totals).toEqual(data.totals);
      expect([early.dimensions, early.heatmap, early.difference]).toEqual([[], [], []]);
    });
  });

  describe("selection rules", () => {
    it("keeps known slugs, drops repeats and unknown ones, at most six", () => {
      const provinces = base.provinces;
      expect(normalizeSelection(["lao-cai", "x", "lao-cai", "dak-lak"], provinces)).toEqual({
        slugs: ["lao-cai", "dak-lak"],
        dropped: ["x"],
        truncated: false,
      });
      const seven = provinces.slice(0, 7).map((p) => p.slug);
      expect(normalizeSelection(seven, provinces).slugs).toHaveLength(6);
      expect(normalizeSelection(seven, provinces).truncated).toBe(true);
    });
  });
});

describe("selection defaults", () => {
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

describe("on the embedded data alone (no official workbooks)", () => {
  let e: { base: CompareRows; profile: ProfileRows };
  beforeAll(async () => {
    e = filesOf(await loadDataset(mkdtempSync(join(tmpdir(), "papi-no-sources-"))));
  }, 120_000);

  it("compares Lào Cai (2018–2019) and Đắk Lắk (2023): no year overlaps", () => {
    const data = compareData(e.base, e.profile, { slugs: ["lao-cai", "dak-lak"], year: null, a: null, b: null });
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
