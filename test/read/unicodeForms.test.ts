/**
 * NFD and NFC inputs give identical results: a document, a CSV panel and a workbook saved with
 * decomposed accents (as macOS and some converters write them) read exactly as their twins.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readInput } from "../../loaders/read/index.ts";
import { toBytes } from "../fixtures/workbooks/buildWorkbooks.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const figures = async (file: string, data: Uint8Array) =>
  (await readInput({ file, data })).scores.map((s) => [s.province_code, s.year, s.indicator_id, s.kind, s.value, s.rank, s.group].join("|"));

describe("Unicode NFD input", () => {
  it("the Lào Cai plan in NFD gives every one of its figures", async () => {
    const text = readFileSync("data/documents/lao-cai-papi-plan-2020-151-kh-ubnd.txt", "utf8");
    expect(text.normalize("NFD")).not.toBe(text);
    const nfc = await figures("lao-cai.txt", enc(text.normalize("NFC")));
    expect(nfc.length).toBeGreaterThan(60);
    expect(await figures("lao-cai.txt", enc(text.normalize("NFD")))).toEqual(nfc);
  });
  it("a CSV panel in NFD reads the same provinces and indicators", async () => {
    const csv = 'province,year,indicator,value\nĐắk Lắk,2023,Chỉ số PAPI tổng hợp,"42,3265"\nThừa Thiên Huế,2023,Tham gia của người dân ở cấp cơ sở,5.1\n';
    const nfc = await figures("p.csv", enc(csv.normalize("NFC")));
    expect(nfc).toHaveLength(2);
    expect(await figures("p.csv", enc(csv.normalize("NFD")))).toEqual(nfc);
  });
  it("a workbook whose province names and labels are NFD reads the same", async () => {
    const build = async (form: "NFC" | "NFD") => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("2023");
      const rows: Array<Array<string | number>> = [
        ["Chỉ tiêu", "Thang điểm", "Hà Nội", "Đắk Lắk", "Cà Mau"],
        ["Chỉ số PAPI tổng hợp (không có trọng số)", "10-80 điểm", 43.5, 42.3, 40.1],
        ["Chỉ số nội dung 1: Tham gia của người dân ở cấp cơ sở", "1-10 điểm", 5.4, 4.8, 5.0],
        ["1.1: Tri thức công dân", "0.25-2.5 điểm", 1.3, 1.1, 1.2],
      ];
      rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = typeof v === "string" ? v.normalize(form) : v)));
      return toBytes(wb);
    };
    const nfc = await figures("PAPI_2023.xlsx", await build("NFC"));
    expect(nfc).toHaveLength(9);
    expect(await figures("PAPI_2023.xlsx", await build("NFD"))).toEqual(nfc);
  });
});
