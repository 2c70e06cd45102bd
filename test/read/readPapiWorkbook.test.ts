import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { IssueRow, ReadResult, ScoreRow } from "../../loaders/model/index.ts";
import { defaultProvinceRegistry } from "../../loaders/model/index.ts";
import { readPapiWorkbook } from "../../loaders/read/index.ts";
import { sha256 } from "../../loaders/text/index.ts";
import { defaultTaxonomy, partsOf } from "../../loaders/model/index.ts";
import { cellRanges, gridFromValues } from "../../loaders/read/index.ts";
import { resolveSheetYear } from "../../loaders/read/index.ts";
import { isNonScoreLabel } from "../../loaders/read/index.ts";
import {
  addRowsSheet,
  addTransposedSheet,
  combinedLikeWorkbook,
  spec2018En,
  spec2019Vi,
  spec2020,
  spec2024,
  toBytes,
  transposed2024Workbook,
  transposedWorkbook,
  yearlyWideWorkbook,
  type Fixture,
} from "../fixtures/workbooks/buildWorkbooks.ts";
import { describeReal } from "../realData.ts";

/** A real source file from $PAPI_SOURCES; a missing directory or file fails the test (never skips it). */
function papiSource(name: string): Uint8Array {
  const dir = process.env.PAPI_SOURCES;
  if (!dir) throw new Error(`PAPI_SOURCES is not set: point it at the directory holding ${name} (e.g. PAPI_SOURCES=/work/shared/papi-data)`);
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`PAPI_SOURCES=${dir} has no ${name}`);
  return new Uint8Array(readFileSync(path));
}

const key = (s: Pick<ScoreRow, "province_code" | "year" | "indicator_id">) => `${s.province_code}|${s.year}|${s.indicator_id}`;
const byKey = (r: ReadResult) => new Map(r.scores.map((s) => [key(s), s]));
const issuesOf = (r: ReadResult, kind: IssueRow["kind"]) => r.issues.filter((i) => i.kind === kind);
const tax = defaultTaxonomy();
const registry = defaultProvinceRegistry();

/** The unweighted scores (totals, dimensions, sub-dimensions): what the fixtures' expectations list. */
const scoresOnly = (r: ReadResult) => r.scores.filter((s) => s.level !== "indicator" && s.indicator_id !== "papi.total_weighted");

function expectAllExpected(r: ReadResult, fx: Fixture) {
  const got = byKey(r);
  for (const [k, v] of fx.expected) expect(got.get(k)?.value, k).toBe(v);
  expect(scoresOnly(r).length).toBe(fx.expected.size);
}

// ── the real 2011–2016 workbook ─────────────────────────────────────────────────────────

