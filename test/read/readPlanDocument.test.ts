import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readPlanDocument } from "../../loaders/read/index.ts";
import { figureKey } from "../../loaders/read/index.ts";
import { sha256 } from "../../loaders/text/index.ts";
import type { IssueRow, ReadResult, ScoreRow } from "../../loaders/model/index.ts";
import { findRepeatedBlocks } from "../../loaders/read/index.ts";
import { parseDocumentDate } from "../../loaders/read/index.ts";
import { findCitations } from "../../loaders/read/index.ts";
import { splitSentences } from "../../loaders/read/index.ts";
import { tokenizeFigureSentence } from "../../loaders/read/index.ts";
import { defaultTaxonomy } from "../../loaders/model/index.ts";
import { defaultProvinceRegistry } from "../../loaders/model/index.ts";

const SEEDS = new URL("../../data/documents/", import.meta.url);
const FIXTURES = new URL("../fixtures/documents/", import.meta.url);
const text = (dir: URL, name: string) => readFileSync(new URL(name, dir), "utf8");
const read = (dir: URL, name: string) => readPlanDocument(text(dir, name), name);

const LAO_CAI = "lao-cai-papi-plan-2020-151-kh-ubnd.txt";
const CA_MAU_126 = "ca-mau-par-sipas-plan-2025-126-kh-ubnd.txt";
const CA_MAU_117 = "ca-mau-papi-plan-2024-117-kh-ubnd.txt";
const DAK_LAK = "dak-lak-papi-plan-2024.txt";
const LUC_BA = "luc-ba-commune-papi-plan-2024-171-kh-ubnd.txt";

/** The one row with these fields; fails when there is none or more than one. */
function one(rows: ScoreRow[], fields: Partial<ScoreRow>): ScoreRow {
  const found = rows.filter((r) => Object.entries(fields).every(([k, v]) => r[k as keyof ScoreRow] === v));
  expect(found, JSON.stringify(fields)).toHaveLength(1);
  return found[0]!;
}

function issuesOf(result: ReadResult, kind: IssueRow["kind"]): IssueRow[] {
  return result.issues.filter((i) => i.kind === kind);
}

const at = (file: string, line: number) => `${file}:${line}`;

