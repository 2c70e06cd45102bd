// Every page of the built site (dist/, made by `npm run build` before this
// runs) must load in Chromium from a local server alone: no console error, no
// failed local request, no cell error, and no request to any other host.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openPage, waitForCells } from "./browser.ts";
import { builtFile, DIST, pagePath, walk, useBuiltSite } from "./site.ts";

if (!existsSync(`${DIST}/index.html`)) {
  throw new Error(`${DIST}/index.html not found: run \`npm run build\` before the e2e tests`);
}
const pages = (await walk(DIST)).filter((f) => f.endsWith(".html")).map((f) => pagePath(f));

/**
 * The overview (src/index.md) draws its first chart (the ranking, #ranking) from the published
 * Arrow rows, without DuckDB-wasm: the page never starts DuckDB at all.
 */
const OVERVIEW_PAGE = "/";

// The built modules, imported directly by the DuckDB tests, so that these do
// not depend on what any page imports.
const DUCKDB_MODULE = await builtFile(/^_import\/components\/shared\/duckdb\.[0-9a-f]+\.js$/);
const ARROW_MODULE = await builtFile(/^_node\/apache-arrow@[^/]+\/index\.[0-9a-f]+\.js$/);

const site = useBuiltSite(DIST);

describe("every built page loads offline", () => {
  it("finds the built pages", () => {
    expect(pages).toContain("/");
  });

  it.each(pages)("%s", async (path) => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, path);
    try {
      const cellErrors = await waitForCells(page);
      await page.waitForLoadState("networkidle");
      expect(cellErrors, "cells that failed").toEqual([]);
      expect(record.errors, "console errors").toEqual([]);
      expect(record.failedRequests, "failed local requests").toEqual([]);
      expect(record.foreignRequests, "requests to other hosts").toEqual([]);
      // Build steps are for whoever builds the site, folded away: a reader is never told to run them.
      expect(await page.locator("main").innerText(), "build commands shown to readers").not.toMatch(/npm run build|build lại trang/);
    } finally {
      await page.close();
    }
  });
});

describe("overview page: first chart without DuckDB", () => {
  it("draws the ranking chart while any DuckDB wasm download is held, and never asks for it", async () => {
    let releaseWasm!: () => void;
    const wasmHeld = new Promise<void>((resolve) => (releaseWasm = resolve));
    let wasmRequested = false;
    const { page, record } = await openPage(site.browser.context, site.server.origin, OVERVIEW_PAGE, {
      // Hold the DuckDB wasm download: a page that waited for DuckDB would draw nothing.
      beforeGoto: (p) =>
        p.route(/duckdb-eh\.[0-9a-f]+\.wasm$/, async (route) => {
          wasmRequested = true;
          await wasmHeld;
          await route.continue();
        }),
    });
    try {
      await page.locator("#ranking svg").first().waitFor({ timeout: 30_000 });
      expect(await page.locator("#ranking svg rect").count()).toBeGreaterThanOrEqual(1);
      expect(wasmRequested).toBe(false);
      const cellErrors = await waitForCells(page);
      await page.waitForLoadState("networkidle");
      expect(cellErrors).toEqual([]);
      expect(await page.locator("#tile-map svg").count()).toBeGreaterThanOrEqual(1);
      expect(wasmRequested).toBe(false);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      releaseWasm();
      await page.close();
    }
  });
});

