// One minus sign in every table: the hyphen-minus, which a spreadsheet reads as a number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fmt, fmtChange } from "../../src/components/shared/i18n.ts";

describe("signed numbers", () => {
  it("writes a change with + or the hyphen-minus, in the page's number style", () => {
    expect(fmtChange(0.74, 2, "vi")).toBe("+0,74");
    expect(fmtChange(-0.17, 2, "vi")).toBe("-0,17");
    expect(fmtChange(-0.17, 2, "en")).toBe("-0.17");
    expect(fmtChange(0, 2, "vi")).toBe("0,00");
    expect(fmtChange(null)).toBe("—");
    // a change that rounds to zero has no sign
    expect(fmtChange(-0.004, 2, "vi")).toBe("0,00");
    expect(fmtChange(0.004, 2, "en")).toBe("0.00");
  });

  it("uses the sign fmt uses for a negative number", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: -0.005, noNaN: true }), (x) => {
        expect(fmtChange(x, 2, "vi")).toBe(fmt(x, 2, "vi"));
        expect(fmtChange(x, 2, "vi")).not.toContain("−");
      }),
    );
  });
});
