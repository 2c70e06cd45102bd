/**
 * The province's latest sub-dimension profile and its percentiles among all provinces
 * (strengths and weaknesses).
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard, type TableColumn } from "../shared/chartCard.js";
import { L, fmt, fmtPercent, missing, t, tickFormat, type Text } from "../shared/i18n.js";
import { CONTEXT, HIGHLIGHT, MEAN } from "../shared/palette.js";
import { LABELS, dimCode, indicatorName, legend, note } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import type { SubPoint } from "./provinceProfile.js";
import { type ViewContext, fitLabel, nameOf } from "./provinceViewContext.js";

export function subLabel(ctx: ViewContext, s: { indicator_id: string; dimension: number }): string {
  return `${dimCode(s.dimension)} · ${indicatorName(ctx.indicators, s.indicator_id)}`;
}

/** The left margin for the sub-dimensions' labels: 40 % of the width, within 180–340 px. */
function labelMargin(ctx: ViewContext): number {
  return Math.min(340, Math.max(180, ctx.width * 0.4));
}

/** The profile's chart: the national range (grey bar) and mean (tick) where there is one, and the province's score (dot and value). */
function subProfilePlot(ctx: ViewContext, data: SubPoint[]) {
  const labels = data.map((d) => subLabel(ctx, d));
  return Plot.plot({
    width: ctx.width,
    height: 22 * data.length + 50,
    marginLeft: labelMargin(ctx),
    marginRight: 40,
    x: { label: t(L.score), grid: true, tickFormat: tickFormat(1), domain: [0, Math.max(...data.map((d) => Math.max(d.value, d.national_max ?? 0))) * 1.05] },
    y: { label: null, domain: labels, tickFormat: (s: string) => fitLabel(s, labelMargin(ctx) - 12) },
    marks: [
      Plot.ruleY(
        data.filter((d) => d.national_min !== null),
        { y: (d) => subLabel(ctx, d), x1: "national_min", x2: "national_max", stroke: "#ccc", strokeWidth: 6 },
      ),
      Plot.tickX(
        data.filter((d) => d.national_mean !== null),
        { y: (d) => subLabel(ctx, d), x: "national_mean", stroke: MEAN, strokeWidth: 2 },
      ),
      Plot.dot(data, { y: (d) => subLabel(ctx, d), x: "value", r: 5, fill: HIGHLIGHT, title: (d) => `${subLabel(ctx, d)}: ${fmt(d.value)}` }),
      Plot.text(data, { y: (d) => subLabel(ctx, d), x: "value", text: (d) => fmt(d.value), dx: 9, textAnchor: "start", fontSize: 10 }),
    ],
  });
}

/** The profile's subtitle: what the grey bar and the tick are, or why there is no national distribution to compare with. */
function subProfileNote(withDist: boolean, n: number, year: number): Text {
  return withDist
    ? {
        vi: `Thanh xám: khoảng từ thấp nhất đến cao nhất toàn quốc; vạch đen: trung bình toàn quốc (n = ${n} tỉnh).`,
        en: `Grey bar: national range (lowest to highest); black tick: national mean (n = ${n} provinces).`,
      }
    : {
        vi: `Năm ${year} chỉ có số liệu của ${n} tỉnh (n = ${n}): không có phân bố toàn quốc để so sánh.`,
        en: `In ${year} only ${n} province's data is available (n = ${n}): no national distribution to compare with.`,
      };
}

/** The profile's table columns (a missing national figure says there is no distribution). */
function subProfileColumns(): TableColumn[] {
  return [
    { key: "label", label: L.subdimension },
    { key: "value", label: L.score, align: "right", format: (v) => fmt(v as number) },
    { key: "national_mean", label: LABELS.nationalMean, align: "right", format: (v) => (v === null ? missing(LABELS.noDistribution) : fmt(v as number)) },
    {
      key: "national_min",
      label: { vi: "Thấp nhất", en: "Lowest" },
      align: "right",
      format: (v) => (v === null ? missing(LABELS.noDistribution) : fmt(v as number)),
    },
    {
      key: "national_max",
      label: { vi: "Cao nhất", en: "Highest" },
      align: "right",
      format: (v) => (v === null ? missing(LABELS.noDistribution) : fmt(v as number)),
    },
    { key: "n", label: "n", align: "right" },
    { key: "source_loc", label: L.source },
  ];
}

