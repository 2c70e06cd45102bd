// The data page (/data) in Chromium, on the built site (dist/, made by `npm run build` with
// PAPI_SOURCES set, as CI does): sources with provenance, the quality report with file:line,
// filters in the URL, valid downloads, and both languages.
import { existsSync } from "node:fs";
import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { TABLES } from "../../loaders/model/index.ts";
import { DIST, useBuiltSite } from "./site.ts";
import { itReal } from "../realData.ts";

if (!existsSync(`${DIST}/data.html`)) throw new Error(`${DIST}/data.html not found: run \`npm run build\` before the e2e tests`);

const site = useBuiltSite(DIST);

const open = (path: string) => site.open(path);

describe("data page", () => {
  itReal("lists the five plan documents, the workbook and the panel as sources, with provenance", async () => {
    const { page, record } = await open("/data");
    try {
      await page.waitForLoadState("networkidle");
      const text = await page.locator("#sources-table").innerText();
      for (const file of [
        "lao-cai-papi-plan-2020-151-kh-ubnd.txt",
        "dak-lak-papi-plan-2024.txt",
        "ca-mau-papi-plan-2024-117-kh-ubnd.txt",
        "ca-mau-par-sipas-plan-2025-126-kh-ubnd.txt",
        "luc-ba-commune-papi-plan-2024-171-kh-ubnd.txt",
        "PAPI_2011-2016.xlsx",
        "papi-dimensions-2011-2024.csv",
      ])
        expect(text).toContain(file);
      expect(text).toContain("151/KH-UBND");
      expect(text).toContain("UBND tỉnh Lào Cai");
      expect(text).toContain("Bộ dữ liệu chính thức");
      expect(await page.locator("#sources-table code[title]").first().getAttribute("title")).toMatch(/^[0-9a-f]{64}$/);
      expect(record.errors).toEqual([]);
      expect(record.failedRequests).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
      expect(record.requests.some((u) => /duckdb-eh\.[0-9a-f]+\.wasm$/.test(u))).toBe(false);
    } finally {
      await page.close();
    }
  });

  itReal("shows the Lào Cai sum_mismatch warning with its file:line, and the counts by kind", async () => {
    const { page, record } = await open("/data");
    try {
      const issues = page.locator("#issues");
      await issues.locator("table").waitFor();
      // the kind is named in the page's language (its code in the cell's title)
      const row = issues.locator("tr", { hasText: "tổng các phần không khớp" });
      expect(await row.count()).toBe(1);
      expect(await row.innerText()).toMatch(/lao-cai-papi-plan-2020-151-kh-ubnd\.txt:\d+/);
      expect(await row.innerText()).toContain("Cảnh báo");
      // workbook findings name the file and the cell
      expect(await issues.innerText()).toContain("PAPI_2011-2016.xlsx › 2014_PAPI!AF17");
      // notes (info) are hidden by default; counts by kind are charted
      expect(await issues.innerText()).not.toContain("các nguồn khớp nhau");
      expect(await page.locator("#issue-counts svg").count()).toBeGreaterThan(0);
      expect(await page.locator("#coverage svg").count()).toBeGreaterThan(0);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  itReal("restores the filters from the URL and writes changes back", async () => {
    const { page, record } = await open("/data?severity=info&kind=skipped_row");
    try {
      await expect.poll(() => page.locator("#issues-count").textContent()).toMatch(/Đang hiện 6 trên/);
      const rows = await page.locator("#issues tbody tr").allInnerTexts();
      expect(rows.length).toBe(6);
      expect(rows.every((r) => r.includes("bỏ qua dòng"))).toBe(true);
      // tick "warning" too: the URL says so
      await page
        .locator("#issues")
        .page()
        .getByLabel(/^Cảnh báo/)
        .check();
      await expect.poll(() => new URL(page.url()).searchParams.get("severity")).toBe("warning,info");
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("links every table as CSV, Arrow and Parquet files that are valid", async () => {
    const { page, record } = await open("/data");
    try {
      // the table is drawn once the downloads file is read: wait for it, not for the page alone
      await page.locator("#downloads-table a.download").first().waitFor();
      const links = await page
        .locator("#downloads-table a.download")
        .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href")!, download: a.getAttribute("download"), text: a.textContent })));
      expect(links).toHaveLength(Object.keys(TABLES).length * 3);
      const text = await page.locator("#downloads-table").innerText();
      for (const name of Object.keys(TABLES)) {
        const spec = TABLES[name as keyof typeof TABLES];
        const header = spec.columns.map((c) => c.name).join(",");
        const csv = links.find((l) => l.download === `${name}.csv`)!;
        const arrow = links.find((l) => l.download === `${name}.arrow`)!;
        const parquet = links.find((l) => l.download === `${name}.parquet`)!;
        const get = async (href: string) => new Uint8Array(await (await fetch(new URL(href, new URL("/data", site.server.origin)))).arrayBuffer());
        const csvRaw = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await get(csv.href));
        // UTF-8 with a byte-order mark: Excel then reads Vietnamese names intact
        expect(csvRaw.startsWith("\ufeff"), `${name}.csv starts with a BOM`).toBe(true);
        const csvText = csvRaw.slice(1);
        expect(csvText.split("\n")[0]).toBe(header);
        const pq = await get(parquet.href);
        expect(new TextDecoder().decode(pq.slice(0, 4))).toBe("PAR1");
        expect(new TextDecoder().decode(pq.slice(-4))).toBe("PAR1");
        const table = tableFromIPC(await get(arrow.href));
        expect(table.schema.fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name));
        // the row count shown is the file's
        expect(csvText.trimEnd().split("\n").length - 1).toBeGreaterThanOrEqual(table.numRows);
        expect(text).toContain(table.numRows.toLocaleString("vi-VN"));
      }
      expect(record.errors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("shows the method and the schemas in English with ?lang=en", async () => {
    const { page, record } = await open("/data?lang=en");
    try {
      expect(await page.locator("h1").first().textContent()).toBe("Data");
      const body = await page.locator("main").innerText();
      expect(body).toContain("How sources are reconciled");
      expect(body).toContain("The 2025 merger");
      expect(body).not.toContain("Đối chiếu các nguồn");
      expect(await page.locator("#series-breaks").innerText()).toContain("From 2018 the total sums 8 dimensions");
      expect(await page.locator("#schema-list details").count()).toBe(Object.keys(TABLES).length);
      expect(await page.locator("#issues-count").textContent()).toMatch(/^Showing \d+ of [\d,]+ findings\.$/);
      expect(record.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
