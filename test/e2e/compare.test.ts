// The comparison page (/compare) in Chromium, on the built site (dist/; CI builds with the full
// data). It reads two build-time files (the totals first, then the profile) and neither DuckDB-wasm
// nor an Arrow table; every selection lives in the URL.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CLIENT_MODULE, firstViewAndLive, placesMoved, openPage, waitForCells } from "./browser.ts";
import { DIST, useBuiltSite } from "./site.ts";
import { itReal } from "../realData.ts";
import { OKABE_ITO } from "../../src/components/shared/palette.ts";

if (!existsSync(`${DIST}/compare.html`)) {
  throw new Error(`${DIST}/compare.html not found: run \`npm run build\` before the e2e tests`);
}

const site = useBuiltSite(DIST);

const THREE = "/compare?p=lao-cai,dak-lak,ha-noi&year=2019";

const card = (page: Page, title: RegExp) => page.locator("figure.chart-card", { has: page.locator(".chart-title", { hasText: title }) });
const yearSelect = (page: Page) => page.getByLabel(/^(Năm \(hồ sơ chỉ số nội dung\)|Year \(dimension profile\))$/);
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Waits for the page's cells and the profile file (the dimension profile drawn). */
async function waitForProfile(page: Page) {
  await waitForCells(page);
  await page.locator("#profile figure.chart-card svg, #profile .pv-message").first().waitFor({ timeout: 30_000 });
}

