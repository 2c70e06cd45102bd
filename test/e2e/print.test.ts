// Printing a page to PDF in Chromium (page.pdf, print media): the report starts with its title
// block, shows no control, embeds the site's font, and never leaves a chart's title at the foot of
// a page without its chart. Holds on the embedded data and on the full data alike.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { DIST, requireBuilt, useBuiltSite } from "./site.ts";

requireBuilt(DIST, "province/lao-cai.html");
const site = useBuiltSite(DIST);

const flat = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** The page printed to A4 PDF: its bytes and the text of each page. */
async function printed(path: string) {
  const { page } = await site.open(path);
  await page.locator(".print-title").waitFor({ state: "attached" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const titles = (await page.locator("figure.chart-card .chart-title").allTextContents()).map(flat).filter(Boolean);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  await page.close();
  return { pdf: Buffer.from(pdf), pages: (text as string[]).map(flat), titles };
}

const REPORTS = [
  { path: "/province/lao-cai", title: "Hồ sơ tỉnh Lào Cai" },
  { path: "/compare?p=lao-cai,dak-lak", title: "So sánh các tỉnh: Lào Cai, Đắk Lắk" },
  { path: "/targets?p=lao-cai", title: "Mục tiêu có khả thi không? — Lào Cai" },
];
const CONTROLS = ["In / lưu PDF", "Tải PNG", "Tải SVG", "Tải CSV", "English"];

describe("print / save as PDF", () => {
  it.each(REPORTS)("$path prints as a report", async ({ path, title }) => {
    const { pdf, pages, titles } = await printed(path);
    const first = pages[0] ?? "";
    // The title block, on the first page, before anything else.
    expect(first.startsWith("PAPI Explorer — báo cáo in từ trang")).toBe(true);
    expect(first).toContain(title);
    expect(first).toMatch(/Dữ liệu dựng ngày \d{2}\/\d{2}\/\d{4} · in ngày \d{2}\/\d{2}\/\d{4}/);
    expect(first).toMatch(/Nguồn dữ liệu: \S+/);
    expect(first).toContain(`Địa chỉ trang: ${site.server.origin}${path.split("?")[0]}`);
    // No control is printed.
    for (const page of pages) for (const label of CONTROLS) expect(page).not.toContain(label);
    // The site's font is embedded (Chromium subsets it).
    expect(pdf.toString("latin1")).toMatch(/\/FontName \/[A-Z]{6}\+BeVietnamPro/);
    // Every chart's title is on the page of its source line: no title ends a page.
    expect(titles.length).toBeGreaterThan(0);
    let from = 0;
    for (const t of titles) {
      const at = pages.findIndex((p, i) => i >= from && p.includes(t));
      expect(at, `chart title "${t}" printed`).toBeGreaterThanOrEqual(0);
      const rest = (pages[at] ?? "").slice((pages[at] ?? "").indexOf(t) + t.length);
      expect(rest, `the chart titled "${t}" is on the page of its title`).toMatch(/Nguồn:/);
      from = at;
    }
  });

  it("the button opens the print dialog", async () => {
    const { page } = await site.open("/province/lao-cai");
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole("button", { name: "In / lưu PDF" }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });
});