describe("Lào Cai PAPI plan 151/KH-UBND (2020)", () => {
  const r = read(SEEDS, LAO_CAI);
  const F = LAO_CAI;

  it("describes the document from its own header", () => {
    expect(r.sources).toEqual([
      {
        id: F,
        kind: "plan_document",
        file: F,
        title: "Cải thiện, nâng cao Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI) của tỉnh Lào Cai năm 2020",
        issuer: "UBND tỉnh Lào Cai",
        number: "151/KH-UBND",
        date: "2020-05-16",
        level: "province",
        province_code: "10",
        indices: "PAPI",
        sha256: sha256(text(SEEDS, F)),
        figures: r.scores.length,
        note: "plan for 2020",
      },
    ]);
  });

  it("reads 62 figures, each once", () => {
    expect(r.scores).toHaveLength(62);
    expect(new Set(r.scores.map(figureKey)).size).toBe(62);
    for (const s of r.scores) {
      expect(s.source_id).toBe(F);
      expect(s.source_loc).toMatch(new RegExp(`^${F.replace(/\./g, "\\.")}:\\d+$`));
      expect(s.unit).toBe("points");
      expect(s.index).toBe("PAPI");
    }
  });

  const dims = ["papi.d1", "papi.d2", "papi.d3", "papi.d4", "papi.d5", "papi.d6", "papi.d7", "papi.d8"];

  it("reads the 2018 results (appendix table, years as rows)", () => {
    const total = one(r.scores, { year: 2018, kind: "actual", province_code: "10", indicator_id: "papi.total" });
    expect(total).toMatchObject({
      value: 44.37,
      value_text: "44.37",
      rank: 29,
      rank_of: 63,
      rank_scope: "national",
      rank_source: "published",
      group: "TBC",
      group_source: "published",
      level: "total",
      dimension: null,
      source_loc: at(F, 265),
    });
    const expected: Array<[string, string]> = [
      ["5.41", "TBC"],
      ["5.45", "TBC"],
      ["4.89", "TBT"],
      ["6.38", "TBT"],
      ["7.33", "TBT"],
      ["7.17", "TBC"],
      ["4.3", "TBT"],
      ["3.44", "CN"],
    ];
    dims.forEach((id, k) => {
      const row = one(r.scores, { year: 2018, kind: "actual", indicator_id: id });
      expect(row).toMatchObject({
        value: Number(expected[k]![0]),
        value_text: expected[k]![0],
        group: expected[k]![1],
        group_source: "published",
        level: "dimension",
        dimension: k + 1,
        province_code: "10",
        rank: null,
        source_loc: at(F, 265),
      });
    });
  });

  it("reads the 2019 total once, from its three statements (lines 13, 260, 266)", () => {
    const total = one(r.scores, { year: 2019, kind: "actual", province_code: "10", indicator_id: "papi.total", rank_scope: "national" });
    expect(total).toMatchObject({
      value: 45.06,
      value_text: "45.06",
      rank: 13,
      rank_of: 63,
      rank_source: "published",
      group: "CN",
      group_source: "published",
      source_loc: at(F, 13),
    });
    expect(total.note).toContain(at(F, 260));
    expect(total.note).toContain(at(F, 266));
    const northwest = one(r.scores, { year: 2019, kind: "actual", province_code: "10", indicator_id: "papi.total", rank_scope: "northwest" });
    expect(northwest).toMatchObject({ value: null, value_text: null, rank: 3, rank_of: 6, rank_source: "published", group: null, source_loc: at(F, 13) });
  });

  it("reads the 2019 dimensions from both tables as one row each", () => {
    const expected: Array<[string, string, number]> = [
      ["5.31", "CN", 277],
      ["5.46", "TBC", 282],
      ["4.98", "TBC", 287],
      ["6.76", "TBT", 291],
      ["7.46", "TBC", 296],
      ["7.28", "TBC", 306],
      ["3.57", "TBT", 311],
      ["4.22", "CN", 315],
    ];
    dims.forEach((id, k) => {
      const row = one(r.scores, { year: 2019, kind: "actual", indicator_id: id });
      expect(row).toMatchObject({
        value: Number(expected[k]![0]),
        value_text: expected[k]![0],
        group: expected[k]![1],
        level: "dimension",
        dimension: k + 1,
        source_loc: at(F, 266),
      });
      expect(row.note).toContain(at(F, expected[k]![2]));
    });
  });

  it("reads the 29 sub-dimensions of 2019 under their semantic ids (2018+ taxonomy)", () => {
    const expected: Array<[string, number, string, number]> = [
      ["papi.d1.civic_knowledge", 1, "0.81", 278],
      ["papi.d1.opportunities", 1, "1.53", 279],
      ["papi.d1.elections", 1, "1.66", 280],
      ["papi.d1.contributions", 1, "1.31", 281],
      ["papi.d2.access_info", 2, "0.85", 283],
      ["papi.d2.poverty_lists", 2, "1.79", 284],
      ["papi.d2.communal_budgets", 2, "1.47", 285],
      ["papi.d2.land_use", 2, "1.35", 286],
      ["papi.d3.interactions", 3, "1.89", 288],
      ["papi.d3.appeals", 3, "1.05", 289],
      ["papi.d3.justice", 3, "2.04", 290],
      ["papi.d4.local_government", 4, "1.64", 292],
      ["papi.d4.service_delivery", 4, "2.09", 293],
      ["papi.d4.recruitment", 4, "1.07", 294],
      ["papi.d4.willingness", 4, "1.96", 295],
      ["papi.d5.certification", 5, "1.93", 297],
      ["papi.d5.construction_permits", 5, "1.89", 298],
      ["papi.d5.land_titles", 5, "1.67", 304],
      ["papi.d5.commune_procedures", 5, "1.97", 305],
      ["papi.d6.health", 6, "2.07", 307],
      ["papi.d6.education", 6, "1.75", 308],
      ["papi.d6.infrastructure", 6, "1.98", 309],
      ["papi.d6.security", 6, "1.49", 310],
      ["papi.d7.seriousness", 7, "0.95", 312],
      ["papi.d7.air", 7, "2.05", 313],
      ["papi.d7.water", 7, "0.58", 314],
      ["papi.d8.portal_use", 8, "0.47", 316],
      ["papi.d8.internet", 8, "1.98", 317],
      ["papi.d8.e_responsiveness", 8, "1.86", 318],
    ];
    const subs = r.scores.filter((s) => s.level === "subdimension");
    expect(subs).toHaveLength(29);
    for (const [id, dimension, value, line] of expected) {
      const row = one(r.scores, { indicator_id: id });
      expect(row).toMatchObject({
        year: 2019,
        kind: "actual",
        level: "subdimension",
        dimension,
        value: Number(value),
        value_text: value,
        province_code: "10",
        group: null,
        rank: null,
        source_loc: at(F, line),
      });
    }
  });

  it("reads the national means as province 00", () => {
    expect(one(r.scores, { province_code: "00", year: 2018 })).toMatchObject({
      kind: "actual",
      indicator_id: "papi.total",
      value: 43.78,
      value_text: "43.78",
      source_loc: at(F, 11),
    });
    expect(one(r.scores, { province_code: "00", year: 2019 })).toMatchObject({
      kind: "actual",
      indicator_id: "papi.total",
      value: 43.61,
      value_text: "43.61",
      source_loc: at(F, 11),
    });
    expect(r.scores.filter((s) => s.province_code === "00")).toHaveLength(2);
  });

  it("derives the 2018 total and rank from the 2019 prose (tăng 0,69 điểm, tăng 16 bậc)", () => {
    const derived = one(r.scores, { kind: "derived" });
    expect(derived).toMatchObject({
      year: 2018,
      indicator_id: "papi.total",
      province_code: "10",
      value: 44.37,
      value_text: "44.37",
      rank: 29,
      rank_of: 63,
      rank_scope: "national",
      rank_source: "computed",
      group: null,
      source_loc: at(F, 13),
    });
    expect(derived.note).toContain("45.06 − 0.69");
    expect(derived.note).toContain("13 + 16");
  });

  it("reads the 2020 targets with comparators and target groups", () => {
    const total = one(r.scores, { kind: "target", indicator_id: "papi.total", rank: null });
    expect(total).toMatchObject({
      year: 2020,
      value: 46.4,
      value_text: "46.40",
      comparator: "gte",
      group: "CN",
      group_source: "published",
      province_code: "10",
      source_loc: at(F, 29),
    });
    const expected: Array<[string, string, number]> = [
      ["5.36", "CN", 31],
      ["5.6", "CN", 33],
      ["5.03", "CN", 35],
      ["6.8", "TBC", 37],
      ["7.6", "CN", 39],
      ["7.4", "CN", 41],
      ["4.31", "TBC", 43],
      ["4.3", "CN", 45],
    ];
    dims.forEach((id, k) => {
      expect(one(r.scores, { kind: "target", indicator_id: id })).toMatchObject({
        year: 2020,
        value: Number(expected[k]![0]),
        value_text: expected[k]![0],
        group: expected[k]![1],
        comparator: "eq",
        level: "dimension",
        dimension: k + 1,
        source_loc: at(F, expected[k]![2]),
      });
    });
  });

  it("reads the rank targets: top 10 nationally, first of the six Northwest provinces", () => {
    expect(one(r.scores, { kind: "target", rank_scope: "national", value: null })).toMatchObject({
      year: 2020,
      indicator_id: "papi.total",
      rank: 10,
      rank_of: 63,
      comparator: "lte",
      source_loc: at(F, 25),
    });
    expect(one(r.scores, { kind: "target", rank_scope: "northwest" })).toMatchObject({
      year: 2020,
      indicator_id: "papi.total",
      value: null,
      rank: 1,
      rank_of: 6,
      comparator: "eq",
      source_loc: at(F, 25),
    });
  });

  it("counts rows by kind and year", () => {
    const count = (kind: string, year: number) => r.scores.filter((s) => s.kind === kind && s.year === year).length;
    expect(count("actual", 2018)).toBe(9 + 1);
    expect(count("actual", 2019)).toBe(1 + 1 + 8 + 29 + 1);
    expect(count("target", 2020)).toBe(1 + 8 + 2);
    expect(count("derived", 2018)).toBe(1);
  });

  it("reports the two dates and the positional matches, and nothing else", () => {
    const conflict = issuesOf(r, "metadata_conflict");
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ severity: "warning", source_loc: at(F, 256), province_code: "10" });
    expect(conflict[0]!.message).toContain("2020-05-16");
    expect(conflict[0]!.message).toContain("2020-05-26");
    const positional = issuesOf(r, "positional_match");
    expect(positional.map((i) => [i.source_loc, i.indicator_id, i.severity])).toEqual([
      [at(F, 307), "papi.d6.health", "warning"],
      [at(F, 308), "papi.d6.education", "warning"],
    ]);
    for (const p of positional) expect(p.message).toContain(`${at(F, p.source_loc === at(F, 307) ? 307 : 308)}: "Trà-Công lập"`);
    expect(r.issues).toHaveLength(3);
  });
});

