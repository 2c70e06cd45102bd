import { describe, expect, it } from "vitest";
import { reconcileScores } from "../../loaders/pipeline/index.ts";
import { computeRanks } from "../../loaders/pipeline/index.ts";
import { deriveSixDimensionTotal } from "../../loaders/pipeline/index.ts";
import type { SourceKind } from "../../loaders/model/index.ts";
import { row } from "../helpers.ts";

const kinds = new Map<string, SourceKind>([
  ["doc.txt", "plan_document"],
  ["book.xlsx", "official_workbook"],
  ["panel.csv", "csv_panel"],
]);

describe("reconcileScores", () => {
  it("merges agreeing figures into one fact naming both sources, preferring the workbook", () => {
    const doc = row({ indicator_id: "papi.total", value: 45.06, rank: 13, rank_of: 63, rank_source: "published", group: "CN", group_source: "published" });
    const book = row({ indicator_id: "papi.total", value: 45.0612, value_text: "45.0612", source_id: "book.xlsx", source_loc: "2019!AF12" });
    const { facts, issues } = reconcileScores([doc, book], kinds);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({
      value: 45.0612,
      value_source_id: "book.xlsx",
      rank: 13,
      rank_source: "published",
      group: "CN",
      n_sources: 2,
      conflict: false,
    });
    expect(facts[0]!.sources).toBe("book.xlsx@2019!AF12; doc.txt@doc.txt:1");
    expect(issues.map((i) => i.kind)).toEqual(["agreement"]);
    expect(issues[0]!.message).toContain("1 figure(s) agree within rounding across book.xlsx, doc.txt");
  });
  it("keeps both values of a conflict, reports it and shows the official one", () => {
    const doc = row({ indicator_id: "papi.d7", value: 3.57 });
    const book = row({ indicator_id: "papi.d7", value: 3.6512, value_text: "3.6512", source_id: "book.xlsx", source_loc: "2019!X12" });
    const { facts, issues } = reconcileScores([doc, book], kinds);
    expect(facts[0]).toMatchObject({ value: 3.6512, conflict: true, n_sources: 2 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: "conflict", severity: "warning", source_loc: "doc.txt:1" });
  });
  it("prefers a published rank over a third party's computed one", () => {
    const panel = row({ indicator_id: "papi.total", value: 44.37, source_id: "panel.csv", rank: 28, rank_of: 61, rank_source: "computed" });
    const doc = row({ indicator_id: "papi.total", value: 44.37, rank: 29, rank_of: 63, rank_source: "published" });
    const { facts } = reconcileScores([panel, doc], kinds);
    expect(facts[0]).toMatchObject({ rank: 29, rank_of: 63, rank_source: "published", value_source_id: "panel.csv" });
  });
  it("checks a derived figure against the actual one", () => {
    const actual = row({ indicator_id: "papi.total", year: 2018, value: 44.37, rank: 29, rank_source: "published" });
    const derived = row({ indicator_id: "papi.total", year: 2018, kind: "derived", value: 44.4, value_text: "44.40", rank: 29, source_loc: "doc.txt:13" });
    const { issues } = reconcileScores([actual, derived], kinds);
    expect(issues.map((i) => [i.kind, i.source_loc])).toEqual([["conflict", "doc.txt:13"]]);
    const ok = reconcileScores([actual, { ...derived, value: 44.37, value_text: "44.37" }], kinds);
    expect(ok.issues).toEqual([]);
  });
});

describe("computeRanks", () => {
  const panel = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      row({ indicator_id: "papi.total", province_code: String(i + 1).padStart(2, "0"), value: 30 + i, source_id: "panel.csv" }),
    );
  it("ranks 63 provinces into groups of 16/16/16/15, labelled computed", () => {
    const { facts } = reconcileScores(panel(63), kinds);
    const ranked = computeRanks(facts);
    const best = ranked.find((f) => f.value === 92)!;
    expect(best).toMatchObject({ rank: 1, rank_of: 63, rank_source: "computed", group: "CN", group_source: "computed" });
    const counts = { CN: 0, TBC: 0, TBT: 0, TN: 0 };
    for (const f of ranked) counts[f.group!]++;
    expect(counts).toEqual({ CN: 16, TBC: 16, TBT: 16, TN: 15 });
  });
  it("never ranks a handful of provinces and never replaces a published rank", () => {
    expect(computeRanks(reconcileScores(panel(5), kinds).facts).every((f) => f.rank === null)).toBe(true);
    const rows = panel(63);
    rows[0] = { ...rows[0]!, rank: 40, rank_of: 63, rank_source: "published" };
    const ranked = computeRanks(reconcileScores(rows, kinds).facts);
    expect(ranked.find((f) => f.province_code === "01")).toMatchObject({ rank: 40, rank_source: "published" });
  });
  it("gives tied values the same rank", () => {
    const rows = panel(63).map((r, i) => (i < 2 ? { ...r, value: 100 } : r));
    const ranked = computeRanks(reconcileScores(rows, kinds).facts);
    expect(ranked.filter((f) => f.value === 100).map((f) => f.rank)).toEqual([1, 1]);
  });
});

describe("deriveSixDimensionTotal", () => {
  it("sums D1–D6 only where all six are known", () => {
    const dims = [5.31, 5.46, 4.98, 6.76, 7.46, 7.28].map((v, i) => row({ indicator_id: `papi.d${i + 1}`, value: v }));
    const { facts } = reconcileScores([...dims, ...dims.slice(0, 5).map((d) => ({ ...d, province_code: "11" }))], kinds);
    const derived = deriveSixDimensionTotal(facts);
    expect(derived).toHaveLength(1);
    expect(derived[0]).toMatchObject({ province_code: "10", indicator_id: "papi.total_6d", kind: "derived", value_text: "37.25", value: 37.25 });
  });
});