describeReal("readPapiWorkbook: the official 2011–2016 workbook", () => {
  const FILE = "PAPI_2011-2016.xlsx";
  // Loaded once, lazily, by every test: without $PAPI_SOURCES each test fails (none is skipped).
  let loaded: Promise<{ bytes: Uint8Array; result: ReadResult; raw: ExcelJS.Workbook }> | null = null;
  const real = () =>
    (loaded ??= (async () => {
      const bytes = papiSource(FILE);
      const raw = new ExcelJS.Workbook();
      await raw.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      return { bytes, result: await readPapiWorkbook(bytes, FILE), raw };
    })());

  const YEARS = [2011, 2012, 2013, 2014, 2015, 2016];
  const BLANK_2014 = new Set(["24", "87"]);

  it("reads 63 × 29 figures per sheet, minus the two blank provinces of 2014", async () => {
    const { result } = await real();
    for (const year of YEARS) {
      const n = result.scores.filter((s) => s.year === year).length;
      expect(n, String(year)).toBe(year === 2014 ? 61 * 29 : 63 * 29);
    }
    expect(result.scores.length).toBe(5 * 63 * 29 + 61 * 29);
  });

  it("has every province-year with all 29 indicators, except 2014 Bắc Giang and Đồng Tháp", async () => {
    const { result } = await real();
    for (const year of YEARS) {
      const codes = new Set(result.scores.filter((s) => s.year === year).map((s) => s.province_code));
      const blanks = new Set(
        issuesOf(result, "missing_value")
          .filter((i) => i.year === year)
          .map((i) => i.province_code),
      );
      expect(new Set([...codes, ...blanks]).size, `${year}: 63 provinces in the sheet`).toBe(63);
      for (const p of registry.provinces) {
        const n = result.scores.filter((s) => s.year === year && s.province_code === p.code).length;
        expect(n, `${year} ${p.name_vi}`).toBe(year === 2014 && BLANK_2014.has(p.code) ? 0 : 29);
      }
    }
  });

  it("never takes the 'Highest' summary row (tinhid 999) for a province", async () => {
    const { result } = await real();
    expect(result.scores.every((s) => registry.byCode.has(s.province_code))).toBe(true);
    expect(result.scores.some((s) => /!\D+66$/.test(s.source_loc))).toBe(false);
    const skipped = issuesOf(result, "skipped_row");
    expect(skipped).toHaveLength(6);
    for (const i of skipped) {
      expect(i.severity).toBe("info");
      expect(i.message).toMatch(/row 66 .*Highest/);
    }
  });

  it("leaves 2014 Bắc Giang and Đồng Tháp missing, with missing_value and formula_without_result issues", async () => {
    const { result } = await real();
    for (const [code, row] of [
      ["24", 17],
      ["87", 58],
    ] as const) {
      expect(result.scores.filter((s) => s.year === 2014 && s.province_code === code)).toHaveLength(0);
      const missing = issuesOf(result, "missing_value").filter((i) => i.province_code === code);
      expect(missing).toHaveLength(1);
      expect(missing[0]!.severity).toBe("warning");
      expect(missing[0]!.source_loc).toBe(`2014_PAPI!D${row}:AE${row}`);
      const formula = issuesOf(result, "formula_without_result").filter((i) => i.province_code === code);
      expect(formula).toHaveLength(1);
      expect(formula[0]!.source_loc).toBe(`2014_PAPI!AF${row}`);
      expect(formula[0]!.indicator_id).toBe("papi.total");
    }
    expect(issuesOf(result, "missing_value")).toHaveLength(2);
    expect(issuesOf(result, "formula_without_result")).toHaveLength(2);
  });

  it("raises no error or warning beyond the 2014 blanks", async () => {
    const { result } = await real();
    const serious = result.issues.filter((i) => i.severity !== "info");
    expect(serious.map((i) => i.kind).sort()).toEqual(["formula_without_result", "formula_without_result", "missing_value", "missing_value"]);
  });

  it("reads published values exactly (spot checks)", async () => {
    const { result } = await real();
    const got = byKey(result);
    const checks: Array<[string, number, string, string]> = [
      ["01|2011|papi.d1", 5.76248, "5.76248", "2011_PAPI!D3"],
      ["01|2011|papi.total", 36.40502, "36.40502", "2011_PAPI!AF3"],
      ["36|2011|papi.d1", 5.379339, "5.379339", "2011_PAPI!D26"],
      ["36|2011|papi.total", 38.384055000000004, "38.384055000000004", "2011_PAPI!AF26"],
      ["02|2011|papi.d6.security", 1.58895, "1.58895", "2011_PAPI!AE4"],
      ["01|2012|papi.d1", 5.506642, "5.506642", "2012_PAPI!D3"],
      ["96|2012|papi.total", 33.820383, "33.820383", "2012_PAPI!AF65"],
      ["02|2013|papi.d1", 5.108392, "5.108392", "2013_PAPI!D4"],
      ["01|2013|papi.d3.investment_boards", 1.995829, "1.995829", "2013_PAPI!P3"],
      ["01|2016|papi.d3.responsiveness", 1.045026421546936, "1.045026421546936", "2016_PAPI!O3"],
    ];
    for (const [k, value, text, loc] of checks) {
      const s = got.get(k);
      expect(s, k).toBeDefined();
      expect(s!.value, k).toBe(value);
      expect(s!.value_text, k).toBe(text);
      expect(s!.source_loc, k).toBe(loc);
    }
  });

  it("matches the file cell by cell on sampled rows of every sheet", async () => {
    const { result, raw } = await real();
    const got = new Map(result.scores.map((s) => [s.source_loc, s]));
    for (const ws of raw.worksheets) {
      for (const r of [3, 10, 26, 40, 65]) {
        for (let c = 4; c <= 32; c++) {
          const cell = ws.getCell(r, c);
          const v = cell.value as number | { result?: number } | null;
          const expected = typeof v === "number" ? v : (v?.result ?? null);
          const row = got.get(`${ws.name}!${cell.address}`);
          if (expected === null) expect(row, `${ws.name}!${cell.address}`).toBeUndefined();
          else expect(row?.value, `${ws.name}!${cell.address}`).toBe(expected);
        }
      }
    }
  });

  it("maps every row to the semantic indicator of its year", async () => {
    const { result } = await real();
    for (const s of result.scores) {
      const def = tax.byId.get(s.indicator_id)!;
      expect(def.from <= s.year && (def.to === null || s.year <= def.to), `${s.indicator_id} in ${s.year}`).toBe(true);
      expect(s.level).toBe(def.level);
      expect(s.dimension).toBe(def.dimension);
      expect(s.kind).toBe("actual");
      expect(s.unit).toBe("points");
      expect(s.index).toBe("PAPI");
      expect(s.rank).toBeNull();
      expect(s.group).toBeNull();
      expect(s.value_text).toBe(String(s.value));
      expect(s.source_id).toBe(FILE);
    }
    const d3 = (year: number) =>
      [...new Set(result.scores.filter((s) => s.year === year && s.indicator_id.startsWith("papi.d3.")).map((s) => s.indicator_id))].sort();
    expect(d3(2015)).toEqual(["papi.d3.inspection_boards", "papi.d3.interactions", "papi.d3.investment_boards"]);
    expect(d3(2016)).toEqual(["papi.d3.inspection_boards", "papi.d3.interactions", "papi.d3.responsiveness"]);
    // 2016: column O is "Responsive to Citizen Actions", P "Hiệu quả của Ban Thanh tra Nhân dân".
    expect(byKey(result).get("01|2016|papi.d3.inspection_boards")!.source_loc).toBe("2016_PAPI!P3");
  });

  it("has sub-dimensions summing to their dimension and dimensions to the total", async () => {
    const { result } = await real();
    const got = byKey(result);
    for (const s of result.scores) {
      if (s.level === "dimension") {
        const parts = partsOf(tax, s.indicator_id, s.year).map((d) => got.get(`${s.province_code}|${s.year}|${d.id}`)!.value!);
        expect(parts.length).toBeGreaterThanOrEqual(3);
        expect(Math.abs(parts.reduce((a, b) => a + b, 0) - s.value!), key(s)).toBeLessThan(1e-5);
      }
      if (s.indicator_id === "papi.total") {
        const dims = [1, 2, 3, 4, 5, 6].map((d) => got.get(`${s.province_code}|${s.year}|papi.d${d}`)!.value!);
        expect(Math.abs(dims.reduce((a, b) => a + b, 0) - s.value!), key(s)).toBeLessThan(1e-5);
      }
    }
  });

  it("describes the source", async () => {
    const { bytes, result } = await real();
    expect(result.sources).toHaveLength(1);
    const src = result.sources[0]!;
    expect(src).toMatchObject({ id: FILE, file: FILE, kind: "official_workbook", level: "national", indices: "PAPI", figures: result.scores.length });
    expect(src.sha256).toBe(sha256(bytes));
    expect(src.issuer).toMatch(/UNDP/);
    expect(src.title).toMatch(/2011–2016/);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const { bytes, result } = await real();
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const again = await readPapiWorkbook(ab, FILE);
    expect(again.scores.length).toBe(result.scores.length);
  });
});