describe("Cà Mau PAR INDEX and SIPAS plan 126/KH-UBND (2025)", () => {
  const r = read(SEEDS, CA_MAU_126);
  const F = CA_MAU_126;

  it("describes the document", () => {
    expect(r.sources[0]).toMatchObject({
      number: "126/KH-UBND",
      date: "2025-05-05",
      issuer: "UBND tỉnh Cà Mau",
      level: "province",
      province_code: "96",
      indices: "PAR_INDEX,SIPAS",
      figures: 4,
    });
    expect(r.sources[0]!.title).toMatch(/^Cải thiện Chỉ số cải cách hành chính, Chỉ số hài lòng/);
  });

  it("reads the 2024 results and derives 2023 from the stated changes", () => {
    expect(r.scores).toHaveLength(4);
    expect(one(r.scores, { indicator_id: "par.total", kind: "actual" })).toMatchObject({
      year: 2024,
      province_code: "96",
      level: "total",
      dimension: null,
      unit: "percent",
      value: 89.33,
      value_text: "89.33",
      rank: 20,
      rank_of: 63,
      rank_scope: "national",
      rank_source: "published",
      source_loc: at(F, 14),
    });
    const par2023 = one(r.scores, { indicator_id: "par.total", kind: "derived" });
    expect(par2023).toMatchObject({
      year: 2023,
      unit: "percent",
      value: 86.89,
      value_text: "86.89",
      rank: 34,
      rank_of: 63,
      rank_source: "computed",
      source_loc: at(F, 14),
    });
    expect(par2023.note).toContain("89.33 − 2.44");
    expect(one(r.scores, { indicator_id: "sipas.total", kind: "actual" })).toMatchObject({
      year: 2024,
      unit: "percent",
      value: 86.42,
      value_text: "86.42",
      rank: 12,
      rank_of: 63,
      rank_source: "published",
      source_loc: at(F, 14),
    });
    const sipas2023 = one(r.scores, { indicator_id: "sipas.total", kind: "derived" });
    expect(sipas2023).toMatchObject({ year: 2023, value: 84.14, value_text: "84.14", rank: 18, rank_source: "computed" });
    expect(sipas2023.note).toContain("86.42 − 2.28");
  });

  it("does not read the repeated block again and says so", () => {
    const repeated = issuesOf(r, "repeated_block");
    expect(repeated).toHaveLength(1);
    expect(repeated[0]).toMatchObject({ severity: "warning", source_loc: at(F, 38) });
    expect(repeated[0]!.message).toContain("lines 38–66 repeat lines 9–37");
    expect(r.scores.some((s) => s.source_loc === at(F, 43) || (s.note ?? "").includes(at(F, 43)))).toBe(false);
  });

  it("reports the decision dated two ways", () => {
    const conflict = issuesOf(r, "metadata_conflict");
    expect(conflict).toHaveLength(1);
    expect(conflict[0]!.message).toContain("892/QĐ-BNV");
    expect(conflict[0]!.message).toContain("2024-12-05");
    expect(conflict[0]!.message).toContain("2024-02-05");
    expect(conflict[0]!.source_loc).toBe(at(F, 172));
  });

  it("has no other warnings", () => {
    expect(
      r.issues
        .filter((i) => i.severity !== "info")
        .map((i) => i.kind)
        .sort(),
    ).toEqual(["inferred_section", "inferred_section", "inferred_section", "inferred_section", "metadata_conflict", "repeated_block"]);
  });
});

