// The data page's findings chart (src/components/data-page/dataPage.ts), drawn in Node.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderStatic } from "../../loaders/publish/index.ts";
import { ISSUE_KIND_LABELS, issueCountsChart } from "../../src/components/data-page/dataPage.ts";

const counts = [
  { kind: "missing_value", severity: "warning", n: 12 },
  { kind: "missing_value", severity: "info", n: 5 },
  { kind: "conflict", severity: "warning", n: 2 },
  { kind: "agreement", severity: "info", n: 12 },
];

async function drawn(width: number) {
  const html = await renderStatic(() => [issueCountsChart(counts, { width, lang: "vi" }) as unknown as { outerHTML: string }]);
  return parseHTML(`<html><body>${html}</body></html>`).document;
}

describe("issueCountsChart", () => {
  it("stacks a kind's severities so that its bar ends at its total, written at its end", async () => {
    const doc = await drawn(900);
    const rects = [...doc.querySelectorAll('g[aria-label="bar"] rect')];
    const missing = rects.filter((r) => r.querySelector("title")?.textContent?.startsWith(`${ISSUE_KIND_LABELS.missing_value.vi} (missing_value)`));
    expect(missing).toHaveLength(2);
    // the two parts touch: one ends where the other starts
    const [a, b] = missing.map((r) => ({ x: Number(r.getAttribute("x")), w: Number(r.getAttribute("width")) })).sort((p, q) => p.x - q.x);
    expect(a!.x + a!.w).toBeCloseTo(b!.x, 1);
    const labels = [...doc.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual(expect.arrayContaining(["17", "2", "12"]));
    expect(labels).not.toContain("5");
  });

  it("gives each severity its own colour, whichever are present", async () => {
    const doc = await drawn(900);
    const fillOf = (severity: string) =>
      [...doc.querySelectorAll('g[aria-label="bar"] rect')].find((r) => r.querySelector("title")?.textContent?.endsWith(`(${severity})`))?.getAttribute("fill");
    expect(fillOf("Cảnh báo")).toBe("#E69F00");
    expect(fillOf("Thông tin")).toBe("#56B4E9");
  });

  it("has a label for every kind of finding the library has", () => {
    for (const label of Object.values(ISSUE_KIND_LABELS)) expect(label.vi && label.en).toBeTruthy();
  });

  it("leaves a phone's bars room: no bar of negative width", async () => {
    const doc = await drawn(350);
    const bars = [...doc.querySelectorAll('g[aria-label="bar"] rect')];
    expect(bars.length).toBe(4);
    for (const r of bars) expect(Number(r.getAttribute("width"))).toBeGreaterThan(0);
  });
});
