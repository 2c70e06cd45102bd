import { describe, expect, it } from "vitest";
import { ingest } from "../../loaders/pipeline/index.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("impossible years and indicators outside their years", () => {
  it("are errors naming file:line, kept in scores and never made facts", async () => {
    const csv = [
      "province,year,indicator,value",
      "Hà Nội,1999,Chỉ số PAPI tổng hợp,40.1",
      "Hà Nội,2099,Chỉ số PAPI tổng hợp,41.2",
      "Hà Nội,2015,Quản trị môi trường,3.4",
      "Hà Nội,2023,Giấy phép xây dựng,1.9",
      "Hà Nội,2019,Tham gia của người dân ở cấp cơ sở,5.1",
    ].join("\n");
    const d = await ingest([{ file: "bad-years.csv", data: enc(csv) }]);
    const errors = d.issues
      .filter((i) => i.severity === "error" && i.kind === "out_of_range")
      .map((i) => i.source_loc)
      .sort();
    expect(errors).toEqual(["bad-years.csv:2", "bad-years.csv:3", "bad-years.csv:4", "bad-years.csv:5"]);
    expect(d.issues.find((i) => i.source_loc === "bad-years.csv:4")!.message).toMatch(/papi\.d7 \(Quản trị môi trường\) does not exist in PAPI 2015/);
    expect(d.issues.find((i) => i.source_loc === "bad-years.csv:2")!.message).toMatch(/year 1999 is outside PAPI's years \(2009–/);
    const panelFacts = d.facts.filter((f) => f.value_source_id === "bad-years.csv");
    expect(panelFacts.map((f) => [f.year, f.indicator_id])).toEqual([[2019, "papi.d1"]]);
    expect(d.scores.filter((s) => s.source_id === "bad-years.csv")).toHaveLength(5);
    expect(d.facts.some((f) => f.year === 1999 || f.year === 2099)).toBe(false);
  });
});

describe("rank_of is never the number of rows a file holds", () => {
  it("a panel's ranks get the number of provinces with a score; a rank beyond it is a warning, not an error", async () => {
    const names = ["Hà Nội", "Hà Giang", "Cao Bằng"];
    const csv = ["province,year,total_papi,rank_year", ...names.map((n, i) => `${n},2019,${44 - i},${[13, 40, 62][i]}`)].join("\n");
    const d = await ingest([{ file: "first-rows.csv", data: enc(csv) }]);
    expect(d.issues.filter((i) => i.severity === "error")).toEqual([]);
    const ranked = d.facts.filter((f) => f.value_source_id === "first-rows.csv" && f.rank !== null);
    expect(ranked.map((f) => [f.province_code, f.rank, f.rank_of])).toEqual([
      ["01", 13, null],
      ["02", 40, null],
      ["04", 62, null],
    ]);
    expect(d.issues.filter((i) => i.kind === "out_of_range" && /only 3 province\(s\) have a score/.test(i.message))).toHaveLength(3);
  });
});