describe("Đắk Lắk PAPI plan (May 2024, number and day blank)", () => {
  const r = read(SEEDS, DAK_LAK);

  it("keeps the blanks blank", () => {
    expect(r.sources[0]).toMatchObject({
      number: null,
      date: "2024-05",
      issuer: "UBND tỉnh Đắk Lắk",
      province_code: "66",
      level: "province",
      indices: "PAPI",
      figures: 1,
    });
  });

  it("reads exactly one figure: 42,3265 points, rank 31 of 61 ranked", () => {
    expect(r.scores).toEqual([
      expect.objectContaining({
        index: "PAPI",
        province_code: "66",
        year: 2023,
        indicator_id: "papi.total",
        level: "total",
        kind: "actual",
        value: 42.3265,
        value_text: "42.3265",
        rank: 31,
        rank_of: 61,
        rank_scope: "national",
        rank_source: "published",
        source_loc: at(DAK_LAK, 11),
      }),
    ]);
  });

  it("invents no target for 'cải thiện bậc' and notes it", () => {
    expect(r.scores.filter((s) => s.kind === "target")).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ kind: "missing_value", severity: "info", source_loc: at(DAK_LAK, 17), year: 2024 })]);
  });
});

describe("documents without scores", () => {
  it("Cà Mau PAPI plan 117: agencies only, no rows", () => {
    const r = read(SEEDS, CA_MAU_117);
    expect(r.scores).toEqual([]);
    expect(r.sources[0]).toMatchObject({
      number: "117/KH-UBND",
      date: "2024-05-16",
      issuer: "UBND tỉnh Cà Mau",
      province_code: "96",
      level: "province",
      indices: "PAPI",
      figures: 0,
    });
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("Lục Ba commune plan 171: commune level, Thái Nguyên, no rows", () => {
    const r = read(SEEDS, LUC_BA);
    expect(r.scores).toEqual([]);
    expect(r.sources[0]).toMatchObject({
      number: "171/KH-UBND",
      date: "2024-03-25",
      issuer: "UBND xã Lục Ba",
      level: "commune",
      province_code: "19",
      indices: "PAPI",
      figures: 0,
    });
    expect(r.issues).toEqual([]);
  });
});

describe("fixture: Yên Bái plan, indicators as rows and years as columns, short names", () => {
  const F = "yen-bai-papi-plan-years-as-columns.txt";
  const r = read(FIXTURES, F);

  it("reads the table: 8 short-named dimensions × 3 years, but not the garbled cell", () => {
    const table = r.scores.filter((s) => s.level === "dimension" && s.kind === "actual");
    expect(table).toHaveLength(23);
    const expected: Record<string, string[]> = {
      "papi.d1": ["4.95", "5.02", "5.10"],
      "papi.d2": ["5.20", "5.31", "5.28"],
      "papi.d3": ["4.41", "4.50", "4.62"],
      "papi.d4": ["6.55", "6.71", "6.80"],
      "papi.d5": ["7.40", "7.38", "7.52"],
      "papi.d6": ["7.05", "7.12", "7.20"],
      "papi.d7": ["3.60", "3.71", "3.65"],
      "papi.d8": ["3.02", "", "3.35"],
    };
    Object.entries(expected).forEach(([id, values], k) => {
      values.forEach((v, y) => {
        const rows = table.filter((s) => s.indicator_id === id && s.year === 2021 + y);
        if (!v) return expect(rows).toEqual([]);
        expect(rows).toEqual([
          expect.objectContaining({ value_text: v, value: Number(v), province_code: "15", source_loc: at(F, 20 + k), dimension: k + 1, group: null }),
        ]);
      });
    });
    expect(issuesOf(r, "parse")).toEqual([expect.objectContaining({ severity: "warning", source_loc: at(F, 27), indicator_id: "papi.d8", year: 2022 })]);
    expect(issuesOf(r, "parse")[0]!.message).toContain(`${at(F, 27)}: cannot read the value of papi.d8 2022 from the cell "4,3x"`);
  });

  it("reads the province's result, its derived 2022 figure, and another province's result", () => {
    expect(one(r.scores, { province_code: "15", year: 2023, indicator_id: "papi.total", kind: "actual" })).toMatchObject({
      value_text: "43.52",
      rank: 22,
      rank_of: 63,
      group: "TBC",
      source_loc: at(F, 12),
    });
    expect(one(r.scores, { province_code: "15", year: 2022, kind: "derived" })).toMatchObject({
      value_text: "43.87",
      value: 43.87,
      rank: 17,
      rank_source: "computed",
    });
    expect(one(r.scores, { province_code: "14", rank_scope: "national" })).toMatchObject({
      year: 2023,
      kind: "actual",
      value_text: "41.27",
      rank: 48,
      rank_of: 63,
      source_loc: at(F, 14),
    });
    expect(one(r.scores, { province_code: "14", rank_scope: "northwest" })).toMatchObject({ year: 2023, value: null, rank: 4, rank_of: 6 });
  });

  it("warns about the unknown province and reads nothing for it", () => {
    const unknown = issuesOf(r, "unknown_province");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: "warning", source_loc: at(F, 14) });
    expect(unknown[0]!.message).toContain(`${at(F, 14)}: figures for "Hà Tây"`);
    expect(r.scores.some((s) => s.value === 40.1)).toBe(false);
  });

  it("reads the targets in prose and checks their stated increases", () => {
    expect(one(r.scores, { kind: "target", indicator_id: "papi.total", rank: null })).toMatchObject({
      year: 2024,
      value_text: "44.00",
      comparator: "gte",
      province_code: "15",
      source_loc: at(F, 31),
    });
    expect(one(r.scores, { kind: "target", indicator_id: "papi.total", value: null })).toMatchObject({ rank: 20, comparator: "lte", rank_scope: "national" });
    expect(one(r.scores, { kind: "target", indicator_id: "papi.d2" })).toMatchObject({
      year: 2024,
      value_text: "5.40",
      comparator: "eq",
      source_loc: at(F, 33),
    });
    expect(one(r.scores, { kind: "target", indicator_id: "papi.d8" })).toMatchObject({ year: 2024, value_text: "3.50", group: "TBC", source_loc: at(F, 35) });
    const inconsistent = issuesOf(r, "plan_inconsistency");
    expect(inconsistent).toEqual([expect.objectContaining({ severity: "warning", source_loc: at(F, 35), indicator_id: "papi.d8", year: 2024 })]);
    expect(inconsistent[0]!.message).toContain("3.50 − 3.35 (2023) = 0.15");
  });

  it("has exactly these rows and issues", () => {
    expect(r.scores).toHaveLength(2 + 2 + 23 + 4);
    expect(r.issues.map((i) => i.kind).sort()).toEqual(["parse", "plan_inconsistency", "unknown_province"]);
  });
});

