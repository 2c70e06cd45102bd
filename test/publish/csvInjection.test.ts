/**
 * Every CSV the project writes is safe to open in a spreadsheet: a text cell that a spreadsheet
 * would run as a formula gets a leading apostrophe; numbers stay numbers.
 */
import { describe, expect, it } from "vitest";
import { encodeCsv } from "../../loaders/publish/index.ts";
import { ingest } from "../../loaders/pipeline/index.ts";
import { csvField, parseCsv } from "../../loaders/text/index.ts";
import { csvCell, csvText, numberText } from "../../src/components/shared/csv.ts";
import fc from "fast-check";
import { toCsv as notebookCsv } from "../../src/components/notebook/notebookLogic.ts";

const PAYLOADS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=2+5 panel.csv"];

describe("formula-safe CSV cells", () => {
  it("neutralises every formula payload and reads back as the same text after the apostrophe", () => {
    for (const p of PAYLOADS) {
      const cell = csvCell(p);
      const back = parseCsv(`a\n${cell}\n`)[1]!.fields[0]!;
      expect(back, p).toBe(`'${p}`);
    }
  });
  it("keeps numbers numbers: -0.25 as a number or as numeric text, +1e-3, 45.06", () => {
    expect([-0.25, "-0.25", "+1e-3", 45.06, "45.06", 0].map(csvCell)).toEqual(["-0.25", "-0.25", "+1e-3", "45.06", "45.06", "0"]);
  });
  it("quotes as RFC 4180 asks, and the library's csvField is the same rule", () => {
    expect(csvCell('Nói "có"')).toBe('"Nói ""có"""');
    expect(csvCell(" lề ")).toBe('" lề "');
    expect(csvCell(null)).toBe("");
    for (const p of [...PAYLOADS, "a,b", -0.25, "x"]) expect(csvField(p)).toBe(csvCell(p));
    expect(csvText(["h"], [["=1"]])).toBe("\ufeffh\n'=1\n");
    expect(notebookCsv(["v"], [{ v: "=1+1" }, { v: -2 }])).toBe("\ufeffv\n'=1+1\n-2\n");
  });
  it("a file named '=2+5 panel.csv' and a document title '=HYPERLINK(...)' reach sources.csv and issues.csv as text", async () => {
    const doc = '=HYPERLINK("http://example.invalid","bấm")\n\nKẾ HOẠCH\nChỉ số PAPI năm 2023 của tỉnh Đắk Lắk đạt 42,3265 điểm.\n';
    const d = await ingest([
      { file: "=2+5 panel.csv", data: new TextEncoder().encode("province,year,indicator,value\nHà Nội,2019,Tham gia của người dân ở cấp cơ sở,5.1\n") },
      { file: "=doc.txt", data: new TextEncoder().encode(doc) },
    ]);
    for (const table of ["sources", "issues", "scores", "coverage"] as const) {
      const csv = encodeCsv(table, d[table] as unknown as Record<string, unknown>[]);
      for (const rec of parseCsv(csv).slice(1))
        for (const f of rec.fields) expect(/^[=+@\t\r]/.test(f) || (/^-/.test(f) && !/^-?[\d.]+$/.test(f)), `${table}: ${f}`).toBe(false);
      if (table !== "issues") expect(csv, table).toContain("'=");
    }
  });
});

describe("numbers in CSV cells", () => {
  it("writes a number at the precision a source prints it, without binary noise", () => {
    expect(csvCell(1.2893854999999999)).toBe("1.2893855");
    expect(csvCell(0.1 + 0.2)).toBe("0.3");
    expect(csvCell(45.0612)).toBe("45.0612");
    expect(csvCell(-0.25)).toBe("-0.25");
    expect(csvCell(2024)).toBe("2024");
    expect(csvCell(Number.NaN)).toBe("NaN");
  });

  it("loses nothing a source with up to 10 significant digits wrote", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }), fc.integer({ min: 0, max: 8 }), (digits, scale) => {
        const x = digits / 10 ** scale;
        expect(Number(numberText(x))).toBe(x);
      }),
    );
  });
});
