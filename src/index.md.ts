// The overview page (Framework page loader): the page's Markdown (index.md.txt) with its first
// chart — the ranking of the latest year of the first index, and the coverage line above it —
// written in as HTML at build, by the same functions the page runs live (rankingCard.ts), in the
// grid column the live ranking is drawn in. It shows before any script has run; the
// page's scripts replace it (and it is hidden when the address asks for another view).
import { pageWithFirstView, renderStatic } from "../loaders/publish/renderStatic.ts";
import { validDataset } from "../loaders/publish/validDataset.ts";
import { fromColumns } from "./components/shared/columns.ts";
import { hasOfficialData } from "./components/overview/overviewData.ts";
import { overviewPage } from "./components/overview/overviewPageData.ts";

const page = JSON.parse(JSON.stringify(overviewPage(await validDataset())));
const html = await renderStatic(async () => {
  const o = await import("./components/overview/overview.ts");
  const { href } = await import("./components/shared/i18n.ts");
  const { el } = await import("./components/shared/dom.ts");
  const facts = fromColumns<import("./components/overview/overview.ts").Fact>(page.facts);
  const provinces63 = (page.provinces as import("./components/overview/overview.ts").Province[]).filter((p) => p.code !== "00");
  const index = o.indicesPresent(facts)[0] ?? "PAPI";
  const year = o.defaultYear(facts, index);
  const totals = year === null ? [] : o.provinceTotals(facts, provinces63, index, year, o.TOTAL_ID[index]);
  const draw = (render: (width: number) => Element) => render(o.STATIC_RANKING_WIDTH);
  const ranking = o.rankingCard(totals, { index, year, provinceLink: (slug) => href(`/province/${slug}`), draw });
  return [
    o.coverageLine(totals, provinces63, index, year),
    el("div", { class: "grid grid-cols-3" }, el("div", { class: "grid-colspan-2" }, ranking)),
  ];
});
// first-view-default: hidden when the address asks for another view (style.css). The note on a
// build without official data stays only in such a build.
const without = hasOfficialData(page.sources) ? ["add-data"] : [];
process.stdout.write(pageWithFirstView(new URL("./index.md.txt", import.meta.url), html, "first-view first-view-default", { without }));
process.stderr.write(`overview: page with its first chart (${(html.length / 1024).toFixed(0)} KB)\n`);