describe("fixture: Bạc Liêu PAR INDEX / SIPAS plan, merged year headers, ranks, a target column", () => {
  const F = "bac-lieu-par-sipas-plan-indicator-rows.txt";
  const r = read(FIXTURES, F);

  it("describes the document", () => {
    expect(r.sources[0]).toMatchObject({
      number: "45/KH-UBND",
      date: "2025-03-03",
      issuer: "UBND tỉnh Bạc Liêu",
      province_code: "95",
      indices: "PAR_INDEX,SIPAS",
      level: "province",
    });
  });

  it("reads each year's value and rank, and the target column", () => {
    expect(one(r.scores, { indicator_id: "par.total", year: 2023 })).toMatchObject({
      kind: "actual",
      value_text: "85.12",
      unit: "percent",
      rank: 40,
      rank_of: 63,
      source_loc: at(F, 21),
    });
    const par2024 = one(r.scores, { indicator_id: "par.total", year: 2024, rank_scope: "national" });
    expect(par2024).toMatchObject({ kind: "actual", value_text: "87.90", rank: 31, rank_of: 63, source_loc: at(F, 12) });
    expect(par2024.note).toContain(at(F, 21));
    expect(one(r.scores, { indicator_id: "par.total", year: 2024, rank_scope: "region" })).toMatchObject({ value: null, rank: 5, rank_of: 13 });
    expect(one(r.scores, { indicator_id: "par.total", year: 2025, kind: "target", rank: null })).toMatchObject({
      value_text: "89.50",
      comparator: "gte",
      source_loc: at(F, 21),
    });
    expect(one(r.scores, { indicator_id: "par.total", year: 2025, kind: "target", value: null })).toMatchObject({
      rank: 25,
      comparator: "lte",
      source_loc: at(F, 27),
    });
    expect(one(r.scores, { indicator_id: "sipas.total", year: 2023 })).toMatchObject({ value_text: "80.05", rank: 35, rank_of: 63 });
    expect(one(r.scores, { indicator_id: "sipas.total", year: 2025 })).toMatchObject({ kind: "target", value_text: "84.00", comparator: "eq" });
  });

  it("keeps both statements of a figure that disagree, with a conflict error", () => {
    const sipas2024 = r.scores.filter((s) => s.indicator_id === "sipas.total" && s.year === 2024);
    expect(sipas2024.map((s) => [s.value_text, s.source_loc])).toEqual([
      ["82.04", at(F, 14)],
      ["82.44", at(F, 22)],
    ]);
    expect(issuesOf(r, "conflict")).toEqual([expect.objectContaining({ severity: "error", indicator_id: "sipas.total", year: 2024, source_loc: at(F, 22) })]);
  });

  it("warns about the row of an index it does not know", () => {
    const unknown = issuesOf(r, "unknown_indicator");
    expect(unknown).toEqual([expect.objectContaining({ severity: "warning", source_loc: at(F, 23) })]);
    expect(unknown[0]!.message).toContain(`${at(F, 23)}: no indicator matches "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"`);
    expect(r.scores.some((s) => s.value === 65.2 || s.value === 66.1)).toBe(false);
  });

  it("has exactly these rows", () => {
    expect(r.scores).toHaveLength(9);
    expect(r.issues.map((i) => i.kind).sort()).toEqual(["conflict", "unknown_indicator"]);
  });
});