/** The latest sub-dimension profile: the province's scores against the national range and mean when there is one. */
export function subProfileChart(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const data = profile.subProfile;
  if (!data.length || profile.subYear === null)
    return note(
      {
        vi: "Chưa có điểm các chỉ số thành phần của tỉnh này (bộ dữ liệu chính thức có chúng cho 2011–2016).",
        en: "No sub-dimension scores for this province yet (the official workbook has them for 2011–2016).",
      },
      "pv-empty",
    );
  const withDist = data.some((d) => d.national_mean !== null);
  const chart = subProfilePlot(ctx, data);
  const n = data[0]!.n;
  return chartCard({
    title: {
      vi: `Các chỉ số thành phần của ${nameOf(ctx)} năm ${profile.subYear} ra sao?`,
      en: `How did ${nameOf(ctx)} score on each sub-dimension in ${profile.subYear}?`,
    },
    subtitle: subProfileNote(withDist, n, profile.subYear),
    source: data[0]!.source_id ?? "facts",
    n,
    chart: el(
      "div",
      {},
      legend([
        { label: nameOf(ctx), color: HIGHLIGHT, shape: "filled" },
        ...(withDist ? [{ label: LABELS.nationalMean, color: MEAN, shape: "line" as const }] : []),
      ]),
      chart,
    ),
    columns: subProfileColumns(),
    rows: data.map((d) => ({ ...d, label: subLabel(ctx, d) })),
    filename: `papi-subdimensions-${profile.subYear}-${profile.province.slug}`,
  });
}

export function pctList(ctx: ViewContext, pts: SubPoint[]): string {
  return pts.map((p) => `${indicatorName(ctx.indicators, p.indicator_id)} (${fmtPercent(p.percentile, 0)})`).join("; ");
}

/** Why the percentiles are of another year than the profile (no national distribution in the profile's year), or null. */
function percentileYearNote(ctx: ViewContext): HTMLElement | null {
  const { profile } = ctx;
  if (profile.subYear === null || profile.percentileYear === profile.subYear) return null;
  const n = profile.subProfile[0]?.n ?? 0;
  return note({
    vi: `Năm ${profile.subYear}: chỉ có số liệu của ${n} tỉnh (n = ${n}), không có phân bố toàn quốc nên không tính được bách phân vị.${profile.percentileYear ? ` Dưới đây là năm gần nhất có phân bố toàn quốc (${profile.percentileYear}).` : ""}`,
    en: `${profile.subYear}: only ${n} province's data (n = ${n}), no national distribution, so no percentiles.${profile.percentileYear ? ` Below: the latest year with a national distribution (${profile.percentileYear}).` : ""}`,
  });
}

/** The strongest and weakest sub-dimensions as a two-line list. */
function strengthsList(ctx: ViewContext): HTMLElement {
  return el(
    "ul",
    { class: "pv-strengths" },
    el("li", {}, el("strong", {}, t({ vi: "Mạnh nhất: ", en: "Strongest: " })), pctList(ctx, ctx.profile.strongest)),
    el("li", {}, el("strong", {}, t({ vi: "Yếu nhất: ", en: "Weakest: " })), pctList(ctx, ctx.profile.weakest)),
  );
}