// ── 2018+ transposed fixtures ───────────────────────────────────────────────────────────

describe("readPapiWorkbook: transposed 2018+ layout (generated fixtures)", () => {
  it("2024: finds the province row under four merged grouping rows and reads only unweighted scores", async () => {
    const fx = await transposed2024Workbook();
    const r = await readPapiWorkbook(fx.data, "PAPI_2024.xlsx");
    expectAllExpected(r, fx);
    // The grouping rows name new units (Tuyên Quang, Phú Thọ, Đồng Tháp…); only the 8 old provinces are read.
    const codes = new Set(r.scores.map((s) => s.province_code));
    expect([...codes].sort()).toEqual(["01", "02", "08", "17", "25", "87"]);
    expect(r.scores.every((s) => s.year === 2024 && s.kind === "actual")).toBe(true);
    // 2024 structure: D5 has 3 parts, no construction permits.
    expect(r.scores.some((s) => s.indicator_id === "papi.d5.construction_permits")).toBe(false);
    expect(scoresOnly(r).filter((s) => s.province_code === "01")).toHaveLength(1 + 8 + 28); // total, 8 dimensions, 28 parts (D5: 3)
  });

  it("2024: never takes weighted, confidence-bound or standard-error rows for the score", async () => {
    const fx = await transposed2024Workbook();
    const r = await readPapiWorkbook(fx.data, "PAPI_2024.xlsx");
    const total = byKey(r).get("01|2024|papi.total")!;
    expect(total.value).toBe(fx.expected.get("01|2024|papi.total"));
    expect(total.source_loc).toMatch(/^2024_PAPI_VIE_ENG!C\d+$/);
    // Every row has a class: weighted totals are their own measure; bounds and errors sit on their score.
    const classes = issuesOf(r, "row_classes")[0]!;
    expect(classes.severity).toBe("info");
    expect(classes.message).toMatch(
      /total 1, weighted_total 1, ci_low 9, ci_high 9, se 9, dimension 8, subdimension 28, indicator 17 \(every row classified\)/,
    );
    expect(total.ci_low).toBe(Number((total.value! - 0.8).toFixed(6)));
    expect(total.se).toBe(0.41);
    expect(byKey(r).get("01|2024|papi.total_weighted")?.value).toBe(Number((total.value! * 0.97 + 0.4).toFixed(6)));
  });

  it("2024: a 0 (Vĩnh Phúc, Tiền Giang) is missing, with one missing_value warning per province", async () => {
    const fx = await transposed2024Workbook();
    const r = await readPapiWorkbook(fx.data, "PAPI_2024.xlsx");
    expect(r.scores.some((s) => s.province_code === "26" || s.province_code === "82")).toBe(false);
    expect(r.scores.some((s) => s.value === 0)).toBe(false);
    const missing = issuesOf(r, "missing_value");
    expect(missing.map((i) => i.province_code).sort()).toEqual(["26", "82"]);
    for (const i of missing) {
      expect(i.severity).toBe("warning");
      expect(i.year).toBe(2024);
      expect(i.message).toMatch(/0 \(below the score scale's minimum, read as no data\)/);
    }
  });

  it("2024: skips the national column as a summary, not a province", async () => {
    const fx = await transposed2024Workbook();
    const r = await readPapiWorkbook(fx.data, "PAPI_2024.xlsx");
    expect(issuesOf(r, "skipped_row").some((i) => /Toàn quốc/.test(i.message))).toBe(true);
    expect(issuesOf(r, "unknown_province")).toHaveLength(0);
  });

  it("2019: Vietnamese labels only, sub-dimensions by bare name, the year from the title", async () => {
    const fx = await transposedWorkbook([spec2019Vi()]);
    const r = await readPapiWorkbook(fx.data, "PAPI_2019.xlsx");
    expectAllExpected(r, fx);
    expect(r.scores.every((s) => s.year === 2019)).toBe(true);
    expect(r.scores.filter((s) => s.indicator_id === "papi.d5.construction_permits")).toHaveLength(5);
    expect(new Set(r.scores.map((s) => s.province_code))).toEqual(new Set(["79", "77", "66", "46", "92"]));
    // A survey row in D1's block worded like a D7 part is not read as D7 (or D1).
    const air = byKey(r).get("79|2019|papi.d7.air")!;
    expect(air.value).toBe(fx.expected.get("79|2019|papi.d7.air"));
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("2018: English labels only, the year only in the title", async () => {
    const fx = await transposedWorkbook([spec2018En()]);
    const r = await readPapiWorkbook(fx.data, "provincial-indicators.xlsx");
    expectAllExpected(r, fx);
    expect(r.scores.every((s) => s.year === 2018)).toBe(true);
    expect(r.sources[0]!.title).toMatch(/2018/);
  });

  it("a later file repeating an earlier year's sheet: identical figures noted once, each sheet its own year", async () => {
    const fx = await transposedWorkbook([spec2020(), spec2019Vi()]);
    const r = await readPapiWorkbook(fx.data, "PAPI_2020.xlsx");
    expectAllExpected(r, fx);
    expect(new Set(r.scores.map((s) => s.year))).toEqual(new Set([2019, 2020]));
    expect(issuesOf(r, "metadata_conflict")).toHaveLength(0);
    const twice = await transposedWorkbook([spec2020(), spec2019Vi(), { ...spec2019Vi(), sheet: "2019 (copy)" }]);
    const r2 = await readPapiWorkbook(twice.data, "PAPI_2020.xlsx");
    expect(r2.scores.length).toBe(r.scores.length);
    const agree = issuesOf(r2, "agreement");
    expect(agree).toHaveLength(1);
    expect(agree[0]!.severity).toBe("info");
    expect(agree[0]!.message).toMatch(/2019 \(copy\) repeats 280 figure\(s\) for 2019 identically/);
    expect(issuesOf(r2, "conflict")).toHaveLength(0);
  });

  it("a repeated year with a different figure is a conflict error; the first sheet's figure is kept", async () => {
    const changed = { ...spec2019Vi(new Map([["papi.d1|0", 9.99]])), sheet: "2019 (revised)" };
    const fx = await transposedWorkbook([spec2019Vi(), changed]);
    const r = await readPapiWorkbook(fx.data, "PAPI_2020.xlsx");
    const conflicts = issuesOf(r, "conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ severity: "error", province_code: "79", year: 2019, indicator_id: "papi.d1" });
    expect(conflicts[0]!.message).toMatch(/9\.99/);
    expect(byKey(r).get("79|2019|papi.d1")!.value).toBe(fx.expected.get("79|2019|papi.d1"));
    expect(byKey(r).get("79|2019|papi.d1")!.source_loc).toMatch(/^2019PAPI_Indicators_VIE!/);
  });

  it("flags a garbled cell, an unknown province column and a repeated province column", async () => {
    const spec = {
      ...spec2024(
        new Map<string, string | number | null>([
          ["papi.d1|0", "4,3x"],
          ["papi.d2|1", "n/a"],
        ]),
      ),
      extraColumns: ["Tỉnh Mới", "Hà Nội"],
    };
    const wb = new ExcelJS.Workbook();
    addTransposedSheet(wb, spec);
    const r = await readPapiWorkbook(await toBytes(wb), "PAPI_2024.xlsx");
    const parse = issuesOf(r, "parse");
    expect(parse.map((i) => [i.province_code, i.indicator_id, i.severity])).toEqual([["01", "papi.d1", "warning"]]);
    // "n/a" is a no-data mark: missing, named in the province's missing_value warning, never a number.
    expect(byKey(r).has("02|2024|papi.d2")).toBe(false);
    expect(issuesOf(r, "missing_value").find((i) => i.province_code === "02")!.message).toMatch(/"n\/a" \(no data\)/);
    expect(parse[0]!.source_loc).toMatch(/^2024_PAPI_VIE_ENG!C\d+$/);
    expect(parse[0]!.message).toMatch(/"4,3x" is not a number/);
    expect(byKey(r).has("01|2024|papi.d1")).toBe(false);
    const unknown = issuesOf(r, "unknown_province");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.message).toMatch(/"Tỉnh Mới" is not a known province/);
    expect(unknown[0]!.source_loc).toBe("2024_PAPI_VIE_ENG!K5");
    const dup = issuesOf(r, "duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: "error", province_code: "01", source_loc: "2024_PAPI_VIE_ENG!L5" });
  });

  it("a repeated indicator row is a duplicate error; the first row is kept", async () => {
    const wb = new ExcelJS.Workbook();
    addRowsSheet(wb, "2021_VIE_ENG", [
      ["Indicator", "Chỉ tiêu", "Hà Nội", "Hải Phòng", "Đà Nẵng"],
      ["Dimension 1: Participation at Local Levels", "Chỉ số nội dung 1: Tham gia của người dân ở cấp cơ sở", 5.1, 5.2, 5.3],
      ["Dimension 1: Participation at Local Levels", "Chỉ số nội dung 1: Tham gia của người dân ở cấp cơ sở", 6.1, 6.2, 6.3],
      ["Unweighted PAPI score", "Chỉ số PAPI tổng hợp 2021 (không có trọng số)", 42.5, 43.5, 44.5],
      ["Weighted PAPI score", "Chỉ số PAPI tổng hợp 2021 (có trọng số)", 41.5, 42.5, 43.5],
    ]);
    const r = await readPapiWorkbook(await toBytes(wb), "PAPI_2021.xlsx");
    expect(scoresOnly(r).map((s) => [s.province_code, s.indicator_id, s.value])).toEqual([
      ["01", "papi.d1", 5.1],
      ["31", "papi.d1", 5.2],
      ["48", "papi.d1", 5.3],
      ["01", "papi.total", 42.5],
      ["31", "papi.total", 43.5],
      ["48", "papi.total", 44.5],
    ]);
    const dup = issuesOf(r, "duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: "error", indicator_id: "papi.d1", source_loc: "2021_VIE_ENG!A3" });
  });

  it("a section heading repeating a dimension without numbers is not a duplicate; an identical repeat is only noted", async () => {
    const wb = new ExcelJS.Workbook();
    addRowsSheet(wb, "2022_VIE_ENG", [
      ["Indicator", "Chỉ tiêu", "Hà Nội", "Hải Phòng", "Đà Nẵng"],
      ["Dimension 2: Transparency", "Chỉ số nội dung 2: Công khai, minh bạch", 5.1, 5.2, 5.3],
      ["Sub-dimension 2.1: Access to Information", "Nội dung thành phần 1: Tiếp cận thông tin", 1.1, 1.2, 1.3],
      ["d22", "Nội dung thành phần 2.2: Công khai danh sách hộ nghèo", 1.4, 1.5, 1.6],
      ["Dimension 2: Transparency", "Chỉ số nội dung 2: Công khai, minh bạch"],
      ["d201", "Biết về tiếp cận thông tin", 40, 50, 60],
      ["Dimension 2: Transparency", "Chỉ số nội dung 2: Công khai, minh bạch", 5.1, 5.2, 5.3],
    ]);
    const r = await readPapiWorkbook(await toBytes(wb), "PAPI_2022.xlsx");
    expect(scoresOnly(r)).toHaveLength(9);
    // "d201 / Biết về tiếp cận thông tin" is a survey indicator under 2.2, kept at its own level.
    expect(r.scores.filter((s) => s.level === "indicator").map((s) => s.value)).toEqual([40, 50, 60]);
    // A row coded "d22" whose other label says it is a sub-dimension is read as one.
    expect(byKey(r).get("31|2022|papi.d2.poverty_lists")!.value).toBe(1.5);
    expect(issuesOf(r, "duplicate")).toEqual([expect.objectContaining({ severity: "info", source_loc: "2022_VIE_ENG!A7" })]);
  });
});

// ── 2011–2017 wide fixtures ─────────────────────────────────────────────────────────────

describe("readPapiWorkbook: wide 2011–2017 layout (generated fixtures)", () => {
  it("the combined layout: summary rows, blanks, formulas without results, garbage, conflicts, unknowns, duplicates", async () => {
    const fx = await combinedLikeWorkbook();
    const r = await readPapiWorkbook(fx.data, "combined.xlsx");
    expectAllExpected(r, fx);
    const at = (kind: IssueRow["kind"]) => issuesOf(r, kind).map((i) => [i.severity, i.source_loc]);
    // "n/a" is a no-data mark (missing, named in the province's warning); "4,3x" is garbled.
    expect(at("parse")).toEqual([["warning", "2013_PAPI!K5"]]);
    expect(issuesOf(r, "missing_value").find((i) => i.province_code === "04")!.message).toMatch(/"n\/a" \(no data\) G5/);
    expect(at("formula_without_result")).toEqual([["warning", "2013_PAPI!AF6"]]);
    expect(at("missing_value")).toEqual([
      ["warning", "2013_PAPI!G5"],
      ["warning", "2013_PAPI!D6:AE6"],
      ["warning", "2013_PAPI!E10"],
    ]);
    expect(at("conflict")).toEqual([["error", "2013_PAPI!A7"]]);
    expect(at("unknown_province")).toEqual([
      ["warning", "2013_PAPI!B8"],
      ["warning", "2013_PAPI!B13"],
    ]);
    expect(issuesOf(r, "unknown_province")[0]!.message).toMatch(/Tỉnh Mới/);
    expect(at("duplicate")).toEqual([["error", "2013_PAPI!B9"]]);
    expect(at("skipped_row")).toEqual([["info", "2013_PAPI!A11"]]);
    // Bắc Kạn: no values at all, and the total never computed from the (blank) parts.
    expect(r.scores.some((s) => s.province_code === "06")).toBe(false);
    // Tuyên Quang (code 8 in the conflicting row) is not invented.
    expect(r.scores.some((s) => s.province_code === "08")).toBe(false);
  });

  it("a yearly 'tổng hợp' sheet: the year from the title over the tab, names first, weighted and rank columns skipped", async () => {
    const fx = await yearlyWideWorkbook();
    const r = await readPapiWorkbook(fx.data, "PAPI_2011.xlsx");
    expectAllExpected(r, fx);
    expect(r.scores.every((s) => s.year === 2011)).toBe(true);
    expect(new Set(r.scores.map((s) => s.province_code))).toEqual(new Set(["79", "46", "77", "66", "17"]));
    const meta = issuesOf(r, "metadata_conflict");
    expect(meta).toHaveLength(1);
    expect(meta[0]!.message).toMatch(/year 2011 read from the title A1; the sheet name says 2012/);
    expect(
      issuesOf(r, "skipped_row")
        .map((i) => i.message)
        .join("\n"),
    ).toMatch(/có trọng số.*Xếp hạng[\s\S]*Trung bình/);
    expect(issuesOf(r, "unreadable")).toEqual([expect.objectContaining({ severity: "info", source_loc: "Chỉ số nội dung 1!A1" })]);
    // numeric text with a decimal comma
    expect(byKey(r).get("46|2011|papi.d1.civic_knowledge")!).toMatchObject({ value: 1.25, value_text: "1.25" });
  });
});

// ── unreadable input ────────────────────────────────────────────────────────────────────

describe("readPapiWorkbook: unreadable files", () => {
  it("an empty file", async () => {
    await expect(readPapiWorkbook(new Uint8Array(), "empty.xlsx")).rejects.toThrow(/^empty\.xlsx: cannot read workbook: empty file$/);
  });

  it("random bytes and text", async () => {
    const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
    await expect(readPapiWorkbook(noise, "noise.xlsx")).rejects.toThrow(/^noise\.xlsx: cannot read workbook: /);
    await expect(readPapiWorkbook(new TextEncoder().encode("province,year\nHà Nội,2020\n"), "panel.xlsx")).rejects.toThrow(
      /^panel\.xlsx: cannot read workbook: /,
    );
  });

  it("a truncated workbook", async () => {
    const fx = await transposed2024Workbook();
    await expect(readPapiWorkbook(fx.data.slice(0, 1500), "cut.xlsx")).rejects.toThrow(/^cut\.xlsx: cannot read workbook: /);
  });

  it("a corrupted workbook (bytes damaged inside the zip)", async () => {
    const fx = await transposed2024Workbook();
    const damaged = fx.data.slice();
    for (let i = 1000; i < 1050; i++) damaged[i] = damaged[i]! ^ 0x5a;
    await expect(readPapiWorkbook(damaged, "damaged.xlsx")).rejects.toThrow(/^damaged\.xlsx: cannot read workbook: /);
  });

  it("a workbook whose zip entry was altered without updating its checksum: an error, never a value", async () => {
    // Re-pack the fixture with stored (uncompressed) entries, then change one digit of a value.
    const fx = await transposed2024Workbook();
    const zip = await JSZip.loadAsync(fx.data);
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    const text = new TextDecoder("latin1").decode(stored);
    const total = String(fx.expected.get("01|2024|papi.total"));
    const at = text.indexOf(`<v>${total}</v>`);
    expect(at).toBeGreaterThan(0);
    const altered = stored.slice();
    const digit = at + 3;
    altered[digit] = altered[digit] === 0x39 ? 0x38 : altered[digit]! + 1;
    await expect(readPapiWorkbook(altered, "altered.xlsx")).rejects.toThrow(
      /^altered\.xlsx: cannot read workbook: the file is damaged \(.*crc32.*\); download it again$/i,
    );
    // the same bytes unaltered read as before
    expect((await readPapiWorkbook(stored, "stored.xlsx")).scores.find((r) => r.province_code === "01" && r.indicator_id === "papi.total")!.value).toBe(
      Number(total),
    );
  });

  it("a workbook with no sheet in a known layout", async () => {
    const wb = new ExcelJS.Workbook();
    addRowsSheet(wb, "Notes", [["Nothing to see"], ["here", 1, 2]]);
    await expect(readPapiWorkbook(await toBytes(wb), "notes.xlsx")).rejects.toThrow(
      /^notes\.xlsx: cannot read workbook: no sheet in a known PAPI layout \(sheets: Notes\)$/,
    );
  });

  it("a sheet whose year cannot be found is an error, not a guess", async () => {
    const wb = new ExcelJS.Workbook();
    addRowsSheet(wb, "Provincial", [
      ["Indicator", "Hà Nội", "Hải Phòng", "Đà Nẵng"],
      ["Dimension 1: Participation at Local Levels", 5.1, 5.2, 5.3],
    ]);
    const r = await readPapiWorkbook(await toBytes(wb), "papi.xlsx");
    expect(r.scores).toHaveLength(0);
    expect(issuesOf(r, "unreadable")).toEqual([expect.objectContaining({ severity: "error", source_loc: "Provincial!A1" })]);
  });
});

// ── helpers ─────────────────────────────────────────────────────────────────────────────

describe("workbook helpers", () => {
  it("cellRanges compresses runs along a row or down a column", () => {
    expect(cellRanges([4, 5, 6, 8].map((col) => ({ row: 17, col })))).toEqual(["D17:F17", "H17"]);
    expect(cellRanges([7, 8, 9, 12].map((row) => ({ row, col: 5 })))).toEqual(["E7:E9", "E12"]);
    expect(cellRanges([])).toEqual([]);
  });

  it("resolveSheetYear prefers content over the tab and ignores ranges", () => {
    expect(
      resolveSheetYear([
        { where: "title", text: "PAPI 2011" },
        { where: "sheet name", text: "2012" },
      ]),
    ).toEqual({ year: 2011, where: "title", disagreeing: [{ where: "sheet name", year: 2012 }] });
    expect(
      resolveSheetYear([
        { where: "title", text: "PAPI 2011–2016" },
        { where: "sheet name", text: "2014_PAPI" },
      ]).year,
    ).toBe(2014);
    expect(
      resolveSheetYear([
        { where: "sheet name", text: "2019" },
        { where: "file name", text: "PAPI_2020.xlsx", fallback: true },
      ]).disagreeing,
    ).toEqual([]);
    expect(resolveSheetYear([{ where: "sheet name", text: "Provincial" }]).year).toBeNull();
  });

  it("isNonScoreLabel tells weighted, bound, error and rank labels from unweighted scores", () => {
    for (const l of [
      "Weighted PAPI score",
      "Chỉ số PAPI tổng hợp (có trọng số)",
      "CI low",
      "Dimension 1 (upper bound)",
      "Chỉ số nội dung 1 - điểm thấp",
      "sai số",
      "SE",
      "Xếp hạng",
      "Nhóm",
    ])
      expect(isNonScoreLabel(l), l).toBe(true);
    for (const l of [
      "Unweighted PAPI score",
      "Un-weighted2015PAPI",
      "Chỉ số PAPI (không có trọng số)",
      "Dimension 1: Participation at Local Levels",
      "Law and Order",
      "Public Service Delivery",
    ])
      expect(isNonScoreLabel(l), l).toBe(false);
  });

  it("gridFromValues reads numeric text and blanks", () => {
    const g = gridFromValues("S", [[1, "x", null, "  "]]);
    expect(g.cells[0]!.map((c) => c.kind)).toEqual(["number", "text", "empty", "empty"]);
  });
});
