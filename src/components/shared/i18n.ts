/**
 * Vietnamese first, English available: the page language comes from `?lang=en` (default `vi`),
 * every label goes through `t()`, and every number through `fmt()` (45,06 in Vietnamese,
 * 45.06 in English). Missing values are shown as "—" with their reason, never as 0.
 */
export type Lang = "vi" | "en";

export function currentLang(search: string = typeof location === "undefined" ? "" : location.search): Lang {
  return new URLSearchParams(search).get("lang") === "en" ? "en" : "vi";
}

export const lang: Lang = currentLang();

if (typeof document !== "undefined") document.documentElement.lang = lang;

/**
 * In English, a link to another page of the site keeps `lang=en`: the sidebar, the footer and
 * static links in a page are Framework's (no `?lang`), so the address of a followed link is
 * completed as it is followed (click, middle click, keyboard). Links to other hosts, to files
 * and links that name a language already are left alone.
 */
export function keepLanguage(doc: Document, l: Lang = lang): void {
  if (l !== "en") return;
  const complete = (event: Event) => {
    const a = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
    if (!a || a.hasAttribute("download")) return;
    const url = new URL(a.href, doc.baseURI);
    if (url.origin !== new URL(doc.baseURI).origin || url.searchParams.has("lang") || /\.(?!html$)[a-z0-9]+$/i.test(url.pathname)) return;
    url.searchParams.set("lang", "en");
    a.href = url.href;
  };
  for (const type of ["click", "auxclick", "keydown"]) doc.addEventListener(type, complete, { capture: true });
}

if (typeof document !== "undefined" && typeof location !== "undefined") keepLanguage(document);

/** A bilingual label. */
export type Text = { vi: string; en: string };

export function t(text: Text | string, l: Lang = lang): string {
  return typeof text === "string" ? text : text[l];
}

/** Formats a number in the page language: `fmt(45.0612, 2)` → "45,06" (vi) or "45.06" (en). */
export function fmt(x: number | null | undefined, digits = 2, l: Lang = lang): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "—";
  return x.toLocaleString(l === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * A signed change: "+0,74" / "-0,17". The minus is the hyphen-minus fmt writes for a negative
 * number (one sign in every table), and the one a spreadsheet reads when a table is pasted in.
 */
export function fmtChange(x: number | null | undefined, digits = 2, l: Lang = lang): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "—";
  const s = fmt(Math.abs(x), digits, l);
  // A change that rounds to zero has no sign: never "-0,00".
  const rounded = Number(Math.abs(x).toFixed(digits));
  return rounded === 0 ? s : x > 0 ? `+${s}` : `-${s}`;
}

export function fmtPercent(share: number | null | undefined, digits = 0, l: Lang = lang): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return "—";
  return `${fmt(share * 100, digits, l)}%`;
}

/** A rank "13/63", or "—". */
export function fmtRank(rank: number | null | undefined, of?: number | null): string {
  if (rank === null || rank === undefined) return "—";
  return of ? `${rank}/${of}` : String(rank);
}

/** The "—" placeholder with its reason as a tooltip, for HTML contexts. */
export function missing(reason: Text | string): HTMLElement {
  const span = document.createElement("span");
  span.className = "missing";
  span.textContent = "—";
  span.title = t(reason);
  span.setAttribute("aria-label", `— (${t(reason)})`);
  return span;
}

/** A d3/Plot tick format for the page language. */
export function tickFormat(digits = 0, l: Lang = lang): (x: number) => string {
  return (x: number) => fmt(x, digits, l);
}

/** Same path with other query parameters kept and the language set. */
export function langHref(target: Lang, href: string = typeof location === "undefined" ? "" : location.href): string {
  const url = new URL(href, "http://localhost");
  if (target === "vi") url.searchParams.delete("lang");
  else url.searchParams.set("lang", target);
  return url.pathname + url.search + url.hash;
}

/**
 * The path the site is served under: "/", or "/papi/" on GitHub Pages or an intranet. Framework
 * links every page to its own scripts and styles by relative paths (`../_observablehq/…`), so
 * the root is where those resolve (a stylesheet written into the page keeps its path in
 * data-from: scripts/paintFirst.ts); "/" where there is no page (at build, in Node).
 */
