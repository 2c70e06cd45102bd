/**
 * The /indicators figure: what the indicator is and when it exists, notices, the chart with its
 * table, and the list of series breaks.
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard, type TableColumn } from "../shared/chartCard.js";
import { fmt, fmtRank, href, L, lang, missing, t, tickFormat, type Text } from "../shared/i18n.js";
import {
  jitter,
  segments,
  suggestSixDimension,
  yearStats,
  type BreakRow,
  type DeclaredBreak,
  type DistRow,
  type IndicatorLike,
  type IndicatorResult,
  type ProvinceLike,
} from "./indicatorData.js";
import { CONTEXT, MEAN, OKABE_ITO } from "../shared/palette.js";
import { el } from "../shared/dom.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";
import { FULL_COVERAGE, T, name } from "./indicatorLabels.js";

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

export function yearsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

export function compactYears(years: number[]): string {
  if (!years.length) return t(T.none);
  const parts: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Infinity]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = prev = y;
  }
  return parts.join(", ");
}

export function indicatorFigure(result: IndicatorResult, ctx: FigureContext): HTMLElement {
  const sel = result.selection;
  const from = Math.min(sel.from, sel.to);
  const to = Math.max(sel.from, sel.to);
  const ind = ctx.indicators.find((i) => i.id === sel.indicator);
  const indName = ind ? name(ind) : sel.indicator;
  const unit = ind && (ind as IndicatorLike & { unit?: string }).unit === "percent" ? t(T.percent) : t(T.points);
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

export interface SegRow {
  year: number;
  value: number;
  seg: string;
  label: string;
  name: string;
}

export function figureCard(result: IndicatorResult, ctx: FigureContext, indName: string, unit: string, from: number, to: number) {
  const sel = result.selection;
  const years = yearsBetween(from, to);
  const breakYears = result.breaks.map((b) => b.year);
  const visibleBreaks = result.breaks.filter((b) => b.year > from && b.year <= to);
  const stats = yearStats(result.dist);
  const derivedYears = new Set(result.means.filter((m) => m.has_derived).map((m) => m.year));
  const bySlug = new Map(ctx.provinces.map((p) => [p.slug, p]));
  const chosen = sel.provinces.filter((s) => bySlug.has(s));
  const palette = OKABE_ITO.filter((c) => c !== MEAN);
  const colourOf = new Map(chosen.map((s, i) => [name(bySlug.get(s)!), palette[i % palette.length]!]));

  const segRows: SegRow[] = [];
  const lastPoints: DistRow[] = [];
  for (const slug of chosen) {
    const pts = result.dist.filter((d) => d.slug === slug);
    const n = name(bySlug.get(slug)!);
    segments(pts, breakYears).forEach((run, k) => {
      const label = `${n}: ${run[0]!.year === run[run.length - 1]!.year ? run[0]!.year : `${run[0]!.year}–${run[run.length - 1]!.year}`}`;
      for (const p of run) segRows.push({ year: p.year, value: p.value, seg: `${slug}#${k}`, label, name: n });
    });
    if (pts.length) lastPoints.push(pts[pts.length - 1]!);
  }
  const meanPts = result.means.filter((m) => m.n >= MIN_PROVINCES_NATIONAL).map((m) => ({ year: m.year, value: m.mean }));
  const meanRows: SegRow[] = [];
  segments(meanPts, breakYears).forEach((run, k) => {
    const label = `${t(L.nationalMean)}: ${run[0]!.year}–${run[run.length - 1]!.year}`;
    for (const p of run) meanRows.push({ year: p.year, value: p.value, seg: `mean#${k}`, label, name: t(L.nationalMean) });
  });
  const published = result.means.filter((m) => m.published_mean !== null);
  const hl = result.dist.filter((d) => d.highlighted);
  const digits = unit === "%" ? 1 : 2;

  const chart = Plot.plot({
    width: Math.max(320, ctx.width),
    height: 440,
    marginLeft: 48,
    marginRight: chosen.length ? 100 : 24,
    marginTop: 28,
    x: {
      domain: [from - 0.6, to + 0.6],
      ticks: years,
      tickFormat: (y: number) => (derivedYears.has(y) ? `${y}*` : `${y}`),
      label: null,
    },
    y: { label: `${indName} (${unit})`, grid: true, nice: true, tickFormat: tickFormat(unit === "%" ? 0 : 1) },
    color: chosen.length ? { domain: [...colourOf.keys()], range: [...colourOf.values()], legend: true } : undefined,
    marks: [
      // Verified breaks dashed, unverified ones dotted; both groups are labelled "series-break".
      Plot.ruleX(visibleBreaks, {
        x: (d: BreakRow) => d.year - 0.5,
        stroke: "#333",
        strokeWidth: 1.2,
        strokeDasharray: "6,3",
        filter: (d: BreakRow) => d.verified,
        className: "series-break",
      }),
      Plot.ruleX(visibleBreaks, {
        x: (d: BreakRow) => d.year - 0.5,
        stroke: "#333",
        strokeWidth: 1.2,
        strokeDasharray: "1.5,3",
        filter: (d: BreakRow) => !d.verified,
        className: "series-break",
      }),
      Plot.text(visibleBreaks, {
        x: (d: BreakRow) => d.year - 0.5,
        frameAnchor: "top",
        dy: -16,
        text: (d: BreakRow) => (d.verified ? `${t(T.breakLabel)} ${d.year}` : `${t(T.breakLabel)} ${d.year} (${t(T.unverified)})`),
        fontSize: 10,
        fill: "#333",
      }),
      Plot.ruleX(stats, { x: "year", y1: "min", y2: "max", stroke: CONTEXT }),
      Plot.rect(stats, {
        x1: (d: { year: number }) => d.year - 0.28,
        x2: (d: { year: number }) => d.year + 0.28,
        y1: "q1",
        y2: "q3",
        fill: "#eef1f4",
        stroke: CONTEXT,
        className: "year-box",
      }),
      Plot.ruleY(stats, {
        y: "median",
        x1: (d: { year: number }) => d.year - 0.28,
        x2: (d: { year: number }) => d.year + 0.28,
        stroke: "#555",
        strokeWidth: 1.5,
      }),
      Plot.dot(result.dist, {
        x: (d: DistRow) => d.year + jitter(d.province_code),
        y: "value",
        r: 2,
        fill: CONTEXT,
        fillOpacity: 0.75,
        className: "province-dots",
        channels: { [t(L.province)]: (d: DistRow) => name(d), [t(L.year)]: (d: DistRow) => String(d.year) },
        tip: { format: { x: false, y: (v: number) => fmt(v, digits), [t(L.province)]: true, [t(L.year)]: true } },
      }),
      Plot.line(meanRows, { x: "year", y: "value", z: "seg", stroke: MEAN, strokeWidth: 1.5, strokeDasharray: "6,3", title: "label", className: "mean-line" }),
      Plot.dot(meanPts, { x: "year", y: "value", symbol: "times", r: 3.5, stroke: MEAN, strokeWidth: 1.5, className: "mean-point" }),
      Plot.dot(published, { x: "year", y: "published_mean", symbol: "diamond", r: 5, stroke: MEAN, fill: "white", className: "published-mean" }),
      Plot.line(segRows, { x: "year", y: "value", z: "seg", stroke: "name", strokeWidth: 2.4, title: "label", className: "province-line" }),
      Plot.dot(
        hl.filter((d) => d.kind !== "derived"),
        { x: "year", y: "value", r: 3.6, fill: (d: DistRow) => name(d), stroke: "white", className: "province-point" },
      ),
      Plot.dot(
        hl.filter((d) => d.kind === "derived"),
        { x: "year", y: "value", r: 3.6, fill: "white", stroke: (d: DistRow) => name(d), strokeWidth: 2, className: "province-point-derived" },
      ),
      Plot.text(lastPoints, {
        x: "year",
        y: "value",
        text: (d: DistRow) => name(d),
        dx: 8,
        textAnchor: "start",
        fill: (d: DistRow) => name(d),
        fontWeight: 600,
      }),
    ],
  });
  // Test hooks: the break rules carry their year.
  const breakGroups = chart.querySelectorAll("g.series-break");
  breakGroups.forEach((group) => {
    const verified = group.getAttribute("stroke-dasharray") === "6,3";
    const list = visibleBreaks.filter((b) => b.verified === verified);
    group.querySelectorAll("line").forEach((line, i) => {
      line.setAttribute("data-testid", "series-break");
      line.setAttribute("data-year", String(list[i]?.year ?? ""));
      line.setAttribute("data-verified", String(list[i]?.verified ?? ""));
    });
  });

  // The table view: per-year statistics and the chosen provinces' values.
  const ind = ctx.indicators.find((i) => i.id === sel.indicator);
  const inForce = (y: number) => !ind || (y >= ind.year_from && (ind.year_to === null || y <= ind.year_to));
  const statByYear = new Map(stats.map((s) => [s.year, s]));
  const meanByYear = new Map(result.means.map((m) => [m.year, m]));
  const rows = years.map((year) => {
    const s = statByYear.get(year);
    const m = meanByYear.get(year);
    const row: Record<string, unknown> = {
      year,
      n: s?.n ?? 0,
      min: s?.min ?? null,
      q1: s?.q1 ?? null,
      median: s?.median ?? null,
      q3: s?.q3 ?? null,
      max: s?.max ?? null,
      mean: m && m.n >= MIN_PROVINCES_NATIONAL ? m.mean : null,
      published_mean: m?.published_mean ?? null,
    };
    for (const slug of chosen) {
      const d = hl.find((h) => h.slug === slug && h.year === year);
      row[`value_${slug}`] = d?.value ?? null;
      row[`kind_${slug}`] = d?.kind ?? null;
      row[`rank_${slug}`] = d?.rank ?? null;
      row[`rank_of_${slug}`] = d?.rank_of ?? null;
      row[`rank_source_${slug}`] = d?.rank_source ?? null;
    }
    return row;
  });
  const reasonFor = (year: number) => (inForce(year) ? L.noData : T.notInForce);
  const num = (key: string, label: Text): TableColumn => ({
    key,
    label,
    align: "right",
    format: (v, row) => (typeof v === "number" ? fmt(v, digits) : missing(reasonFor(row.year as number))),
  });
  const columns: TableColumn[] = [
    { key: "year", label: L.year, format: (v) => (derivedYears.has(v as number) ? `${v}*` : String(v)) },
    { key: "n", label: T.n, align: "right", format: (v) => String(v) },
    num("min", T.min),
    num("q1", T.q1),
    num("median", T.median),
    num("q3", T.q3),
    num("max", T.max),
    num("mean", T.mean),
    { key: "published_mean", label: T.publishedMean, align: "right", format: (v) => (typeof v === "number" ? fmt(v, digits) : "") },
  ];
  for (const slug of chosen) {
    const p = bySlug.get(slug)!;
    columns.push(
      {
        key: `value_${slug}`,
        label: name(p),
        align: "right",
        format: (v, row) =>
          typeof v === "number"
            ? `${fmt(v, digits)}${row[`kind_${slug}`] === "derived" ? ` (${t(T.kindDerived)})` : ""}`
            : missing(inForce(row.year as number) ? L.notSurveyed : T.notInForce),
      },
      {
        key: `rank_${slug}`,
        label: `${t(L.rank)} ${name(p)}`,
        align: "right",
        format: (v, row) =>
          typeof v === "number"
            ? `${fmtRank(v, row[`rank_of_${slug}`] as number | null)}${row[`rank_source_${slug}`] === "computed" ? ` (${t(L.computed)})` : ""}`
            : "—",
      },
    );
  }

  const notes: string[] = [];
  if (derivedYears.size) notes.push(t(T.derivedNote));
  notes.push(t(T.meanNote));
  if (result.means.some((m) => m.n < MIN_PROVINCES_NATIONAL)) notes.push(t(T.meanMissing));
  const provincesDrawn = new Set(result.dist.map((d) => d.province_code)).size;
  return {
    title: {
      vi: `Các tỉnh đạt bao nhiêu điểm “${ind ? ind.name_vi : sel.indicator}” qua từng năm?`,
      en: `How do the provinces score on “${ind ? ind.name_en : sel.indicator}” each year?`,
    },
    subtitle: {
      vi: `Mỗi chấm là một tỉnh; hộp: từ tứ phân vị 1 đến 3, vạch giữa: trung vị, râu: thấp nhất – cao nhất. ${from}–${to}.`,
      en: `Each dot is a province; box: first to third quartile, bar: median, whiskers: min – max. ${from}–${to}.`,
    },
    source: T.source,
    n: `${result.dist.length} (${provincesDrawn} ${t({ vi: "tỉnh", en: "provinces" })})`,
    chart,
    columns,
    rows,
    filename: `papi-${sel.indicator}-${from}-${to}`,
    note: notes.join(" "),
  };
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
