// Pieces of scripts/prepare-site.ts: the font ranges and the list of Plot functions bundled.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plotExports, subtractRanges } from "../../scripts/prepare-site.ts";

const codePoints = (range: string) =>
  new Set(
    range.split(",").flatMap((r) => {
      const [a, b] = r.replace("U+", "").split("-");
      const lo = Number.parseInt(a!, 16);
      const hi = Number.parseInt(b ?? a!, 16);
      return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    }),
  );

describe("subtractRanges", () => {
  it("takes the Vietnamese letters out of fontsource's latin-ext range, and nothing else", () => {
    const latinExt =
      "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF";
    const vietnamese =
      "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB";
    const out = subtractRanges(latinExt, vietnamese);
    expect(out.startsWith("U+0100-0101,U+0104-010F,U+0112-0127")).toBe(true);
    for (const ch of "ăđơưĂĐƠƯ") expect(codePoints(out).has(ch.codePointAt(0)!), ch).toBe(false);
    expect(codePoints(out).has("ł".codePointAt(0)!)).toBe(true);
  });

  it("keeps exactly the code points of the first range that are not in the second", () => {
    const range = fc.tuple(fc.integer({ min: 0x20, max: 0x300 }), fc.integer({ min: 0, max: 40 })).map(([a, n]) => [a, a + n] as const);
    const css = (rs: readonly (readonly [number, number])[]) => rs.map(([a, b]) => `U+${a.toString(16)}-${b.toString(16)}`).join(",");
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 5 }), fc.array(range, { minLength: 1, maxLength: 5 }), (a, b) => {
        const out = subtractRanges(css(a), css(b));
        const expected = [...codePoints(css(a))].filter((c) => !codePoints(css(b)).has(c));
        expect(out === "" ? [] : [...codePoints(out)].sort((x, y) => x - y)).toEqual([...new Set(expected)].sort((x, y) => x - y));
      }),
      { numRuns: 500 },
    );
  });
});

describe("plotExports", () => {
  it("reads the functions src/vendor/plot.d.ts lists", () => {
    const names = plotExports(readFileSync(new URL("../../src/vendor/plot.d.ts", import.meta.url), "utf8"));
    expect(names).toContain("plot");
    expect(names).toContain("barX");
    expect(names.every((n) => /^[a-zA-Z]+$/.test(n))).toBe(true);
  });
});