/** The percentiles' chart: a bar and dot per sub-dimension (blue: strongest, orange: weakest), the median province dashed. */
function percentilePlot(ctx: ViewContext, data: SubPoint[]) {
  const strong = new Set(ctx.profile.strongest.map((d) => d.indicator_id));
  const weak = new Set(ctx.profile.weakest.map((d) => d.indicator_id));
  const color = (d: SubPoint) => (strong.has(d.indicator_id) ? "#0072B2" : weak.has(d.indicator_id) ? "#D55E00" : CONTEXT);
  const labels = data.map((d) => subLabel(ctx, d));
  return Plot.plot({
    width: ctx.width,
    height: 22 * data.length + 50,
    marginLeft: labelMargin(ctx),
    marginRight: 40,
    x: { label: t({ vi: "Bách phân vị trong cả nước (%)", en: "Percentile among all provinces (%)" }), domain: [0, 100], grid: true },
    y: { label: null, domain: labels, tickFormat: (s: string) => fitLabel(s, labelMargin(ctx) - 12) },
    marks: [
      Plot.ruleX([50], { stroke: "#999", strokeDasharray: "3,3" }),
      Plot.ruleY(data, { y: (d) => subLabel(ctx, d), x1: 0, x2: (d) => (d.percentile as number) * 100, stroke: color, strokeWidth: 2 }),
      Plot.dot(data, {
        y: (d) => subLabel(ctx, d),
        x: (d) => (d.percentile as number) * 100,
        r: 5,
        fill: color,
        title: (d) => `${subLabel(ctx, d)}: ${fmtPercent(d.percentile, 0)} (${fmt(d.value)})`,
      }),
      Plot.text(data, {
        y: (d) => subLabel(ctx, d),
        x: (d) => (d.percentile as number) * 100,
        text: (d) => fmtPercent(d.percentile, 0),
        dx: 9,
        textAnchor: "start",
        fontSize: 10,
      }),
    ],
  });
}

/** The percentiles' card: the chart with its legend and table. */
function percentileCard(ctx: ViewContext, data: SubPoint[]): HTMLElement {
  const { profile } = ctx;
  const n = Math.max(...data.map((d) => d.n));
  const chart = percentilePlot(ctx, data);
  return chartCard({
    title: {
      vi: `${nameOf(ctx)} mạnh và yếu ở chỉ số thành phần nào so với cả nước (${profile.percentileYear})?`,
      en: `Where is ${nameOf(ctx)} strong or weak compared with all provinces (${profile.percentileYear})?`,
    },
    subtitle: {
      vi: `Bách phân vị = tỷ lệ các tỉnh khác có điểm thấp hơn (n = ${n} tỉnh). Xanh: 3 mạnh nhất; cam: 3 yếu nhất.`,
      en: `Percentile = share of the other provinces with a lower score (n = ${n} provinces). Blue: 3 strongest; orange: 3 weakest.`,
    },
    source: data[0]!.source_id ?? "facts",
    n,
    chart: el(
      "div",
      {},
      legend([
        { label: { vi: "3 mạnh nhất", en: "3 strongest" }, color: "#0072B2", shape: "filled" },
        { label: { vi: "3 yếu nhất", en: "3 weakest" }, color: "#D55E00", shape: "filled" },
        { label: { vi: "khác", en: "others" }, color: CONTEXT, shape: "filled" },
      ]),
      chart,
    ),
    columns: [
      { key: "label", label: L.subdimension },
      { key: "value", label: L.score, align: "right", format: (v) => fmt(v as number) },
      { key: "percentile", label: { vi: "Bách phân vị", en: "Percentile" }, align: "right", format: (v) => fmtPercent(v as number, 0) },
      { key: "n", label: "n", align: "right" },
      { key: "source_loc", label: L.source },
    ],
    rows: data.map((d) => ({ ...d, label: subLabel(ctx, d) })),
    filename: `papi-percentiles-${profile.percentileYear}-${profile.province.slug}`,
  });
}

/** Strongest and weakest sub-dimensions relative to the national distribution (percentile among all provinces). */
export function percentileView(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const wrap = el("div", {});
  const yearNote = percentileYearNote(ctx);
  if (yearNote) wrap.append(yearNote);
  if (profile.percentileYear === null || !profile.percentiles.length) {
    if (profile.subYear === null) wrap.append(note({ vi: "Chưa có chỉ số thành phần để so sánh.", en: "No sub-dimensions to compare yet." }, "pv-empty"));
    else wrap.append(note(LABELS.howToAdd));
    return wrap;
  }
  wrap.append(strengthsList(ctx));
  wrap.append(percentileCard(ctx, profile.percentiles));
  return wrap;
}
