// /indicators in Chromium against the built site (dist/, full-data build): renders offline with
// no console error, restores its selection from the URL, draws series breaks as gaps, switches
// language, and reads only its build-time files: the head and the file of the indicator's group
// (never DuckDB-wasm or an Arrow table).
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, waitForCells } from "./browser.ts";
import { DIST, useBuiltSite } from "./site.ts";
import { itReal } from "../realData.ts";

if (!existsSync(`${DIST}/indicators.html`)) {
  throw new Error(`${DIST}/indicators.html not found: run \`npm run build\` before the e2e tests`);
}

const site = useBuiltSite(DIST);

const VIEW = '[data-testid="indicator-view"]';
const SELECT = 'select[data-testid="indicator-select"]';

async function ready(page: Page, indicator?: string): Promise<void> {
  const cellErrors = await waitForCells(page);
  expect(cellErrors, "cells that failed").toEqual([]);
  await page
    .locator(indicator ? `${VIEW}[data-indicator="${indicator}"] .chart-body svg` : `${VIEW} .chart-body svg`)
    .first()
    .waitFor({ timeout: 30_000 });
}

/** Titles of the highlighted provinces' line segments ("Lào Cai: 2011–2017"). */
function segmentTitles(page: Page): Promise<string[]> {
  return page.$$eval(`${VIEW} g.province-line path title`, (ts) => ts.map((t) => t.textContent ?? ""));
}

function spans(titles: string[]): Array<[string, number, number]> {
  return titles.map((title) => {
    const m = /^(.*): (\d{4})(?:–(\d{4}))?$/.exec(title);
    if (!m) throw new Error(`unexpected segment title ${title}`);
    return [m[1]!, Number(m[2]), Number(m[3] ?? m[2])];
  });
}

