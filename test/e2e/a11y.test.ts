// An automated accessibility check (axe-core, in Chromium) of every route: no serious or critical
// violation. Plus what axe cannot see: the skip link leads to the content.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { openPage, waitForCells } from "./browser.ts";
import { DIST, requireBuilt, useBuiltSite } from "./site.ts";

requireBuilt(DIST, "index.html");
const site = useBuiltSite(DIST);
const AXE_SOURCE: string = createRequire(import.meta.url)("axe-core").source;

const ROUTES = ["/", "/?lang=en", "/province/lao-cai", "/compare?p=lao-cai,dak-lak", "/indicators", "/targets", "/plans", "/notebook", "/data"];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe("accessibility (axe-core)", () => {
  it.each(ROUTES)("%s has no serious violation", async (path) => {
    const { page } = await site.open(path);
    try {
      await page.waitForLoadState("networkidle");
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }));
      });
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the first Tab reaches the skip link, which moves focus to the content", async () => {
    const { page } = await site.open("/province/lao-cai");
    try {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Bỏ qua, tới nội dung");
      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("observablehq-main");
    } finally {
      await page.close();
    }
  });

  it.each(["/notebook", "/data"])("%s: nothing takes the focus while DuckDB-wasm loads and the page draws", async (path) => {
    const { page } = await openPage(site.browser.context, site.server.origin, path);
    try {
      const link = page.locator(".lang-switch a", { hasText: "English" });
      await link.focus();
      expect(await waitForCells(page)).toEqual([]);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("English");
    } finally {
      await page.close();
    }
  });
});
