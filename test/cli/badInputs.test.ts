/**
 * The bad-input corpus: files this test writes (never committed), each read by `papi extract`
 * as a user would, with the exit status and the message it must give. Every case also checks
 * that no stack trace is printed and that the figures printed are the ones the file holds.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXTRACT_HEADER } from "../../loaders/publish/index.ts";
import { main, type Io } from "../../loaders/cli/cli.ts";
import { addRowsSheet, toBytes, transposed2024Workbook, WIDE_HEADERS_VI, wideValues } from "../fixtures/workbooks/buildWorkbooks.ts";

const LAO_CAI = readFileSync("data/documents/lao-cai-papi-plan-2020-151-kh-ubnd.txt", "utf8");
const enc = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, big: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(big ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = big ? c >> 8 : c & 0xff;
    out[3 + i * 2] = big ? c & 0xff : c >> 8;
  }
  return out;
};
/** Windows-1258 bytes of a Vietnamese text: letters with ă â ê ô ơ ư đ as one byte, tone marks as combining bytes. */
const cp1258 = (s: string) => {
  const decoder = new TextDecoder("windows-1258");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of s.normalize("NFC")) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base, ...marks] = ch.normalize("NFD");
    const tones = marks.filter((m) => /[\u0300\u0301\u0303\u0309\u0323]/.test(m));
    const letter = (base! + marks.filter((m) => !tones.includes(m)).join("")).normalize("NFC");
    for (const part of [letter, ...tones]) out.push(table.get(part) ?? 0x3f);
  }
  return new Uint8Array(out);
};
const flip = (data: Uint8Array, at: number) => {
  const copy = new Uint8Array(data);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};
const PANEL = 'province,year,indicator,value\nHà Nội,2019,papi.d1,5.31\nĐắk Lắk,2019,papi.d2,"5,46"\nCà Mau,2019,papi.total,44.1\n';
const SENTENCE = "Kế hoạch cải thiện Chỉ số PAPI năm 2020 của tỉnh Lào Cai\n";

interface Case {
  name: string;
  /** The file's bytes or text; a directory when `dir`. */
  data?: string | Uint8Array | (() => Promise<Uint8Array>);
  dir?: boolean;
  exit: 0 | 1;
  /** Must appear on stderr (a regular expression over the whole of it). */
  message?: RegExp;
  /** How many figures stdout must hold (after the header), when known. */
  figures?: number;
  /** Checks on stdout. */
  out?: (out: string) => void;
}

async function wideWorkbook(
  edit?: (rows: Array<Array<string | number | null | { formula: string }>>) => void,
  form: "NFC" | "NFD" = "NFC",
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const rows: Array<Array<string | number | null | { formula: string }>> = [
    WIDE_HEADERS_VI.map((h) => h.normalize(form)),
    [1, "Ha Noi", "Hà Nội".normalize(form), ...wideValues(1), 40.5],
    [96, "Ca Mau", "Cà Mau".normalize(form), ...wideValues(2), 41.5],
  ];
  edit?.(rows);
  addRowsSheet(wb, "2015", rows);
  return toBytes(wb);
}

