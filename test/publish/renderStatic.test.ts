// Page code run in Node at build, its HTML written into the page (loaders/publish/renderStatic.ts).
import { describe, expect, it } from "vitest";
import { markdownSafeHtml, renderStatic } from "../../loaders/publish/index.ts";

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
