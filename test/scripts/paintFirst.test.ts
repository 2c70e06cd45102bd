// scripts/paintFirst.ts: what a page with a first view loses and gains after the build.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { moduleToEnd, paintFirst, selfContained } from "../../scripts/paintFirst.ts";
import { siteRoot } from "../../src/components/shared/i18n.ts";

const head = (body: string) =>
  `<!DOCTYPE html>\n<html>\n<head>\n<link rel="preload" as="style" href="../_import/style.abc.css">\n<link rel="stylesheet" type="text/css" href="../_import/style.abc.css">\n<link rel="modulepreload" href="../_npm/plot.js">\n<script>{document.documentElement.lang = "vi"}</script>\n</head>\n<body>${body}</body>\n</html>\n`;
const CSS = `.a{color:red}.b{background:url("data:image/svg+xml,%3Csvg%3E")}`;

describe("paintFirst", () => {
  it("inlines the stylesheet and drops the preloads of a page with a first view", () => {
    const out = paintFirst(head('<div id="first-view"></div>'), (href) => (href === "../_import/style.abc.css" ? CSS : null));
    expect(out).toContain(`<style data-from="../_import/style.abc.css">${CSS}</style>`);
    expect(out).not.toContain('<link rel="stylesheet"');
    expect(out).not.toContain('rel="preload"');
    expect(out).not.toContain("modulepreload");
    // The style comes before the inline script, as the link did: the script still sees the styles.
    expect(out.indexOf("<style")).toBeLessThan(out.indexOf("<script>"));
  });

  it("leaves a page without a first view exactly as built", () => {
    const html = head("<div></div>");
    expect(paintFirst(html, () => CSS)).toBe(html);
  });

  it("keeps the link, and its preload, when the stylesheet cannot be read or points to other files", () => {
    const html = head('<div id="first-view"></div>');
    for (const css of [null, `@font-face{src:url(./font.woff2)}`, `@import "other.css";`, `.a::after{content:"</style>"}`]) {
      const out = paintFirst(html, () => css);
      expect(out).toContain('<link rel="stylesheet" type="text/css" href="../_import/style.abc.css">');
      expect(out).toContain('<link rel="preload" as="style" href="../_import/style.abc.css">');
      expect(out).not.toContain("modulepreload");
    }
  });
});

describe("selfContained", () => {
  it("accepts data: URLs only", () => {
    expect(selfContained(CSS)).toBe(true);
    expect(selfContained(".a{background:url( 'data:image/png;base64,AA' )}")).toBe(true);
    expect(selfContained(".a{background:url(img.png)}")).toBe(false);
    expect(selfContained(".a{background:url('/img.png')}")).toBe(false);
  });
});

describe("siteRoot on a page whose stylesheet was inlined", () => {
  it("finds the root the page is served under from the <style>'s data-from", () => {
    const built = paintFirst(head('<div id="first-view"></div>'), () => CSS);
    const { document } = parseHTML(built);
    // linkedom has no address: the page's address is given as its base URI.
    for (const [address, root] of [
      ["https://example.org/papi/province/lao-cai", "/papi/"],
      ["http://localhost:8000/province/lao-cai?lang=en", "/"],
    ] as const) {
      const doc = { baseURI: address, querySelector: (selector: string) => document.querySelector(selector) } as unknown as Document;
      expect(siteRoot(doc)).toBe(root);
    }
  });
});

describe("moduleToEnd", () => {
  const page = (module: string) => `<html>\n<head>\n<script>{lang}</script>\n${module}</head>\n<body><div id="first-view"></div>\n</body>\n</html>\n`;
  const MODULE = '<script type="module">\nimport {define} from "./client.js";\ndefine({id: "a", body: () => "</p>"});\n</script>\n';

  it("moves the module script of a page with a first view from <head> to the end of <body>", () => {
    const out = paintFirst(page(MODULE));
    const { document } = parseHTML(out);
    expect(document.head.querySelector('script[type="module"]')).toBeNull();
    const scripts = [...document.body.querySelectorAll("script")];
    expect(scripts.at(-1)?.getAttribute("type")).toBe("module");
    expect(scripts.at(-1)?.textContent).toBe(MODULE.slice('<script type="module">'.length, -"</script>\n".length));
    // Nothing else moves: the head's classic script stays, the first view comes first in the body.
    expect(document.head.querySelector("script")?.textContent).toBe("{lang}");
    expect(out.indexOf('id="first-view"')).toBeLessThan(out.indexOf('type="module"'));
    expect(out.length).toBe(page(MODULE).length);
  });

  it("changes nothing without a module script in <head>, or without a body", () => {
    const bodyOnly = `<html><head></head><body>${MODULE}</body></html>`;
    expect(moduleToEnd(bodyOnly)).toBe(bodyOnly);
    expect(moduleToEnd(page(""))).toBe(page(""));
    expect(moduleToEnd(`<head>${MODULE}</head>`)).toBe(`<head>${MODULE}</head>`);
  });
});
