/**
 * The comparison page's first view, written into the page at build (src/compare.md.ts): the
 * totals chart with every province drawn as a hidden layer, between two small inline scripts:
 * the first reads the selection from the address (`p`) and shows the selected provinces' layers
 * in their colours and their legend items in selection order; the second writes their n. The
 * browser paints it before any module has loaded; the page's scripts then replace it with the
 * live chart (same function, totalsChart).
 *
 * The script holds no rule of its own: it is written from the source of the functions the live
 * page runs (normalizeSelection, provinceColors, listParam.parse; each self-contained, and given
 * every constant as an argument), so the two choose the same provinces in the same colours
 * (test/site/compareFirstView.test.ts runs the script against them).
 */
import { OKABE_ITO } from "../shared/palette.js";
import { t } from "../shared/i18n.js";
import { section } from "../shared/profileUi.js";
import { compactDots } from "../shared/compactDots.js";
import { el } from "../shared/dom.js";
import { FIRST_VIEW_WIDTH } from "../shared/firstViewWidth.js";
import { listParam } from "../shared/urlState.js";
import type { SeriesBreak } from "../province/provinceFacts.js";
import { provinceColors } from "./compareControls.js";
import { totalsChart } from "./compareTrendCharts.js";
import { MAX_PROVINCES, MIN_PROVINCES, compareData, normalizeSelection, type CompareRows } from "./compareView.js";

/** The width the first view is drawn at (shared/firstViewWidth.ts). */
export const STATIC_WIDTH = FIRST_VIEW_WIDTH;

/** The section heading of the totals, shared by the first view and the live page. */
export const TOTALS_SECTION = { vi: "Điểm tổng hợp và thứ hạng qua các năm", en: "Totals and ranks over time" };

/**
 * The first inline script, at the top of `#first-view`, run before the chart below it is parsed:
 * from the address to a stylesheet that shows the selected provinces' layers and legend items,
 * in their colours and in selection order (with too few provinces it hides the first view; the
 * live page says why). The chart is so painted as it arrives, already showing the selection.
 * Runs in the page: its source, with the live page's functions as arguments, is the script.
 * Only known slugs reach the stylesheet (normalizeSelection keeps no other).
 */
export function showSelection(
  known: readonly { slug: string }[],
  max: number,
  min: number,
  palette: readonly string[],
  normalize: typeof normalizeSelection,
  colorsOf: typeof provinceColors,
  parseList: (raw: string) => string[],
): void {
  const root = document.getElementById("first-view");
  if (!root) return;
  const raw = new URLSearchParams(location.search).get("p");
  const sel = normalize(raw === null ? [] : parseList(raw), known, max);
  if (sel.slugs.length < min) {
    root.hidden = true;
    return;
  }
  const colors = colorsOf(sel.slugs, palette);
  root.setAttribute("data-selection", sel.slugs.join(","));
  const rules = sel.slugs.map(
    (slug, i) =>
      '#first-view .pv-layer[data-slug="' +
      slug +
      '"] { display: inline; color: ' +
      colors.get(slug) +
      "; }\n" +
      '#first-view .pv-legend-item[data-key="' +
      slug +
      '"] { display: inline-flex; order: ' +
      (i + 1) +
      "; }\n" +
      // Only the swatch takes the colour: the name stays in the text colour, as the live legend draws it.
      '#first-view .pv-legend-item[data-key="' +
      slug +
      '"] svg { color: ' +
      colors.get(slug) +
      "; }",
  );
  const style = document.createElement("style");
  style.textContent = rules.join("\n");
  root.append(style);
}

/** The second inline script, after the chart: the chart's n for the selection (each layer holds its own). */
export function showCount(): void {
  const root = document.getElementById("first-view");
  const out = root?.querySelector(".chart-n");
  if (!root || !out) return;
  let n = 0;
  for (const slug of (root.getAttribute("data-selection") ?? "").split(",")) {
    const layer = slug ? root.querySelector('.pv-layer[data-slug="' + slug + '"]') : null;
    if (layer) n += Number(layer.getAttribute("data-n"));
  }
  out.textContent = String(n);
}

/** The two inline scripts' text, for the province slugs the live page knows (its normalizeSelection gets the same list). */
export function firstViewScripts(slugs: readonly string[]): [string, string] {
  const args = [
    JSON.stringify(slugs.map((slug) => ({ slug }))),
    JSON.stringify(MAX_PROVINCES),
    JSON.stringify(MIN_PROVINCES),
    JSON.stringify(OKABE_ITO),
    normalizeSelection.toString(),
    provinceColors.toString(),
    listParam.parse.toString(),
  ];
  return [`(${showSelection.toString()})(${args.join(", ")});`, `(${showCount.toString()})();`];
}

/**
 * The first view: the totals section with every province's layer, and the script that picks.
 * Each layer's filled dots are one path (shared/compactDots.ts): the same discs, in a third of
 * the markup the browser parses before it paints.
 */
export function compareFirstView(base: CompareRows, breaks: readonly SeriesBreak[]): HTMLElement[] {
  const data = compareData(base, null, { slugs: [], year: null, a: null, b: null });
  const chart = totalsChart({ data, provinces: base.provinces, indicators: [], breaks, width: STATIC_WIDTH }, { every: true });
  compactDots(chart);
  const [select, count] = firstViewScripts(base.provinces.map((p) => p.slug)).map((text) => Object.assign(el("script"), { textContent: text }));
  return [select!, section("totals", t(TOTALS_SECTION), chart), count!];
}
