/**
 * Every finding of the quality report speaks Vietnamese too: `message_vi` is never empty, is not
 * the English message copied, and names the same place (file:line, sheet!cell) wherever the
 * English one does. Checked over the fixtures the other tests read, a corpus of bad inputs, and
 * (with PAPI_SOURCES) the real published dataset.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { InputFile, IssueRow } from "../../loaders/model/index.ts";
import { TABLES } from "../../loaders/model/tableSchemas.ts";
import { checkDuplicates, checkRanges, ingest } from "../../loaders/pipeline/index.ts";
import { defaultTaxonomy } from "../../loaders/model/taxonomy.ts";
import {
  addRowsSheet,
  combinedLikeWorkbook,
  spec2018En,
  spec2019Vi,
  spec2020,
  toBytes,
  transposed2024Workbook,
  transposedWorkbook,
  WIDE_HEADERS_VI,
  wideValues,
  yearlyWideWorkbook,
} from "../fixtures/workbooks/buildWorkbooks.ts";
import { row } from "../helpers.ts";
import { describeReal } from "../realData.ts";
import { fullDataset } from "../siteTables.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const LAO_CAI = readFileSync("data/documents/lao-cai-papi-plan-2020-151-kh-ubnd.txt", "utf8");
const SENTENCE = "Kế hoạch cải thiện Chỉ số PAPI năm 2020 của tỉnh Lào Cai\n";
const PANEL = 'province,year,indicator,value\nHà Nội,2019,papi.d1,5.31\nĐắk Lắk,2019,papi.d2,"5,46"\nCà Mau,2019,papi.total,44.1\n';

type WideRow = Array<string | number | null | { formula: string }>;
async function wideWorkbook(edit?: (rows: WideRow[]) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const rows: WideRow[] = [WIDE_HEADERS_VI, [1, "Ha Noi", "Hà Nội", ...wideValues(1), 40.5], [96, "Ca Mau", "Cà Mau", ...wideValues(2), 41.5]];
  edit?.(rows);
  addRowsSheet(wb, "2015", rows);
  return toBytes(wb);
}

const dirFiles = (dir: string, ext: RegExp): InputFile[] =>
  readdirSync(dir)
    .filter((f) => ext.test(f))
    .map((f) => ({ file: f, data: new Uint8Array(readFileSync(join(dir, f))) }));

/** The fixtures of the reader tests, and bad inputs of every kind the CLI corpus tries. */
async function corpus(): Promise<InputFile[]> {
  const text = (file: string, s: string): InputFile => ({ file, data: enc(s) });
  return [
    ...dirFiles("data/documents", /\.txt$/),
    ...dirFiles("test/fixtures/documents", /\.txt$/),
    ...dirFiles("test/fixtures/csv", /\.csv$/),
    { file: "official-2024.xlsx", data: (await transposed2024Workbook(new Map([["papi.d1|01", "4,x"]]))).data },
    { file: "transposed.xlsx", data: (await transposedWorkbook([spec2019Vi(), spec2018En(), spec2020()])).data },
    { file: "combined.xlsx", data: (await combinedLikeWorkbook()).data },
    { file: "yearly.xlsx", data: (await yearlyWideWorkbook()).data },
    { file: "formulas.xlsx", data: await wideWorkbook((rows) => (rows[1]![4] = { formula: "E3+0" })) },
    { file: "unknown-province.xlsx", data: await wideWorkbook((rows) => rows.push([99, "Nowhere", "Tỉnh Không Có", ...wideValues(3), 42])) },
    { file: "repeated-province.xlsx", data: await wideWorkbook((rows) => rows.push([1, "Ha Noi", "Hà Nội", ...wideValues(4), 40.1])) },
    {
      file: "no-scores.xlsx",
      data: await (async () => {
        const wb = new ExcelJS.Workbook();
        addRowsSheet(wb, "Notes", [["Ghi chú"], ["Không có số liệu"]]);
        return toBytes(wb);
      })(),
    },
    { file: "empty.xlsx", data: new Uint8Array() },
    { file: "junk.xlsx", data: enc("this is not a workbook") },
    text("empty.txt", ""),
    text("one-line.txt", LAO_CAI.replace(/\n/g, " ")),
    text("repeated-page.txt", LAO_CAI + "\n" + LAO_CAI.split("\n").slice(250, 300).join("\n")),
    text("impossible-year.txt", `${SENTENCE}Năm 2099, Chỉ số PAPI của tỉnh Lào Cai đạt 45,06 điểm.\n`),
    text("out-of-scale.txt", `${SENTENCE}Năm 2019, Chỉ số PAPI của tỉnh Lào Cai đạt 95,06 điểm.\n`),
    text("unknown-province.txt", `${SENTENCE}Năm 2019, Chỉ số PAPI của tỉnh Hà Tây Mới đạt 45,06 điểm.\n`),
    text(
      "result-as-target.txt",
      "Kế hoạch cải thiện Chỉ số cải cách hành chính năm 2025 của tỉnh Cà Mau\nPhấn đấu giữ vững: Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh Cà Mau đạt 89,33%.\n",
    ),
    { file: "binary.txt", data: new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)) },
    text("empty.csv", ""),
    text("header-only.csv", "province,year,indicator,value\n"),
    text("ragged.csv", `${PANEL}Hà Nội,2019,papi.d3,4.9,extra,cells\nHà Nội,2019\n`),
    text("duplicate-rows.csv", `${PANEL}Hà Nội,2019,papi.d1,5.31\n`),
    text("conflicting-rows.csv", `${PANEL}Hà Nội,2019,papi.d1,5.99\n`),
    text("unknown-province.csv", `${PANEL}Hà Tây Mới,2019,papi.d1,5.31\n`),
    text("impossible-years.csv", `${PANEL}Hà Nội,1999,papi.d1,5.31\nHà Nội,2099,papi.d1,5.31\n`),
    text("indicator-outside-years.csv", `${PANEL}Hà Nội,2015,papi.d8,4.1\n`),
    text("out-of-scale.csv", `${PANEL}Hà Nội,2019,papi.d3,14.9\n`),
    text("garbled-value.csv", `${PANEL}Hà Nội,2019,papi.d3,4.9x\n`),
    text("unterminated.csv", `${PANEL}"Hà Nội,2019,papi.d3,4.9\n`),
    text("no-panel-header.csv", "a,b,c\n1,2,3\n"),
    text("scan.pdf", "%PDF-1.4"),
    { file: "README.md", data: new Uint8Array(), skip: "a README (documentation, not data)", skip_vi: "tệp README (tài liệu, không phải dữ liệu)" },
  ];
}

