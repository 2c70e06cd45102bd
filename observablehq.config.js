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
  head: `<link rel="icon" href="data:,"><script>{const q = new URLSearchParams(location.search); document.documentElement.lang = q.get("lang") === "en" ? "en" : "vi"; q.delete("lang"); if ([...q].length) document.documentElement.dataset.view = "custom";}</script>`,
  // Our stylesheet: Framework's default + air theme, self-hosted Be Vietnam Pro.
  style: "style.css",
  // The default is a Google Fonts stylesheet (Source Serif 4); load nothing.
  globalStylesheets: [],
  // The default footer links to observablehq.com.
  footer: "PAPI Explorer — công cụ khám phá dữ liệu chỉ số quản trị và hành chính công cấp tỉnh.",
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
    { name: "Sổ tay SQL / SQL notebook", path: "/notebook" },
    { name: "Dữ liệu / Data", path: "/data" },
  ],
  // src/province/[slug].md is rendered once per province.
  dynamicPaths: provinceSlugs.map((slug) => `/province/${slug}`),
  pager: false,
};
