// The width first views are written at (src/components/shared/firstViewWidth.ts), against what
// Chromium lays out on a 1280 px screen (the e2e tests measure the live charts there).
import { describe, expect, it } from "vitest";
import { FIRST_VIEW_WIDTH, gridSpanWidth } from "../../src/components/shared/firstViewWidth.ts";

describe("first view width", () => {
  it("is the page's column, and the overview's ranking takes two of its grid's three columns", () => {
    expect(FIRST_VIEW_WIDTH).toBe(912);
    // (912 − 2 gaps of 16) / 3 × 2 + one gap = 602.67: the live chart's column, drawn at 602
    expect(gridSpanWidth(2, 3)).toBe(602);
    expect(gridSpanWidth(1, 1)).toBe(912);
    expect(gridSpanWidth(3, 3)).toBe(912);
  });
});
