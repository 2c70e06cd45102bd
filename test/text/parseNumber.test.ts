import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findNumbers, parseNumber } from "../../loaders/text/index.ts";

/** Formats digits Vietnamese-style: dot thousands groups (optional), comma decimal, optional percent. */
function formatVi(intDigits: string, fracDigits: string, opts: { group: boolean; percent: boolean; negative: boolean; spaceBeforePercent: boolean }): string {
  const int = intDigits.replace(/^0+(?=\d)/, "");
  const grouped = opts.group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : int;
  const body = grouped + (fracDigits ? `,${fracDigits}` : "");
  return (opts.negative ? "-" : "") + body + (opts.percent ? (opts.spaceBeforePercent ? " %" : "%") : "");
}

const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""));

describe("parseNumber", () => {
  it("reads Vietnamese figures as printed in plan documents", () => {
    expect(parseNumber("45,06")).toMatchObject({ value: 45.06, text: "45.06", decimals: 2, percent: false });
    expect(parseNumber("42,3265")).toMatchObject({ value: 42.3265, text: "42.3265", decimals: 4 });
    expect(parseNumber("46,40")).toMatchObject({ value: 46.4, text: "46.40", decimals: 2 });
    expect(parseNumber("89,33%")).toMatchObject({ value: 89.33, text: "89.33", percent: true });
    expect(parseNumber("1.234,5")).toMatchObject({ value: 1234.5, text: "1234.5" });
    expect(parseNumber("1.234")).toMatchObject({ value: 1234, text: "1234", decimals: 0 });
    expect(parseNumber("0,81")).toMatchObject({ value: 0.81, text: "0.81" });
    expect(parseNumber("06")).toMatchObject({ value: 6, text: "6" });
  });

  it("refuses garbled cells instead of guessing", () => {
    for (const raw of ["4,3x", "", "x", "4,,3", "1,2,3", "4.3", "12.34.5", "5,", ",5", "--4"]) expect(parseNumber(raw), raw).toBeNull();
  });

  it("reads English style on request", () => {
    expect(parseNumber("1,234.5", "en")).toMatchObject({ value: 1234.5 });
    expect(parseNumber("45.06", "en")).toMatchObject({ value: 45.06, text: "45.06" });
    expect(parseNumber("45.06", "auto")).toMatchObject({ value: 45.06 });
    expect(parseNumber("45,06", "auto")).toMatchObject({ value: 45.06 });
  });

  it("gives back any number formatted Vietnamese-style, with thousands groups and percent", () => {
    fc.assert(
      fc.property(
        digits(1, 10),
        digits(0, 5),
        fc.record({ group: fc.boolean(), percent: fc.boolean(), negative: fc.boolean(), spaceBeforePercent: fc.boolean() }),
        (intDigits, fracDigits, opts) => {
          const printed = formatVi(intDigits, fracDigits, opts);
          const parsed = parseNumber(printed);
          const int = intDigits.replace(/^0+(?=\d)/, "");
          const canonical = (opts.negative ? "-" : "") + int + (fracDigits ? `.${fracDigits}` : "");
          expect(parsed, printed).not.toBeNull();
          expect(parsed!.text).toBe(canonical);
          expect(parsed!.value).toBe(Number(canonical));
          expect(parsed!.decimals).toBe(fracDigits.length);
          expect(parsed!.percent).toBe(opts.percent);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads Vietnamese-style numbers the same in 'auto' style (used for OCR'd documents)", () => {
    fc.assert(
      fc.property(
        digits(1, 10),
        digits(0, 5),
        fc.record({ group: fc.boolean(), percent: fc.boolean(), negative: fc.boolean(), spaceBeforePercent: fc.boolean() }),
        (i, f, opts) => {
          const printed = formatVi(i, f, opts);
          expect(parseNumber(printed, "auto")).toEqual(parseNumber(printed, "vi"));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("gives back any double printed with toFixed and a decimal comma", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const fixed = x.toFixed(d);
        const parsed = parseNumber(fixed.replace(".", ","));
        expect(parsed?.value).toBe(Number(fixed));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("findNumbers", () => {
  it("finds every figure of a sentence with its offset", () => {
    const text = "đạt 89,33%, xếp hạng 20/63 (tăng 2,44%, tăng 14 bậc so với năm 2023)";
    const found = findNumbers(text).map((n) => [n.text, n.percent, text.slice(n.index, n.index + n.raw.length)]);
    expect(found).toEqual([
      ["89.33", true, "89,33%"],
      ["20", false, "20"],
      ["63", false, "63"],
      ["2.44", true, "2,44%"],
      ["14", false, "14"],
      ["2023", false, "2023"],
    ]);
  });
});
