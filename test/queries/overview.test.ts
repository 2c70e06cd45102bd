// The overview page's logic (src/components/overview/overview.ts, run in the page on the Arrow rows) and
// its SQL (src/components/overview/queries.ts) over the real published tables; both must agree.
// Needs PAPI_SOURCES (the official workbook and the panel): see test/siteTables.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetTables } from "../../loaders/publish/index.ts";
import { loadDataset } from "../../loaders/publish/index.ts";
import { arrowRows } from "../../src/components/shared/arrowRows.ts";
import {
  breakYearsOf,
  coverageNote,
  coverageSentence,
  defaultYear,
  dimensionParts,
  hasOfficialData,
  indicesPresent,
  nationalTrend,
  provinceTotals,
  publishedNational,
  SIX_DIMENSION_ID,
  totalYears,
  type CoverageRow,
  type Fact,
  type Province,
  type SeriesBreak,
} from "../../src/components/overview/overview.ts";
import {
  coverageQuery,
  dimensionScoresQuery,
  inlineSql,
  missingProvincesQuery,
  nationalBenchmarkQuery,
  nationalTrendQuery,
  publishedNationalQuery,
  rankingQuery,
} from "../../src/components/overview/queries.ts";
import { foldName, matchGeoJson, provinceMatcher, rewindGeometry, tiles } from "../../src/components/overview/tileGridMap.ts";
import taxonomy from "../../data/reference/taxonomy.json" with { type: "json" };
import { fullDataset, sqlRows } from "../siteTables.ts";
import { describeReal } from "../realData.ts";