describe("fixture: Sơn La plan, years as rows under aligned merged headers", () => {
  const F = "son-la-papi-plan-years-as-rows.txt";
  const r = read(FIXTURES, F);
  const dims = ["papi.d1", "papi.d2", "papi.d3", "papi.d4", "papi.d5", "papi.d6", "papi.d7", "papi.d8"];

  it("reads every year row, the target row included, with groups", () => {
    const rows2022 = ["4.80", "5.02", "4.30", "6.40", "7.25", "7.01", "3.25", "3.00"];
    const groups2022 = ["TBT", "TBC", "TBT", "TBT", "TBT", "TBC", "TBT", "TBT"];
    dims.forEach((id, k) =>
      expect(one(r.scores, { indicator_id: id, year: 2022 })).toMatchObject({
        kind: "actual",
        value_text: rows2022[k],
        group: groups2022[k],
        source_loc: at(F, 18),
      }),
    );
    expect(one(r.scores, { indicator_id: "papi.total", year: 2022 })).toMatchObject({ value_text: "41.03", group: "TBT" });
    const targets = ["5.00", "5.20", "4.50", "6.60", "7.40", "7.20", "3.50", "3.20"];
    dims.forEach((id, k) =>
      expect(one(r.scores, { indicator_id: id, year: 2024 })).toMatchObject({
        kind: "target",
        value_text: targets[k],
        comparator: "eq",
        source_loc: at(F, 20),
      }),
    );
    expect(one(r.scores, { indicator_id: "papi.d6", year: 2024 }).group).toBe("CN");
    expect(one(r.scores, { indicator_id: "papi.total", year: 2024 })).toMatchObject({ kind: "target", value_text: "42.50", group: "TBC" });
  });

  it("reads the column headed 'KSTN' by its position, with a warning", () => {
    expect(issuesOf(r, "positional_match")).toEqual([expect.objectContaining({ severity: "warning", indicator_id: "papi.d4", source_loc: at(F, 15) })]);
    expect(issuesOf(r, "positional_match")[0]!.message).toContain('column "KSTN"');
  });

  it("keeps the prose and table totals of 2023 apart, as a conflict", () => {
    const totals = r.scores.filter((s) => s.indicator_id === "papi.total" && s.year === 2023 && s.rank_scope !== "northwest");
    expect(totals.map((s) => s.value_text)).toEqual(["41.27", "41.72"]);
    expect(issuesOf(r, "conflict")).toEqual([expect.objectContaining({ severity: "error", source_loc: at(F, 19) })]);
  });

  it("checks that the dimension targets add up to the total target", () => {
    const sum = issuesOf(r, "plan_inconsistency");
    expect(sum).toEqual([expect.objectContaining({ severity: "warning", indicator_id: "papi.total", year: 2024, source_loc: at(F, 20) })]);
    expect(sum[0]!.message).toContain("add up to 42.60, not the target 42.50");
  });

  it("has exactly these rows", () => {
    expect(r.scores).toHaveLength(2 + 9 * 3);
  });
});

describe("reader properties", () => {
  const names = [LAO_CAI, CA_MAU_126, CA_MAU_117, DAK_LAK, LUC_BA];

  it("is pure and decides nothing from the file name", () => {
    for (const name of names) {
      const a = read(SEEDS, name);
      const b = readPlanDocument(text(SEEDS, name), "renamed.txt");
      const strip = (x: ReadResult) => JSON.parse(JSON.stringify(x).split(name).join("FILE").split("renamed.txt").join("FILE"));
      expect(strip(b)).toEqual(strip(a));
      expect(read(SEEDS, name)).toEqual(a);
    }
  });

  it("reads CRLF text the same", () => {
    for (const name of names) {
      const lf = read(SEEDS, name);
      const crlf = readPlanDocument(text(SEEDS, name).replace(/\n/g, "\r\n"), name);
      expect(crlf.scores).toEqual(lf.scores);
      expect(crlf.issues).toEqual(lf.issues);
    }
  });

  it("accounts for every line that prints a figure: a row, a merged statement or an issue names it", () => {
    const figure = /\d+,\d+\s*(điểm|%)|xếp (thứ|hạng|vị thứ)\s+\d+\/\d+|\d+\s+bậc|top\s+\d+/i;
    for (const dir of [SEEDS, FIXTURES]) {
      const files =
        dir === SEEDS ? names : ["yen-bai-papi-plan-years-as-columns.txt", "bac-lieu-par-sipas-plan-indicator-rows.txt", "son-la-papi-plan-years-as-rows.txt"];
      for (const name of files) {
        const r = read(dir, name);
        const repeats = issuesOf(r, "repeated_block").map((i) => /lines (\d+)–(\d+) repeat/.exec(i.message)!.slice(1).map(Number));
        const named = new Set([
          ...r.scores.flatMap((s) => [s.source_loc, ...(s.note?.match(/[\w.-]+\.txt:\d+/g) ?? [])]),
          ...r.issues.map((i) => i.source_loc),
        ]);
        text(dir, name)
          .split(/\r?\n/)
          .forEach((line, i) => {
            const n = i + 1;
            if (!figure.test(line) || repeats.some(([a, b]) => n >= a! && n <= b!)) return;
            if (/^\|[\s|:-]*$/.test(line.trim())) return;
            expect(named.has(`${name}:${n}`), `${name}:${n} ${line.slice(0, 80)}`).toBe(true);
          });
      }
    }
  });

  it("reads an empty text without failing", () => {
    const r = readPlanDocument("", "empty.txt");
    expect(r.scores).toEqual([]);
    expect(r.sources).toHaveLength(1);
    expect(r.issues.map((i) => i.kind)).toContain("unreadable");
  });
});

