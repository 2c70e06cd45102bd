// The /plans page and the plans on a province page: every seed plan with its targets evaluated
// (or marked not yet known), the Cà Mau agency matrix and the backtest by kind. Runs against the
// embedded build, and against the full-data build where CI sets PAPI_SOURCES.
import { describe, expect, it } from "vitest";
import { openPage, waitForCells } from "./browser.ts";
import { DIST, useBuiltSite } from "./site.ts";
import { HAS_REAL_DATA } from "../realData.ts";

const site = useBuiltSite(DIST);

describe("/plans", () => {
  it("shows the five seed plans, every target assessed or not yet known, and the backtest by kind", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/plans");
    expect(await waitForCells(page)).toEqual([]);
    const cards = page.locator(".plan-card");
    expect(await cards.count()).toBe(5);
    const headings = await cards.locator("h2").allTextContents();
    expect(headings).toEqual([
      "Kế hoạch 117/KH-UBND — UBND tỉnh Cà Mau",
      "Kế hoạch 126/KH-UBND — UBND tỉnh Cà Mau",
      "Kế hoạch (số để trống) — UBND tỉnh Đắk Lắk",
      "Kế hoạch 151/KH-UBND — UBND tỉnh Lào Cai",
      "Kế hoạch 171/KH-UBND — UBND xã Lục Ba",
    ]);
    // Every target row carries one of the four assessments.
    const statuses = await page.locator(".plan-card .status").allTextContents();
    // Cà Mau 117: 1; 126: 7 qualitative and 13 commitments; Đắk Lắk: 1 and 1 commitment; Lào Cai: 20 numeric.
    expect(statuses.length).toBe(1 + 20 + 2 + 20);
    expect(statuses.every((s) => /đạt|chưa có kết quả|không đo được/.test(s))).toBe(true);
    // Each plan with targets says in one line how many were met, not met, not yet known.
    expect(await cards.nth(3).locator(".plan-tally").textContent()).toMatch(/^20 mục tiêu: /);
    const camau = cards.nth(0);
    const text = (await camau.textContent()) ?? "";
    // Several agencies in one cell; a renamed one carries a footnote mark (*).
    expect(text).toMatch(/Sở Công Thương; Sở Tài nguyên và Môi trường\*?; Sở Giao thông vận tải\*?/);
    expect(text).toContain("* Sở Giao thông vận tải: Hợp nhất với Sở Xây dựng");
    expect(text).toContain("trực tiếp là Trung tâm Giải quyết TTHC tỉnh");
    if (HAS_REAL_DATA) {
      expect(await camau.locator(".status-met").count()).toBe(1);
      expect(text).toContain("40,11 (2023, hạng 55/61 (tính toán)) → 44,52 (2024, hạng 17/61 (tính toán)), +4,41");
      const dakLak = (await cards.nth(2).textContent()) ?? "";
      expect(dakLak).toContain("hạng 31/61 (2023, 42,33 điểm) → hạng 39/61 (tính toán) (2024, 43,01 điểm), giảm 8 bậc");
      // No assignment table in the Đắk Lắk plan: its matrix comes from the leads of its task sections, and says so.
      expect(dakLak).toContain("Kế hoạch không kèm bảng phân công cơ quan đầu mối");
      // The matrix is joined to the latest scores, weakest first.
      const first = await camau.locator("table").nth(1).locator("tbody tr").first().textContent();
      expect(first).toContain("2024");
    } else {
      expect(await camau.locator(".status-not_yet_known").count()).toBe(1);
    }
    expect((await cards.nth(4).textContent()) ?? "").toContain("Kế hoạch không nêu mục tiêu đo được");
    // Commitments name their owner by name, never by registry id.
    expect(await page.locator(".plan-card").nth(1).textContent()).toContain("Chủ trì: Văn phòng UBND tỉnh");
    expect(await page.locator(".plan-card").nth(1).textContent()).not.toMatch(/Chủ trì: [a-z-]+\b/);
    expect(record.errors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    await page.close();
  });

  it("is in English too, and the province page shows its own plans", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/plans?lang=en");
    expect(await waitForCells(page)).toEqual([]);
    expect((await page.textContent("main")) ?? "").toContain("How often targets were met, by kind");
    await page.close();
    const province = await openPage(site.browser.context, site.server.origin, "/province/ca-mau");
    expect(await waitForCells(province.page)).toEqual([]);
    const section = province.page.locator("#ke-hoach");
    await section.waitFor();
    expect(await section.locator(".plan-card").count()).toBe(2);
    expect((await province.page.locator("#muc-tieu").textContent()) ?? "").toContain("không đặt mục tiêu bằng số");
    expect(record.errors).toEqual([]);
    expect(province.record.errors).toEqual([]);
    await province.page.close();
  });
});
