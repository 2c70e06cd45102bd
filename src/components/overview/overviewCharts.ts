/**
 * The overview page's charts (Plot): the ranking split by dimension, the regions, the national
 * trend with its breaks, and the coverage of sources.
 */
import * as Plot from "../../vendor/plot.js";
import { fmt, L, lang as pageLang, t, type Lang } from "../shared/i18n.js";
import { tickYears, yearTicks } from "../shared/yearTicks.js";
import { fitLabel } from "../shared/labelText.js";
import { CONTEXT, GROUP_COLORS, GROUP_ORDER, MEAN, OKABE_ITO, REGION_COLORS } from "../shared/palette.js";
import type { CoverageRow } from "../shared/tableRows.js";
import {
  type IndexId,
  INDEX_ORDER,
  INDEX_SHORT,
  type RankedProvince,
  type DimensionPart,
  dimensionParts,
  type TrendPoint,
  type PublishedMean,
  rankLabel,
  kindLabel,
  SOURCE_KIND_LABELS,
  LEVEL_LABELS,
  indexUnit,
} from "./overviewData.js";

// ---------------------------------------------------------------------------------------------
// Charts

export interface RankingChartOptions {
  width: number;
  index: string;
  lang?: Lang;
  href?: (slug: string) => string;
}

/**
 * Ranking of every province with a total: stacked bars of the dimension scores (where known),
 * a tick at the total, and the total with its rank (published or computed) at the bar's end.
 */
export function rankingChart(totals: RankedProvince[], o: RankingChartOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const parts = dimensionParts(totals, o.index, l);
  const labels = [...new Set(parts.map((p) => p.label))].sort((a, b) => Number(a.slice(1, 2)) - Number(b.slice(1, 2)));
  const withoutDims = totals.filter((d) => d.dims.size === 0);
  const unit = indexUnit(o.index);
  // On a narrow screen the bars keep most of the width: the label says the score only (the
  // rank is in the table view), and the names' margin shrinks.
  const narrow = o.width < 600;
  const label = (d: RankedProvince) => `${fmt(d.value, 2, l)}${unit}${d.kind === "derived" ? "*" : ""}${narrow ? "" : `  ${rankLabel(d, l)}`}`;
  const maxValue = Math.max(...totals.map((d) => d.value), 1);
  return Plot.plot({
    // Never narrower than its margins and some bar (a negative width draws nothing and logs an error).
    width: Math.max(o.width, 300),
    height: Math.max(120, totals.length * 17 + 70),
    marginLeft: narrow ? 96 : 130,
    marginRight: narrow ? 56 : 190,
    style: { fontSize: "11px" },
    x: { label: unit ? `${t(L.score, l)} (%)` : t(L.score, l), domain: [0, maxValue], grid: true, tickFormat: (x: number) => fmt(x, 0, l) },
    y: { label: null, domain: totals.map((d) => d.name) },
    color: labels.length ? { legend: true, domain: labels, range: OKABE_ITO.slice(0, labels.length) } : undefined,
    marks: [
      Plot.barX(parts, {
        x: "value",
        y: "name",
        fill: "label",
        order: labels,
        title: (p: DimensionPart) => `${p.name}\n${p.label}: ${fmt(p.value, 2, l)}`,
      }),
      Plot.barX(withoutDims, {
        x: "value",
        y: "name",
        fill: CONTEXT,
        title: (d: RankedProvince) => `${d.name}: ${fmt(d.value, 2, l)}`,
      }),
      Plot.tickX(totals, { x: "value", y: "name", stroke: MEAN, strokeWidth: 1.5 }),
      Plot.text(totals, { x: "value", y: "name", text: label, dx: 5, textAnchor: "start", fill: "currentColor" }),
      Plot.axisY({ label: null, tickSize: 0, href: o.href ? (name: string) => o.href!(totals.find((d) => d.name === name)!.slug) : undefined }),
      Plot.ruleX([0]),
    ],
  });
}

export interface RegionChartOptions {
  width: number;
  lang?: Lang;
  regions: Array<{ id: number; name: string }>;
}

/** Distribution of the year's totals by region: a box per region and one dot per province. */
export function regionChart(totals: RankedProvince[], o: RegionChartOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  return Plot.plot({
    width: Math.max(o.width, 300),
    height: Math.max(160, o.regions.length * 46 + 60),
    // The regions' names keep their margin; on a phone it shrinks and long names are shortened.
    marginLeft: o.width < 600 ? 150 : 230,
    x: { label: t(L.score, l), grid: true, tickFormat: (x: number) => fmt(x, 0, l) },
    y: { label: null, domain: o.regions.map((r) => r.name), tickFormat: (s: string) => (o.width < 600 ? fitLabel(s, 150 - 10) : s) },
    color: { domain: o.regions.map((r) => r.name), range: o.regions.map((r) => REGION_COLORS[r.id] ?? CONTEXT) },
    marks: [
      Plot.boxX(totals, { x: "value", y: "region", stroke: "#777", fill: "#eee", r: 0 }),
      Plot.dot(totals, {
        x: "value",
        y: "region",
        fill: "region",
        stroke: "white",
        r: 4.5,
        title: (d: RankedProvince) => `${d.name}: ${fmt(d.value, 2, l)}`,
      }),
    ],
  });
}