describe("site style", () => {
  it("keeps English across the sidebar's links, and Back returns to the English page", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/?lang=en");
    try {
      await waitForCells(page);
      await Promise.all([page.waitForURL(/\/compare\?lang=en$/), page.locator("#observablehq-sidebar a", { hasText: "Compare" }).first().click()]);
      await page.waitForLoadState("load");
      await waitForCells(page);
      expect(await page.locator("h1:visible").first().innerText()).toBe("Compare provinces");
      await Promise.all([page.waitForURL(/\/data\?lang=en$/), page.locator("#observablehq-sidebar a", { hasText: "Data" }).first().click()]);
      await page.goBack();
      await expect.poll(() => new URL(page.url()).search).toBe("?lang=en");
      // A Vietnamese page keeps its links as they are.
      await page.goto(new URL("/", site.server.origin).href);
      await waitForCells(page);
      await Promise.all([page.waitForURL(/\/compare$/), page.locator("#observablehq-sidebar a", { hasText: "So sánh" }).first().click()]);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("never overflows sideways at 390 or 1280 px, and logs no error at either: wide tables scroll in themselves", async () => {
    const routes = [
      "/",
      "/province/lao-cai",
      "/province/ca-mau",
      "/compare?p=lao-cai,dak-lak,ha-noi",
      "/indicators",
      "/targets",
      "/plans",
      "/notebook",
      "/data",
    ];
    for (const width of [390, 1280]) {
      for (const route of routes) {
        const page = await site.browser.context.newPage();
        // Every console error (a negative <rect> width among them) and uncaught exception.
        const errors: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        page.on("pageerror", (e) => errors.push(String(e)));
        try {
          await page.setViewportSize({ width, height: 844 });
          await page.goto(new URL(route, site.server.origin).href);
          await page.waitForLoadState("networkidle");
          await waitForCells(page);
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          expect(scroll, `${route} at ${width} px`).toBeLessThanOrEqual(client);
          // …and on a phone a table that scrolls in itself shows it can (a shadow at the edge with more).
          const unsigned = await page.evaluate(
            (narrow) =>
              [...document.querySelectorAll("main table")]
                .filter((t) => t.scrollWidth > t.clientWidth + 1 && getComputedStyle(t).display !== "none")
                .filter((t) => (getComputedStyle(t).backgroundImage.match(/radial-gradient/g) ?? []).length < 2)
                .filter(() => narrow)
                .map((t) => t.querySelector("caption, th")?.textContent?.trim() ?? "?"),
            width === 390,
          );
          expect(unsigned, `${route} at ${width} px: tables that scroll without saying so`).toEqual([]);
          // A full-page render lays out every chart at its width.
          await page.screenshot({ fullPage: true });
          expect(errors, `${route} at ${width} px: console errors`).toEqual([]);
        } finally {
          await page.close();
        }
      }
    }
  });

  it("renders Vietnamese text in the self-hosted Be Vietnam Pro", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/");
    try {
      // The faces are registered by the page's first module (fonts.js), which runs after the first view is painted.
      await waitForCells(page);
      const fonts = await page.evaluate(async () => {
        const loaded = await document.fonts.load('16px "Be Vietnam Pro"', "Chỉ số quản trị và hành chính công");
        const bold = await document.fonts.load('700 16px "Be Vietnam Pro"', "Đà Nẵng");
        return {
          body: getComputedStyle(document.body).fontFamily,
          loaded: loaded.map((f) => `${f.family} ${f.weight} ${f.style} ${f.status}`),
          bold: bold.length,
        };
      });
      expect(fonts.body).toMatch(/^"?Be Vietnam Pro"?/);
      expect(fonts.loaded.length).toBeGreaterThanOrEqual(1);
      expect(fonts.loaded.every((f) => f.endsWith("loaded"))).toBe(true);
      expect(fonts.bold).toBeGreaterThanOrEqual(1);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("DuckDB wrapper (src/components/shared/duckdb.ts)", () => {
  it("keeps DuckDB offline: no extension download, no URL access; plain row values", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/");
    try {
      await waitForCells(page);
      // A string, so that Vite does not rewrite the dynamic import().
      const results = (await page.evaluate(`(async () => {
        const {query} = await import(${JSON.stringify(DUCKDB_MODULE)});
        const out = {};
        for (const [key, sql] of Object.entries({
          load: "LOAD parquet",
          parquet: "SELECT * FROM read_parquet('x.parquet')",
          url: "SELECT * FROM read_csv('https://example.invalid/x.csv')",
        })) {
          out[key] = await query(sql).then(() => "ok", (e) => String(e.message).split("\\n")[0]);
        }
        const {rows} = await query("SELECT 3::BIGINT AS n, 1.5::DECIMAL(3,1) AS d, DATE '2024-01-02' AS day, [1, 2] AS xs, {'a': 'ệ'} AS s");
        const [r] = rows;
        out.row = {n: r.n, d: r.d, day: r.day instanceof Date ? r.day.toISOString() : String(r.day), xs: r.xs, s: r.s};
        return out;
      })()`)) as Record<string, unknown>;
      expect(results.load).toMatch(/disabled/i);
      expect(results.parquet).toMatch(/parquet extension/i);
      expect(results.url).toMatch(/disabled/i);
      expect(results.row).toEqual({ n: 3, d: 1.5, day: "2024-01-02T00:00:00.000Z", xs: [1, 2], s: { a: "ệ" } });
      await page.waitForLoadState("networkidle");
      expect(record.foreignRequests).toEqual([]);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("registers Arrow IPC bytes in both the stream and the file format", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/");
    try {
      await waitForCells(page);
      const results = (await page.evaluate(`(async () => {
        const {registerArrow, query} = await import(${JSON.stringify(DUCKDB_MODULE)});
        const arrow = await import(${JSON.stringify(ARROW_MODULE)});
        const table = arrow.tableFromArrays({tinh: ["Hà Giang", "Cà Mau"], diem: Float64Array.from([40.5, 43.25])});
        const out = {};
        for (const format of ["stream", "file"]) {
          const bytes = arrow.tableToIPC(table, format);
          await registerArrow("t_" + format, bytes);
          out[format] = (await query("SELECT tinh, diem FROM t_" + format + " ORDER BY diem DESC")).rows;
          out[format + "_intact"] = bytes.byteLength > 0;
        }
        return out;
      })()`)) as Record<string, unknown>;
      const expected = [
        { tinh: "Cà Mau", diem: 43.25 },
        { tinh: "Hà Giang", diem: 40.5 },
      ];
      expect(results.stream).toEqual(expected);
      expect(results.file).toEqual(expected);
      expect(results.stream_intact).toBe(true);
      expect(results.file_intact).toBe(true);
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
