// /notebook in Chromium against the built site (dist/, full-data build): a worked example runs
// and shows a table with rows and a chart, the query goes into the URL and reopening that URL
// reproduces the result, a bad query shows a readable error, CSV and JSON downloads are valid,
// Ctrl+Enter runs, the schema is listed, and nothing is fetched from another host.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { openPage, waitForCells } from "./browser.ts";
import { DIST, useBuiltSite } from "./site.ts";
import { parseCsv } from "../../loaders/text/index.ts";
import { EXAMPLES } from "../../src/components/notebook/queries.ts";
import { itReal } from "../realData.ts";

if (!existsSync(`${DIST}/notebook.html`)) {
  throw new Error(`${DIST}/notebook.html not found: run \`npm run build\` before the e2e tests`);
}

const site = useBuiltSite(DIST);

const NB = '[data-testid="notebook"]';

/** Waits for the page's cells, then for the notebook to finish its current query. */
async function settled(page: Page, state: "done" | "error" = "done"): Promise<void> {
  expect(await waitForCells(page), "cells that failed").toEqual([]);
  await page.locator(`${NB}[data-state="${state}"]`).waitFor({ timeout: 60_000 });
}

async function rowCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="row-count"]').getAttribute("data-rows"));
}

async function firstRowCells(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="result-table"] tbody tr:first-child td', (tds) => tds.map((td) => td.textContent ?? ""));
}

async function downloadText(d: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of await d.createReadStream()) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