describeReal("on the real published tables (PAPI_SOURCES)", () => {
  let facts: Fact[];
  let provinces: Province[];
  let coverage: CoverageRow[];
  let sources: Array<{ kind: string }>;
  const breaks = (taxonomy as { breaks: SeriesBreak[] }).breaks;

  beforeAll(async () => {
    // The rows exactly as the page gets them: Arrow bytes → arrowRows (data.ts `rows()`).
    const tables = datasetTables(await fullDataset());
    facts = arrowRows<Fact>(tables.facts!);
    provinces = arrowRows<Province>(tables.provinces!);
    coverage = arrowRows<CoverageRow>(tables.coverage!);
    sources = arrowRows<{ kind: string }>(tables.sources!);
  }, 180_000);

  const close = (a: number, b: number, eps = 1e-6) => Math.abs(a - b) < eps;

  describe("ranking", () => {
    it("2019: 63 provinces, Lào Cai 45.06, rank 13 published; every other rank computed", async () => {
      const js = provinceTotals(facts, provinces, "PAPI", 2019);
      expect(js).toHaveLength(63);
      const laoCai = js.find((d) => d.slug === "lao-cai")!;
      expect(laoCai.value).toBeCloseTo(45.06, 2);
      expect(laoCai).toMatchObject({ rank: 13, rank_of: 63, rank_source: "published", kind: "actual", group: "CN", group_source: "published" });
      expect(laoCai.dims.size).toBe(8);
      expect(js.filter((d) => d.rank_source === "published").map((d) => d.slug)).toEqual(["lao-cai"]);
      // best first, and the SQL gives the same list
      for (let i = 1; i < js.length; i++) expect(js[i - 1]!.value).toBeGreaterThanOrEqual(js[i]!.value);
      const sql = await sqlRows(rankingQuery("PAPI", 2019, "papi.total").sql, rankingQuery("PAPI", 2019, "papi.total").params);
      expect(sql.map((r) => r.code)).toEqual(js.map((d) => d.code));
      for (const [i, r] of sql.entries()) {
        const d = js[i]!;
        expect(close(r.value as number, d.value)).toBe(true);
        expect([r.kind, r.rank, r.rank_source, r.group, r.group_source]).toEqual([d.kind, d.rank, d.rank_source, d.group, d.group_source]);
      }
    });

    it("2014: 61 provinces with totals; Bắc Giang and Đồng Tháp missing and named", async () => {
      const js = provinceTotals(facts, provinces, "PAPI", 2014);
      expect(js).toHaveLength(61);
      const note = coverageNote(js, provinces);
      expect(note).toMatchObject({ n: 61, of: 63 });
      expect(note.missing.map((p) => p.name_vi)).toEqual(["Bắc Giang", "Đồng Tháp"]);
      expect(coverageSentence(note, "vi")).toBe("61 trên 63 tỉnh có điểm năm nay; chưa có điểm: Bắc Giang, Đồng Tháp.");
      expect(coverageSentence(note, "en")).toBe("61 of 63 provinces have a score this year; no score: Bac Giang, Dong Thap.");
      const q = missingProvincesQuery("PAPI", 2014, "papi.total");
      expect((await sqlRows(q.sql, q.params)).map((r) => r.name_vi)).toEqual(["Bắc Giang", "Đồng Tháp"]);
      // 6 dimensions before 2018
      expect(new Set(dimensionParts(js, "PAPI", "vi").map((p) => p.dimension))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    });

    it("2018 uses the official 2018 totals; Lào Cai keeps the rank its plan publishes (29), labelled published", () => {
      const js = provinceTotals(facts, provinces, "PAPI", 2018);
      expect(js).toHaveLength(61);
      const laoCai = js.find((d) => d.slug === "lao-cai")!;
      expect(laoCai).toMatchObject({ kind: "actual", rank: 29, rank_source: "published" });
      expect((laoCai.value as number).toFixed(2)).toBe("44.37");
      expect(js.filter((d) => d.kind === "derived")).toHaveLength(0);
      expect(
        coverageNote(js, provinces)
          .missing.map((p) => p.name_vi)
          .sort(),
      ).toEqual(["Quảng Ninh", "Đồng Tháp"].sort());
      expect(new Set(dimensionParts(js, "PAPI", "en").map((p) => p.dimension)).size).toBe(8);
    });

    it("dimension scores: the JS breakdown equals the SQL one", async () => {
      const js = dimensionParts(provinceTotals(facts, provinces, "PAPI", 2022), "PAPI", "vi");
      const q = dimensionScoresQuery("PAPI", 2022);
      const sql = await sqlRows(q.sql, q.params);
      const ranked = new Set(provinceTotals(facts, provinces, "PAPI", 2022).map((d) => d.code));
      const sqlRanked = sql.filter((r) => ranked.has(r.province_code as string));
      expect(js.length).toBe(sqlRanked.length);
    });
  });

  describe("years and indices", () => {
    it("PAPI years 2011–2024, default 2024; PAR INDEX and SIPAS present", () => {
      expect(totalYears(facts, "PAPI")).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
      expect(defaultYear(facts)).toBe(2024);
      expect(indicesPresent(facts)).toEqual(["PAPI", "PAR_INDEX", "SIPAS"]);
      expect(hasOfficialData(sources)).toBe(true);
    });
  });

  describe("national mean trend", () => {
    it("excludes the national 00 rows, breaks at 2018, and equals the SQL", async () => {
      const breakYears = breakYearsOf(breaks, "papi.total");
      expect(breakYears).toEqual([2018]);
      const js = nationalTrend(facts, provinces, "PAPI", "papi.total", breakYears);
      expect(js.map((d) => d.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
      expect(js.find((d) => d.year === 2016)!.period).toBe(0);
      expect(js.find((d) => d.year === 2018)!.period).toBe(1);
      // 2017: derived totals (the 2017 sheet prints dimensions only) — counted; 2018: the official sheet
      expect(js.find((d) => d.year === 2017)!.n_derived).toBe(63);
      expect(js.find((d) => d.year === 2018)).toMatchObject({ n: 61, n_derived: 0 });
      // 2019: 63 provinces; the published national mean (43.61, a 00 row) is not one of them
      const y2019 = js.find((d) => d.year === 2019)!;
      expect(y2019.n).toBe(63);
      const q = nationalTrendQuery("PAPI", "papi.total", 50);
      const sql = await sqlRows(q.sql, q.params);
      expect(sql.map((r) => r.year)).toEqual(js.map((d) => d.year));
      for (const [i, r] of sql.entries()) {
        expect(close(r.mean as number, js[i]!.mean, 1e-9)).toBe(true);
        expect([r.n, r.n_derived]).toEqual([js[i]!.n, js[i]!.n_derived]);
      }
      // Where every province has an actual total, the mean equals the computed benchmark.
      const b = nationalBenchmarkQuery("PAPI", "papi.total");
      const bench = new Map((await sqlRows(b.sql, b.params)).map((r) => [r.year as number, r]));
      for (const d of js.filter((d) => d.n_derived === 0)) {
        expect(bench.get(d.year)?.n).toBe(d.n);
        expect(close(bench.get(d.year)!.mean as number, d.mean, 1e-9)).toBe(true);
      }
    });

    it("published national means come from documents (00 rows) and are kept apart", async () => {
      const js = publishedNational(facts, "PAPI");
      expect(js.map((d) => [d.year, d.value])).toEqual([
        [2018, 43.78],
        [2019, 43.61],
      ]);
      expect(js[0]!.source).toMatch(/^lao-cai-papi-plan-2020-151-kh-ubnd\.txt:\d+$/);
      const q = publishedNationalQuery("PAPI", "papi.total");
      expect((await sqlRows(q.sql, q.params)).map((r) => [r.year, r.value])).toEqual(js.map((d) => [d.year, d.value]));
    });

    it("the six-dimension total is one continuous 2011–2024 series", () => {
      const six = nationalTrend(facts, provinces, "PAPI", SIX_DIMENSION_ID, breakYearsOf(breaks, SIX_DIMENSION_ID));
      expect(six.map((d) => d.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
      expect(new Set(six.map((d) => d.period))).toEqual(new Set([0]));
      for (const d of six) {
        expect(d.mean).toBeGreaterThan(30);
        expect(d.mean).toBeLessThan(45);
      }
    });
  });

  describe("coverage", () => {
    it("the coverage rows the page reads equal the SQL", async () => {
      const q = coverageQuery();
      const sql = await sqlRows(q.sql, q.params);
      expect(sql.length).toBe(coverage.length);
      expect(
        coverage.some((c) => c.index === "PAPI" && c.year === 2014 && c.level === "total" && c.source_kind === "official_workbook" && c.provinces === 61),
      ).toBe(true);
    });

    it("inlineSql writes the parameters in", () => {
      expect(inlineSql(rankingQuery("PAPI", 2019, "papi.total"))).toContain(`f."index" = 'PAPI' AND f.indicator_id = 'papi.total'`);
      expect(inlineSql({ sql: "SELECT ? , ?", params: ["it's", 3] })).toBe("SELECT 'it''s' , 3");
    });
  });

  describe("tile grid and GeoJSON matcher", () => {
    it("places all 63 provinces on distinct tiles", () => {
      const ts = tiles(provinces, provinceTotals(facts, provinces, "PAPI", 2014), "vi");
      expect(ts).toHaveLength(63);
      expect(new Set(ts.map((d) => `${d.row},${d.col}`)).size).toBe(63);
      expect(new Set(ts.map((d) => d.short)).size).toBe(63);
      expect(
        ts
          .filter((d) => d.value === null)
          .map((d) => d.name)
          .sort(),
      ).toEqual(["Bắc Giang", "Đồng Tháp"].sort());
    });

    it("matches names and GSO codes in any common spelling", () => {
      const m = provinceMatcher(provinces);
      expect(foldName("Tỉnh Đắk Lắk")).toBe("daklak");
      for (const [name, code] of [
        ["Hà Nội", "01"],
        ["Thành phố Hà Nội", "01"],
        ["Ha Noi", "01"],
        ["TP. Hồ Chí Minh", "79"],
        ["Ho Chi Minh City", "79"],
        ["Thừa Thiên Huế", "46"],
        ["Thua Thien - Hue", "46"],
        ["Bà Rịa - Vũng Tàu", "77"],
        ["Dak Lak", "66"],
        ["Đăk Lăk", "66"],
        ["Bắc Cạn", "06"],
        ["Hoà Bình", "17"],
      ] as const)
        expect(m.byName(name), name).toBe(code);
      expect(m.byCode(1)).toBe("01");
      expect(m.byCode("96")).toBe("96");
      expect(m.byCode("03")).toBeNull();
    });

    it("matches a GeoJSON's features and re-winds RFC 7946 rings for d3-geo", () => {
      const square = [
        [104, 22],
        [105, 22],
        [105, 23],
        [104, 23],
        [104, 22],
      ]; // counter-clockwise (RFC 7946 exterior)
      const geo = {
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: { NAME_1: "Lào Cai" }, geometry: { type: "Polygon", coordinates: [square] } },
          { type: "Feature", properties: { ma_tinh: "01", ten: "x" }, geometry: { type: "Polygon", coordinates: [square] } },
          { type: "Feature", properties: { NAME_1: "Paracel Islands" }, geometry: null },
        ],
      };
      const m = matchGeoJson(geo, provinces);
      expect(m.features.map((f) => f.code)).toEqual(["10", "01"]);
      expect(m.unmatched).toEqual(["Paracel Islands"]);
      expect(m.missing).toHaveLength(61);
      const ring = (m.features[0]!.geometry!.coordinates as number[][][])[0]!;
      expect(ring[1]).toEqual([104, 23]); // reversed: clockwise
      expect(rewindGeometry({ type: "Polygon", coordinates: [ring] })!.coordinates).toEqual([ring]);
      expect(() => matchGeoJson({ type: "Topology" }, provinces)).toThrow();
    });
  });
});

describe("embedded data only (no official workbook, no panel)", () => {
  it("still has something to show: a default year, published national means, coverage, and says what is missing", async () => {
    const empty = mkdtempSync(join(tmpdir(), "papi-no-sources-"));
    try {
      const tables = datasetTables(await loadDataset(empty));
      const f = arrowRows<Fact>(tables.facts!);
      const p = arrowRows<Province>(tables.provinces!);
      expect(hasOfficialData(arrowRows<{ kind: string }>(tables.sources!))).toBe(false);
      expect(indicesPresent(f)).toEqual(["PAPI", "PAR_INDEX", "SIPAS"]);
      expect(totalYears(f, "PAPI")).toEqual([2018, 2019, 2023]);
      expect(defaultYear(f)).toBe(2023);
      const dakLak = provinceTotals(f, p, "PAPI", 2023);
      expect(dakLak.map((d) => [d.slug, d.value, d.rank, d.rank_of, d.rank_source])).toEqual([["dak-lak", 42.3265, 31, 61, "published"]]);
      expect(coverageSentence(coverageNote(dakLak, p), "en")).toMatch(/^1 of 63 provinces have a score this year; no score: An Giang, .* and 50 more\.$/);
      const laoCai = provinceTotals(f, p, "PAPI", 2019);
      expect(laoCai).toHaveLength(1);
      expect(laoCai[0]).toMatchObject({ slug: "lao-cai", rank: 13, rank_source: "published" });
      expect(laoCai[0]!.dims.size).toBe(8);
      // no computed mean from one province; the published national means are there
      expect(nationalTrend(f, p, "PAPI", "papi.total", [2018])).toEqual([]);
      expect(publishedNational(f, "PAPI").map((d) => d.value)).toEqual([43.78, 43.61]);
      expect(provinceTotals(f, p, "PAR_INDEX", 2024)).toMatchObject([{ slug: "ca-mau", value: 89.33, rank: 20, rank_source: "published" }]);
      expect(provinceTotals(f, p, "SIPAS", 2023)).toMatchObject([{ slug: "ca-mau", value: 84.14, kind: "derived" }]);
      expect(arrowRows<CoverageRow>(tables.coverage!).length).toBeGreaterThan(5);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
