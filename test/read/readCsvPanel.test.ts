import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { IssueRow, ReadResult, ScoreRow } from "../../loaders/model/index.ts";
import { defaultProvinceRegistry, matchProvince } from "../../loaders/model/index.ts";
import { parsePanelNumber, readCsvPanel } from "../../loaders/read/index.ts";
import { sha256 } from "../../loaders/text/index.ts";
import { describeReal } from "../realData.ts";

/** A real source file from $PAPI_SOURCES; a missing directory or file fails the test (never skips it). */
function papiSourceText(name: string): string {
  const dir = process.env.PAPI_SOURCES;
  if (!dir) throw new Error(`PAPI_SOURCES is not set: point it at the directory holding ${name} (e.g. PAPI_SOURCES=/work/shared/papi-data)`);
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`PAPI_SOURCES=${dir} has no ${name}`);
  return readFileSync(path, "utf8");
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url), "utf8");
const issuesOf = (r: ReadResult, kind: IssueRow["kind"]) => r.issues.filter((i) => i.kind === kind);
const find = (r: ReadResult, code: string, year: number, id: string, kind: ScoreRow["kind"] = "actual") =>
  r.scores.find((s) => s.province_code === code && s.year === year && s.indicator_id === id && s.kind === kind);
const registry = defaultProvinceRegistry();

// ── the real third-party panel ──────────────────────────────────────────────────────────

