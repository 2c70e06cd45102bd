/**
 * The /indicators figure: what the indicator is and when it exists, notices, the chart with its
 * table, and the list of series breaks.
 */
import { chartCard } from "../shared/chartCard.js";
import { compactYears as yearRuns } from "../shared/labelText.js";
import { href, L, lang, t, type Text } from "../shared/i18n.js";
import { suggestSixDimension, type DeclaredBreak, type IndicatorLike, type IndicatorResult, type ProvinceLike } from "./indicatorData.js";
import { el } from "../shared/dom.js";
import { FULL_COVERAGE, T, UNIT_LABELS, name } from "./indicatorLabels.js";
import { figureCard } from "./figureCard.js";

export * from "./figureCard.js";

// ---------------------------------------------------------------------------------------------
// The figure

export interface FigureContext {
  indicators: readonly IndicatorLike[];
  provinces: readonly ProvinceLike[];
  /** all declared breaks (for the six-dimension total's notes) */
  declared: readonly DeclaredBreak[];
  width: number;
  /** provinces with any value in the data (few = embedded figures only: the page says how to add the official data) */
  provincesWithData: number;
  /** called by the "use the six-dimension total" button */
  onPickIndicator?: (id: string) => void;
}

/** The years with data, as runs ("2011–2016, 2018"), "none" in the page language when there are none. */
export function compactYears(years: number[]): string {
  return yearRuns(years, t(T.none));
}

export function indicatorFigure(result: IndicatorResult, ctx: FigureContext): HTMLElement {
  const sel = result.selection;
  const from = Math.min(sel.from, sel.to);
  const to = Math.max(sel.from, sel.to);
  const ind = ctx.indicators.find((i) => i.id === sel.indicator);
  const indName = ind ? name(ind) : sel.indicator;
  const unitOf = ind ? (ind as IndicatorLike & { unit?: string }).unit : undefined;
  const unit = t((UNIT_LABELS as Record<string, Text | undefined>)[unitOf ?? ""] ?? UNIT_LABELS.points);
  const root = el("div", "indicator-view");
  root.dataset.testid = "indicator-view";
  root.dataset.indicator = sel.indicator;
  root.dataset.provinces = sel.provinces.join(",");

  // What the indicator is, and when it exists.
  const info = el("p", "indicator-info");
  const dataYears = [...new Set(result.dist.map((d) => d.year))].sort((a, b) => a - b);
  if (ind) {
    const level = ind.level === "total" ? L.total : ind.level === "dimension" ? L.dimension : L.subdimension;
    info.append(`${t(level)} · ${t(T.inForce)} ${ind.year_from}–${ind.year_to ?? t(T.present)} · ${t(T.dataYears)}: ${compactYears(dataYears)}`);
    if (ind.verified === false) info.append(` · ${t(T.unverified)}`);
  }
  root.append(info);

  // Notices.
  if (suggestSixDimension(sel)) {
    const box = el("div", "indicator-note indicator-suggest");
    box.dataset.testid = "suggest-6d";
    box.append(el("p", "", t(T.suggest6d)));
    if (ctx.onPickIndicator) {
      const b = el("button", "chart-button", t(T.suggest6dButton));
      b.type = "button";
      b.addEventListener("click", () => ctx.onPickIndicator!("papi.total_6d"));
      box.append(b);
    }
    root.append(box);
  }
  if (sel.indicator === "papi.total_6d") {
    const box = el("div", "indicator-note");
    box.append(el("p", "", t(T.sixDNote)));
    const ul = el("ul");
    for (const b of ctx.declared.filter((b) => /^papi\.d[1-6]$/.test(b.indicator)).sort((a, b) => a.year - b.year || (a.indicator < b.indicator ? -1 : 1))) {
      const li = el("li", "", `${b.year} · ${b.indicator.replace("papi.", "").toUpperCase()}: ${lang === "vi" ? b.reason_vi : b.reason_en}`);
      if (b.verified === false) li.append(" ", unverifiedTag());
      ul.append(li);
    }
    box.append(ul);
    root.append(box);
  }
  if (ctx.provincesWithData < FULL_COVERAGE) {
    const box = el("div", "indicator-note indicator-coverage");
    box.dataset.testid = "coverage-note";
    box.append(el("p", "", t(T.coverage)));
    root.append(box);
  }

  if (!result.dist.length) {
    const p = el("p", "indicator-empty", t(T.noData));
    p.dataset.testid = "no-data";
    root.append(p);
  } else {
    root.append(chartCard(figureCard(result, ctx, indName, unit, from, to)));
  }

  // The breaks, listed.
  const visible = result.breaks.filter((b) => b.year > from && b.year <= to);
  const section = el("section", "indicator-breaks");
  section.append(el("h3", "", t(T.breaksTitle)));
  const ul = el("ul");
  ul.dataset.testid = "break-list";
  for (const b of visible) {
    const li = el("li");
    li.dataset.year = String(b.year);
    li.append(el("strong", "", String(b.year)), ` — ${lang === "vi" ? b.reason_vi : b.reason_en}`);
    if (!b.verified) li.append(" ", unverifiedTag());
    ul.append(li);
  }
  if (!visible.length) section.append(el("p", "", t(T.noBreaks)));
  else section.append(ul);
  root.append(section);
  return root;
}

export function unverifiedTag(): HTMLElement {
  const s = el("span", "tag-unverified", `(${t({ vi: "chưa xác minh", en: "unverified" })})`);
  s.dataset.testid = "unverified";
  return s;
}

/** Links to the chosen provinces' profile pages (keeping the language). */
export function provinceLinks(slugs: readonly string[], provinces: readonly ProvinceLike[]): HTMLElement {
  const p = el("p", "indicator-links");
  const known = slugs.map((s) => provinces.find((x) => x.slug === s)).filter((x): x is ProvinceLike => !!x);
  if (!known.length) return p;
  p.append(`${t(T.profile)}: `);
  known.forEach((x, i) => {
    if (i) p.append(", ");
    const a = el("a", "", name(x));
    a.href = href(`/province/${x.slug}`);
    p.append(a);
  });
  return p;
}
