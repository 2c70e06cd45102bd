/**
 * Text files as users save them: UTF-16 with a byte-order mark, the Vietnamese Windows code
 * page, header-only and ragged CSVs — read, or refused loudly, never lost quietly.
 */
import { describe, expect, it } from "vitest";
import { decodeText } from "../../loaders/read/index.ts";
import { ingest } from "../../loaders/pipeline/index.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const CSV = "province,year,indicator,value\nĐắk Lắk,2023,Chỉ số PAPI tổng hợp,42.3265\n";

describe("text encodings", () => {
  it("UTF-16 (by its BOM) and UTF-8 give the same figures", async () => {
    expect(decodeText(utf16le(CSV))).toEqual({ text: CSV, encoding: "utf-16le" });
    const a = await ingest([{ file: "p.csv", data: enc(CSV) }]);
    const b = await ingest([{ file: "p.csv", data: utf16le(CSV) }]);
    expect(b.scores.map((s) => [s.province_code, s.value])).toEqual(a.scores.map((s) => [s.province_code, s.value]));
    expect(b.scores.map((s) => s.province_code)).toEqual(["66"]);
  });
  it("bytes that are not UTF-8 are read as Windows-1258 and say so", async () => {
    // "Hà Nội" in Windows-1258: à = E0; ộ = ô (F4) + the combining dot below (F2)
    const d = await ingest([
      { file: "cp.csv", data: new Uint8Array([...enc("province,year,indicator,value\n"), 0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, ...enc(",2019,D1,5.1\n")]) },
    ]);
    expect(d.issues.find((i) => i.source_id === "cp.csv" && /not UTF-8; read as windows-1258/.test(i.message))!.severity).toBe("warning");
    expect(d.scores.filter((s) => s.source_id === "cp.csv").map((s) => [s.province_code, s.indicator_id, s.value])).toEqual([["01", "papi.d1", 5.1]]);
  });
});

describe("CSV files that lose figures", () => {
  it("a header-only CSV is an error: it gave no figure at all", async () => {
    const d = await ingest([{ file: "header-only.csv", data: enc("province,year,indicator,value\n") }]);
    expect(d.issues.filter((i) => i.severity === "error").map((i) => i.message)).toEqual(["header-only.csv: gave no figure at all (see its other findings)"]);
  });
  it("a ragged row is named by its line; the valid rows are all read", async () => {
    const text = "province,year,indicator,value\nHà Nội,2019\nHà Nội,2019,D1,5.1,extra\nHải Phòng,2019,D1,5.2\n";
    const d = await ingest([{ file: "ragged.csv", data: enc(text) }]);
    const ragged = d.issues.filter((i) => /field\(s\) where the header has 4/.test(i.message)).map((i) => i.source_loc);
    expect(ragged).toEqual(["ragged.csv:2", "ragged.csv:3"]);
    expect(d.scores.filter((s) => s.source_id === "ragged.csv").map((s) => [s.province_code, s.value])).toEqual([
      ["01", 5.1],
      ["31", 5.2],
    ]);
  });
});