export interface TrendChartOptions {
  width: number;
  lang?: Lang;
  /** break years of the total (a vertical rule, no line across) */
  breakYears: number[];
  breakLabel?: string;
  six?: TrendPoint[];
}

export function trendChart(trend: TrendPoint[], published: PublishedMean[], o: TrendChartOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const computedLabel = t({ vi: "Trung bình tính toán", en: "Computed mean" }, l);
  const sixLabel = t({ vi: "Tổng 6 chỉ số nội dung (liên tục)", en: "Six-dimension total (continuous)" }, l);
  const publishedLabel = t({ vi: "Trung bình công bố", en: "Published mean" }, l);
  const years = [...trend.map((d) => d.year), ...published.map((d) => d.year), ...(o.six ?? []).map((d) => d.year)];
  const domain = years.length ? [Math.min(...years) - 0.5, Math.max(...years) + 0.5] : [2011, 2024];
  const series = [computedLabel, ...(o.six?.length ? [sixLabel] : []), publishedLabel];
  const colors = [OKABE_ITO[0]!, ...(o.six?.length ? [OKABE_ITO[2]!] : []), OKABE_ITO[5]!];
  const tip = (d: TrendPoint) =>
    `${d.year}: ${fmt(d.mean, 2, l)} (n = ${d.n}${d.n_derived ? `, ${d.n_derived} ${t({ vi: "suy ra", en: "derived" }, l)}` : ""})`;
  const breaks = o.breakYears.filter((b) => b - 0.5 > domain[0]! && b - 0.5 < domain[1]!);
  // A narrow range (e.g. two published means) gets a few points of room, so ticks stay distinct.
  const values = [...trend.map((d) => d.mean), ...published.map((d) => d.value), ...(o.six ?? []).map((d) => d.mean)];
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const yDomain = hi - lo < 4 ? [Math.floor(lo) - 2, Math.ceil(hi) + 2] : undefined;
  const byYear = [...published].sort((a, b) => a.year - b.year);
  return Plot.plot({
    width: o.width,
    height: 320,
    marginRight: 20,
    x: { label: t(L.year, l), domain, tickFormat: (x: number) => (Number.isInteger(x) ? String(x) : ""), ticks: tickYears(years, o.width - 60) },
    y: { label: t(L.score, l), grid: true, domain: yDomain, nice: !yDomain, tickFormat: (x: number) => fmt(x, Number.isInteger(x) ? 0 : 1, l) },
    color: { legend: true, domain: series, range: colors },
    symbol: { domain: series, range: ["circle", ...(o.six?.length ? ["square"] : []), "diamond"] as Plot.SymbolType[] },
    marks: [
      ...breaks.map((b) => Plot.ruleX([b - 0.5], { stroke: "#999", strokeDasharray: "4,3" })),
      ...breaks.map((b) =>
        Plot.text([b - 0.5], {
          x: (x: number) => x,
          frameAnchor: "top",
          text: () => o.breakLabel ?? `${b}`,
          dx: -5,
          dy: 4,
          textAnchor: "end",
          fill: "#555",
          lineWidth: 12,
        }),
      ),
      Plot.line(trend, { x: "year", y: "mean", z: "period", stroke: () => computedLabel, strokeWidth: 2 }),
      Plot.dot(trend, {
        x: "year",
        y: "mean",
        stroke: () => computedLabel,
        fill: (d: TrendPoint) => (d.n_derived ? "white" : computedLabel),
        symbol: () => computedLabel,
        r: 3.5,
        title: tip,
      }),
      ...(o.six?.length
        ? [
            Plot.line(o.six, { x: "year", y: "mean", stroke: () => sixLabel, strokeDasharray: "5,3", strokeWidth: 1.5 }),
            Plot.dot(o.six, { x: "year", y: "mean", stroke: () => sixLabel, fill: "white", symbol: () => sixLabel, r: 3, title: tip }),
          ]
        : []),
      Plot.dot(published, {
        x: "year",
        y: "value",
        fill: () => publishedLabel,
        symbol: () => publishedLabel,
        r: 6,
        stroke: "white",
        title: (d: PublishedMean) => `${d.year}: ${fmt(d.value, 2, l)} — ${t(L.published, l)} (${d.source ?? ""})`,
      }),
      // Labels of consecutive years alternate above and below their points, so two neighbours
      // (the 2018 and 2019 means are a column apart) never print over each other.
      ...[0, 1].map((side) =>
        Plot.text(
          byYear.filter((_, i) => i % 2 === side),
          {
            x: "year",
            y: "value",
            text: (d: PublishedMean) => `${fmt(d.value, 2, l)}\n${t(L.published, l)}`,
            dx: 8,
            dy: side ? 10 : -10,
            lineAnchor: side ? "top" : "bottom",
            textAnchor: "start",
            fill: OKABE_ITO[5],
          },
        ),
      ),
    ],
  });
}

