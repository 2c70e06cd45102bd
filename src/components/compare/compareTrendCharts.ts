/**
 * The selected provinces' PAPI totals and ranks over time.
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard } from "../shared/chartCard.js";
import { L, fmt, lang, t } from "../shared/i18n.js";
import { LABELS, autoFormat, groupText, legend, note, rankText, spreadLabels } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import { breakYears, breaksWithin, segmentOf, type SeriesBreak } from "../province/provinceFacts.js";
import { type CompareContext, provinceColors, nameBySlug, colorLegend, yearAxis } from "./compareControls.js";
import { CONTEXT } from "../shared/palette.js";

/**
 * The provinces' names at the ends of their lines, moved apart so that none overprints another
 * (13 px at least, over a plot area `innerHeight` px high showing `domain`).
 */
function endLabels<R extends { year: number; slug: string; name: string }>(last: R[], key: keyof R & string, domain: [number, number], innerHeight: number) {
  const gap = (13 * Math.abs(domain[1] - domain[0])) / innerHeight;
  const at = spreadLabels(
    last.map((d) => Number(d[key])),
    gap,
    Math.min(...domain),
    Math.max(...domain),
  );
  return Plot.text(
    last.map((d, i) => ({ ...d, labelAt: at[i] })),
    { x: "year", y: "labelAt", text: "name", dx: 8, textAnchor: "start", fill: "slug", fontWeight: 600, fontSize: 11 },
  );
}

/**
 * One province's line and marks in one colour. Each mark's group carries the province
 * (`data-slug`, class `pv-layer`): the first view written at build draws every province so, and
 * shows the selected ones (compareFirstView.ts).
 */
function provinceLayer(rows: TotalsPoint[], slug: string, color: string, n: number, tips: boolean): Plot.Markish[] {
  const render: Plot.RenderFunction = (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    g.setAttribute("data-slug", slug);
    g.setAttribute("data-n", String(n));
    g.classList.add("pv-layer");
    return g;
  };
  return [
    Plot.line(rows, { x: "year", y: "value", z: "z", stroke: color, strokeWidth: 2, render }),
    ...[true, false].map((official) =>
      Plot.dot(
        rows.filter((d) => (d.kind === "actual") === official),
        {
          x: "year",
          y: "value",
          r: 4,
          stroke: color,
          strokeWidth: 1.5,
          fill: official ? color : "white",
          title: tips ? (d: TotalsPoint) => `${d.name} ${d.year}: ${fmt(d.value)}${d.kind === "derived" ? ` (${t(LABELS.derivedShort)})` : ""}` : undefined,
          render,
        },
      ),
    ),
  ];
}

interface TotalsPoint {
  slug: string;
  name: string;
  year: number;
  value: number;
  kind: string;
  z: string;
}

/** The totals chart's size: the first view written at build draws it at the same height. */
const TOTALS_HEIGHT = 320;
const TOTALS_MARGIN_TOP = 22;

/**
 * The selected provinces' totals over time, over every other province's line in grey; the value
 * axis spans every province's totals, so adding or removing a province never moves it.
 *
 * `every` (the first view written at build, compareFirstView.ts): every province is drawn as a
 * layer in `currentColor`, with no line label and no tooltip; the page's inline script shows and
 * colours the selected layers. The live page draws only the selected ones, in their colours, labelled.
 */
