// The comparison page's first view, written into the page at build (src/components/compare/
// compareFirstView.ts): its inline script, run in a document of its own against any address,
// shows exactly the provinces the live page selects (normalizeSelection), in the live page's
// colours (provinceColors), with the live chart's n; every province's line is in it.
// Run: PAPI_SOURCES=/work/shared/papi-data npx vitest run --project unit test/site/compareFirstView.test.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultTaxonomy, type Dataset } from "../../loaders/model/index.ts";
import { loadDataset, markdownSafeHtml, renderStatic } from "../../loaders/publish/index.ts";
import { compareBase } from "../../src/components/compare/comparePageData.ts";
import { MIN_PROVINCES, compareRowsFrom, compareTotals, normalizeSelection, type CompareRows } from "../../src/components/compare/compareView.ts";
import { provinceColors } from "../../src/components/compare/compareControls.ts";
import { compareFirstView, firstViewScripts } from "../../src/components/compare/compareFirstView.ts";
import { dotCentres } from "../../src/components/shared/compactDots.ts";
import { listParam } from "../../src/components/shared/urlState.ts";
import { fullDataset } from "../siteTables.ts";
import { describeReal } from "../realData.ts";

function baseOf(d: Dataset): CompareRows {
  return compareRowsFrom(JSON.parse(JSON.stringify(compareBase(d))));
}

interface Shown {
  removed: boolean;
  layers: Array<{ slug: string; color: string }>;
  legend: Array<{ slug: string; color: string; order: number }>;
  n: string | null;
}

/**
 * The first view's HTML in a page at `search`, its two scripts run as the browser runs them; what
 * shows is read from the rules the first one writes (the stylesheet hides every layer else).
 */
function open(html: string, search: string): Shown {
  const { document } = parseHTML(
    `<!doctype html><html><body><main><div id="first-view" class="first-view">${markdownSafeHtml(html)}</div></main></body></html>`,
  );
  for (const script of document.querySelectorAll("#first-view script")) new Function("document", "location", script.textContent!)(document, { search });
  const root = document.getElementById("first-view")!;
  if (root.hidden) return { removed: true, layers: [], legend: [], n: null };
  const css = [...root.querySelectorAll("style")].map((x) => x.textContent).join("\n");
  const matches = (pattern: string) => [...css.matchAll(new RegExp(pattern, "g"))];
  const layers = matches(`\\.pv-layer\\[data-slug="([^"]+)"\\] \\{ display: inline; color: (#[0-9A-Fa-f]{6}); \\}`)
    .map((m) => ({ slug: m[1]!, color: m[2]! }))
    .filter((x) => root.querySelector(`.pv-layer[data-slug="${x.slug}"]`));
  // A legend item is shown in its place by one rule, and its swatch coloured by another.
  const swatch = new Map(matches(`\\.pv-legend-item\\[data-key="([^"]+)"\\] svg \\{ color: (#[0-9A-Fa-f]{6}); \\}`).map((m) => [m[1]!, m[2]!]));
  const legend = matches(`\\.pv-legend-item\\[data-key="([^"]+)"\\] \\{ display: inline-flex; order: (\\d+); \\}`)
    .map((m) => ({ slug: m[1]!, color: swatch.get(m[1]!) ?? "", order: Number(m[2]) }))
    .filter((x) => root.querySelector(`.pv-legend-item[data-key="${x.slug}"]`))
    .sort((a, b) => a.order - b.order);
  return { removed: false, layers, legend, n: root.querySelector(".chart-n")?.textContent ?? null };
}

/** What the live page draws for the same address. */
function live(base: CompareRows, search: string) {
  const raw = new URLSearchParams(search).get("p");
  const sel = normalizeSelection(raw === null ? [] : listParam.parse(raw), base.provinces);
  const colors = provinceColors(sel.slugs);
  const withTotals = new Set(compareTotals(base, sel.slugs).map((r) => r.slug));
  return { sel, colors, withTotals, n: String(compareTotals(base, sel.slugs).length) };
}