/** Waits until every request has finished, so closing the page aborts nothing. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
}

describe("/indicators", () => {
  itReal("renders the distribution chart with no console error and no outside request", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/indicators");
    try {
      await ready(page);
      const svg = page.locator(`${VIEW} .chart-body svg`).last();
      expect(await svg.locator("g.province-dots circle").count()).toBeGreaterThan(500);
      expect(await svg.locator("g.year-box rect").count()).toBe(14);
      // a change of indicator fetches that indicator's group file
      await page.selectOption(SELECT, "papi.d1");
      await page.locator(`${VIEW}[data-indicator="papi.d1"] .chart-body svg`).first().waitFor({ timeout: 60_000 });
      await settle(page);
      expect(record.errors, "console errors").toEqual([]);
      expect(record.foreignRequests, "requests to other hosts").toEqual([]);
      expect(record.failedRequests, "failed local requests").toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("draws the first chart from the head and the totals' group file: no DuckDB, no Arrow, no other group", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/indicators");
    try {
      await ready(page);
      expect(await page.locator(`${VIEW} .chart-body svg g.province-dots circle`).count()).toBeGreaterThan(500);
      await settle(page);
      const paths = record.requests.map((u) => new URL(u).pathname);
      expect(paths.filter((u) => /duckdb|\.arrow$|apache-arrow/.test(u))).toEqual([]);
      expect(paths.filter((u) => /\/data\/indicator-page\//.test(u)).map((u) => u.replace(/.*\/indicator-page\/(\w+)\..*/, "$1"))).toEqual(["total"]);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("restores ?indicator=papi.d2&p=lao-cai,ha-noi from the URL", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/indicators?indicator=papi.d2&p=lao-cai,ha-noi");
    try {
      await ready(page, "papi.d2");
      expect(await page.locator(SELECT).inputValue()).toBe("papi.d2");
      const chosen = await page.$$eval("select[multiple] option", (os) => os.filter((o) => (o as HTMLOptionElement).selected).map((o) => o.textContent));
      expect(new Set(chosen)).toEqual(new Set(["Lào Cai", "Hà Nội"]));
      expect(new Set((await page.locator(VIEW).getAttribute("data-provinces"))?.split(","))).toEqual(new Set(["lao-cai", "ha-noi"]));
      const provinces = new Set(spans(await segmentTitles(page)).map(([p]) => p));
      expect(provinces).toEqual(new Set(["Lào Cai", "Hà Nội"]));
      // D2 restructured in 2018: a break, and no segment across it
      expect(await page.locator('[data-testid="series-break"][data-year="2018"]').count()).toBe(1);
      for (const [, from, to] of spans(await segmentTitles(page))) expect(from >= 2018 || to <= 2017).toBe(true);
      await settle(page);
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("draws the 2018 break of the total as a gap: a break marker and no line segment spanning 2017 → 2018", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/indicators?indicator=papi.total&p=lao-cai,ha-noi");
    try {
      await ready(page, "papi.total");
      const marker = page.locator('[data-testid="series-break"][data-year="2018"]');
      expect(await marker.count()).toBe(1);
      expect(await marker.getAttribute("data-verified")).toBe("true");
      const segs = spans(await segmentTitles(page));
      expect(segs.length).toBeGreaterThanOrEqual(4);
      for (const [, from, to] of segs) expect(from <= 2017 && to >= 2018, `${from}–${to}`).toBe(false);
      const meanSegs = await page.$$eval(`${VIEW} g.mean-line path title`, (ts) => ts.map((t) => t.textContent ?? ""));
      expect(meanSegs.some((s) => /2011–2017$/.test(s))).toBe(true);
      expect(meanSegs.some((s) => /2018–2024$/.test(s))).toBe(true);
      // the break marker sits between the 2017 and 2018 ticks (derived years are starred: 2017 only)
      const tickX = await page.$$eval(`${VIEW} .chart-body svg g[aria-label="x-axis tick label"] text`, (ts) =>
        Object.fromEntries(ts.map((t) => [t.textContent ?? "", Number(/translate\(([-\d.]+)/.exec(t.getAttribute("transform") ?? "")?.[1])])),
      );
      const markerX = Number(await marker.getAttribute("x1"));
      expect(markerX).toBeGreaterThan(tickX["2017*"]!);
      expect(markerX).toBeLessThan(tickX["2018"]!);
      // the six-dimension total is suggested, and one click switches to it
      await page.locator('[data-testid="suggest-6d"] button').click();
      await page.locator(`${VIEW}[data-indicator="papi.total_6d"]`).waitFor({ timeout: 30_000 });
      expect(new URL(page.url()).searchParams.get("indicator")).toBe("papi.total_6d");
      expect(await page.locator('[data-testid="series-break"]').count()).toBe(0);
      const six = spans(await segmentTitles(page));
      expect(six.some(([, from, to]) => from === 2011 && to === 2024)).toBe(true);
      await settle(page);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("marks unverified breaks as such (D8 in 2020; its 2019 break is verified)", async () => {
    const { page } = await openPage(site.browser.context, site.server.origin, "/indicators?indicator=papi.d8");
    try {
      await ready(page, "papi.d8");
      const marker = page.locator('[data-testid="series-break"][data-year="2020"]');
      expect(await marker.getAttribute("data-verified")).toBe("false");
      expect(await page.locator('[data-testid="break-list"] li[data-year="2020"]').textContent()).toMatch(/chưa xác minh/);
      expect(await page.locator('[data-testid="series-break"][data-year="2019"]').getAttribute("data-verified")).toBe("true");
      await settle(page);
    } finally {
      await page.close();
    }
  });

  itReal("redraws on a selection change, keeps it in the URL, and Back restores the previous view", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/indicators?p=lao-cai");
    try {
      await ready(page, "papi.total");
      await page.selectOption(SELECT, "papi.d3.responsiveness");
      const view = page.locator(`${VIEW}[data-indicator="papi.d3.responsiveness"]`);
      await view.waitFor({ timeout: 60_000 });
      expect(new URL(page.url()).searchParams.get("indicator")).toBe("papi.d3.responsiveness");
      // its years are 2016 and 2017 (the 2017 sheet read by position): 2 × 63 dots, two boxes
      expect(await view.locator(".chart-body svg g.province-dots circle").count()).toBe(126);
      expect(await view.locator(".chart-body svg g.year-box rect").count()).toBe(2);
      await page.goBack();
      await page.locator(`${VIEW}[data-indicator="papi.total"]`).waitFor({ timeout: 60_000 });
      await settle(page);
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("switches labels and number format with ?lang=en", async () => {
    const vi = await openPage(site.browser.context, site.server.origin, "/indicators?indicator=papi.d1&p=lao-cai");
    const en = await openPage(site.browser.context, site.server.origin, "/indicators?indicator=papi.d1&p=lao-cai&lang=en");
    try {
      await ready(vi.page, "papi.d1");
      await ready(en.page, "papi.d1");
      expect(await vi.page.locator("h1").textContent()).toMatch(/Chỉ số qua các tỉnh/);
      expect(await en.page.locator("h1").textContent()).toMatch(/Indicators across provinces/);
      expect(await en.page.locator(`${VIEW} .chart-title`).textContent()).toMatch(/Participation at local levels/);
      expect(await en.page.locator(SELECT).locator("option:checked").textContent()).toMatch(/Participation/);
      // the table view: 2011 median of D1 is 5.33 — "5,33" in Vietnamese, "5.33" in English
      const median = (p: Page) => p.locator(`${VIEW} .chart-table tbody tr`).first().locator("td").nth(4).textContent();
      expect(await median(vi.page)).toBe("5,33");
      expect(await median(en.page)).toBe("5.33");
      expect(await en.page.evaluate(() => document.documentElement.lang)).toBe("en");
      await settle(vi.page);
      await settle(en.page);
      expect(vi.record.errors).toEqual([]);
      expect(en.record.errors).toEqual([]);
    } finally {
      await vi.page.close();
      await en.page.close();
    }
  });

  itReal("downloads the chart's numbers as CSV", async () => {
    const { page } = await openPage(site.browser.context, site.server.origin, "/indicators?indicator=papi.d1&p=lao-cai");
    try {
      await ready(page, "papi.d1");
      const [dl] = await Promise.all([page.waitForEvent("download"), page.locator(`${VIEW} .chart-actions button`).nth(3).click()]);
      const text = await streamText(await dl.createReadStream());
      const lines = text
        .replace(/^\ufeff/, "")
        .trim()
        .split("\n");
      // every province drawn, every year: one row each, names beside codes
      expect(dl.suggestedFilename()).toBe("papi-dimension-d1-2011-2024.csv");
      expect(lines[0]!.split(",").slice(0, 6)).toEqual(["indicator_id", "indicator_vi", "indicator_en", "index", "level", "year"]);
      const rows = lines.slice(1).map((l) => l.split(","));
      const n = Number((await page.locator(`${VIEW} .chart-caption`).textContent())?.match(/n = (\d+)/)?.[1]);
      expect(rows).toHaveLength(n);
      expect(rows.every((r) => r[0] === "papi.d1")).toBe(true);
      expect(rows.filter((r) => r[5] === "2011")).toHaveLength(63);
      expect(lines.some((l) => l.includes(",10,Lào Cai,Lao Cai,"))).toBe(true);
      await settle(page);
    } finally {
      await page.close();
    }
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
