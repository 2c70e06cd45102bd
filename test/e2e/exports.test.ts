// Every chart card's downloads stand alone: the SVG and PNG carry the chart's title, subtitle,
// legend, source line and n in the site's font (embedded), and the CSV holds the table's rows
// with the BOM spreadsheets need. Holds on the embedded data and on the full data alike.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DIST, requireBuilt, useBuiltSite } from "./site.ts";

requireBuilt(DIST, "province/lao-cai.html");
const site = useBuiltSite(DIST);

const flat = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** The bytes of what a button of a card downloads, and the file's name. */
async function downloaded(page: Page, card: ReturnType<Page["locator"]>, label: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: label }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** What the card shows: title, subtitle, legend labels, caption. */
async function shown(card: ReturnType<Page["locator"]>) {
  return {
    title: flat((await card.locator(".chart-title").textContent()) ?? ""),
    subtitle: flat(
      (await card
        .locator(".chart-subtitle")
        .first()
        .textContent()
        .catch(() => "")) ?? "",
    ),
    legend: (await card.locator(".chart-body .pv-legend-item, .chart-body [class$='-swatch']").allTextContents()).map(flat).filter(Boolean),
    caption: flat((await card.locator(".chart-caption").textContent()) ?? ""),
  };
}

/** The text of an SVG document's <text> nodes, in order, one string. */
function svgText(svg: string): string {
  return flat([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? "").join(" ")).replace(/&amp;/g, "&");
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const CARDS = [
  { path: "/province/lao-cai", title: /Điểm PAPI tổng hợp/ },
  { path: "/", title: /./ },
];

describe("chart exports", () => {
  it.each(CARDS)("$path: the SVG, PNG and CSV of a chart stand alone", async ({ path, title }) => {
    const { page } = await site.open(path);
    try {
      const card = page.locator("figure.chart-card", { has: page.locator(".chart-title", { hasText: title }) }).first();
      const want = await shown(card);
      expect(want.caption).toMatch(/^Nguồn: /);

      const svgFile = await downloaded(page, card, "Tải SVG");
      expect(svgFile.name).toMatch(/\.svg$/);
      const svg = svgFile.bytes.toString("utf8");
      const text = svgText(svg);
      expect(text).toContain(want.title.split(" ").slice(0, 4).join(" "));
      for (const word of want.title.split(" ")) expect(text).toContain(word);
      if (want.subtitle) expect(text).toContain(want.subtitle.split(" ").slice(0, 3).join(" "));
      for (const item of want.legend) expect(text).toContain(item);
      expect(text).toContain("Nguồn:");
      const n = want.caption.match(/n = (\d+)/)?.[1];
      if (n) expect(text).toContain(`n = ${n}`);
      expect(svg).toMatch(/@font-face\{font-family:'Be Vietnam Pro';[^}]*src:url\(data:font\/woff2;base64,/);
      expect(svg).toContain("font-family=\"'Be Vietnam Pro'");
      const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)?.[1]);
      const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)?.[1]);
      expect(width).toBeGreaterThanOrEqual(480);

      const png = await downloaded(page, card, "Tải PNG");
      expect(png.name).toMatch(/\.png$/);
      expect(pngSize(png.bytes)).toEqual({ width: width * 2, height: height * 2 });

      const csv = await downloaded(page, card, "Tải CSV");
      const csvText = csv.bytes.toString("utf8");
      expect(csvText.startsWith("\ufeff")).toBe(true);
      const rows = await card.locator(".chart-table tbody tr").count();
      expect(csvText.trim().split("\n").length).toBe(rows + 1);
    } finally {
      await page.close();
    }
  });

  it("/indicators: the CSV holds every province drawn, with names, at the source's precision", async () => {
    const { page } = await site.open("/indicators");
    try {
      const card = page.locator("figure.chart-card").first();
      const n = Number((await card.locator(".chart-caption").textContent())?.match(/n = (\d+)/)?.[1]);
      expect(n).toBeGreaterThan(0);
      const csv = await downloaded(page, card, "Tải CSV");
      expect(csv.name).toMatch(/^papi-[a-z]+(-[a-z0-9.]+)?-\d{4}-\d{4}\.csv$/);
      const lines = csv.bytes
        .toString("utf8")
        .replace(/^\ufeff/, "")
        .trim()
        .split("\n");
      expect(lines[0]).toBe(
        "indicator_id,indicator_vi,indicator_en,index,level,year,province_code,province_vi,province_en,value,kind,rank,rank_of,rank_source",
      );
      expect(lines.length - 1).toBe(n);
      expect(lines.some((l) => l.includes(",Lào Cai,Lao Cai,"))).toBe(true);
      for (const line of lines.slice(1)) expect(line).not.toMatch(/\d\.\d{13,}/);
    } finally {
      await page.close();
    }
  });
});
