/**
 * The overview's data is computed at build (src/data/overview.json.ts): its facts, read back
 * from columns, are exactly the published facts of totals and dimensions, field for field.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../loaders/publish/index.ts";
import { fromColumns, toColumns } from "../../src/components/shared/columns.ts";
import { OVERVIEW_FACT_FIELDS, overviewPage } from "../../src/components/overview/overviewPageData.ts";

describe("columns", () => {
  it("give back every row and value, dictionaries included (property)", () => {
    const row = fc.record({
      a: fc.constantFrom("PAPI", "SIPAS", null),
      b: fc.oneof(fc.double({ noNaN: true }), fc.constant(null)),
      c: fc.string(),
      // few distinct numbers (years, ranks: one character per row) and many (numeric codes or plain)
      d: fc.oneof(fc.integer({ min: 2011, max: 2024 }), fc.constant(null)),
      e: fc.integer({ min: 0, max: 150 }).map((i) => `s${i}`),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 600 }), (rows) => {
        const back = fromColumns(JSON.parse(JSON.stringify(toColumns(rows, ["a", "b", "c", "d", "e"]))));
        expect(back).toEqual(JSON.parse(JSON.stringify(rows)));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe("overview page data", () => {
  it("holds the facts of totals and dimensions with the fields the page reads, unchanged", async () => {
    const d = await loadDataset();
    const page = overviewPage(d);
    const facts = fromColumns<Record<string, unknown>>(JSON.parse(JSON.stringify(page.facts)));
    const want = d.facts
      .filter((f) => f.level === "total" || f.level === "dimension")
      .map((f) => Object.fromEntries(OVERVIEW_FACT_FIELDS.map((k) => [k, f[k] ?? null])));
    expect(facts).toEqual(want);
    expect(facts.length).toBeGreaterThan(0);
    expect(page.provinces).toHaveLength(d.provinces.length);
  });
});