export function siteRoot(doc: Document | null = typeof document === "undefined" ? null : document): string {
  const asset = doc?.querySelector('script[src*="_observablehq/"], link[href*="_observablehq/"], link[href*="_import/"], style[data-from*="_import/"]');
  const ref = asset?.getAttribute("src") ?? asset?.getAttribute("href") ?? asset?.getAttribute("data-from");
  if (!doc || !ref) return "/";
  const path = new URL(ref, doc.baseURI).pathname;
  const at = path.search(/\/_(observablehq|import)\//);
  return at < 0 ? "/" : path.slice(0, at + 1);
}

/**
 * A link to another page of the site that keeps the language. A path from the site's root
 * ("/province/lao-cai") is placed under the path the site is served under.
 */
export function href(path: string, params: Record<string, string | number | null | undefined> = {}, l: Lang = lang, root: string = siteRoot()): string {
  const url = new URL(path, "http://localhost/");
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") url.searchParams.set(k, String(v));
  if (l === "en") url.searchParams.set("lang", "en");
  return (path.startsWith("/") ? root.slice(0, -1) + url.pathname : path.split("?")[0]!) + url.search;
}

/**
 * The language switch shown at the top of every page. A page keeps what the reader chose in its
 * address as they choose it (urlState.ts), so each link is written again from the address of the
 * moment it is pointed at, focused, followed or copied: the other language opens the same view.
 */
export function languageSwitch(l: Lang = lang): HTMLElement {
  const nav = document.createElement("nav");
  nav.className = "lang-switch";
  nav.setAttribute("aria-label", l === "vi" ? "Ngôn ngữ" : "Language");
  const current = (event: Event) => {
    const a = (event.target as Element | null)?.closest?.("a[lang]") as HTMLAnchorElement | null;
    if (a) a.href = langHref(a.lang as Lang);
  };
  for (const type of ["pointerover", "pointerdown", "focusin", "click", "auxclick", "keydown", "contextmenu"])
    nav.addEventListener(type, current, { capture: true });
  for (const [code, label] of [
    ["vi", "Tiếng Việt"],
    ["en", "English"],
  ] as const) {
    const a = document.createElement("a");
    a.href = langHref(code);
    a.textContent = label;
    a.lang = code;
    if (code === l) a.setAttribute("aria-current", "true");
    nav.append(a);
  }
  return nav;
}

/** Common labels. */
export const L = {
  source: { vi: "Nguồn", en: "Source" },
  table: { vi: "Bảng số liệu", en: "Data table" },
  chart: { vi: "Biểu đồ", en: "Chart" },
  downloadPng: { vi: "Tải PNG", en: "Download PNG" },
  downloadSvg: { vi: "Tải SVG", en: "Download SVG" },
  downloadCsv: { vi: "Tải CSV", en: "Download CSV" },
  province: { vi: "Tỉnh, thành phố", en: "Province" },
  year: { vi: "Năm", en: "Year" },
  score: { vi: "Điểm", en: "Score" },
  rank: { vi: "Xếp hạng", en: "Rank" },
  group: { vi: "Nhóm", en: "Group" },
  national: { vi: "Toàn quốc", en: "National" },
  nationalMean: { vi: "Trung bình toàn quốc", en: "National mean" },
  computed: { vi: "tính toán", en: "computed" },
  published: { vi: "công bố", en: "published" },
  noData: { vi: "chưa có số liệu", en: "no data" },
  notSurveyed: { vi: "không có điểm năm này", en: "no score this year" },
  total: { vi: "Điểm tổng hợp", en: "Total score" },
  dimension: { vi: "Chỉ số nội dung", en: "Dimension" },
  subdimension: { vi: "Chỉ số thành phần", en: "Sub-dimension" },
} satisfies Record<string, Text>;

export const GROUP_LABELS: Record<string, Text> = {
  CN: { vi: "Cao nhất", en: "Best performers" },
  TBC: { vi: "Trung bình cao", en: "High average" },
  TBT: { vi: "Trung bình thấp", en: "Low average" },
  TN: { vi: "Thấp nhất", en: "Poor performers" },
};