describe("other layouts and wordings", () => {
  const head =
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n\nSố: 12/KH-UBND\n\nHà Giang, ngày 2 tháng 6 năm 2024\n\nKẾ HOẠCH\nNâng cao Chỉ số PAPI tỉnh Hà Giang năm 2024\n\n";
  const F = "snippet.txt";
  const readBody = (body: string) => readPlanDocument(head + body, F);
  const first = 10; // the body's first line

  it("reads a long table: a year column beside the indicator names", () => {
    const r = readBody(
      "| Năm | Chỉ số | Điểm | Xếp hạng |\n|---|---|---|---|\n| 2022 | Chỉ số PAPI tổng hợp | 41,5 | 40 |\n| 2023 | Chỉ số PAPI tổng hợp | 42,1 | 35/63 |\n| 2023 | Tham gia | 4,9 | |\n",
    );
    expect(r.scores.map((s) => [s.year, s.indicator_id, s.value_text, s.rank, s.source_loc])).toEqual([
      [2022, "papi.total", "41.5", 40, at(F, first + 2)],
      [2023, "papi.total", "42.1", 35, at(F, first + 3)],
      [2023, "papi.d1", "4.9", null, at(F, first + 4)],
    ]);
    expect(r.sources[0]).toMatchObject({ province_code: "02", issuer: "UBND tỉnh Hà Giang", number: "12/KH-UBND", date: "2024-06-02" });
  });

  it("reads 'đạt mức', a change before its comparison year, and a year printed after the figure", () => {
    const r = readBody("Năm 2023, Chỉ số PAPI của tỉnh đạt mức 42,10 điểm, tăng 0,60 điểm so với năm 2022 và tăng 5 bậc; xếp thứ 35/63.\n");
    expect(one(r.scores, { kind: "actual" })).toMatchObject({ year: 2023, value_text: "42.10", rank: 35 });
    expect(one(r.scores, { kind: "derived" })).toMatchObject({ year: 2022, value_text: "41.50", rank: 40 });
    const late = readBody("Chỉ số PAPI của tỉnh đạt 42,10 điểm năm 2023.\n");
    expect(late.scores).toEqual([expect.objectContaining({ year: 2023, value_text: "42.10", kind: "actual" })]);
  });

  it("reads 'điểm/80', 'so với năm trước' and 'xếp thứ … trên 63'", () => {
    const r = readBody("Năm 2023, Chỉ số PAPI của tỉnh đạt 42,10/80 điểm (tăng 0,60 điểm so với năm trước), xếp thứ 35 trên 63 tỉnh.\n");
    expect(r.scores.map((s) => [s.year, s.kind, s.value_text, s.rank, s.rank_of])).toEqual([
      [2023, "actual", "42.10", 35, 63],
      [2022, "derived", "41.50", null, null],
    ]);
    expect(r.issues).toEqual([]);
  });

  it("takes a single group named before the figure, and codes after 'nhóm'", () => {
    const r = readBody("Năm 2023 Chỉ số PAPI của tỉnh thuộc nhóm TBT, đạt 42,10 điểm.\n");
    expect(r.scores).toEqual([expect.objectContaining({ group: "TBT", group_source: "published", value_text: "42.10" })]);
  });

  it("warns about a figure it cannot place instead of guessing", () => {
    const r = readBody("Năm 2023, Chỉ số PAPI của tỉnh có 42,10 điểm.\n");
    expect(r.scores).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ kind: "parse", severity: "warning", source_loc: at(F, first) })]);
    expect(r.issues[0]!.message).toContain('"42,10 điểm" could not be read');
  });

  it("warns about figures that name no indicator or no year", () => {
    const noIndicator = readBody("Năm 2023, tỉnh đạt 42,10 điểm.\n");
    expect(noIndicator.scores).toEqual([]);
    expect(noIndicator.issues.map((i) => i.kind)).toEqual(["unknown_indicator"]);
    const noYear = readBody("Chỉ số PAPI của tỉnh đạt 42,10 điểm.\n");
    expect(noYear.scores).toEqual([]);
    expect(noYear.issues.map((i) => [i.kind, i.source_loc])).toEqual([["parse", at(F, first)]]);
  });

  it("refuses a percent for a points indicator, and a garbled rank cell", () => {
    const r = readBody(
      "Năm 2023, Chỉ số PAPI của tỉnh đạt 42,10%.\n\n| Chỉ số nội dung | Điểm 2023 | Xếp hạng 2023 |\n|---|---|---|\n| Tham gia | 4,9 | 1O |\n",
    );
    expect(r.scores).toEqual([expect.objectContaining({ indicator_id: "papi.d1", value_text: "4.9", rank: null })]);
    expect(r.issues.map((i) => [i.kind, i.source_loc])).toEqual([
      ["parse", at(F, first + 4)],
      ["parse", at(F, first)],
    ]);
    expect(r.issues[0]!.message).toContain('cannot read the rank of papi.d1 2023 from the cell "1O"');
  });

  it("reads a target table under a 'Mục tiêu' caption and a sub-dimension block by position", () => {
    const body = [
      "Mục tiêu năm 2024:",
      "",
      "| TT | Nội dung | Điểm |",
      "|---|---|---|",
      "| 6 | Cung ứng dịch vụ công | 7,10 |",
      "| - | Y tế công lâp | 1,80 |",
      "| - | ### | 1,70 |",
      "| - | Cơ sở hạ tầng căn bản | 1,90 |",
      "| - | An ninh, trật tự | 1,70 |",
    ].join("\n");
    const r = readBody(body);
    expect(r.scores.map((s) => [s.indicator_id, s.kind, s.year, s.value_text, s.comparator])).toEqual([
      ["papi.d6", "target", 2024, "7.10", "eq"],
      ["papi.d6.health", "target", 2024, "1.80", "eq"],
      ["papi.d6.education", "target", 2024, "1.70", "eq"],
      ["papi.d6.infrastructure", "target", 2024, "1.90", "eq"],
      ["papi.d6.security", "target", 2024, "1.70", "eq"],
    ]);
    expect(r.issues).toEqual([expect.objectContaining({ kind: "positional_match", indicator_id: "papi.d6.education", source_loc: at(F, first + 6) })]);
  });

  it("warns about figures in a table of unknown indicators", () => {
    const r = readBody("| Chỉ số | 2023 |\n|---|---|\n| PCI | 65,2 |\n| 1. | |\n");
    expect(r.scores).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ kind: "skipped_row", severity: "warning", source_loc: at(F, first + 2) })]);
    expect(r.issues[0]!.message).toContain('"PCI | 65,2"');
  });

  it("does not guess a part when the block does not have the taxonomy's parts", () => {
    const body = [
      "| TT | Nội dung | Điểm 2019 |",
      "|---|---|---|",
      "| 6 | Cung ứng dịch vụ công | 7,28 |",
      "| - | Trà-Công lập | 2,07 |",
      "| - | Cơ sở hạ tầng căn bản | 1,98 |",
    ].join("\n");
    const r = readBody(body);
    expect(r.scores.map((s) => s.indicator_id)).toEqual(["papi.d6", "papi.d6.infrastructure"]);
    expect(r.issues).toEqual([expect.objectContaining({ kind: "unknown_indicator", source_loc: at(F, first + 3) })]);
    expect(r.issues[0]!.message).toContain('no indicator matches "Trà-Công lập"');
  });
});

