/**
 * A plan document whose line breaks were lost (OCR or copy-paste that joined its lines) reads as
 * its original, with a warning; and a result quoted after a target word is never a target.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanDocument } from "../../loaders/read/index.ts";
import { recoverLineBreaks } from "../../loaders/read/index.ts";

const DOCS = "data/documents";
const figures = (text: string, file: string) =>
  readPlanDocument(text, file)
    .scores.map((s) => [s.province_code, s.year, s.indicator_id, s.kind, s.value, s.rank, s.rank_of, s.group, s.comparator].join("|"))
    .sort();

describe("a plan document without line breaks", () => {
  for (const file of readdirSync(DOCS).filter((f) => f.endsWith(".txt"))) {
    it(`${file} joined into one line gives the same figures, and says its lines were recovered`, () => {
      const text = readFileSync(`${DOCS}/${file}`, "utf8");
      const joined = text.replace(/\r?\n/g, " ");
      const result = readPlanDocument(joined, file);
      expect(figures(joined, file)).toEqual(figures(text, file));
      const warning = result.issues.find((i) => i.message.includes("lost its line breaks"));
      expect(warning?.severity).toBe("warning");
      expect(warning?.source_loc).toBe(`${file}:1`);
    });
  }

  it("the Cà Mau 2025 PAR INDEX / SIPAS plan joined gives no target: 89,33 % and 86,42 % are 2024 results", () => {
    const file = "ca-mau-par-sipas-plan-2025-126-kh-ubnd.txt";
    const joined = readFileSync(`${DOCS}/${file}`, "utf8").replace(/\n/g, " ");
    const scores = readPlanDocument(joined, file).scores;
    expect(scores.filter((s) => s.kind === "target")).toEqual([]);
    expect(
      scores
        .filter((s) => s.kind === "actual" && s.year === 2024)
        .map((s) => [s.indicator_id, s.value])
        .sort(),
    ).toEqual([
      ["par.total", 89.33],
      ["sipas.total", 86.42],
    ]);
  });

  it("recovers table rows from the separator's width, bullets and numbered headings; leaves ranges and years alone", () => {
    const filler = "nội dung công việc ".repeat(250);
    const line = `II. NHIỆM VỤ ${filler}- Giai đoạn 2024 - 2030, phấn đấu năm 2025. Tiếp tục a) Trách nhiệm | Năm | Điểm | |---|---| | 2019 | 45,06 | | 2020 | | Nguồn: PAPI 2.1. Hết`;
    const { lines, split } = recoverLineBreaks(line);
    expect(split).toEqual([{ line: 1, chars: line.length, pieces: lines.length }]);
    expect(lines[0]).toBe(`II. NHIỆM VỤ ${filler.trimEnd()}`);
    expect(lines.slice(1)).toEqual([
      "- Giai đoạn 2024 - 2030, phấn đấu năm 2025. Tiếp tục",
      "a) Trách nhiệm",
      "| Năm | Điểm |",
      "|---|---|",
      "| 2019 | 45,06 |",
      "| 2020 | |",
      "Nguồn: PAPI",
      "2.1. Hết",
    ]);
  });

  it("leaves documents with paragraphs of normal length as they are", () => {
    const text = readFileSync(`${DOCS}/lao-cai-papi-plan-2020-151-kh-ubnd.txt`, "utf8");
    const { lines, split } = recoverLineBreaks(text);
    expect(split).toEqual([]);
    expect(lines).toEqual(text.split("\n"));
  });
});

describe("a result quoted after a target word", () => {
  it("is neither a target nor a result, with a warning naming its line", () => {
    const doc = [
      "Kế hoạch cải thiện Chỉ số cải cách hành chính năm 2025 của tỉnh Cà Mau",
      "Phấn đấu giữ vững kết quả: Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh Cà Mau đạt 89,33%.",
      "Phấn đấu Chỉ số cải cách hành chính (PAR INDEX) năm 2025 của tỉnh Cà Mau đạt 90%.",
    ].join("\n");
    const result = readPlanDocument(doc, "plan.txt");
    expect(result.scores.map((s) => [s.year, s.kind, s.value])).toEqual([[2025, "target", 90]]);
    const w = result.issues.find((i) => i.source_loc === "plan.txt:2");
    expect(w?.message).toContain("a result already known is not a target");
  });
});