/** The findings whose Vietnamese message is missing, copied, or loses the location the English one names. */
function untranslated(issues: IssueRow[]): string[] {
  const bad: string[] = [];
  for (const i of issues) {
    const vi = i.message_vi;
    if (typeof vi !== "string" || !vi.trim()) bad.push(`empty: ${i.message}`);
    else if (vi === i.message) bad.push(`copied: ${i.message}`);
    else if (i.source_loc && i.message.includes(i.source_loc) && !vi.includes(i.source_loc)) bad.push(`no ${i.source_loc}: ${vi}`);
  }
  return bad;
}

describe("Vietnamese messages of the quality report", () => {
  it("the issues table publishes message_vi next to message", () => {
    const names = TABLES.issues.columns.map((c) => c.name);
    expect(names.indexOf("message_vi")).toBe(names.indexOf("message") + 1);
    expect(TABLES.issues.columns.find((c) => c.name === "message_vi")!.doc).toMatch(/Vietnamese/);
  });

  it("every finding of the fixtures and the bad-input corpus has its own Vietnamese message, at the same place", async () => {
    const d = await ingest(await corpus());
    // the corpus is broad: most kinds of finding, from every reader and the pipeline
    const kinds = new Set(d.issues.map((i) => i.kind));
    expect(d.issues.length).toBeGreaterThan(60);
    expect(kinds.size).toBeGreaterThanOrEqual(14);
    expect(untranslated(d.issues)).toEqual([]);
    // the locations stay as they are, at the start as in English
    const csv = d.issues.find((i) => i.source_id === "garbled-value.csv" && i.kind === "parse")!;
    expect(csv.message_vi).toBe('garbled-value.csv:5: cột "value": "4.9x" không phải là số; không đọc giá trị');
    const unterminated = d.issues.find((i) => i.source_id === "unterminated.csv")!;
    expect(unterminated.message_vi).toMatch(/^unterminated\.csv:5: .*dấu ngoặc kép/);
    const noSheet = d.issues.find((i) => i.source_id === "no-scores.xlsx" && i.severity === "error")!;
    expect(noSheet.message_vi).toContain("(các trang tính: Notes)");
    const readme = d.issues.find((i) => i.source_id === "README.md")!;
    expect(readme.message_vi).toBe("README.md: không đọc: tệp README (tài liệu, không phải dữ liệu)");
  }, 60_000);

  it("the validator's findings on a figure are in Vietnamese too", () => {
    const tax = defaultTaxonomy();
    const scores = [
      row({ indicator_id: "papi.d1", value: 14.2, source_loc: "doc.txt:3" }),
      row({ indicator_id: "papi.nope", value: 4 }),
      row({ indicator_id: "papi.d2", value: 5, rank: 70, rank_of: 63 }),
      row({ indicator_id: "papi.d3", value: 5, year: 1999, source_loc: "doc.txt:7" }),
      row({ indicator_id: "papi.d4", value: 5, source_loc: "doc.txt:8" }),
      row({ indicator_id: "papi.d4", value: 5, source_loc: "doc.txt:9" }),
      row({ indicator_id: "papi.d5", value: 5, source_loc: "doc.txt:10" }),
      row({ indicator_id: "papi.d5", value: 6, source_loc: "doc.txt:11" }),
    ];
    const issues = [...checkRanges(scores, tax), ...checkDuplicates(scores)];
    expect(issues.length).toBeGreaterThanOrEqual(6);
    expect(untranslated(issues)).toEqual([]);
    expect(issues.find((i) => i.kind === "duplicate")!.message_vi).toContain("(cũng có ở doc.txt:8)");
    expect(issues.find((i) => i.year === 1999)!.message_vi).toMatch(/^doc\.txt:7: năm 1999 nằm ngoài/);
  });
});

describeReal("Vietnamese messages on the real data (PAPI_SOURCES)", () => {
  it("every finding of the published dataset has its own Vietnamese message, at the same place", async () => {
    const d = await fullDataset();
    expect(d.issues.length).toBeGreaterThan(0);
    expect(untranslated(d.issues)).toEqual([]);
  }, 180_000);
});