describe("helpers of the reader", () => {
  it("finds a block printed twice, not short boilerplate", () => {
    const lines = text(SEEDS, CA_MAU_126).split(/\r?\n/);
    expect(findRepeatedBlocks(lines)).toEqual([{ first: 9, repeat: 38, length: 29 }]);
    expect(findRepeatedBlocks(text(SEEDS, LAO_CAI).split(/\r?\n/))).toEqual([]);
    const long = "x".repeat(150);
    expect(findRepeatedBlocks([`a ${long}`, `b ${long}`, `c ${long}`, "", `a ${long}`, `b ${long}`, `c ${long}`])).toEqual([
      { first: 1, repeat: 5, length: 3 },
    ]);
    expect(findRepeatedBlocks([`a ${long}`, `b ${long}`, "", `a ${long}`, `b ${long}`])).toEqual([]);
  });

  it("reads Vietnamese dates, blank days included", () => {
    expect(parseDocumentDate("Lào Cai, ngày 16 tháng 5 năm 2020")?.iso).toBe("2020-05-16");
    expect(parseDocumentDate("Đắk Lắk, ngày tháng 5 năm 2024")?.iso).toBe("2024-05");
    expect(parseDocumentDate("Cà Mau, ngày **16** tháng 5 năm 2024")?.iso).toBe("2024-05-16");
    expect(parseDocumentDate("ngày 05/12/2024")?.iso).toBe("2024-12-05");
    expect(parseDocumentDate("ngày 16 /5/2024")?.iso).toBe("2024-05-16");
    expect(parseDocumentDate("ngày 45/13/2024")).toBeNull();
    expect(parseDocumentDate("không có ngày")).toBeNull();
  });

  it("finds dated citations with their numbers normalised", () => {
    const lines = [
      "Căn cứ Quyết định số 892/QĐ-BNV ngày 05/12/2024 của Bộ trưởng",
      "(Ban hành kèm theo Kế hoạch số: 151 /KH-UBND ngày 26 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh Lào Cai)",
      "Quyết đinh số 985/QĐ -UBND ngày 31/3/2022",
    ];
    expect(findCitations(lines).map((c) => [c.number, c.date, c.line])).toEqual([
      ["892/QĐ-BNV", "2024-12-05", 1],
      ["151/KH-UBND", "2020-05-26", 2],
      ["985/QĐ-UBND", "2022-03-31", 3],
    ]);
  });

  it("splits sentences at '. ' before a capital, not inside numbers", () => {
    expect(splitSentences("Đạt 45,06 điểm; xếp thứ 13/63. Năm 2020, phấn đấu đạt 46,40 điểm.")).toEqual([
      "Đạt 45,06 điểm; xếp thứ 13/63.",
      "Năm 2020, phấn đấu đạt 46,40 điểm.",
    ]);
  });

  it("tokenizes the figures of a sentence in order", () => {
    const ctx = { taxonomy: defaultTaxonomy(), registry: defaultProvinceRegistry(), indices: ["PAPI" as const] };
    const tokens = tokenizeFigureSentence(
      "Kết quả Chỉ số PAPI của tỉnh Lào Cai năm 2019: Đạt 45,06 điểm (tăng 0,69 điểm so với năm 2018); xếp thứ 3/6 tỉnh Vùng Tây Bắc và xếp thứ 13/63 tỉnh, thành phố (tăng 16 bậc so với năm 2018); thuộc nhóm 16 tỉnh, thành đạt điểm cao nhất",
      ctx,
    );
    expect(tokens.map((t) => t.t)).toEqual(["indicator", "province", "year", "value", "change", "since", "rank", "rank", "rankChange", "since", "group"]);
    const ranks = tokens.filter((t) => t.t === "rank");
    expect(ranks.map((t) => t.t === "rank" && [t.rank, t.of, t.scope])).toEqual([
      [3, 6, "northwest"],
      [13, 63, "national"],
    ]);
    const dakLak = tokenizeFigureSentence("năm 2023, Chỉ số PAPI của tỉnh Đắk Lắk đạt 42,3265 điểm, xếp vị thứ 31/61/63 tỉnh, thành phố.", ctx);
    expect(dakLak.find((t) => t.t === "rank")).toMatchObject({ rank: 31, of: 61, total: 63, scope: "national" });
    expect(dakLak.find((t) => t.t === "value")).toMatchObject({ figure: { text: "42.3265", decimals: 4 }, comparator: "eq" });
    const target = tokenizeFigureSentence(
      "Phần đầu điểm tổng hợp PAPI năm 2020 đạt từ 46,40 điểm trở lên, đứng trong top 10 của cả nước và đứng đầu các tỉnh vùng Tây Bắc; người đứng đầu cơ quan chịu trách nhiệm",
      ctx,
    );
    expect(target.filter((t) => t.t === "target")).toHaveLength(1);
    expect(target.find((t) => t.t === "value")).toMatchObject({ comparator: "gte" });
    expect(target.filter((t) => t.t === "top").map((t) => t.t === "top" && [t.rank, t.scope, t.comparator])).toEqual([
      [10, "national", "lte"],
      [1, "northwest", "eq"],
    ]);
  });
});
