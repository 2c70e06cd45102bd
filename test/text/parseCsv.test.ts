import { describe, expect, it } from "vitest";
import { CsvError, csvField, parseCsv } from "../../loaders/text/index.ts";

describe("parseCsv", () => {
  it("numbers each record by the line it starts on", () => {
    const recs = parseCsv("a,b\n1,2\n\n3,4\n");
    expect(recs).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
      { line: 4, fields: ["3", "4"] },
    ]);
  });

  it("keeps line numbers right after a quoted field spanning lines", () => {
    const recs = parseCsv('name,note\n"Hà Nội","first\nsecond"\nHuế,x\n');
    expect(recs[1]).toEqual({ line: 2, fields: ["Hà Nội", "first\nsecond"] });
    expect(recs[2]).toEqual({ line: 4, fields: ["Huế", "x"] });
  });

  it("unescapes doubled quotes and keeps delimiters inside quotes", () => {
    expect(parseCsv('a,b\n"say ""hi""","4,3"\n')[1]!.fields).toEqual(['say "hi"', "4,3"]);
  });

  it("accepts CRLF, a BOM, and no final newline", () => {
    expect(parseCsv("\uFEFFa,b\r\n1,2")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
    ]);
  });

  it("keeps empty fields (missing values) as empty strings", () => {
    expect(parseCsv("a,b,c\n1,,\n")[1]!.fields).toEqual(["1", "", ""]);
  });

  it("sniffs ; and tab delimiters from the first line", () => {
    expect(parseCsv("tinh;nam;D1\nCà Mau;2023;45,06\n")[1]!.fields).toEqual(["Cà Mau", "2023", "45,06"]);
    expect(parseCsv("a\tb\n1,5\t2\n")[1]!.fields).toEqual(["1,5", "2"]);
    expect(parseCsv("a;b\n1,2;3\n", ",")[1]!.fields).toEqual(["1", "2;3"]);
  });

  it("reports an unterminated quote with the line it starts on", () => {
    try {
      parseCsv('a,b\n1,2\n3,"open\nstill open\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).line).toBe(3);
    }
  });

  it("csvField quotes only what needs quoting", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("4,3")).toBe('"4,3"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe("");
    expect(csvField(45.06)).toBe("45.06");
    expect(parseCsv(["x", csvField('a,"b"\nc')].join(",") + "\n")[0]!.fields).toEqual(["x", 'a,"b"\nc']);
  });
});
