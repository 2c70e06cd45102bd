// One province page (Framework page loader): the page's Markdown (page.md.txt) with its first
// view — picker, title block, key figures, total, rank and group over time — written in as HTML
// at build, by the same function the page runs live (provinceFirstView.ts). It shows before any
// script has run; the page's scripts replace it.
import { parseArgs } from "node:util";
import { pageDataPart } from "../../loaders/publish/runPageDataLoader.ts";
import { pageWithFirstView, renderStatic } from "../../loaders/publish/renderStatic.ts";
import { provincePagesOf } from "../components/province/provincePageData.ts";

const { values } = parseArgs({ options: { slug: { type: "string" } } });
const slug = values.slug ?? "";
const data = await pageDataPart("province", slug, provincePagesOf);
const html = await renderStatic(async () => {
  const { provinceFirstView, STATIC_WIDTH } = await import("../components/province/provinceFirstView.ts");
  return provinceFirstView({ profile: data.profile, indicators: data.indicators, breaks: data.breaks, width: STATIC_WIDTH }, data.provinces, slug);
});
process.stdout.write(pageWithFirstView(new URL("./page.md.txt", import.meta.url), html));
process.stderr.write(`province/${slug}: page with its first view (${(html.length / 1024).toFixed(0)} KB)\n`);
