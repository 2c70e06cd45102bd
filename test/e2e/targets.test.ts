// The /targets page: targets prefilled from the Lào Cai plan, the assessment, the URL state,
// the language switch and the exports. Runs against the full-data build (CI sets PAPI_SOURCES).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openPage, waitForCells } from "./browser.ts";
import { DIST, useBuiltSite } from "./site.ts";
import { HAS_REAL_DATA } from "../realData.ts";

const site = useBuiltSite(DIST);

const fullData = HAS_REAL_DATA;

describe("/targets", () => {
  it("prefills the Lào Cai 2020 plan and assesses it", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/targets");
    expect(await waitForCells(page)).toEqual([]);
    await page.getByTestId("total-target").waitFor();
    expect(await page.getByTestId("total-target").textContent()).toContain("46,40");
    expect(await page.locator("form input").first().inputValue()).toBe("46,40");
    const text = (await page.textContent("main")) ?? "";
    expect(text).toContain("Tổng mục tiêu 8 chỉ số nội dung = 46,40");
    expect(text).toContain("Quản trị môi trường: kế hoạch ghi tăng 0,74");
    if (fullData) {
      expect(await page.getByTestId("total-outcome").textContent()).toContain("42,95");
      // E-governance was re-built in 2019: as when planning, no change was comparable yet, and the page says why…
      expect(await page.getByTestId("probability").textContent()).toBe("—");
      expect(text).toContain("cấu trúc chỉ số thay đổi năm 2019");
      expect(await page.locator(".chart-card svg").count()).toBeGreaterThan(5);
      // …and with every year present the whole-plan chance is given.
      const later = await openPage(site.browser.context, site.server.origin, "/targets?history=all");
      expect(await waitForCells(later.page)).toEqual([]);
      await later.page.getByTestId("probability").waitFor();
      await later.page.waitForFunction(() => /^\d+%$/.test(document.querySelector("[data-testid=probability]")?.textContent ?? ""));
      expect(later.record.errors).toEqual([]);
      await later.page.close();
    } else {
      expect(text).toContain("quá ít lịch sử");
    }
    expect(record.errors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    await page.close();
  });

  it("keeps typed targets in the URL and restores them", async () => {
    const { page, record } = await openPage(site.browser.context, site.server.origin, "/targets?p=lao-cai&t=47%2C00&lang=en");
    expect(await waitForCells(page)).toEqual([]);
    await page.getByTestId("total-target").waitFor();
    expect(await page.getByTestId("total-target").textContent()).toContain("47.00");
    expect((await page.textContent("main")) ?? "").toContain("Are the targets feasible?");
    const total = page.locator("form input").first();
    await total.fill("48,5");
    await total.dispatchEvent("input");
    await page.waitForFunction(() => location.search.includes("t=48"));
    await page.waitForFunction(() => document.querySelector("[data-testid=total-target]")?.textContent?.includes("48.50"));
    // what cannot be read sets no target, and the page says so
    await total.fill("abc");
    await total.dispatchEvent("input");
    const warning = page.locator("p.note.warning", { hasText: "Could not read what was typed" });
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.textContent()).toContain("«abc»");
    await total.fill("48,5");
    await total.dispatchEvent("input");
    await warning.waitFor({ state: "detached", timeout: 30_000 });
    expect(record.errors).toEqual([]);
    await page.close();
  });

  it("exports the assessment as CSV and as a Vietnamese Markdown note", async () => {
    const { page } = await openPage(site.browser.context, site.server.origin, "/targets");
    await waitForCells(page);
    await page.getByTestId("total-target").waitFor();
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải đánh giá (CSV)" }).click()]);
    // named after the province, not its GSO code
    expect(csv.suggestedFilename()).toMatch(/^danh-gia-muc-tieu-lao-cai-2019-2020\.csv$/);
    const csvText = readFileSync((await csv.path())!, "utf8").replace(/^\ufeff/, "");
    expect(csvText.split("\n")[0]).toMatch(/^province_code,province,base_year,target_year,indicator_id/);
    expect(csvText).toContain("10,Lào Cai,2019,2020,papi.total,");
    const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải ghi chú (Markdown, tiếng Việt)" }).click()]);
    const mdText = readFileSync((await md.path())!, "utf8");
    expect(mdText).toContain("# Đánh giá mục tiêu PAPI 2020 — Lào Cai");
    expect(mdText).toContain("46,40");
    await page.close();
  });
});