export function totalsChart(ctx: CompareContext, { every = false }: { every?: boolean } = {}): HTMLElement {
  const { data } = ctx;
  const names = nameBySlug(ctx.provinces);
  const slugOf = new Map(ctx.provinces.map((p) => [p.code, p.slug]));
  const by = breakYears(ctx.breaks, "papi.total");
  const point = (r: { province_code: string; year: number; value: number; kind: string }): TotalsPoint => {
    const slug = slugOf.get(r.province_code) ?? r.province_code;
    return { slug, name: names.get(slug) ?? slug, year: r.year, value: r.value, kind: r.kind, z: `${slug}|${segmentOf(r.year, by)}` };
  };
  const all = data.allTotals.map(point);
  const rows = data.totals.map((r) => ({ ...r, ...point(r) }));
  if (!rows.length && !every) return note({ vi: "Các tỉnh đã chọn chưa có điểm tổng hợp.", en: "The chosen provinces have no totals yet." }, "pv-empty");
  const shown = every ? ctx.provinces.map((p) => p.slug).filter((s) => all.some((r) => r.slug === s)) : data.slugs;
  const colors = every ? new Map(shown.map((s) => [s, "currentColor"])) : provinceColors(data.slugs);
  const layerRows = every ? all : rows;
  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => a - b);
  const breaks = breaksWithin(ctx.breaks, ["papi.total"], years[0]!, years.at(-1)!);
  const last = data.slugs.map((s) => rows.filter((r) => r.slug === s).at(-1)).filter((r): r is (typeof rows)[number] => !!r);
  const values = all.map((r) => r.value);
  const valueDomain: [number, number] = [Math.min(...values), Math.max(...values)];
  const chart = Plot.plot({
    width: ctx.width,
    height: TOTALS_HEIGHT,
    marginLeft: 44,
    marginRight: 90,
    marginTop: TOTALS_MARGIN_TOP,
    x: { label: t(L.year), ...yearAxis(years, ctx.width) },
    y: { label: t(L.score), grid: true, domain: valueDomain, tickFormat: autoFormat(values) },
    color: every ? undefined : { domain: data.slugs, range: data.slugs.map((s) => colors.get(s)!) },
    marks: [
      Plot.ruleX(breaks, { x: (b: SeriesBreak) => b.year - 0.5, stroke: "#888", strokeDasharray: "3,3" }),
      Plot.line(every ? all : all.filter((r) => !data.slugs.includes(r.slug)), {
        x: "year",
        y: "value",
        z: "z",
        stroke: CONTEXT,
        strokeWidth: 1,
        strokeOpacity: 0.45,
      }),
      ...shown.flatMap((s) => {
        const own = layerRows.filter((r) => r.slug === s);
        return provinceLayer(own, s, colors.get(s)!, own.length, !every);
      }),
      every ? null : endLabels(last, "value", valueDomain, TOTALS_HEIGHT - TOTALS_MARGIN_TOP - 30),
    ],
  });
  const legendItems = every
    ? ctx.provinces.map((p) => ({ label: names.get(p.slug) ?? p.slug, color: "currentColor", shape: "line" as const, key: p.slug }))
    : null;
  return chartCard({
    title: { vi: "Điểm PAPI tổng hợp của các tỉnh qua các năm?", en: "How do the provinces' PAPI totals compare over the years?" },
    subtitle: {
      vi: "Chấm đặc: điểm chính thức; chấm rỗng: điểm suy ra (tổng các chỉ số nội dung, 2017–2018); đường xám: các tỉnh khác. Thang 6–60 đến 2017, 8–80 từ 2018: đường không nối qua 2018.",
      en: "Filled: official total; hollow: derived (sum of dimensions, 2017–2018); grey lines: the other provinces. Scale 6–60 to 2017, 8–80 from 2018: lines are not joined across 2018.",
    },
    source: { vi: "bảng facts", en: "facts table" },
    n: rows.length,
    chart: el(
      "div",
      {},
      legendItems ? legend(legendItems) : colorLegend(ctx),
      legend([
        { label: LABELS.official, color: "#555", shape: "filled" },
        { label: LABELS.derived, color: "#555", shape: "hollow" },
        { label: { vi: "các tỉnh khác", en: "other provinces" }, color: CONTEXT, shape: "line" },
      ]),
      chart,
    ),
    columns: [
      { key: "name", label: L.province },
      { key: "year", label: L.year },
      { key: "value", label: L.total, align: "right", format: (v) => fmt(v as number) },
      { key: "kind", label: LABELS.kind, format: (v) => (v === "actual" ? t(LABELS.official) : t(LABELS.derived)) },
      { key: "rank", label: L.rank, format: (_, r) => rankText(r.rank as number, r.rank_of as number, r.rank_source as string) },
      { key: "group", label: L.group, format: (_, r) => groupText(r.group as string, r.group_source as string) },
      { key: "source_loc", label: L.source },
    ],
    rows,
    filename: `papi-compare-totals-${data.slugs.join("-")}`,
    note: breaks.length ? breaks.map((b) => `${b.year}: ${lang === "vi" ? b.reason_vi : b.reason_en}`).join("; ") : null,
  });
}