describe("/notebook", () => {
  itReal("loads with the schema and a first result, no console error and no outside request", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/notebook");
    try {
      await settled(page);
      const tables = await page.$$eval('[data-testid="schema"] [data-table]', (ds) => ds.map((d) => (d as HTMLElement).dataset.table));
      expect(tables).toEqual([
        "scores",
        "facts",
        "provinces",
        "indicators",
        "sources",
        "issues",
        "benchmarks",
        "coverage",
        "plans",
        "plan_targets",
        "plan_tasks",
        "plan_agencies",
      ]);
      expect(await rowCount(page)).toBe(10);
      expect(await page.locator('[data-testid="coverage-note"]').count()).toBe(0); // full data: no "few provinces" note
      await page.waitForLoadState("networkidle");
      expect(record.errors, "console errors").toEqual([]);
      expect(record.foreignRequests, "requests to other hosts").toEqual([]);
      expect(record.failedRequests, "failed local requests").toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("runs a worked example: table with rows, a chart, the query in the URL; reopening the URL reproduces the result", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/notebook?lang=en");
    let sharedUrl = "";
    let expected: { rows: number; first: string[] } | null = null;
    try {
      await settled(page);
      const example = EXAMPLES.find((e) => e.id === "northwest-six-dimension-trend")!;
      await page.locator('[data-testid="example-northwest-six-dimension-trend"]').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="row-count"]')?.getAttribute("data-rows") === "84", undefined, { timeout: 60_000 });
      await page.locator(`${NB}[data-state="done"]`).waitFor();
      expect(await page.locator('[data-testid="sql-editor"]').inputValue()).toBe(example.sql);
      expect(await page.locator('[data-testid="result-table"] tbody tr').count()).toBe(25); // first page
      expect(await page.locator('[data-testid="page"]').textContent()).toBe("Page 1/4");
      const chart = page.locator('[data-testid="quick-chart"]');
      expect(await chart.getAttribute("data-type")).toBe("line");
      expect(await chart.locator(".chart-body svg path").count()).toBeGreaterThanOrEqual(6);
      expect(await chart.locator(".chart-title").textContent()).toBe(example.title.en);
      sharedUrl = page.url();
      const url = new URL(sharedUrl);
      expect(url.searchParams.get("q")).toBe(example.sql);
      expect(url.searchParams.get("lang")).toBe("en");
      expect(await page.locator('[data-testid="share-url"]').inputValue()).toBe(sharedUrl);
      expected = { rows: await rowCount(page), first: await firstRowCells(page) };
      await page.locator('[data-testid="page-next"]').click();
      expect(await page.locator('[data-testid="page"]').textContent()).toBe("Page 2/4");
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
    const again = await openPage(site.browser.context, site.server.origin, sharedUrl.slice(site.server.origin.length));
    try {
      await settled(again.page);
      expect(await rowCount(again.page)).toBe(expected!.rows);
      expect(await firstRowCells(again.page)).toEqual(expected!.first);
      expect(await again.page.locator('[data-testid="quick-chart"]').getAttribute("data-type")).toBe("line");
      expect(again.record.errors).toEqual([]);
    } finally {
      await again.page.close();
    }
  });

  it("shows a bad query's error as a readable message, and the page keeps working", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/notebook");
    try {
      await settled(page);
      await page.locator('[data-testid="sql-editor"]').fill("SELEC * FROM facts");
      await page.locator('[data-testid="run"]').click();
      await page.locator(`${NB}[data-state="error"]`).waitFor({ timeout: 30_000 });
      const error = page.locator('[data-testid="sql-error"]');
      expect(await error.isVisible()).toBe(true);
      expect(await error.textContent()).toMatch(/Lỗi SQL: .*syntax error/s);
      expect(await page.locator('[data-testid="result-table"]').count()).toBe(0);
      // files and URLs cannot be read
      await page.locator('[data-testid="sql-editor"]').fill("SELECT * FROM read_csv('https://example.invalid/x.csv')");
      await page.locator('[data-testid="run"]').click();
      await page.waitForFunction(() => /disabled|extension/i.test(document.querySelector('[data-testid="sql-error"]')?.textContent ?? ""), undefined, {
        timeout: 30_000,
      });
      // a good query afterwards runs, with Ctrl+Enter
      await page.locator('[data-testid="sql-editor"]').fill("SELECT count(*) AS n FROM provinces");
      await page.locator('[data-testid="sql-editor"]').press("Control+Enter");
      await page.locator(`${NB}[data-state="done"]`).waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="sql-error"]').isHidden()).toBe(true);
      expect(await firstRowCells(page)).toEqual(["63"]);
      expect(new URL(page.url()).searchParams.get("q")).toBe("SELECT count(*) AS n FROM provinces");
      expect(record.errors, "console errors").toEqual([]);
      expect(record.foreignRequests, "requests to other hosts").toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("downloads the result as a valid CSV and JSON", async () => {
    const { page } = await openPage(site.browser.context, site.server.origin, "/notebook");
    try {
      await settled(page);
      await page.locator('[data-testid="example-lao-cai-vs-national"]').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="row-count"]')?.getAttribute("data-rows") === "8", undefined, { timeout: 60_000 });
      const [csvDl] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download-csv"]').click()]);
      expect(csvDl.suggestedFilename()).toMatch(/\.csv$/);
      const records = parseCsv(await downloadText(csvDl)).map((r) => r.fields);
      expect(records[0]).toEqual(["dimension", "dimension_vi", "dimension_en", "year", "province_value", "national_mean", "difference", "n"]);
      expect(records).toHaveLength(9);
      expect(records.slice(1).map((r) => r[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
      expect(records[1]![1]).toBe("Tham gia của người dân ở cấp cơ sở");
      expect(Number(records[1]![4])).toBeGreaterThan(1);
      expect(records.every((r) => r.length === 8)).toBe(true);
      const [jsonDl] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download-json"]').click()]);
      const json = JSON.parse(await downloadText(jsonDl)) as Array<Record<string, unknown>>;
      expect(json).toHaveLength(8);
      expect(json[0]!.dimension).toBe(1);
      expect(typeof json[0]!.province_value).toBe("number");
    } finally {
      await page.close();
    }
  });

  it("inserts a schema name at the cursor when clicked", async () => {
    const { page } = await openPage(site.browser.context, site.server.origin, "/notebook");
    try {
      await settled(page);
      const editor = page.locator('[data-testid="sql-editor"]');
      await editor.fill("SELECT * FROM ");
      await editor.press("End");
      await page.locator('[data-testid="schema"] [data-table="benchmarks"] > button').click();
      expect(await editor.inputValue()).toBe("SELECT * FROM benchmarks");
      await page.locator('[data-testid="schema"] [data-table="facts"] summary').click();
      await editor.fill("SELECT  FROM facts");
      await editor.evaluate((t: HTMLTextAreaElement) => t.setSelectionRange(7, 7));
      await page.locator('[data-testid="schema"] [data-table="facts"] li button', { hasText: /^group$/ }).click();
      expect(await editor.inputValue()).toBe('SELECT "group" FROM facts');
    } finally {
      await page.close();
    }
  });
});
