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

export function totalsChart(ctx: CompareContext): HTMLElement {
  const { data } = ctx;
  const names = nameBySlug(ctx.provinces);
  const colors = provinceColors(data.slugs);
  const by = breakYears(ctx.breaks, "papi.total");
  const rows = data.totals.map((r) => ({ ...r, name: names.get(r.slug) ?? r.slug, segment: segmentOf(r.year, by), z: `${r.slug}|${segmentOf(r.year, by)}` }));
  if (!rows.length) return note({ vi: "Các tỉnh đã chọn chưa có điểm tổng hợp.", en: "The chosen provinces have no totals yet." }, "pv-empty");
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const breaks = breaksWithin(ctx.breaks, ["papi.total"], years[0]!, years.at(-1)!);
  const last = data.slugs.map((s) => rows.filter((r) => r.slug === s).at(-1)).filter((r): r is (typeof rows)[number] => !!r);
  const valueDomain: [number, number] = [Math.min(...rows.map((r) => r.value)), Math.max(...rows.map((r) => r.value))];
  const chart = Plot.plot({
    width: ctx.width,
    height: 320,
    marginLeft: 44,
    marginRight: 90,
    marginTop: 22,
    x: { label: t(L.year), ...yearAxis(years, ctx.width) },
    y: { label: t(L.score), grid: true, domain: valueDomain, tickFormat: autoFormat(rows.map((r) => r.value)) },
    color: { domain: data.slugs, range: data.slugs.map((s) => colors.get(s)!) },
    marks: [
      Plot.ruleX(breaks, { x: (b: SeriesBreak) => b.year - 0.5, stroke: "#888", strokeDasharray: "3,3" }),
      Plot.line(rows, { x: "year", y: "value", z: "z", stroke: "slug", strokeWidth: 2 }),
      ...[true, false].map((official) =>
        Plot.dot(
          rows.filter((d) => (d.kind === "actual") === official),
          {
            x: "year",
            y: "value",
            r: 4,
            stroke: "slug",
            strokeWidth: 1.5,
            fill: official ? "slug" : "white",
            title: (d) => `${d.name} ${d.year}: ${fmt(d.value)}${d.kind === "derived" ? ` (${t(LABELS.derivedShort)})` : ""}`,
          },
        ),
      ),
      endLabels(last, "value", valueDomain, 320 - 22 - 30),
    ],
  });
  return chartCard({
    title: { vi: "Điểm PAPI tổng hợp của các tỉnh qua các năm?", en: "How do the provinces' PAPI totals compare over the years?" },
    subtitle: {
      vi: "Chấm đặc: điểm chính thức; chấm rỗng: điểm suy ra (tổng các chỉ số nội dung, 2017–2018). Thang 6–60 đến 2017, 8–80 từ 2018: đường không nối qua 2018.",
      en: "Filled: official total; hollow: derived (sum of dimensions, 2017–2018). Scale 6–60 to 2017, 8–80 from 2018: lines are not joined across 2018.",
    },
    source: { vi: "bảng facts", en: "facts table" },
    n: rows.length,
    chart: el(
      "div",
      {},
      colorLegend(ctx),
      legend([
        { label: LABELS.official, color: "#555", shape: "filled" },
        { label: LABELS.derived, color: "#555", shape: "hollow" },
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
    source: { vi: "bảng facts (rank, rank_source)", en: "facts table (rank, rank_source)" },
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
