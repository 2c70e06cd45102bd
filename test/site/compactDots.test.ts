// A first view's filled dots as one path per mark (src/components/shared/compactDots.ts).
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { compactDots, dotCentres } from "../../src/components/shared/compactDots.ts";

const svg = (marks: string, fill = "currentColor") => {
  const { document } = parseHTML(`<html><body><svg fill="${fill}">${marks}</svg></body></html>`);
  return document.querySelector("svg")!;
};
const circle = (cx: number, cy: number, r = 4) => `<circle r="${r}" cy="${cy}" cx="${cx}"></circle>`;

describe("compactDots", () => {
  it("draws a filled mark as zero-length segments, as wide as the disc each dot covered", () => {
    const root = svg(`<g aria-label="dot" stroke="currentColor" stroke-width="1.5">${circle(74.31, 255.49)}${circle(124.83, 268.95)}</g>`);
    expect(compactDots(root)).toBe(1);
    const g = root.querySelector("g")!;
    expect(g.getAttribute("stroke-width")).toBe("9.5");
    expect(g.getAttribute("stroke-linecap")).toBe("round");
    expect(g.innerHTML).toBe('<path d="M74.31,255.49h0M124.83,268.95h0" />');
  });

  it("leaves hollow dots, tooltips, other radii, opacities and single dots as Plot drew them", () => {
    for (const mark of [
      `<g aria-label="dot" stroke="currentColor" stroke-width="1.5" fill="white">${circle(1, 2)}${circle(3, 4)}</g>`,
      `<g aria-label="dot" stroke="currentColor" stroke-width="1.5"><circle r="4" cy="2" cx="1"><title>Lào Cai 2011: 45,06</title></circle>${circle(3, 4)}</g>`,
      `<g aria-label="dot" stroke="currentColor" stroke-width="1.5">${circle(1, 2, 4)}${circle(3, 4, 5)}</g>`,
      `<g aria-label="dot" stroke="currentColor" stroke-width="1.5" fill-opacity="0.5">${circle(1, 2)}${circle(3, 4)}</g>`,
      `<g aria-label="dot" stroke="currentColor" stroke-width="1.5">${circle(1, 2)}</g>`,
      `<g aria-label="dot" stroke="#0072B2" stroke-width="1.5">${circle(1, 2)}${circle(3, 4)}</g>`,
      `<g aria-label="dot" stroke="currentColor" stroke-width="1.5"><circle r="4" cy="2" cx="1" fill="red"></circle>${circle(3, 4)}</g>`,
      `<g aria-label="line" stroke="currentColor" stroke-width="1.5">${circle(1, 2)}${circle(3, 4)}</g>`,
    ]) {
      const root = svg(mark);
      const before = root.outerHTML;
      expect(compactDots(root), mark).toBe(0);
      expect(root.outerHTML).toBe(before);
    }
  });

  it("keeps every dot's centre, in order", () => {
    const coordinate = fc.double({ min: -1000, max: 1000, noNaN: true }).map((x) => Number(x.toFixed(2)));
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 2, maxLength: 40 }), fc.constantFrom(1, 1.5, 2), (points, width) => {
        const root = svg(`<g aria-label="dot" stroke="currentColor" stroke-width="${width}">${points.map(([x, y]) => circle(x, y)).join("")}</g>`);
        const g = root.querySelector("g")!;
        const before = dotCentres(g);
        expect(compactDots(root)).toBe(1);
        expect(dotCentres(g)).toEqual(before);
        expect(g.querySelectorAll("circle")).toHaveLength(0);
        expect(Number(g.getAttribute("stroke-width"))).toBe(width + 8);
      }),
    );
  });
});
