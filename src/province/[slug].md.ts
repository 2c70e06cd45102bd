// One province page (Framework page loader): the page's Markdown (page.md.txt) with its first
// view — picker, title block, key figures, total, rank and group over time — written in as HTML
// at build, by the same function the page runs live (provinceFirstView.ts). It shows before any
// script has run; the page's scripts replace it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { pageDataPart } from "../../loaders/publish/runPageDataLoader.ts";
import { markdownSafeHtml, renderStatic } from "../../loaders/publish/renderStatic.ts";
import { provincePagesOf } from "../components/province/provincePageData.ts";

const MARKER = "<!-- first view, written at build -->";
const { values } = parseArgs({ options: { slug: { type: "string" } } });
const slug = values.slug ?? "";
const data = await pageDataPart("province", slug, provincePagesOf);
const html = await renderStatic(async () => {
  const { provinceFirstView, STATIC_WIDTH } = await import("../components/province/provinceFirstView.ts");
  return provinceFirstView({ profile: data.profile, indicators: data.indicators, breaks: data.breaks, width: STATIC_WIDTH }, data.provinces, slug);
});
const template = readFileSync(new URL("./page.md.txt", import.meta.url), "utf8");
if (!template.includes(MARKER)) throw new Error(`src/province/page.md.txt: no "${MARKER}" line`);
process.stdout.write(template.replace(MARKER, `<div id="first-view" class="first-view">${markdownSafeHtml(html)}</div>`));
process.stderr.write(`province/${slug}: page with its first view (${(html.length / 1024).toFixed(0)} KB)\n`);
