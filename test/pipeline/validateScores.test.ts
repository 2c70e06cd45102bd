import { describe, expect, it } from "vitest";
import { checkDuplicates, checkPartsAgainstWhole, checkRanges, roundingOf } from "../../loaders/pipeline/index.ts";
import { defaultTaxonomy } from "../../loaders/model/index.ts";
import { row } from "../helpers.ts";

const tax = defaultTaxonomy();

describe("checkRanges", () => {
  it("accepts values on their scale and rejects impossible ones", () => {
    const ok = [
      row({ indicator_id: "papi.d1", value: 5.31 }),
      row({ indicator_id: "papi.total", value: 45.06 }),
      row({ indicator_id: "papi.d8.portal_use", value: 0.47 }),
    ];
    expect(checkRanges(ok, tax)).toEqual([]);
    const bad = checkRanges(
      [row({ indicator_id: "papi.d1", value: 0, source_loc: "x.csv:4" }), row({ indicator_id: "papi.total", value: 62, year: 2016 })],
      tax,
    );
    expect(bad.map((i) => [i.kind, i.severity, i.source_loc])).toEqual([
      ["out_of_range", "error", "x.csv:4"],
      ["out_of_range", "error", "doc.txt:1"],
    ]);
    expect(bad[1]!.message).toContain("6–60");
  });
  it("uses the 8–80 total scale from 2018 and the part count for sub-dimensions", () => {
    expect(checkRanges([row({ indicator_id: "papi.total", value: 62, year: 2018 })], tax)).toEqual([]);
    // D2 has 3 parts before 2018 (max 3.33) and 4 after (max 2.5)
    expect(checkRanges([row({ indicator_id: "papi.d2.poverty_lists", value: 3, year: 2016 })], tax)).toEqual([]);
    expect(checkRanges([row({ indicator_id: "papi.d2.poverty_lists", value: 3, year: 2019 })], tax)).toHaveLength(1);
  });
  it("flags unknown indicators and percent outside 0–100", () => {
    expect(checkRanges([row({ indicator_id: "papi.d9", value: 3 })], tax)[0]!.kind).toBe("unknown_indicator");
    expect(checkRanges([row({ index: "SIPAS", indicator_id: "sipas.total", level: "total", unit: "percent", value: 101 })], tax)).toHaveLength(1);
  });
});

describe("checkPartsAgainstWhole", () => {
  const egov = (whole: number) => [
    row({ indicator_id: "papi.d8", value: whole, source_loc: "doc.txt:315" }),
    row({ indicator_id: "papi.d8.portal_use", value: 0.47, source_loc: "doc.txt:316" }),
    row({ indicator_id: "papi.d8.internet", value: 1.98, source_loc: "doc.txt:317" }),
    row({ indicator_id: "papi.d8.e_responsiveness", value: 1.86, source_loc: "doc.txt:318" }),
  ];
  it("reports the 2019 Lào Cai e-governance case (4.31 vs 4.22)", () => {
    const found = checkPartsAgainstWhole(egov(4.22), tax);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe("sum_mismatch");
    expect(found[0]!.source_loc).toBe("doc.txt:315");
    expect(found[0]!.message).toContain("4.31");
  });
  it("tolerates the rounding of each printed part (0.005 each)", () => {
    expect(checkPartsAgainstWhole(egov(4.3), tax)).toEqual([]);
    expect(checkPartsAgainstWhole(egov(4.33), tax)).toEqual([]);
    expect(checkPartsAgainstWhole(egov(4.34), tax)).toHaveLength(1);
  });
  it("does not check incomplete parts or targets", () => {
    expect(checkPartsAgainstWhole(egov(4.22).slice(0, 3), tax)).toEqual([]);
    expect(
      checkPartsAgainstWhole(
        egov(4.22).map((r) => ({ ...r, kind: "target" as const })),
        tax,
      ),
    ).toEqual([]);
  });
  it("rounding follows the printed decimals", () => {
    expect(roundingOf(row({ indicator_id: "papi.d1", value: 5.6, value_text: "5.6" }))).toBeCloseTo(0.05);
    expect(roundingOf(row({ indicator_id: "papi.d1", value: 5.6, value_text: "5.600000123" }))).toBe(5e-5);
  });
});

describe("checkDuplicates", () => {
  it("treats a repeated figure in one source as an error and a different value as a conflict", () => {
    const a = row({ indicator_id: "papi.d1", value: 5.31, source_loc: "p.csv:2" });
    const found = checkDuplicates([a, { ...a, source_loc: "p.csv:9" }, { ...a, value: 5.4, value_text: "5.4", source_loc: "p.csv:12" }]);
    expect(found.map((i) => [i.kind, i.severity, i.source_loc])).toEqual([
      ["duplicate", "error", "p.csv:9"],
      ["conflict", "error", "p.csv:12"],
    ]);
    expect(found[0]!.message).toContain("p.csv:2");
  });
  it("does not confuse a Northwest rank with the national figure", () => {
    const a = row({ indicator_id: "papi.total", value: 45.06 });
    expect(checkDuplicates([a, { ...a, value: null, rank: 3, rank_of: 6, rank_scope: "northwest" }])).toEqual([]);
  });
});
