// The comparison page (Framework page loader): the page's Markdown (compare.md.txt) with its first
// chart — the totals over time, every province drawn as a hidden layer — written in as HTML at
// build, by the same function the page runs live (totalsChart, through compareFirstView.ts). An
// inline script in it shows the provinces the address selects before any module has loaded; the
// page's scripts replace it.
import { defaultTaxonomy } from "../loaders/model/index.ts";
import { pageWithFirstView, renderStatic } from "../loaders/publish/renderStatic.ts";
import { validDataset } from "../loaders/publish/validDataset.ts";
import { compareBase } from "./components/compare/comparePageData.ts";
import { compareRowsFrom } from "./components/compare/compareView.ts";

// Through JSON, as the page receives it.
const base = compareRowsFrom(JSON.parse(JSON.stringify(compareBase(await validDataset()))));
const html = await renderStatic(async () => {
  const { compareFirstView } = await import("./components/compare/compareFirstView.ts");
  return compareFirstView(base, defaultTaxonomy().breaks);
});
process.stdout.write(pageWithFirstView(new URL("./compare.md.txt", import.meta.url), html));
process.stderr.write(`compare: page with its first chart (${(html.length / 1024).toFixed(0)} KB)\n`);