export const SOURCE_KIND_ORDER = ["official_workbook", "csv_panel", "plan_document", "computed"];

export interface CoverageChartOptions {
  width: number;
  lang?: Lang;
}

/**
 * What is present, for which year, from which kind of source: one row per index × level, one
 * column per year, one mark per kind of source (colour and shape), its size the provinces covered.
 */
export function coverageChart(coverage: CoverageRow[], o: CoverageChartOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const rowLabel = (c: CoverageRow) => `${INDEX_SHORT[c.index as IndexId] ?? c.index} · ${t(LEVEL_LABELS[c.level] ?? c.level, l)}`;
  const levels = ["total", "dimension", "subdimension"];
  const rowsOrder = INDEX_ORDER.flatMap((i) => levels.map((lv) => ({ index: i, level: lv })))
    .filter((r) => coverage.some((c) => c.index === r.index && c.level === r.level))
    .map((r) => rowLabel({ index: r.index, level: r.level } as CoverageRow));
  // One mark per (index, level, year, source kind): the largest province count of that kind.
  const cells = new Map<string, CoverageRow & { row: string; kinds: string[] }>();
  for (const c of coverage) {
    const key = `${c.index}|${c.level}|${c.year}|${c.source_kind}`;
    const cur = cells.get(key);
    if (!cur) cells.set(key, { ...c, row: rowLabel(c), kinds: [c.kind] });
    else {
      cur.provinces = Math.max(cur.provinces, c.provinces);
      cur.figures += c.figures;
      cur.national ||= c.national;
      if (!cur.kinds.includes(c.kind)) cur.kinds.push(c.kind);
    }
  }
  const data = [...cells.values()];
  const kinds = SOURCE_KIND_ORDER.filter((k) => data.some((d) => d.source_kind === k));
  const kindNames = kinds.map((k) => t(SOURCE_KIND_LABELS[k] ?? k, l));
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  // Marks of the same cell side by side: the kind of source shifts the year a little.
  const offset = (k: string) => (SOURCE_KIND_ORDER.indexOf(k) - 1.5) * 0.2;
  const points = data.map((d) => ({ ...d, x: d.year + offset(d.source_kind), kindName: t(SOURCE_KIND_LABELS[d.source_kind] ?? d.source_kind, l) }));
  const lo = years.length ? years[0]! : 2011;
  const hi = years.length ? years[years.length - 1]! : 2024;
  return Plot.plot({
    width: Math.max(o.width, 320),
    height: Math.max(140, rowsOrder.length * 34 + 80),
    marginLeft: 200,
    marginBottom: 40,
    x: { label: t(L.year, l), domain: [lo - 0.5, hi + 0.5], ...yearTicks(years, Math.max(o.width, 320), 200) },
    y: { label: null, domain: rowsOrder },
    r: { range: [2, 6], domain: [1, 63] },
    color: { legend: true, domain: kindNames, range: [OKABE_ITO[0]!, OKABE_ITO[2]!, OKABE_ITO[5]!, OKABE_ITO[7]!].slice(0, kindNames.length) },
    symbol: { domain: kindNames, range: ["circle", "square", "triangle", "diamond"].slice(0, kindNames.length) as Plot.SymbolType[] },
    marks: [
      Plot.ruleX(years.map((y) => y + 0.5).slice(0, -1), { stroke: "#eee" }),
      Plot.dot(points, {
        x: "x",
        y: "row",
        r: (d: CoverageRow) => Math.max(1, d.provinces),
        fill: "kindName",
        symbol: "kindName",
        title: (d: (typeof points)[number]) =>
          `${d.row} ${d.year}\n${d.kindName}: ${d.provinces} ${t({ vi: "tỉnh", en: "provinces" }, l)}, ${d.figures} ${t({ vi: "con số", en: "figures" }, l)}${d.national ? ` + ${t(L.national, l)}` : ""} (${d.kinds.map((k) => kindLabel(k, l)).join(", ")})`,
      }),
    ],
  });
}

/** A number cell for chartCard tables ("—" for missing), with its unit ("%") when it has one. */
export const num =
  (digits = 2, l: Lang = pageLang, unit = "") =>
  (v: unknown): string =>
    typeof v === "number" ? `${fmt(v, digits, l)}${unit}` : "—";

/** Group colours for legends, best → worst. */
export const GROUP_SCALE = { domain: GROUP_ORDER, range: GROUP_ORDER.map((g) => GROUP_COLORS[g]!) };
