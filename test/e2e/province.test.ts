// The province pages (/province/<slug>) in Chromium, on the built site (dist/, made by
// `npm run build`; CI builds with the full data, PAPI_SOURCES set). Every assertion here also holds
// on the embedded data alone (Lào Cai 2018–2019 and its 2020 targets, Đắk Lắk 2023).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { CLIENT_MODULE, firstViewAndLive, placesMoved, openPage, waitForCells } from "./browser.ts";
import { DIST, useBuiltSite } from "./site.ts";
import { describeReal } from "../realData.ts";

if (!existsSync(`${DIST}/province/lao-cai.html`)) {
  throw new Error(`${DIST}/province/lao-cai.html not found: run \`npm run build\` before the e2e tests`);
}

const site = useBuiltSite(DIST);

async function open(path: string) {
  const opened = await openPage(site.browser.context, site.server.origin, path);
  const cellErrors = await waitForCells(opened.page);
  expect(cellErrors, "cells that failed").toEqual([]);
  return opened;
}

/** The text of the data table of the chart card whose title matches. */
function cardTable(page: import("playwright-core").Page, title: RegExp) {
  return page.locator("figure.chart-card", { has: page.locator(".chart-title", { hasText: title }) }).locator(".chart-table table");
}

describe("/province/lao-cai", () => {
  it("shows its first view before any script has run: written into the page at build", async () => {
    const page = await site.browser.context.newPage();
    try {
      const cdp = await site.browser.context.newCDPSession(page);
      await cdp.send("Emulation.setScriptExecutionDisabled", { value: true });
      await page.goto(new URL("/province/lao-cai", site.server.origin).href);
      const view = page.locator("#first-view");
      expect(await view.locator("h1").textContent()).toBe("Hồ sơ Lào Cai");
      expect(await view.locator(".pv-card-value").first().textContent()).toMatch(/^\d{2},\d{2}$/);
      expect(await view.locator("figure.chart-card", { hasText: "Điểm PAPI tổng hợp" }).count()).toBe(1);
      expect(await view.locator("figure.chart-card svg").count()).toBeGreaterThanOrEqual(3);
      expect(await view.isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it("hides the Vietnamese first view in English until the page draws its own", async () => {
    const page = await site.browser.context.newPage();
    try {
      // Only the head's inline script runs: the page's modules are held back.
      await page.route(CLIENT_MODULE, (route) => route.abort());
      await page.goto(new URL("/province/lao-cai?lang=en", site.server.origin).href);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await page.locator("#first-view").count()).toBe(1);
      expect(await page.locator("#first-view").isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it("draws its live view where the first view was: nothing above the charts moves (1280 px)", async () => {
    const { firstView, live } = await firstViewAndLive(
      site.browser.context,
      site.server.origin,
      "/province/lao-cai",
      { h1: "main h1", cards: "main .pv-cards", chart: "main #tong-diem figure.chart-card", lang: ".lang-slot", print: ".print-slot" },
      { ready: (page) => page.locator(".print-slot .print-button").waitFor() },
    );
    expect(placesMoved(firstView, live)).toEqual([]);
  });

  it("replaces the first view written at build with the live one: each chart once", async () => {
    const { page, record } = await open("/province/lao-cai");
    try {
      expect(await page.locator("#first-view").count()).toBe(0);
      expect(await page.locator("h1", { hasText: "Lào Cai" }).count()).toBe(1);
      expect(await page.locator("#tong-diem").count()).toBe(1);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("draws its charts from the tables alone (no DuckDB), offline, without errors", async () => {
    const { page, record } = await open("/province/lao-cai");
    try {
      await page.waitForLoadState("networkidle");
      expect(await page.locator("figure.chart-card svg").count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator("h1").first().textContent()).toContain("Lào Cai");
      // data.ts imports the (lazy) DuckDB wrapper module, but the engine itself never starts here.
      expect(
        record.requests.filter((u) => /duckdb-eh|duckdb-browser/.test(u)),
        "DuckDB-wasm is not loaded on this page",
      ).toEqual([]);
      expect(record.errors).toEqual([]);
      expect(record.failedRequests).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("shows 45,06 for 2019 (rank 13/63, published) and the 2020 target 46,40", async () => {
    const { page } = await open("/province/lao-cai");
    try {
      const totals = cardTable(page, /Điểm PAPI tổng hợp của Lào Cai/);
      const row2019 = totals.locator("tbody tr", { has: page.locator("td:first-child", { hasText: /^2019$/ }) });
      expect(await row2019.locator("td").nth(1).textContent()).toBe("45,06");
      const ranks = cardTable(page, /xếp hạng thứ mấy/);
      const rank2019 = ranks.locator("tbody tr", { has: page.locator("td:first-child", { hasText: /^2019$/ }) });
      expect(await rank2019.locator("td").nth(1).textContent()).toBe("13/63");
      expect(await rank2019.locator("td").nth(2).textContent()).toBe("công bố");
      // The rank chart tells published from computed marks with a legend.
      const legendText = await page
        .locator("figure.chart-card", { has: page.locator(".chart-title", { hasText: /xếp hạng thứ mấy/ }) })
        .locator(".pv-legend")
        .textContent();
      expect(legendText).toContain("thứ hạng công bố");
      expect(legendText).toContain("thứ hạng tính toán");
      const targets = page.locator("#muc-tieu table");
      const totalTarget = targets.locator("tbody tr", { hasText: "Chỉ số PAPI tổng hợp" });
      expect(await totalTarget.textContent()).toContain("≥ 46,40");
      expect(await totalTarget.textContent()).toContain("2020");
      expect(await targets.textContent()).toContain("đứng đầu 6 tỉnh");
      // every figure has its source listed
      const sources = await page.locator("#nguon").textContent();
      expect(sources).toMatch(/lao-cai-papi-plan-2020-151-kh-ubnd\.txt:\d+/);
    } finally {
      await page.close();
    }
  });

  it("switches labels and number format with ?lang=en, and the picker keeps the language", async () => {
    const { page, record } = await open("/province/lao-cai?lang=en");
    try {
      expect(await page.locator("#tong-diem h2").textContent()).toBe("Total, rank and group over time");
      const totals = cardTable(page, /How has Lao Cai's PAPI total changed/);
      const row2019 = totals.locator("tbody tr", { has: page.locator("td:first-child", { hasText: /^2019$/ }) });
      expect(await row2019.locator("td").nth(1).textContent()).toBe("45.06");
      expect(await page.locator("#muc-tieu table").textContent()).toContain("≥ 46.40");
      await Promise.all([page.waitForURL(/\/province\/dak-lak\?lang=en$/), page.locator("#province-picker").selectOption("dak-lak")]);
      await page.waitForLoadState("load");
      expect(await waitForCells(page)).toEqual([]);
      // (the Vietnamese first view written at build is hidden, then replaced)
      expect(await page.locator("h1:visible").first().textContent()).toContain("Dak Lak");
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("downloads the totals as a CSV file", async () => {
    const { page } = await open("/province/lao-cai");
    try {
      const card = page.locator("figure.chart-card", { has: page.locator(".chart-title", { hasText: /Điểm PAPI tổng hợp của Lào Cai/ }) });
      const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: "Tải CSV" }).click()]);
      const text = await readFile((await download.path())!, "utf8");
      const lines = text
        .replace(/^\ufeff/, "")
        .trim()
        .split("\n");
      expect(lines[0]).toMatch(/^year,value,kind,/);
      expect(lines.some((l) => /^2019,45\.05?\d*,actual,/.test(l) || l.startsWith("2019,45.06,actual,"))).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe("/province/dak-lak", () => {
  it("shows 42,33 and rank 31/61 for 2023", async () => {
    const { page, record } = await open("/province/dak-lak");
    try {
      const totals = cardTable(page, /Điểm PAPI tổng hợp của Đắk Lắk/);
      const row2023 = totals.locator("tbody tr", { has: page.locator("td:first-child", { hasText: /^2023$/ }) });
      expect(await row2023.locator("td").nth(1).textContent()).toBe("42,33");
      const ranks = cardTable(page, /xếp hạng thứ mấy/);
      const rank2023 = ranks.locator("tbody tr", { has: page.locator("td:first-child", { hasText: /^2023$/ }) });
      expect(await rank2023.locator("td").nth(1).textContent()).toBe("31/61");
      expect(await page.locator("main").textContent()).toContain("31/61");
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe("/province/ca-mau", () => {
  it("shows PAR INDEX 2024 89,33 % rank 20/63 and the derived 2023 figure 86,89", async () => {
    const { page } = await open("/province/ca-mau");
    try {
      const text = await page.locator("#par-sipas").textContent();
      expect(text).toContain("89,33%");
      expect(text).toContain("20/63");
      expect(text).toContain("86,89%");
      expect(text).toContain("suy ra");
    } finally {
      await page.close();
    }
  });
});

describeReal("/province/ca-mau on the official data", () => {
  it("shows the 2024 sub-dimensions and weaknesses, and the 2023 total with its 95 % interval", async () => {
    const { page, record } = await open("/province/ca-mau");
    try {
      await page.locator(".pv-interval").waitFor();
      await page.locator(".pv-survey table").waitFor();
      const main = (await page.textContent("main")) ?? "";
      expect(main).toContain("Các chỉ số thành phần của Cà Mau năm 2024 ra sao?");
      const interval = page.locator(".pv-interval");
      expect(await interval.count()).toBe(1);
      // 40,11 with its interval 39,79–40,42 as the official 2023 sheet prints them
      expect(await interval.textContent()).toMatch(/^Năm 2023: 40,11 điểm, khoảng tin cậy 95 % từ 39,79 đến 40,42 .* không phân biệt được ở mức 95 %/);
      expect(await cardTable(page, /Điểm PAPI tổng hợp/).textContent()).toContain("39,79–40,42");
      // the chart itself is drawn: a dot for each of the 14 years and a year axis (a band-only
      // mark on the linear year scale once left it empty)
      const totalChart = page
        .locator("figure.chart-card", { has: page.locator(".chart-title", { hasText: /Điểm PAPI tổng hợp/ }) })
        .locator('.chart-body svg[class*="plot-"]')
        .first();
      expect(await totalChart.locator('g[aria-label="dot"] circle').count()).toBe(14);
      expect(await totalChart.locator('g[aria-label="x-axis tick label"] text').allTextContents()).toContain("2024");
      // drill-down: a sub-dimension's survey indicators for 2018, 2019 and 2023, beside the mean
      const survey = page.locator(".pv-survey");
      const heads = await survey.locator("th").allTextContents();
      expect(heads).toEqual(["Chỉ tiêu", "2018", "2019", "2023"]);
      await page.getByTestId("survey-subdimension").selectOption("papi.d2.communal_budgets");
      const row = survey.locator("tr", { hasText: "Thu chi ngân sách của xã/phường được công bố công khai" });
      expect(await row.count()).toBe(1);
      expect(await row.textContent()).toMatch(/17,7% \(TB \d+,\d%\)/); // Cà Mau 2023: 0.1766
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
