// Observable Framework 1.13.4 configuration for PAPI Explorer.
//
// The site must work on networks without Internet access: nothing in the
// build may be fetched from a CDN and nothing in the built pages may load from
// another host. Hence: no Google Fonts (globalStylesheets), a self-hosted font
// in the style file, our own footer, no DuckDB extensions, and pages import
// libraries from node_modules explicitly (never Framework's implicit `npm:`
// builtins such as Plot, Inputs, d3, sql or DuckDBClient).
import { readFileSync } from "node:fs";

// One static page per province (/province/<slug>), from the province registry.
const provinceSlugs = readFileSync(new URL("./data/reference/provinces.csv", import.meta.url), "utf8")
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(",")[4]);

// What a page opened from disk says (see head below).
const SERVED = {
  vi: "Trang này cần được mở qua một máy chủ web: mở thẳng từ ổ đĩa (file://), trình duyệt chặn các tập lệnh và số liệu của trang. Trong thư mục của trang (dist/), chạy python3 -m http.server 8000 rồi mở http://localhost:8000/ — hoặc đặt thư mục lên bất kỳ máy chủ web nào, kể cả dưới một đường dẫn con như /papi/.",
  en: "This site must be opened through a web server: opened from disk (file://), the browser blocks its scripts and data. In the site's folder (dist/), run python3 -m http.server 8000 and open http://localhost:8000/ — or put the folder on any web server, under a sub-path such as /papi/ too.",
};

export default {
  // Source root of pages, components and data loaders.
  root: "src",
  // Site title, shown in the sidebar and the <title> of every page.
  title: "PAPI Explorer",
  // Framework 1.13.4 has no `lang` option (its <html> tag has no lang
  // attribute), so the page language is set by this tiny script in <head>.
  // The empty data: icon stops browsers from requesting /favicon.ico, which
  // the site does not have (a 404 on every page otherwise).
  // The language is set before anything is drawn, and whether the address asks for a view of
  // its own (any parameter but lang): a first view written at build (Vietnamese, the default
  // view) is hidden then (style.css), until the page draws the view asked for.
  // Every page starts with a skip link to its content (keyboard users pass the sidebar); the
  // sidebar toggle gets a name, and its close control moves out of the list it is not an item of
  // (what an accessibility check asks of Framework's sidebar). Opened
  // from disk (file://), the browser refuses the page's modules: the page says it must be served,
  // and how.
  head: `<link rel="icon" href="data:,"><script>{const q = new URLSearchParams(location.search); const en = q.get("lang") === "en"; document.documentElement.lang = en ? "en" : "vi"; q.delete("lang"); if ([...q].length) document.documentElement.dataset.view = "custom";
addEventListener("DOMContentLoaded", () => { const s = document.createElement("a"); s.className = "skip-link"; s.href = "#observablehq-main"; s.textContent = en ? "Skip to content" : "Bỏ qua, tới nội dung"; document.getElementById("observablehq-main")?.setAttribute("tabindex", "-1"); document.body.prepend(s); const toggle = document.getElementById("observablehq-sidebar-toggle"); toggle?.setAttribute("aria-label", en ? "Show or hide the page list" : "Hiện hoặc ẩn danh sách trang"); const close = document.getElementById("observablehq-sidebar-close"); close?.parentElement?.parentElement?.prepend(close);
if (location.protocol === "file:") { const m = document.createElement("div"); m.id = "served-message"; m.setAttribute("role", "alert"); m.textContent = en ? ${JSON.stringify(SERVED.en)} : ${JSON.stringify(SERVED.vi)}; document.body.prepend(m); } });}</script>`,
  // Our stylesheet: Framework's default + air theme, self-hosted Be Vietnam Pro.
  style: "style.css",
  // The default is a Google Fonts stylesheet (Source Serif 4); load nothing.
  globalStylesheets: [],
  // The default footer links to observablehq.com.
  // Both languages; style.css shows the page's.
  footer:
    '<span lang="vi">PAPI Explorer — công cụ khám phá dữ liệu chỉ số quản trị và hành chính công cấp tỉnh.</span><span lang="en">PAPI Explorer — a toolkit to explore Vietnam\'s provincial governance and public administration indices.</span>',
  // Only used by Framework's own `sql` front matter and DuckDBClient, which
  // this site does not use (see src/components/shared/duckdb.ts); `null` removes the
  // json and parquet extensions that Framework would otherwise download from
  // DuckDB's extension host when they are used.
  duckdb: { extensions: { json: null, parquet: null } },
  // The sidebar: Vietnamese first, English after the slash (every page also has a switch).
  pages: [
    { name: "Tổng quan / Overview", path: "/" },
    { name: "Hồ sơ tỉnh / Province", path: "/province/lao-cai" },
    { name: "So sánh / Compare", path: "/compare" },
    { name: "Chỉ số / Indicators", path: "/indicators" },
    { name: "Mục tiêu / Targets", path: "/targets" },
    { name: "Kế hoạch / Plans", path: "/plans" },
    { name: "Sổ tay SQL / SQL notebook", path: "/notebook" },
    { name: "Dữ liệu / Data", path: "/data" },
  ],
  // src/province/[slug].md is rendered once per province.
  dynamicPaths: provinceSlugs.map((slug) => `/province/${slug}`),
  pager: false,
};