const CASES: Case[] = [
  // ── plan documents ──
  { name: "empty.txt", data: "", exit: 1, message: /empty\.txt:1: error: the document has no text/, figures: 0 },
  { name: "blank-lines.txt", data: "\n \n\t\n", exit: 1, message: /no text/, figures: 0 },
  { name: "nfd.txt", data: LAO_CAI.normalize("NFD"), exit: 0, figures: 62 },
  { name: "utf16le.txt", data: utf16(LAO_CAI, false), exit: 0, figures: 62 },
  { name: "utf16be.txt", data: utf16(LAO_CAI, true), exit: 0, figures: 62 },
  { name: "cp1258.txt", data: cp1258(LAO_CAI), exit: 0, message: /cp1258\.txt: not UTF-8; read as windows-1258/, figures: 62 },
  { name: "bom.txt", data: `\uFEFF${LAO_CAI}`, exit: 0, figures: 62 },
  { name: "crlf.txt", data: LAO_CAI.replace(/\n/g, "\r\n"), exit: 0, figures: 62 },
  { name: "cr-only.txt", data: LAO_CAI.replace(/\n/g, "\r"), exit: 0, figures: 62 },
  { name: "one-line.txt", data: LAO_CAI.replace(/\n/g, " "), exit: 0, message: /one-line\.txt:1: .*lost its line breaks/, figures: 62 },
  { name: "junk-line.txt", data: "xq7 ".repeat(250_000), exit: 0, figures: 0 },
  {
    name: "binary.txt",
    data: new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    exit: 0,
    message: /binary\.txt: .*not UTF-8/,
    figures: 0,
  },
  {
    name: "impossible-year.txt",
    data: `${SENTENCE}Năm 2099, Chỉ số PAPI của tỉnh Lào Cai đạt 45,06 điểm.\n`,
    exit: 1,
    message: /impossible-year\.txt:2: error: .*2099/,
  },
  {
    name: "out-of-scale.txt",
    data: `${SENTENCE}Năm 2019, Chỉ số PAPI của tỉnh Lào Cai đạt 95,06 điểm.\n`,
    exit: 1,
    message: /out-of-scale\.txt:2: error: .*outside its scale/,
  },
  {
    name: "unknown-province.txt",
    data: `${SENTENCE}Năm 2019, Chỉ số PAPI của tỉnh Hà Tây Mới đạt 45,06 điểm.\n`,
    exit: 0,
    message: /unknown-province\.txt:2: /,
  },
  {
    name: "repeated-page.txt",
    data: LAO_CAI + "\n" + LAO_CAI.split("\n").slice(250, 300).join("\n"),
    exit: 0,
    message: /repeated-page\.txt:\d+: .*repeat lines/,
    figures: 62,
  },
  {
    name: "markup-title.txt",
    data: `Kế hoạch <<img src=x onerror=alert(1)>img src=x onerror=alert(1)> cải thiện Chỉ số PAPI năm 2020 của tỉnh Lào Cai\nNăm 2019, Chỉ số PAPI của tỉnh Lào Cai đạt 45,06 điểm.\n`,
    exit: 0,
    figures: 1,
  },
  {
    name: "=2+5 plan.txt",
    data: `${SENTENCE}Năm 2019, Chỉ số PAPI của tỉnh Lào Cai đạt 45,06 điểm.\n`,
    exit: 0,
    figures: 1,
    out: (o) => expect(o).not.toMatch(/(^|,)=2\+5/m),
  },
  {
    name: "result-as-target.txt",
    data: `Kế hoạch cải thiện Chỉ số cải cách hành chính năm 2025 của tỉnh Cà Mau\nPhấn đấu giữ vững: Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh Cà Mau đạt 89,33%.\n`,
    exit: 0,
    message: /result-as-target\.txt:2: .*not a target/,
    figures: 0,
  },
  // ── CSV panels ──
  { name: "empty.csv", data: "", exit: 1, message: /empty\.csv: .*empty file/, figures: 0 },
  { name: "header-only.csv", data: "province,year,indicator,value\n", exit: 1, message: /header-only\.csv: .*no figure/, figures: 0 },
  { name: "panel.csv", data: PANEL, exit: 0, figures: 3, out: (o) => expect(o).toContain(",5.46,") },
  { name: "semicolon.csv", data: PANEL.replace(/,/g, ";").replace('"5;46"', "5,46"), exit: 0, figures: 3 },
  { name: "bom.csv", data: `\uFEFF${PANEL}`, exit: 0, figures: 3 },
  { name: "crlf.csv", data: PANEL.replace(/\n/g, "\r\n"), exit: 0, figures: 3 },
  { name: "cr-only.csv", data: PANEL.replace(/\n/g, "\r"), exit: 0, figures: 3 },
  { name: "nfd.csv", data: PANEL.normalize("NFD"), exit: 0, figures: 3 },
  { name: "utf16.csv", data: utf16(PANEL, false), exit: 0, figures: 3 },
  { name: "cp1258.csv", data: cp1258(PANEL), exit: 0, message: /cp1258\.csv: not UTF-8; read as windows-1258/, figures: 3 },
  { name: "ragged.csv", data: `${PANEL}Hà Nội,2019,papi.d3,4.9,extra,cells\nHà Nội,2019\n`, exit: 0, message: /ragged\.csv:5: /, figures: 4 },
  { name: "duplicate-rows.csv", data: `${PANEL}Hà Nội,2019,papi.d1,5.31\n`, exit: 1, message: /duplicate-rows\.csv:5: /, figures: 3 },
  {
    name: "conflicting-rows.csv",
    data: `${PANEL}Hà Nội,2019,papi.d1,5.99\n`,
    exit: 1,
    message: /conflicting-rows\.csv:5: error: .*papi\.d1 5\.99 \(first 5\.31\)/,
  },
  { name: "unknown-province.csv", data: `${PANEL}Hà Tây Mới,2019,papi.d1,5.31\n`, exit: 0, message: /unknown-province\.csv:5: .*Hà Tây Mới/, figures: 3 },
  {
    name: "impossible-years.csv",
    data: `${PANEL}Hà Nội,1999,papi.d1,5.31\nHà Nội,2099,papi.d1,5.31\n`,
    exit: 1,
    message: /impossible-years\.csv:5: error: .*1999[\s\S]*impossible-years\.csv:6: error: .*2099/,
  },
  { name: "indicator-outside-years.csv", data: `${PANEL}Hà Nội,2015,papi.d8,4.1\n`, exit: 1, message: /indicator-outside-years\.csv:5: error: .*papi\.d8/ },
  { name: "out-of-scale.csv", data: `${PANEL}Hà Nội,2019,papi.d3,14.9\n`, exit: 1, message: /out-of-scale\.csv:5: error: .*outside its scale/ },
  { name: "garbled-value.csv", data: `${PANEL}Hà Nội,2019,papi.d3,4.9x\n`, exit: 0, message: /garbled-value\.csv:5: .*4\.9x/, figures: 3 },
  {
    name: "injection.csv",
    data: `${PANEL}"=HYPERLINK(""http://x"",""y"")",2019,papi.d1,5.31\n@SUM(A1),2019,papi.d1,5.31\n`,
    exit: 0,
    message: /injection\.csv:5: /,
    figures: 3,
  },
  { name: "unterminated.csv", data: `${PANEL}"Hà Nội,2019,papi.d3,4.9\n`, exit: 1, message: /unterminated\.csv:5: .*unterminated quoted field/, figures: 0 },
  { name: "long-field.csv", data: `province,year,indicator,value,note\nHà Nội,2019,papi.d1,5.31,"${"ghi chú ".repeat(125_000)}"\n`, exit: 0, figures: 1 },
  // ── workbooks ──
  { name: "empty.xlsx", data: new Uint8Array(), exit: 1, message: /empty\.xlsx: .*cannot read/, figures: 0 },
  { name: "junk.xlsx", data: enc("this is not a workbook"), exit: 1, message: /junk\.xlsx: .*damaged/, figures: 0 },
  { name: "text-renamed.xlsx", data: enc(PANEL), exit: 1, message: /text-renamed\.xlsx: .*cannot read/, figures: 0 },
  { name: "valid.xlsx", data: () => wideWorkbook(), exit: 0, figures: 2 * 29 },
  { name: "nfd.xlsx", data: () => wideWorkbook(undefined, "NFD"), exit: 0, figures: 2 * 29 },
  { name: "truncated.xlsx", data: async () => (await wideWorkbook()).slice(0, 3000), exit: 1, message: /truncated\.xlsx: .*cannot read/, figures: 0 },
  {
    name: "bit-flipped.xlsx",
    // A byte inside the first entry's compressed data (past its 30-byte local header and name).
    data: async () => flip(await wideWorkbook(), 120),
    exit: 1,
    message: /bit-flipped\.xlsx: .*cannot read/,
    figures: 0,
  },
  {
    name: "formulas-without-values.xlsx",
    data: () => wideWorkbook((rows) => (rows[1]![4] = { formula: "E3+0" })),
    exit: 0,
    message: /formulas-without-values\.xlsx: 2015!E2: .*formula/,
    figures: 2 * 29 - 1,
  },
  {
    name: "unknown-province.xlsx",
    data: () => wideWorkbook((rows) => rows.push([99, "Nowhere", "Tỉnh Không Có", ...wideValues(3), 42])),
    exit: 0,
    message: /unknown-province\.xlsx: 2015!.*Tỉnh Không Có/,
    figures: 2 * 29,
  },
  {
    name: "no-scores.xlsx",
    data: async () => {
      const wb = new ExcelJS.Workbook();
      addRowsSheet(wb, "Notes", [["Ghi chú"], ["Không có số liệu"]]);
      return toBytes(wb);
    },
    exit: 1,
    message: /no-scores\.xlsx: error: cannot read workbook: no sheet in a known PAPI layout \(sheets: Notes\)/,
    figures: 0,
  },
  { name: "official-2024.xlsx", data: async () => (await transposed2024Workbook()).data, exit: 0 },
  // ── not files ──
  { name: "a-folder.csv", dir: true, exit: 1, message: /a-folder\.csv: cannot read: a directory/ },
  { name: "scan.pdf", data: enc("%PDF-1.4"), exit: 0, message: /scan\.pdf: .*not a plan document/, figures: 0 },
];

async function extract(path: string) {
  let out = "";
  let err = "";
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s) };
  const code = await main(["extract", path], io);
  return { code, out, err };
}

describe("the bad-input corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "papi-corpus-"));
  beforeAll(async () => {
    for (const c of CASES) {
      const path = join(dir, c.name);
      if (c.dir) mkdirSync(path);
      else writeFileSync(path, typeof c.data === "function" ? await c.data() : (c.data ?? ""));
    }
  });

  it("holds at least 40 files", () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  for (const c of CASES) {
    it(`${c.name}: exit ${c.exit}${c.message ? `, says ${c.message.source.slice(0, 60)}` : ""}`, async () => {
      const r = await extract(join(dir, c.name));
      expect(r.err).not.toMatch(/\n\s+at .*\(/); // no stack trace
      expect(r.code, r.err).toBe(c.exit);
      if (c.message) expect(r.err).toMatch(c.message);
      const lines = r.out.split("\n").filter((l) => l);
      if (lines.length) expect(lines[0]).toBe(EXTRACT_HEADER);
      if (c.figures !== undefined) expect(Math.max(0, lines.length - 1), r.err).toBe(c.figures);
      c.out?.(r.out);
    });
  }
});
