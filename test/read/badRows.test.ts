/**
 * A bad row costs that row alone, with a message naming its line; the end of a run says what each
 * file gave and how many of its figures were not used.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/pipeline/index.ts";
import { readPlanDocument } from "../../loaders/read/index.ts";
import { formatQualityReport } from "../../loaders/publish/index.ts";

const LAO_CAI = readFileSync("data/documents/lao-cai-papi-plan-2020-151-kh-ubnd.txt", "utf8");
const YEAR_ROW_2018 = /^\| 2018 \| 29 \|/m;
const YEAR_ROW_2019 = /^\| 2019 \| 13 \|/m;
const lineOf = (text: string, re: RegExp) => text.slice(0, re.exec(text)!.index).split("\n").length;
/** The figures of the year-rows table (the one table that prints 2018). */
const of2018 = (text: string) => readPlanDocument(text, "lc.txt").scores.filter((s) => s.year === 2018 && s.kind === "actual");

describe("one bad row of a document table", () => {
  const good2018 = of2018(LAO_CAI).length;

  it("the Lào Cai year table prints 2018 in full", () => expect(good2018).toBeGreaterThanOrEqual(9));

  for (const bad of ["2O19", "2099", "19"]) {
    it(`a year cell "${bad}" costs only its row, with a warning naming its line`, () => {
      const text = LAO_CAI.replace(YEAR_ROW_2019, `| ${bad} | 13 |`);
      const result = readPlanDocument(text, "lc.txt");
      expect(of2018(text)).toHaveLength(good2018);
      const line = lineOf(LAO_CAI, YEAR_ROW_2019);
      const w = result.issues.find((i) => i.source_loc === `lc.txt:${line}`);
      expect(w?.message).toContain("this row is not read, the table's other rows are");
    });
  }

  it("a year before the index existed (1999) keeps the other rows, and its figures are errors, not facts", async () => {
    const text = LAO_CAI.replace(YEAR_ROW_2018, "| 1999 | 29 |");
    const d = await ingest([{ file: "lc.txt", data: new TextEncoder().encode(text) }]);
    const line = lineOf(LAO_CAI, YEAR_ROW_2018);
    const errors = d.issues.filter((i) => i.severity === "error" && i.source_loc === `lc.txt:${line}`);
    expect(errors.length).toBeGreaterThanOrEqual(9);
    expect(d.facts.some((f) => f.year === 1999)).toBe(false);
    expect(d.facts.filter((f) => f.year === 2019 && f.province_code === "10").length).toBeGreaterThanOrEqual(9);
    const src = d.sources.find((s) => s.id === "lc.txt")!;
    expect(src.figures_not_used).toBe(errors.length);
    const report = formatQualityReport(d);
    expect(report).toMatch(new RegExp(`lc\\.txt: ${src.figures} figure\\(s\\), ${errors.length} not used`));
  });
});
