// The built site served under a sub-path (/papi/, as on GitHub Pages or an intranet): every kind
// of link stays under it — the sidebar, the tile map and ranking links, the province picker,
// links written by the pages (href()) and the language kept across them; and the site opened
// from disk says it must be served, and how.
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openPage, waitForCells, type Browser } from "./browser.ts";
import { startStaticServer, type StaticServer } from "./server.ts";
import { DIST, requireBuilt } from "./site.ts";

requireBuilt(DIST, "index.html");
const BASE = "/papi/";
let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startStaticServer(DIST, { base: BASE });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string) {
  const opened = await openPage(browser.context, server.origin, path);
  expect(await waitForCells(opened.page), "cells that failed").toEqual([]);
  return opened;
}

/** Every same-host link of the page (sidebar and content), resolved. */
async function links(page: import("playwright-core").Page): Promise<URL[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.filter((a) => !a.hasAttribute("download")).map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => new URL(h)).filter((u) => u.origin === server.origin);
}

describe(`the site under ${BASE}`, () => {
  it.each([`${BASE}`, `${BASE}province/lao-cai`, `${BASE}compare`, `${BASE}data`])("%s: every link stays under the base path and loads", async (path) => {
    const { page, record } = await open(path);
    try {
      await page.waitForLoadState("networkidle");
      const found = await links(page);
      expect(found.length).toBeGreaterThan(3);
      expect(found.filter((u) => !u.pathname.startsWith(BASE)).map((u) => u.href)).toEqual([]);
      expect(record.failedRequests, "failed local requests").toEqual([]);
      expect(record.errors, "console errors").toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a province link of the overview opens that province's page", async () => {
    const { page, record } = await open(BASE);
    try {
      const link = page.locator("#tile-map svg a").first();
      const slug = (await link.getAttribute("href"))?.match(/province\/([a-z-]+)/)?.[1];
      expect(slug).toBeTruthy();
      await Promise.all([page.waitForURL(new RegExp(`${BASE}province/${slug}`)), link.click()]);
      expect(await waitForCells(page)).toEqual([]);
      expect(await page.locator("main h1").first().textContent()).toMatch(/^Hồ sơ /);
      expect(record.failedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the province picker goes to the province chosen, in the language shown", async () => {
    const { page, record } = await open(`${BASE}province/lao-cai?lang=en`);
    try {
      await Promise.all([page.waitForURL(/\/papi\/province\/dak-lak\?lang=en$/), page.locator(".pv-picker select").selectOption("dak-lak")]);
      expect(await waitForCells(page)).toEqual([]);
      expect(await page.locator("main h1").first().textContent()).toMatch(/Dak Lak/);
      expect(record.failedRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("a sidebar link keeps the language, and Back returns to it", async () => {
    const { page } = await open(`${BASE}?lang=en`);
    try {
      await Promise.all([page.waitForURL(/\/papi\/compare\?lang=en$/), page.locator("#observablehq-sidebar a", { hasText: "Compare" }).click()]);
      expect(await waitForCells(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await page.goBack();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${BASE}?lang=en`);
    } finally {
      await page.close();
    }
  });
});

describe("the site opened from disk", () => {
  it("says it must be served, and how", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(pathToFileURL(`${DIST}/index.html`).href);
      const message = page.locator("#served-message");
      await message.waitFor();
      expect(await message.textContent()).toMatch(/máy chủ web.*python3 -m http\.server/s);
    } finally {
      await page.close();
    }
  });
});
