// The overview page (/) in Chromium, on the built site (dist/, made by `npm run build` with
// PAPI_SOURCES set, as CI does): ranking and tile map drawn without DuckDB, selections restored
// from the URL, both languages, the tile links and a user's GeoJSON.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLIENT_MODULE, firstViewAndLive, placesMoved, waitForCells } from "./browser.ts";
import { DIST, useBuiltSite } from "./site.ts";
import { HAS_REAL_DATA, itReal } from "../realData.ts";

if (!existsSync(`${DIST}/index.html`)) throw new Error(`${DIST}/index.html not found: run \`npm run build\` before the e2e tests`);

const site = useBuiltSite(DIST);

const open = (path: string) => site.open(path);

describe("overview", () => {
  it("shows its first chart before any script has run, and the live page replaces it", async () => {
    const page = await site.browser.context.newPage();
    try {
      const cdp = await site.browser.context.newCDPSession(page);
      await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
      await page.goto(new URL("/", site.server.origin).href);
      const card = page.locator("#first-view #ranking");
      expect(await card.locator(".chart-title").textContent()).toMatch(/^Tỉnh nào đứng đầu PAPI năm \d{4}/);
      expect(await card.locator("svg").count()).toBeGreaterThanOrEqual(1);
      expect(await page.locator("#first-view").isVisible()).toBe(true);
    } finally {
      await page.close();
    }
    const { page: live, record } = await open("/");
    try {
      await live.locator("#ranking svg").first().waitFor();
      expect(await live.locator("#first-view").count()).toBe(0);
      expect(await live.locator("#ranking").count()).toBe(1);
      expect(record.errors).toEqual([]);
    } finally {
      await live.close();
    }
  });

  it("draws its live view where the first view was: nothing above the ranking moves (1280 px)", async () => {
    const { firstView, live } = await firstViewAndLive(
      site.browser.context,
      site.server.origin,
      "/",
      {
        lang: ".lang-slot",
        h1: "main h1",
        lead: "main .lead",
        controls: ".controls-slot",
        coverage: "#coverage-note",
        ranking: "#ranking",
        chart: "#ranking .chart-title",
      },
      { ready: (page) => page.locator("#tile-map svg").first().waitFor() },
    );
    expect(placesMoved(firstView, live)).toEqual([]);
  });

  it("hides the first chart written at build when the address asks for another view", async () => {
    const page = await site.browser.context.newPage();
    try {
      // Only the head's inline script runs: the page's modules are held back.
      await page.route(CLIENT_MODULE, (route) => route.abort());
      await page.goto(new URL("/?year=2016", site.server.origin).href);
      expect(await page.locator("#first-view").count()).toBe(1);
      expect(await page.locator("#first-view").isVisible()).toBe(false);
      await page.goto(new URL("/", site.server.origin).href);
      expect(await page.locator("#first-view").isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  itReal("draws the ranking and the tile map with no console error, no outside request and no DuckDB", async () => {
    const { page, record } = await open("/");
    try {
      await page.waitForLoadState("networkidle");
      const ranking = page.locator("#ranking");
      await ranking.locator("svg").first().waitFor();
      // one bar label per province with a total; the default year's 61 or 63 provinces
      const labels = await ranking.locator("svg text").allTextContents();
      expect(labels.filter((s) => /#\d+\/\d+/.test(s)).length).toBeGreaterThanOrEqual(60);
      expect(labels.some((s) => /\(tính toán\)/.test(s))).toBe(true);
      // a build with the official data says nothing of how to add it
      expect(await page.locator("#add-data").count()).toBe(0);
      // the map: 63 tiles, each a link to its province
      const map = page.locator("#tile-map");
      const tiles = map.locator("svg a");
      expect(await tiles.count()).toBe(63);
      const hrefs = await tiles.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toContain("/province/lao-cai");
      expect(await page.locator("#coverage-note").textContent()).toMatch(/\d+ trên 63 tỉnh có điểm năm nay/);
      expect(await page.locator("#trend svg").count()).toBeGreaterThan(0);
      expect(await page.locator("#coverage svg").count()).toBeGreaterThan(0);
      expect(record.requests.some((u) => /duckdb-eh\.[0-9a-f]+\.wasm$/.test(u))).toBe(false);
      expect(record.errors).toEqual([]);
      expect(record.failedRequests).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("restores the year from the URL (/?year=2016) and names the missing provinces of 2014", async () => {
    const { page, record } = await open("/?year=2016");
    try {
      const selectedYear = () =>
        page
          .locator("form select")
          .first()
          .evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
      expect(await selectedYear()).toBe("2016");
      expect(await page.locator("#coverage-note").textContent()).toContain("PAPI 2016: 63 trên 63 tỉnh có điểm năm nay");
      expect(await page.locator("#ranking h3").textContent()).toContain("2016");
      // 6 dimensions before 2018: the legend has D1–D6 only
      const legend = await page.locator("#ranking").innerText();
      expect(legend).toContain("D6");
      expect(legend).not.toContain("D7");
      // choosing another year writes it to the URL; Back restores 2016
      await page.locator("form select").first().selectOption("2014");
      await expect.poll(() => new URL(page.url()).searchParams.get("year")).toBe("2014");
      await expect.poll(() => page.locator("#coverage-note").textContent()).toContain("61 trên 63 tỉnh có điểm năm nay; chưa có điểm: Bắc Giang, Đồng Tháp.");
      await page.goBack();
      await expect.poll(() => page.locator("#coverage-note").textContent()).toContain("PAPI 2016");
      expect(await selectedYear()).toBe("2016");
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("switches to English labels and English number format (?lang=en)", async () => {
    const { page, record } = await open("/?lang=en&year=2019");
    try {
      // the heading is written in both languages; the page shows its own
      expect(await page.locator("h1").first().innerText()).toBe("Overview");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.locator("#coverage-note").textContent()).toContain("63 of 63 provinces have a score this year");
      const labels = await page.locator("#ranking svg text").allTextContents();
      const laoCai = labels.find((s) => s.includes("(published)"));
      expect(laoCai).toMatch(/^45\.06\s+#13\/63 \(published\)$/);
      expect(labels.some((s) => /\d,\d\d/.test(s))).toBe(false);
      expect(labels.some((s) => /\(computed\)/.test(s))).toBe(true);
      // links keep the language
      const hrefs = await page.locator("#tile-map svg a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toContain("/province/lao-cai?lang=en");
      // the published national means are marked as such
      expect((await page.locator("#trend svg text").allTextContents()).filter((s) => /^43\.78\s*published$/.test(s))).toHaveLength(1);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.skipIf(HAS_REAL_DATA)("on the embedded data, tells readers what the build holds, and builders how to add the official data", async () => {
    const { page, record } = await open("/");
    try {
      const tip = page.locator("#add-data");
      expect(await tip.locator("p").first().innerText()).toContain("Bản trang này được dựng chỉ với dữ liệu có sẵn");
      expect(await tip.locator("p").first().innerText()).not.toContain("This build");
      // the instructions are folded away, addressed to whoever builds the site
      expect(await tip.locator("details summary").innerText()).toBe("Dành cho người dựng trang: cách thêm dữ liệu chính thức");
      expect(await tip.locator("details").getAttribute("open")).toBe(null);
      expect(await tip.locator("details code").allTextContents()).toContain("npm run build");
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("Vietnamese number format by default", async () => {
    const { page } = await open("/?year=2019");
    try {
      const labels = await page.locator("#ranking svg text").allTextContents();
      expect(labels.find((s) => s.includes("(công bố)"))).toMatch(/^45,06\s+#13\/63 \(công bố\)$/);
    } finally {
      await page.close();
    }
  });

  it("replaces the tile map with a choropleth of a user's GeoJSON, read in the browser", async () => {
    const { page, record } = await open("/?year=2019");
    try {
      const square = (x: number, y: number) => [
        [
          [x, y],
          [x + 1, y],
          [x + 1, y + 1],
          [x, y + 1],
          [x, y],
        ],
      ];
      const geojson = {
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: { NAME_1: "Lào Cai" }, geometry: { type: "Polygon", coordinates: square(103.5, 22) } },
          { type: "Feature", properties: { NAME_1: "Ha Noi" }, geometry: { type: "Polygon", coordinates: square(105.5, 20.8) } },
          { type: "Feature", properties: { NAME_1: "Atlantis" }, geometry: { type: "Polygon", coordinates: square(106, 18) } },
        ],
      };
      const requestsBefore = record.requests.length;
      // The file input speaks the page's language, not the browser's ("Choose File").
      expect(await page.locator(".file-chooser").innerText()).toMatch(/Bản đồ GeoJSON của bạn \(không bắt buộc\)\s+Chọn tệp…\s+Chưa chọn tệp/);
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: "vn.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(geojson)) });
      await expect.poll(() => page.locator("#geo-match").textContent(), { timeout: 10_000 }).toContain("Khớp 2 vùng; không khớp: Atlantis");
      expect(await page.locator(".file-chooser-name").textContent()).toBe("vn.geojson");
      const paths = page.locator("#tile-map svg a path");
      await expect.poll(() => paths.count()).toBe(2);
      const hrefs = await page.locator("#tile-map svg a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs.sort()).toEqual(["/province/ha-noi", "/province/lao-cai"]);
      // nothing was sent anywhere
      expect(record.requests.slice(requestsBefore).filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([]);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("offers the other indices and the six-dimension series", async () => {
    const { page, record } = await open("/?index=SIPAS");
    try {
      expect(await page.locator("#coverage-note").textContent()).toMatch(/^SIPAS 2024: 1 trên 63 tỉnh/);
      expect(await page.locator("#ranking").innerText()).toContain("Cà Mau");
      // SIPAS has no dimensions, and is written in percent
      expect(await page.locator("#ranking .chart-title").textContent()).toBe("Tỉnh nào đứng đầu SIPAS năm 2024?");
      expect(await page.locator("#ranking svg").first().textContent()).toMatch(/\d,\d{2}%/);
      await page.goto(new URL("/?six=1", site.server.origin).href);
      await waitForCells(page);
      // The toggle read from the URL redraws the trend once the page has settled.
      await expect.poll(() => page.locator("#trend").innerText(), { timeout: 15_000 }).toContain("Tổng 6 chỉ số nội dung");
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