/** Ranks over time: filled for published ranks, hollow for computed ones. */
export function ranksChart(ctx: CompareContext): HTMLElement {
  const { data } = ctx;
  const names = nameBySlug(ctx.provinces);
  const colors = provinceColors(data.slugs);
  const by = breakYears(ctx.breaks, "papi.total");
  const rows = data.totals.filter((r) => r.rank !== null).map((r) => ({ ...r, name: names.get(r.slug) ?? r.slug, z: `${r.slug}|${segmentOf(r.year, by)}` }));
  if (!rows.length) return note({ vi: "Chưa có thứ hạng.", en: "No ranks yet." }, "pv-empty");
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const last = data.slugs.map((s) => rows.filter((r) => r.slug === s).at(-1)).filter((r): r is (typeof rows)[number] => !!r);
  const rankDomain: [number, number] = [1, Math.max(63, ...rows.map((r) => r.rank_of ?? 0))];
  const chart = Plot.plot({
    width: ctx.width,
    height: 300,
    marginLeft: 44,
    marginRight: 90,
    marginTop: 16,
    x: { label: t(L.year), ...yearAxis(years, ctx.width) },
    y: {
      label: t({ vi: "Xếp hạng (1 = cao nhất)", en: "Rank (1 = best)" }),
      reverse: true,
      domain: rankDomain,
      grid: true,
    },
    color: { domain: data.slugs, range: data.slugs.map((s) => colors.get(s)!) },
    marks: [
      Plot.line(rows, { x: "year", y: "rank", z: "z", stroke: "slug", strokeWidth: 1.5, strokeOpacity: 0.7 }),
      ...[true, false].map((published) =>
        Plot.dot(
          rows.filter((d) => (d.rank_source === "published") === published),
          {
            x: "year",
            y: "rank",
            r: 4.5,
            stroke: "slug",
            strokeWidth: 1.5,
            fill: published ? "slug" : "white",
            title: (d) => `${d.name} ${d.year}: ${rankText(d.rank, d.rank_of, d.rank_source)}`,
          },
        ),
      ),
      endLabels(last, "rank", rankDomain, 300 - 16 - 30),
    ],
  });
  return chartCard({
    title: { vi: "Các tỉnh xếp hạng thế nào trong cả nước?", en: "How do the provinces rank nationally?" },
    subtitle: {
      vi: "Chấm đặc: thứ hạng công bố; chấm rỗng: thứ hạng tính toán từ điểm.",
      en: "Filled: published rank; hollow: rank computed from the scores.",
    },
    source: { vi: "bảng facts — thứ hạng công bố, hoặc tính từ điểm", en: "facts table — published ranks, or computed from the scores" },
    n: rows.length,
    chart: el(
      "div",
      {},
      colorLegend(ctx),
      legend([
        { label: { vi: "công bố", en: "published" }, color: "#555", shape: "filled" },
        { label: { vi: "tính toán", en: "computed" }, color: "#555", shape: "hollow" },
      ]),
      chart,
    ),
    columns: [
      { key: "name", label: L.province },
      { key: "year", label: L.year },
      { key: "rank", label: L.rank, format: (_, r) => rankText(r.rank as number, r.rank_of as number, r.rank_source as string) },
      {
        key: "rank_source",
        label: { vi: "Nguồn thứ hạng", en: "Rank provenance" },
        format: (v) => (v === "published" ? t({ vi: "công bố", en: "published" }) : t({ vi: "tính toán", en: "computed" })),
      },
    ],
    rows,
    filename: `papi-compare-ranks-${data.slugs.join("-")}`,
  });
}

/** The dimension profile of the chosen year: a dot per province on each dimension (not a radar). */
