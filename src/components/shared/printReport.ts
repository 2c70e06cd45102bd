/**
 * A page as a printed report (province, compare, targets): a "Print / save as PDF" button and
 * a title block that only print shows — what the report is about, the day its data was built,
 * the day it was printed, its sources and the page address. The print layout itself (controls
 * hidden, charts kept whole) is in style.css, `@media print`.
 */
import { el } from "./dom.js";
import { lang, t, type Lang } from "./i18n.js";
import type { ReportFacts, ReportSource } from "./reportFacts.js";

export interface PrintTitle {
  /** what the report is about: "Hồ sơ tỉnh Lào Cai" */
  title: string;
  /** one line each: the index and years, the provinces compared… */
  facts: string[];
  report: ReportFacts;
  /** the sources the page's figures come from; all the build's sources when absent */
  sourceIds?: ReadonlySet<string>;
}

const LABELS = {
  print: { vi: "In / lưu PDF", en: "Print / save as PDF" },
  built: { vi: "Dữ liệu dựng ngày", en: "Data built on" },
  printed: { vi: "in ngày", en: "printed on" },
  sources: { vi: "Nguồn dữ liệu", en: "Data sources" },
  address: { vi: "Địa chỉ trang", en: "Page address" },
  site: { vi: "PAPI Explorer — báo cáo in từ trang", en: "PAPI Explorer — report printed from the site" },
};

/** A date as the page language writes it: 02/12/2026 (vi), 2 December 2026 (en). */
export function reportDate(iso: string, l: Lang = lang): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(l === "vi" ? "vi-VN" : "en-GB", {
    day: l === "vi" ? "2-digit" : "numeric",
    month: l === "vi" ? "2-digit" : "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** One source as the title block names it: the file, and its number or title when it has one. */
function sourceLabel(s: ReportSource): string {
  const about = s.number ?? s.title;
  return about ? `${s.file} (${about})` : s.file;
}

/** The print-only title block; its address line follows the page's address up to printing. */
export function printTitleBlock(o: PrintTitle): HTMLElement {
  const sources = o.report.sources.filter((s) => !o.sourceIds || o.sourceIds.has(s.id));
  const address = el("span", "print-address", typeof location === "undefined" ? "" : location.href);
  const today = new Date().toISOString().slice(0, 10);
  const block = el(
    "header",
    { class: "print-only print-title" },
    el("p", "print-site", t(LABELS.site)),
    el("p", "print-name", o.title),
    ...o.facts.map((f) => el("p", "print-fact", f)),
    el("p", "print-fact", `${t(LABELS.built)} ${reportDate(o.report.built)} · ${t(LABELS.printed)} ${reportDate(today)}`),
    el("p", "print-fact", `${t(LABELS.sources)}: ${sources.length ? sources.map(sourceLabel).join("; ") : "—"}`),
    el("p", "print-fact", `${t(LABELS.address)}: `, address),
  );
  if (typeof window !== "undefined") {
    // The address (and so the view it names) may change after the block is drawn.
    window.addEventListener("beforeprint", () => {
      address.textContent = location.href;
    });
  }
  return block;
}

/** The button that opens the browser's print dialog (save as PDF is one of its printers). */
export function printButton(): HTMLButtonElement {
  const b = el("button", { class: "chart-button print-button no-print", type: "button" }, t(LABELS.print));
  b.addEventListener("click", () => window.print());
  return b;
}

/** The button and the title block, for the top of a page. */
export function printBar(o: PrintTitle): HTMLElement {
  return el("div", "print-bar", el("div", "no-print print-actions", printButton()), printTitleBlock(o));
}