describe("/compare", () => {
  it("shows the selected provinces' totals before any module has run, in their colours and order", async () => {
    const page = await site.browser.context.newPage();
    try {
      // Only the page's inline scripts run: its modules are held back.
      await page.route(CLIENT_MODULE, (route) => route.abort());
      await page.goto(new URL(THREE, site.server.origin).href);
      const root = page.locator("#first-view");
      expect(await root.isVisible()).toBe(true);
      expect(await root.getAttribute("data-selection")).toBe("lao-cai,dak-lak,ha-noi");
      expect(await root.locator(".chart-title").textContent()).toMatch(/^Điểm PAPI tổng hợp của các tỉnh/);
      const layers = await root.locator(".pv-layer").evaluateAll((gs) =>
        gs.map((g) => ({
          slug: g.getAttribute("data-slug"),
          n: Number(g.getAttribute("data-n")),
          shown: getComputedStyle(g).display !== "none",
          color: getComputedStyle(g).color,
        })),
      );
      const selected = ["lao-cai", "dak-lak", "ha-noi"];
      const shown = layers.filter((l) => l.shown);
      // every layer of a selected province shows, in the colour the live page gives it; no other shows
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown.map((l) => l.slug))).toEqual(new Set(layers.filter((l) => selected.includes(l.slug!)).map((l) => l.slug)));
      for (const l of shown) expect(l.color, l.slug!).toBe(rgb(OKABE_ITO[selected.indexOf(l.slug!)]!));
      // the legend names the three in selection order; the marks' legend says what grey lines are
      const legend = await root.locator(".pv-legend-item[data-key]").evaluateAll((items) =>
        items
          .filter((i) => getComputedStyle(i).display !== "none")
          .sort((a, b) => a.getBoundingClientRect().x - b.getBoundingClientRect().x)
          .map((i) => ({
            key: i.getAttribute("data-key"),
            text: i.textContent,
            swatch: getComputedStyle(i.querySelector("svg")!).color,
            name: getComputedStyle(i).color,
            body: getComputedStyle(document.body).color,
          })),
      );
      expect(legend.map((i) => i.key)).toEqual(selected);
      expect(legend.map((i) => i.text)).toEqual(["Lào Cai", "Đắk Lắk", "Hà Nội"]);
      // the swatches in the provinces' colours, the names in the text colour (as the live legend)
      expect(legend.map((i) => i.swatch)).toEqual(OKABE_ITO.slice(0, 3).map(rgb));
      for (const i of legend) expect(i.name, i.key!).toBe(i.body);
      expect(await root.locator(".pv-legend-item:not([data-key])").allTextContents()).toContain("các tỉnh khác");
      // n: each province's count once (its line and its dots are layers that both hold it)
      const count = new Map(shown.map((l) => [l.slug, l.n]));
      expect(Number(await root.locator(".chart-n").textContent())).toBe([...count.values()].reduce((sum, n) => sum + n, 0));
      // too few provinces: nothing there (the live page says why); English: nothing until drawn live
      for (const address of ["/compare?p=lao-cai", "/compare", `${THREE}&lang=en`]) {
        await page.goto(new URL(address, site.server.origin).href);
        expect(await root.isVisible(), address).toBe(false);
      }
    } finally {
      await page.close();
    }
  });

  it("replaces the first view with the live chart, drawn once", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, THREE);
    try {
      await waitForProfile(page);
      expect(await page.locator("#first-view").count()).toBe(0);
      expect(await card(page, /Điểm PAPI tổng hợp của các tỉnh/).count()).toBe(1);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("draws its live view where the first view was: nothing above the totals moves (1280 px)", async () => {
    const { firstView, live } = await firstViewAndLive(
      site.browser.context,
      site.server.origin,
      THREE,
      {
        lang: ".lang-slot",
        print: ".print-slot",
        h1: "main h1",
        chooser: ".chooser-slot",
        heading: "#totals h2",
        chart: "#totals figure.chart-card",
      },
      { ready: (page) => page.locator(".print-slot .print-button").waitFor() },
    );
    expect(placesMoved(firstView, live)).toEqual([]);
  });

  it("draws the first chart without waiting for the profile files; fetches only the selected provinces' ones; no DuckDB, no Arrow", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, record } = await openPage(site.browser.context, site.server.origin, THREE, {
      beforeGoto: (p) =>
        p.route(/\/data\/compare-(profile\/[a-z-]+|context)\.[0-9a-f]+\.json$/, async (route) => {
          await held;
          await route.continue();
        }),
    });
    try {
      // the profile file is held: the totals chart draws all the same
      await card(page, /Điểm PAPI tổng hợp của các tỉnh/)
        .locator("svg")
        .first()
        .waitFor({ timeout: 30_000 });
      expect(await page.locator("#profile figure.chart-card").count()).toBe(0);
      release();
      await waitForProfile(page);
      await page.waitForLoadState("networkidle");
      const paths = record.requests.map((u) => new URL(u).pathname);
      expect(paths.some((u) => /\/data\/compare\.[0-9a-f]+\.json$/.test(u))).toBe(true);
      const profiles = paths.filter((u) => /\/data\/compare-profile\//.test(u)).map((u) => u.replace(/.*\/compare-profile\/([a-z-]+)\..*/, "$1"));
      expect(profiles.sort()).toEqual(["dak-lak", "ha-noi", "lao-cai"]);
      expect(paths.filter((u) => /duckdb|\.arrow$|apache-arrow/.test(u))).toEqual([]);
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      release();
      await page.close();
    }
  });

  it("restores its selection from the URL: the chooser shows the three, the charts name them", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, THREE);
    try {
      await waitForProfile(page);
      expect(await page.locator(".pv-chip").allTextContents()).toEqual(["Lào Cai×", "Đắk Lắk×", "Hà Nội×"]);
      expect(await yearSelect(page).inputValue()).not.toBe("");
      expect(await yearSelect(page).locator("option:checked").textContent()).toBe("2019");
      const totals = card(page, /Điểm PAPI tổng hợp của các tỉnh/);
      const legendText = await totals.locator(".pv-legend").first().textContent();
      for (const name of ["Lào Cai", "Đắk Lắk", "Hà Nội"]) expect(legendText).toContain(name);
      // direct labels at the end of each line (on the full data all three have totals)
      const labels = await totals.locator("svg text").allTextContents();
      expect(labels).toContain("Lào Cai");
      expect(labels).toContain("Đắk Lắk");
      expect(await card(page, /chỉ số nội dung nào năm 2019/).count()).toBe(1);
      expect(
        await card(page, /chỉ số nội dung nào năm 2019/)
          .locator(".pv-legend")
          .first()
          .textContent(),
      ).toContain("Hà Nội");
      await page.waitForLoadState("networkidle");
      expect(record.errors).toEqual([]);
      expect(record.failedRequests).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("redraws on a year change, keeps it in the URL, and Back restores the previous state", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, THREE);
    try {
      await waitForProfile(page);
      const options = await yearSelect(page).locator("option").allTextContents();
      expect(options).toContain("2018");
      await yearSelect(page).selectOption({ label: "2018" });
      await expect.poll(() => param(page, "year")).toBe("2018");
      await card(page, /chỉ số nội dung nào năm 2018/).waitFor({ timeout: 30_000 });
      await page.goBack();
      await expect.poll(() => param(page, "year")).toBe("2019");
      await card(page, /chỉ số nội dung nào năm 2019/).waitFor({ timeout: 30_000 });
      expect(await yearSelect(page).locator("option:checked").textContent()).toBe("2019");
      // removing a province changes p; Back brings it back
      await page.getByRole("button", { name: "Bỏ Hà Nội" }).click();
      await expect.poll(() => param(page, "p")).toBe("lao-cai,dak-lak");
      await expect.poll(() => page.locator(".pv-chip").count()).toBe(2);
      await page.goBack();
      await expect.poll(() => param(page, "p")).toBe("lao-cai,dak-lak,ha-noi");
      await expect.poll(() => page.locator(".pv-chip").count()).toBe(3);
      // removing a chip by keyboard leaves focus in place: on the chip that took its place
      await page.getByRole("button", { name: "Bỏ Đắk Lắk" }).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => param(page, "p")).toBe("lao-cai,ha-noi");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Bỏ Hà Nội");
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("sets A and B in the URL and draws their differences", async () => {
    const { page } = await openPage(site.browser.context, site.server.origin, `${THREE}&a=ha-noi&b=lao-cai`);
    try {
      await waitForProfile(page);
      const diff = card(page, /Hà Nội hơn hay kém Lào Cai/);
      await diff.waitFor({ timeout: 30_000 });
      expect(await diff.locator("svg rect").count()).toBeGreaterThanOrEqual(6);
      await page.getByLabel("Tỉnh B", { exact: true }).selectOption({ label: "Đắk Lắk" });
      await expect.poll(() => param(page, "b")).toBe("dak-lak");
      await card(page, /Hà Nội hơn hay kém Đắk Lắk/).waitFor({ timeout: 30_000 });
    } finally {
      await page.close();
    }
  });

  it("switches labels and number format with ?lang=en", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, `${THREE}&lang=en`);
    try {
      await waitForProfile(page);
      expect(await page.locator("h1").first().innerText()).toBe("Compare provinces");
      const table = card(page, /How do the provinces' PAPI totals compare/).locator(".chart-table table");
      const row = table.locator("tbody tr", { hasText: "Lao Cai" }).filter({ has: page.locator("td:nth-child(2)", { hasText: /^2019$/ }) });
      expect(await row.locator("td").nth(2).textContent()).toBe("45.06");
      expect(await page.locator(".pv-presets").textContent()).toContain("The Northwest six");
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("takes every chart away when the reader removes provinces down to one, and says why", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, THREE);
    try {
      await waitForProfile(page);
      expect(await page.locator("figure.chart-card").count()).toBeGreaterThan(0);
      for (const name of ["Hà Nội", "Đắk Lắk"]) await page.getByRole("button", { name: `Bỏ ${name}` }).click();
      await page.locator("#need-more").waitFor({ timeout: 30_000 });
      await expect.poll(() => page.locator("figure.chart-card").count()).toBe(0);
      expect(await page.locator("#overlap, .compare-controls").count()).toBe(0);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("asks for at least two provinces; the Northwest preset chooses six", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/compare?p=lao-cai");
    try {
      await waitForCells(page);
      await page.locator("#need-more").waitFor({ timeout: 30_000 });
      expect(await page.locator("figure.chart-card").count()).toBe(0);
      await page.locator('button[data-preset="northwest"]').click();
      await expect.poll(() => (param(page, "p") ?? "").split(",").length).toBe(6);
      expect(param(page, "p")!.split(",")[0]).toBe("lao-cai");
      await card(page, /Điểm PAPI tổng hợp của các tỉnh/).waitFor({ timeout: 30_000 });
      expect(await page.locator("#need-more").count()).toBe(0);
      // the other language opens this view, not the one the page was opened with
      const six = param(page, "p")!;
      await Promise.all([page.waitForURL(/lang=en/), page.locator(".lang-switch a", { hasText: "English" }).click()]);
      expect(param(page, "p")).toBe(six);
      await card(page, /How do the provinces' PAPI totals compare/).waitFor({ timeout: 30_000 });
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("compares Lào Cai and Đắk Lắk and says which years both have", async () => {
    const { page } = await openPage(site.browser.context, site.server.origin, "/compare?p=lao-cai,dak-lak");
    try {
      await waitForProfile(page);
      const overlap = await page.locator("#overlap").textContent();
      expect(overlap).toContain("Lào Cai");
      expect(overlap).toContain("Đắk Lắk");
      // On the full data both have 2011–2024; on the embedded data alone the note says "none".
      expect(overlap).toMatch(/2011–2024|không có/);
    } finally {
      await page.close();
    }
  });
});

/** "#0072B2" as getComputedStyle writes it: "rgb(0, 114, 178)". */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