/** The first view agrees with the live page at `search`. */
function expectSame(html: string, base: CompareRows, search: string) {
  const shown = open(html, search);
  const l = live(base, search);
  if (l.sel.slugs.length < MIN_PROVINCES) {
    expect(shown.removed, search).toBe(true);
    return;
  }
  expect(shown.removed, search).toBe(false);
  // Layers in province order; only provinces with totals have one.
  expect(shown.layers.map((x) => x.slug).sort(), search).toEqual(l.sel.slugs.filter((s) => l.withTotals.has(s)).sort());
  for (const x of shown.layers) expect(x.color, `${search} ${x.slug}`).toBe(l.colors.get(x.slug));
  // The legend names the selected provinces in selection order, their swatches in their colours.
  expect(
    shown.legend.map((x) => x.slug),
    search,
  ).toEqual(l.sel.slugs);
  for (const x of shown.legend) expect(x.color).toBe(l.colors.get(x.slug));
  expect(shown.n, search).toBe(l.n);
}

function suite(name: string, dataset: () => Promise<Dataset>, three: string[]) {
  describe(name, () => {
    let base: CompareRows;
    let html: string;
    beforeAll(async () => {
      base = baseOf(await dataset());
      html = await renderStatic(() => compareFirstView(base, defaultTaxonomy().breaks));
    }, 120_000);

    it("holds one layer per province with totals, each point of it as a mark, and no table rows", () => {
      const { document } = parseHTML(`<html><body>${html}</body></html>`);
      const slugs = [...new Set([...document.querySelectorAll(".pv-layer")].map((g) => g.getAttribute("data-slug")))];
      const codes = new Set(base.totals.map((r) => r.province_code));
      expect(slugs.sort()).toEqual(
        base.provinces
          .filter((p) => codes.has(p.code))
          .map((p) => p.slug)
          .sort(),
      );
      // every point is a dot: a filled one drawn in a layer's one path, a hollow (derived) one a circle
      const dots = [...document.querySelectorAll('.pv-layer[aria-label="dot"]')].flatMap((g) => dotCentres(g));
      expect(dots).toHaveLength(base.totals.length);
      // and only hollow dots, or a layer's only dot, are left as circles
      for (const c of document.querySelectorAll(".pv-layer circle"))
        expect(c.parentElement!.getAttribute("fill") === "white" || c.parentElement!.children.length === 1).toBe(true);
      expect(document.querySelectorAll(".chart-table tbody tr")).toHaveLength(0);
    });

    it("shows the selected provinces of an address as the live page does", () => {
      for (const search of [
        `?p=${three.join(",")}`,
        `?p=${three.join(",")}&year=2019&lang=vi`,
        `?p=${three[0]}`,
        `?p=${three[0]},${three[0]}`,
        "?p=",
        "",
        `?p=nowhere,${three.join(",")}`,
        `?p=${[...three].reverse().join(" , ")}`,
      ])
        expectSame(html, base, search);
    });

    it("agrees with the live page on any list of slugs, known or not, repeated, spaced, over six", () => {
      const known = base.provinces.map((p) => p.slug);
      const slug = fc.oneof(fc.constantFrom(...known), fc.constantFrom("ha-noi ", " lao-cai", "xyz", "", "HA-NOI"));
      fc.assert(
        fc.property(fc.array(slug, { maxLength: 9 }), (list) => {
          expectSame(html, base, `?${new URLSearchParams({ p: list.join(",") })}`);
        }),
        { numRuns: 150 },
      );
    });

    it("is safe in a page's Markdown: no blank line, no ${", () => {
      for (const script of firstViewScripts(base.provinces.map((p) => p.slug))) {
        expect(script).not.toMatch(/\n\s*\n/);
        expect(script).not.toContain("$" + "{");
      }
    });
  });
}

suite("on the embedded data alone (no official workbooks)", () => loadDataset(mkdtempSync(join(tmpdir(), "papi-no-sources-"))), ["lao-cai", "dak-lak"]);

describeReal("on the real published tables (PAPI_SOURCES)", () => {
  suite("every province", fullDataset, ["lao-cai", "dak-lak", "ha-noi"]);
});
