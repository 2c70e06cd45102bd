/** Axis ticks that never repeat, and line end labels that never overprint one another. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { autoFormat, spreadLabels, tickStep } from "../../src/components/shared/profileUi.ts";
import { tickYears } from "../../src/components/shared/yearTicks.ts";

describe("autoFormat", () => {
  it("gives the decimals the tick step needs", () => {
    expect(tickStep(0.4, 5)).toBe(0.1);
    expect(autoFormat([-0.23, 0.25], 5)(-0.2)).toBe("-0,2");
    expect(autoFormat([-0.23, 0.05], 5)(-0.15)).toBe("-0,15");
    expect(autoFormat([-0.12, 0.05], 5)(-0.05)).toBe("-0,05");
    expect(autoFormat([30, 48])(35)).toBe("35");
  });

  it("never writes two ticks of one axis alike", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -80, max: 80, noNaN: true }),
        fc.double({ min: 0.001, max: 80, noNaN: true }),
        fc.integer({ min: 3, max: 10 }),
        (lo, span, count) => {
          const step = tickStep(span, count);
          const format = autoFormat([lo, lo + span], count);
          const first = Math.ceil(lo / step);
          const ticks = Array.from({ length: Math.floor((lo + span) / step) - first + 1 }, (_, i) => (first + i) * step);
          expect(new Set(ticks.map(format)).size).toBe(ticks.length);
        },
      ),
    );
  });
});

describe("spreadLabels", () => {
  it("keeps labels apart, inside the range, and in the order of their values", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 }), (values) => {
        const gap = 4;
        const at = spreadLabels(values, gap, 0, 100);
        const sorted = values.map((v, i) => [v, at[i]!] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]![1] - sorted[i - 1]![1]).toBeGreaterThanOrEqual(gap - 1e-9);
        for (const y of at) expect(y).toBeGreaterThanOrEqual(0);
        for (const y of at) expect(y).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });

  it("leaves labels that do not collide where they are", () => {
    expect(spreadLabels([10, 50, 90], 4, 0, 100)).toEqual([10, 50, 90]);
    expect(spreadLabels([50, 51], 4, 0, 100)).toEqual([50, 54]);
    expect(spreadLabels([99, 100], 4, 0, 100)).toEqual([96, 100]);
  });
});

describe("tickYears", () => {
  it("ticks every year where there is room, fewer on a phone, always the latest", () => {
    const years = Array.from({ length: 14 }, (_, i) => 2011 + i);
    expect(tickYears(years, 980)).toEqual(years);
    expect(tickYears(years, 270)).toEqual([2012, 2015, 2018, 2021, 2024]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 80, max: 2000 }), (n, width) => {
        const ys = Array.from({ length: n }, (_, i) => 2000 + i);
        const ticks = tickYears(ys, width);
        expect(ticks.at(-1)).toBe(ys.at(-1));
        const px = width / n;
        for (let i = 1; i < ticks.length; i++) expect((ticks[i]! - ticks[i - 1]!) * px).toBeGreaterThanOrEqual(Math.min(40, width / 2) - 1e-9);
      }),
    );
  });
});