describeReal("readCsvPanel: the real 2011–2024 panel", () => {
  const FILE = "papi-dimensions-2011-2024.csv";
  // Read once, lazily, by every test: without $PAPI_SOURCES each test fails (none is skipped).
  let loaded: { text: string; r: ReadResult } | null = null;
  const real = () => {
    if (!loaded) {
      const text = papiSourceText(FILE);
      loaded = { text, r: readCsvPanel(text, FILE) };
    }
    return loaded;
  };

  it("covers 882 province-years: 63 provinces × 14 years", () => {
    const { r } = real();
    const withScores = new Set(r.scores.map((s) => `${s.province_code}|${s.year}`));
    const missing = issuesOf(r, "missing_value");
    expect(missing).toHaveLength(1);
    // Province-years with no value at all appear only in the missing_value issue.
    const emptyLines = [...missing[0]!.message.matchAll(/line (\d+) ([^;(]+) (\d{4}) \(/g)].map((m) => ({
      line: Number(m[1]),
      name: m[2]!.trim(),
      year: Number(m[3]),
    }));
    const all = new Set(withScores);
    expect(emptyLines).toHaveLength(13);
    for (const e of emptyLines) all.add(`${matchProvince(registry, e.name)!.code}|${e.year}`);
    expect(all.size).toBe(882);
    expect(new Set(r.scores.map((s) => s.province_code)).size).toBe(63);
    expect(new Set(r.scores.map((s) => s.year))).toEqual(new Set([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]));
    for (let year = 2011; year <= 2024; year++)
      expect(new Set(r.scores.filter((s) => s.year === year && s.indicator_id === "papi.d1").map((s) => s.province_code)).size).toBeGreaterThanOrEqual(60);
  });

  it("keeps empty cells missing: 13 province-years without a complete total, listed in one info issue", () => {
    const { r } = real();
    const missing = issuesOf(r, "missing_value")[0]!;
    expect(missing.severity).toBe("info");
    expect(missing.message).toMatch(/on 13 line\(s\)/);
    for (const [name, year] of [
      ["Bắc Giang", 2014],
      ["Đồng Tháp", 2014],
      ["Quảng Ninh", 2018],
      ["Đồng Tháp", 2018],
      ["Bắc Giang", 2021],
      ["Bắc Ninh", 2021],
      ["Quảng Ninh", 2021],
      ["Bắc Giang", 2022],
      ["Bắc Ninh", 2022],
      ["Quảng Ninh", 2023],
      ["Bình Dương", 2023],
      ["Vĩnh Phúc", 2024],
      ["Tiền Giang", 2024],
    ] as const)
      expect(missing.message).toContain(`${name} ${year}`);
    const totals = r.scores.filter((s) => s.indicator_id === "papi.total" && s.kind === "derived");
    expect(totals).toHaveLength(882 - 13);
    expect(r.scores.every((s) => s.value !== null && s.value !== 0)).toBe(true);
    // 2018 Quảng Ninh (22) lacks D2 and D4 only.
    expect(find(r, "22", 2018, "papi.d1")).toBeDefined();
    expect(find(r, "22", 2018, "papi.d2")).toBeUndefined();
    expect(find(r, "22", 2018, "papi.d4")).toBeUndefined();
    expect(find(r, "22", 2018, "papi.total", "derived")).toBeUndefined();
    // D7, D8 and the official total are not "missing" where the panel never publishes them.
    expect(missing.message).not.toMatch(/2011 \(.*D7/);
    expect(r.scores.some((s) => s.year < 2018 && (s.indicator_id === "papi.d7" || s.indicator_id === "papi.d8"))).toBe(false);
  });

  it("never takes province_id (the panel's own 1–63 numbering) for a GSO code", () => {
    const { r } = real();
    const line2 = r.scores.filter((s) => s.source_loc === `${FILE}:2`);
    expect(line2.length).toBeGreaterThan(0);
    expect(new Set(line2.map((s) => s.province_code))).toEqual(new Set(["02"])); // province_id 1 = Hà Giang, GSO 02
    expect(find(r, "01", 2011, "papi.d1")!.value).toBe(5.76248); // Hà Nội is province_id 15
    expect(r.sources[0]!.note).toMatch(/province_id/);
    expect(r.sources[0]!.note).toMatch(/single-precision/);
  });

  it("reads Lào Cai 2019: D8, the official total and the compiler's own sum, rank and tier", () => {
    const { r } = real();
    expect(find(r, "10", 2019, "papi.d8")).toMatchObject({ value: 4.220036, value_text: "4.220036", kind: "actual", level: "dimension", dimension: 8 });
    expect(find(r, "10", 2019, "papi.total")).toMatchObject({ value: 45.05506134033203, kind: "actual", rank: null, group: null });
    const derived = find(r, "10", 2019, "papi.total", "derived")!;
    expect(derived).toMatchObject({
      value: 45.05506,
      rank: 13,
      rank_of: null,
      rank_scope: "national",
      rank_source: "computed",
      group: "CN",
      group_source: "computed",
    });
    expect(derived.note).toMatch(/computed by the panel's compiler/);
    expect(derived.note).toMatch(/not official/);
    expect(find(r, "10", 2019, "papi.total_6d", "derived")).toMatchObject({ value: 37.261074 });
    expect(find(r, "10", 2019, "papi.total_6d", "actual")).toBeUndefined();
  });

  it("ranks are the compiler's: Lào Cai 28th of 61 in 2018 (the official rank is 29th), tier mapped to its code", () => {
    const { r } = real();
    expect(find(r, "10", 2018, "papi.total", "derived")).toMatchObject({ rank: 28, rank_of: null, group: "TBC", rank_source: "computed" });
    expect(find(r, "10", 2018, "papi.total", "actual")).toBeUndefined(); // total_official only from 2019
    const third = issuesOf(r, "third_party_rank");
    expect(third).toHaveLength(1);
    expect(third[0]!.severity).toBe("info");
  });

  it("never gives two actual totals for one province-year", () => {
    const { r } = real();
    const seen = new Set<string>();
    for (const s of r.scores) {
      const k = `${s.province_code}|${s.year}|${s.indicator_id}|${s.kind}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
    }
  });

  it("describes the source and raises no warnings or errors", () => {
    const { text, r } = real();
    expect(r.sources[0]).toMatchObject({
      id: FILE,
      file: FILE,
      kind: "csv_panel",
      level: "national",
      indices: "PAPI",
      figures: r.scores.length,
      sha256: sha256(text),
    });
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(r.scores.length).toBe(8201);
  });
});

// ── fixtures ────────────────────────────────────────────────────────────────────────────

describe("readCsvPanel: fixtures", () => {
  it("wide: province_id ignored, totals split actual/derived, third-party rank on the derived total, missing cells counted", () => {
    const r = readCsvPanel(fixture("panel-wide.csv"), "panel-wide.csv");
    expect(find(r, "02", 2017, "papi.d1")!.value).toBe(5.1);
    expect(find(r, "36", 2017, "papi.d1")!.value).toBe(5.4); // Nam Định: province_id 24, GSO 36
    expect(r.scores.some((s) => s.province_code === "24")).toBe(false); // 24 is Bắc Giang's GSO code
    expect(find(r, "02", 2019, "papi.total")).toMatchObject({ value: 44.60000133514404, kind: "actual", rank: null });
    expect(find(r, "02", 2019, "papi.total", "derived")).toMatchObject({ value: 44.6, rank: 2, rank_of: null, group: "TBT", group_source: "computed" });
    expect(find(r, "01", 2017, "papi.total", "derived")).toMatchObject({ rank: 1, rank_of: null, group: "CN" });
    // Hà Nội 2019: D2 and the totals empty → missing, not 0.
    expect(find(r, "01", 2019, "papi.d2")).toBeUndefined();
    expect(find(r, "01", 2019, "papi.total", "derived")).toBeUndefined();
    const missing = issuesOf(r, "missing_value");
    expect(missing).toHaveLength(1);
    expect(missing[0]!.source_loc).toBe("panel-wide.csv:6");
    expect(missing[0]!.message).toMatch(/line 6 Hà Nội 2019 \(D2, total_papi, total_papi_6dim, total_official, rank_year, tier\)/);
    expect(missing[0]!.message).not.toMatch(/2017/); // D7/D8/total_official are never filled for 2017
    expect(issuesOf(r, "third_party_rank")).toHaveLength(1);
    expect(r.sources[0]).toMatchObject({ kind: "csv_panel", figures: r.scores.length });
  });

  it("long: indicators by id, code or name; rank and group on the row; duplicates named by both lines", () => {
    const r = readCsvPanel(fixture("panel-long.csv"), "panel-long.csv");
    expect(find(r, "10", 2019, "papi.total")).toMatchObject({
      value: 45.06,
      value_text: "45.06",
      rank: 13,
      rank_of: null,
      group: "CN",
      rank_source: "computed",
      group_source: "computed",
      source_loc: "panel-long.csv:2",
    });
    expect(find(r, "10", 2019, "papi.d1")).toMatchObject({ value: 5.31, source_loc: "panel-long.csv:3" });
    expect(find(r, "10", 2019, "papi.d8")).toMatchObject({ value: 4.22, group: "TBC", rank: null });
    expect(find(r, "66", 2023, "papi.total")).toMatchObject({ value: 42.3265, value_text: "42.3265", rank: 31, group: null });
    const dup = issuesOf(r, "duplicate");
    expect(dup).toHaveLength(1);
    expect(dup[0]).toMatchObject({ severity: "error", source_loc: "panel-long.csv:4", indicator_id: "papi.d1" });
    expect(dup[0]!.message).toMatch(/line 4 \(first on line 3\)/);
    expect(issuesOf(r, "missing_value")[0]!.message).toMatch(/line 6 TP\. Hồ Chí Minh 2019/);
  });

  it("semicolon-delimited with Vietnamese decimal commas", () => {
    const r = readCsvPanel(fixture("panel-semicolon-vi.csv"), "panel-semicolon-vi.csv");
    expect(find(r, "96", 2023, "papi.total")).toMatchObject({ value: 45.06, value_text: "45.06", kind: "actual" });
    expect(find(r, "96", 2023, "papi.d1")).toMatchObject({ value: 5.12, value_text: "5.12" });
    expect(find(r, "96", 2023, "papi.d2")!.value).toBe(4.98);
    expect(find(r, "95", 2023, "papi.d1")!.value).toBe(5.2);
    expect(find(r, "95", 2023, "papi.d2")).toBeUndefined();
    expect(issuesOf(r, "parse")).toHaveLength(0);
  });

  it("GSO codes from a tinhid column, checked against the name; province_id ignored", () => {
    const r = readCsvPanel(fixture("panel-codes.csv"), "panel-codes.csv");
    expect(find(r, "02", 2020, "papi.d1")!.value).toBe(5.1);
    expect(find(r, "01", 2020, "papi.d1")!.value).toBe(5.5);
    expect(find(r, "04", 2020, "papi.d1")!.value).toBe(5.0); // code only
    const conflict = issuesOf(r, "conflict");
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ severity: "error", source_loc: "panel-codes.csv:5" });
    expect(r.scores.some((s) => s.province_code === "06")).toBe(false);
  });

  it("malformed lines: garbled cells, unknown province, bad year, duplicate line", () => {
    const r = readCsvPanel(fixture("panel-malformed.csv"), "panel-malformed.csv");
    const parse = issuesOf(r, "parse").map((i) => [i.source_loc, i.message.replace(/^panel-malformed\.csv:\d+: /, "")]);
    expect(parse).toEqual([
      ["panel-malformed.csv:2", 'column "D2": "4,3x" is not a number; no value read'],
      ["panel-malformed.csv:4", 'column "year": "20x9" is not a year; row skipped'],
      ["panel-malformed.csv:5", 'column "D2": "abc" is not a number; no value read'],
      ["panel-malformed.csv:5", 'column "rank": "first" is not a rank; not read'],
      ["panel-malformed.csv:5", 'column "group": "Hạng A" is not a group; not read'],
    ]);
    for (const i of issuesOf(r, "parse")) expect(i.severity).toBe("warning");
    expect(issuesOf(r, "unknown_province")).toEqual([expect.objectContaining({ severity: "warning", source_loc: "panel-malformed.csv:3" })]);
    expect(issuesOf(r, "unknown_province")[0]!.message).toMatch(/"Atlantis" is not a known province; row skipped/);
    const dup = issuesOf(r, "duplicate");
    expect(dup).toEqual([expect.objectContaining({ severity: "error", source_loc: "panel-malformed.csv:6", province_code: "01" })]);
    expect(dup[0]!.message).toMatch(/line 6 \(first on line 2\)/);
    // The first Hà Nội line is kept; its garbled D2 is not filled from the repeated line.
    expect(find(r, "01", 2020, "papi.d1")!.value).toBe(5.5);
    expect(find(r, "01", 2020, "papi.d2")).toBeUndefined();
    expect(find(r, "01", 2020, "papi.total", "derived")).toMatchObject({ value: 44.4, rank: 3, group: "TBC" });
    expect(find(r, "48", 2020, "papi.d2")).toBeUndefined();
    expect(find(r, "48", 2020, "papi.total", "derived")).toMatchObject({ value: 47, rank: null, group: null });
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: the test name quotes the message format
  it("empty file, a file without a panel header and an unterminated quote are thrown as `${file}: reason`", () => {
    expect(() => readCsvPanel("", "empty.csv")).toThrow(/^empty\.csv: empty file$/);
    expect(() => readCsvPanel("\uFEFF \r\n\n", "blank.csv")).toThrow(/^blank\.csv: empty file$/);
    expect(() => readCsvPanel(fixture("no-header.csv"), "no-header.csv")).toThrow(/^no-header\.csv: no recognisable panel header/);
    expect(() => readCsvPanel('province,year,D1\nHà Nội,2020,"5.1\n', "quote.csv")).toThrow(/^quote\.csv:2: unterminated quoted field$/);
    expect(() => readCsvPanel("province_id,year,D1\n1,2020,5.1\n", "ids.csv")).toThrow(/^ids\.csv: no recognisable panel header/);
  });

  it("parsePanelNumber: dot decimals, and a decimal comma (a quoted field in a comma-delimited file)", () => {
    expect(parsePanelNumber("45.06")).toEqual({ value: 45.06, text: "45.06" });
    expect(parsePanelNumber("5.123")).toEqual({ value: 5.123, text: "5.123" });
    expect(parsePanelNumber("45,06")).toEqual({ value: 45.06, text: "45.06" });
    expect(parsePanelNumber("4,3x")).toBeNull();
    expect(parsePanelNumber("1,2,3")).toBeNull();
    expect(parsePanelNumber("1e-3")).toEqual({ value: 0.001, text: "1e-3" });
  });
});
