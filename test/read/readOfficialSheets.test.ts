/**
 * The official yearly sheets of 2017, 2018, 2019 and 2023 (real data, from $PAPI_SOURCES):
 * every row classified, the year's number of sub-dimensions, sums, no 0 published for a
 * no-data cell, bounds and sample sizes on their score, and spot values read from the sheets
 * (rounded here: the full-precision figures stay in the files).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReadResult, ScoreRow } from "../../loaders/model/index.ts";
import { readPapiWorkbook } from "../../loaders/read/index.ts";
import { defaultTaxonomy, partsOf } from "../../loaders/model/index.ts";
import { describeReal } from "../realData.ts";

function source(name: string): Uint8Array {
  const dir = process.env.PAPI_SOURCES;
  if (!dir) throw new Error(`PAPI_SOURCES is not set: point it at the directory holding ${name}`);
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`PAPI_SOURCES=${dir} has no ${name}`);
  return new Uint8Array(readFileSync(path));
}

const cache = new Map<number, Promise<ReadResult>>();
const sheet = (year: number) => {
  if (!cache.has(year)) cache.set(year, readPapiWorkbook(source(`PAPI_${year}_official-sheet.xlsx`), `PAPI_${year}_official-sheet.xlsx`));
  return cache.get(year)!;
};
const tax = defaultTaxonomy();
const find = (r: ReadResult, code: string, id: string) => r.scores.find((s) => s.province_code === code && s.indicator_id === id);
const LAO_CAI = "10";
const CA_MAU = "96";
const DAK_LAK = "66";

describeReal("the official yearly sheets (PAPI_SOURCES)", () => {
  describe.each([
    { year: 2017, provinces: 63, subs: 22 },
    { year: 2018, provinces: 63, subs: 28 },
    { year: 2019, provinces: 63, subs: 29 },
    { year: 2023, provinces: 61, subs: 28 },
  ])("the official $year sheet", ({ year, provinces, subs }) => {
    it(`has ${provinces} provinces with scores and ${subs} sub-dimensions, every row classified`, async () => {
      const r = await sheet(year);
      const scores = r.scores.filter((s) => s.level !== "indicator");
      expect(new Set(scores.map((s) => s.province_code)).size).toBe(provinces);
      expect(new Set(scores.filter((s) => s.level === "subdimension").map((s) => s.indicator_id)).size).toBe(subs);
      expect(r.issues.filter((i) => i.kind === "unclassified_row" || i.kind === "unknown_indicator" || i.severity === "error")).toEqual([]);
      if (year >= 2018) expect(r.issues.find((i) => i.kind === "row_classes")!.message).toMatch(/every row classified/);
    });

    it("sums sub-dimensions to their dimension and dimensions to the total, within float32 rounding", async () => {
      const r = await sheet(year);
      const by = new Map<string, ScoreRow>(r.scores.map((s) => [`${s.province_code}|${s.indicator_id}`, s]));
      const codes = new Set(r.scores.map((s) => s.province_code));
      let checked = 0;
      for (const code of codes) {
        for (const whole of ["papi.total", ...partsOf(tax, "papi.total", year).map((d) => d.id)]) {
          const w = by.get(`${code}|${whole}`);
          const parts = partsOf(tax, whole, year).map((p) => by.get(`${code}|${p.id}`));
          if (!w || parts.some((p) => !p)) continue;
          expect(Math.abs(parts.reduce((a, p) => a + p!.value!, 0) - w.value!), `${code} ${whole}`).toBeLessThan(5e-4);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(provinces * (year >= 2018 ? 8 : 6) - 10);
    });

    it("publishes no 0 for a score and no value for a province without data", async () => {
      const r = await sheet(year);
      expect(r.scores.filter((s) => s.level !== "indicator" && s.value === 0)).toEqual([]);
      const scored = new Set(r.scores.filter((s) => s.level !== "indicator").map((s) => s.province_code));
      expect(r.scores.filter((s) => !scored.has(s.province_code))).toEqual([]);
    });
  });

  describe("values read from the official sheets (Lào Cai, Cà Mau, Đắk Lắk)", () => {
    it("2017: sub-dimensions by position in the 2016–2017 structure, with the label trap reported", async () => {
      const r = await sheet(2017);
      expect(find(r, LAO_CAI, "papi.d1")!.value).toBeCloseTo(5.2122, 4);
      expect(find(r, CA_MAU, "papi.d1")!.value).toBeCloseTo(4.6477, 4);
      // Column H prints "2.1: Tiếp cận thông tin" but holds the poverty lists of the 2017 structure.
      expect(find(r, DAK_LAK, "papi.d2.poverty_lists")!.value).toBeCloseTo(1.9021, 4);
      expect(find(r, DAK_LAK, "papi.d2.poverty_lists")!.source_loc).toMatch(/^2017!H\d+$/);
      expect(r.issues.find((i) => i.kind === "label_mismatch")!.message).toMatch(/read by position in the 2017 structure/);
      expect(r.scores.some((s) => s.indicator_id === "papi.d2.access_info")).toBe(false);
    });

    it("2018: totals, KCDL as no data, D8 with two parts on 0.5–5.0", async () => {
      const r = await sheet(2018);
      expect(find(r, LAO_CAI, "papi.total")!.value).toBeCloseTo(44.3731, 4);
      expect(find(r, CA_MAU, "papi.total")!.value).toBeCloseTo(44.8089, 4);
      expect(find(r, DAK_LAK, "papi.total")!.value).toBeCloseTo(42.3268, 4);
      expect(find(r, "22", "papi.total")).toBeUndefined(); // Quảng Ninh: KCDL
      expect(r.issues.find((i) => i.kind === "missing_value" && i.province_code === "22")!.message).toMatch(/"KCDL" \(no data\)/);
      expect(
        r.scores
          .filter((s) => s.indicator_id.startsWith("papi.d8.") && s.level === "subdimension")
          .map((s) => s.indicator_id)
          .filter((v, i, a) => a.indexOf(v) === i),
      ).toEqual(["papi.d8.portal_use", "papi.d8.internet"]);
    });

    it("2019: unweighted totals with their 95 % interval, weighted totals apart, variances on the dimensions", async () => {
      const r = await sheet(2019);
      const lc = find(r, LAO_CAI, "papi.total")!;
      expect([lc.value, lc.ci_low, lc.ci_high].map((v) => Number(v!.toFixed(4)))).toEqual([45.0551, 44.6526, 45.4575]);
      expect(find(r, DAK_LAK, "papi.total")!.ci_low).toBeCloseTo(39.9436, 4);
      expect(find(r, CA_MAU, "papi.total_weighted")!.value).not.toBe(find(r, CA_MAU, "papi.total")!.value);
      expect(find(r, CA_MAU, "papi.d1")!.variance).toBeGreaterThan(0);
      expect(find(r, LAO_CAI, "papi.d8.internet")!.value).toBeCloseTo(1.887, 3); // the plan prints 1,98
    });

    it("2023: bilingual labels, intervals, sample sizes; Quảng Ninh and Bình Dương without data", async () => {
      const r = await sheet(2023);
      const cm = find(r, CA_MAU, "papi.total")!;
      expect([cm.value, cm.ci_low, cm.ci_high].map((v) => Number(v!.toFixed(4)))).toEqual([40.1054, 39.7871, 40.4237]);
      expect(cm.sample_size).toBe(246);
      expect(find(r, DAK_LAK, "papi.total")!.value).toBeCloseTo(42.3265, 4); // its plan: 42,3265
      expect(find(r, LAO_CAI, "papi.total")!.sample_size).toBe(254);
      expect(find(r, "22", "papi.total")).toBeUndefined();
      expect(find(r, "74", "papi.total")).toBeUndefined();
      expect(r.scores.some((s) => s.indicator_id === "papi.d5.construction_permits")).toBe(false);
    });

    it("survey indicators: one semantic id across 2018, 2019 and 2023, names in Vietnamese and (2023) English, shares 0–1", async () => {
      const defs = (await Promise.all([2018, 2019, 2023].map(sheet))).flatMap((r) => r.indicators ?? []);
      const budget = defs.filter((d) => d.id === "papi.d2.communal_budgets.thu_chi_ngan_sach_cua_xa_7139");
      expect(budget.map((d) => d.from)).toEqual([2018, 2019, 2023]);
      expect(budget[0]!.name_vi).toBe("Thu chi ngân sách của xã/phường được công bố công khai (%)");
      expect(budget[2]!.name_en).toBe("Communal Budget is Made Available");
      expect(budget.every((d) => d.unit === "share" && d.scale_min === 0 && d.scale_max === 1)).toBe(true);
      const r = await sheet(2023);
      expect(find(r, CA_MAU, budget[0]!.id)!.value).toBeCloseTo(0.1766, 4);
      for (const year of [2018, 2019, 2023]) expect((await sheet(year)).indicators!.length).toBeGreaterThan(110);
    });
  });
});
