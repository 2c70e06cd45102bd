// Page code run in Node at build, its HTML written into the page (loaders/publish/renderStatic.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownSafeHtml, renderStatic, roundGeometry, withoutBlock } from "../../loaders/publish/index.ts";

describe("renderStatic", () => {
  it("gives the HTML of the nodes the code builds with the global document, then removes the globals", async () => {
    const html = await renderStatic(() => {
      const p = document.createElement("p");
      p.className = "x";
      p.append("Lào Cai ", Object.assign(document.createElement("strong"), { textContent: "45,06" }));
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("width", "10");
      return [p, svg];
    });
    // (an empty SVG element is written self-closed, which HTML parsers honour in SVG)
    expect(html).toBe('<p class="x">Lào Cai <strong>45,06</strong></p><svg width="10" />');
    expect(typeof (globalThis as { document?: unknown }).document).toBe("undefined");
  });

  it("writes what the page code hides empty, and keeps the hidden element itself", async () => {
    const html = await renderStatic(() => {
      const card = document.createElement("figure");
      const table = Object.assign(document.createElement("div"), { id: "chart-1-table", hidden: true });
      table.append(Object.assign(document.createElement("table"), { textContent: "45,06" }));
      const shown = Object.assign(document.createElement("p"), { textContent: "Lào Cai" });
      card.append(shown, table);
      const alone = Object.assign(document.createElement("div"), { hidden: true, textContent: "x" });
      return [card, alone];
    });
    expect(html).toBe('<figure><p>Lào Cai</p><div hidden id="chart-1-table"></div></figure><div hidden></div>');
  });

  it("restores the globals when the code throws", async () => {
    await expect(renderStatic(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(typeof (globalThis as { window?: unknown }).window).toBe("undefined");
  });
});

describe("markdownSafeHtml", () => {
  it("leaves no blank line (it would end the HTML block) and no ${ (an inline expression)", () => {
    const dollarBrace = "$" + "{";
    expect(markdownSafeHtml(`<style>\n\n  a {}\n</style><text>${dollarBrace}x}</text>`)).toBe("<style>\n  a {}\n</style><text>&#36;{x}</text>");
  });
});

describe("roundGeometry", () => {
  it("writes SVG geometry to two decimals and leaves text and other attributes alone", () => {
    expect(roundGeometry('<circle r="4" cy="236.8908921446179" cx="81.63636363635825" data-v="1.23456"><title>45.06123 2011</title></circle>')).toBe(
      '<circle r="4" cy="236.89" cx="81.64" data-v="1.23456"><title>45.06123 2011</title></circle>',
    );
    expect(roundGeometry('<path d="M81.636,236.891L-1.0049,2e-7L3.5e-7,4"></path><g transform="translate(0.5,0.5)">')).toBe(
      '<path d="M81.64,236.89L-1,2e-7L3.5e-7,4"></path><g transform="translate(0.5,0.5)">',
    );
  });

  it("moves no coordinate by more than half a hundredth", () => {
    fc.assert(
      fc.property(fc.double({ min: -5000, max: 5000, noNaN: true }), (x) => {
        const out = roundGeometry(`<circle cx="${x}"></circle>`);
        const v = Number(/cx="([^"]*)"/.exec(out)![1]);
        expect(Math.abs(v - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe("withoutBlock", () => {
  const page = ["# Title", "<!-- add-data: only in some builds,", "said over two lines -->", '<div class="tip">…</div>', "<!-- /add-data -->", "", "text"].join(
    "\n",
  );

  it("removes the block, from its opening comment to its closing one, and nothing else", () => {
    expect(withoutBlock(page, "add-data")).toBe(["# Title", "", "text"].join("\n"));
    expect(withoutBlock("a\n<!-- x -->\nb\n<!-- /x -->\nc", "x")).toBe("a\nc");
  });

  it("is an error when the block is not there (the page and its loader disagree)", () => {
    expect(() => withoutBlock(page, "other", "index.md.txt")).toThrow('index.md.txt: no block "<!-- other');
    expect(() => withoutBlock("<!-- /x -->\n<!-- x -->", "x")).toThrow("no block");
  });
});
