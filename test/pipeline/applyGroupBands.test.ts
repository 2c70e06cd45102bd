import { describe, expect, it } from "vitest";
import { applyGroupBands, defaultGroupBands, parseGroupBands } from "../../loaders/pipeline/index.ts";
import type { FactRow } from "../../loaders/model/index.ts";
import { fullDataset } from "../siteTables.ts";
import { describeReal } from "../realData.ts";
import { factRow } from "../helpers.ts";

const fact = (province_code: string, value: number, group: FactRow["group"] = null, group_source: FactRow["group_source"] = null): FactRow =>
  factRow({
    province_code,
    year: 2022,
    indicator_id: "papi.total",
    value,
    value_source_id: "x.xlsx",
    value_source_loc: "2022!C3",
    group,
    group_source,
    sources: "x.xlsx@2022!C3",
  });

const BANDS = parseGroupBands(`year,indicator_id,group,min,max,count,source_url,note
2022,papi.total,CN,43.44,47.88,1,https://example.org/bands,
2022,papi.total,TBC,42.15,43.25,,https://example.org/bands,
`);

describe("published group bands", () => {
  it("gives the band's group as published, at the precision the bands are printed with", () => {
    const { facts, issues } = applyGroupBands([fact("01", 43.4412), fact("02", 43.2549, "TN", "computed"), fact("04", 43.3)], BANDS);
    expect(facts.map((f) => [f.group, f.group_source])).toEqual([
      ["CN", "published"],
      ["TBC", "published"], // 43.2549 is printed 43.25
      [null, null], // in no band: left as it was
    ]);
    expect(facts[0]!.note).toMatch(/published 2022 band 43.44–47.88 \(https:\/\/example.org\/bands\)/);
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/1 score\(s\) lie in no published band \(04 43.3\)/)]);
  });
  it("keeps a group a source publishes, and reports one that disagrees with the band", () => {
    const { facts, issues } = applyGroupBands([fact("01", 44, "TBC", "published")], BANDS);
    expect(facts[0]!.group).toBe("TBC");
    expect(issues[0]!.message).toMatch(/published group TBC but the score 44 lies in the published CN band/);
  });
  it("refuses a malformed band, naming its line", () => {
    expect(() => parseGroupBands("year,indicator_id,group,min,max,count,source_url\n2022,papi.total,Cao,1,2,,u\n", "b.csv")).toThrow(
      /^b\.csv:2: not a group band/,
    );
  });
  it("ships bands for the 2022 total and D6 only", () => {
    expect([...new Set(defaultGroupBands().map((b) => `${b.year} ${b.indicator_id}`))]).toEqual(["2022 papi.total", "2022 papi.d6"]);
  });
});

describeReal("published group bands on the real 2022 data", () => {
  it("give the 61 official 2022 totals the published counts 16/16/15/14, all published", async () => {
    const d = await fullDataset();
    const rows = d.facts.filter((f) => f.year === 2022 && f.indicator_id === "papi.total" && f.kind === "actual" && f.province_code !== "00");
    const count = (g: string) => rows.filter((f) => f.group === g && f.group_source === "published").length;
    expect(["CN", "TBC", "TBT", "TN"].map(count)).toEqual([16, 16, 15, 14]);
  });
});
