/**
 * The selected provinces' dimension profile in one year (dots against the national mean), the
 * sub-dimension heatmap, and the difference between provinces A and B.
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard, type TableColumn } from "../shared/chartCard.js";
import { L, fmt, fmtChange, lang, missing, t, tickFormat } from "../shared/i18n.js";
import { MEAN, OKABE_ITO } from "../shared/palette.js";
import { GROUP_NAMES, LABELS, autoFormat, dimCode, groupText, indicatorName, legend, note, rankText } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import { fitLabel } from "../shared/labelText.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";
import { type CompareContext, provinceColors, nameBySlug, ranges, colorLegend } from "./compareControls.js";

/** The room for the dimension names left of a chart `width` wide (a third of it, 170–320 px). */
function nameMargin(width: number): number {
  return Math.round(Math.min(320, Math.max(170, width * 0.35)));
}

/** Below this width the heatmap is laid out for a phone (it may scroll sideways: style.css, .chart-scroll). */
const NARROW_CHART = 640;

export function dimensionDots(ctx: CompareContext): HTMLElement {
  const { data } = ctx;
  const names = nameBySlug(ctx.provinces);
  const colors = provinceColors(data.slugs);
  if (data.year === null)
    return note({ vi: "Các tỉnh đã chọn chưa có điểm các chỉ số nội dung.", en: "The chosen provinces have no dimension scores yet." }, "pv-empty");
  const rows = data.dimensions.map((r) => ({
    ...r,
    name: names.get(r.slug) ?? r.slug,
    label: `${dimCode(r.dimension)} · ${indicatorName(ctx.indicators, r.indicator_id)}`,
  }));
  const labels = [...new Map(rows.map((r) => [r.dimension, r.label])).entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
  const means = [
    ...new Map(
      rows
        .filter((r) => r.national_mean !== null && (r.national_n ?? 0) >= MIN_PROVINCES_NATIONAL)
        .map((r) => [r.dimension, { label: r.label, mean: r.national_mean as number, n: r.national_n }]),
    ).values(),
  ];
  const missingProvinces = data.slugs.filter((s) => !rows.some((r) => r.slug === s));
  const chart = Plot.plot({
    width: ctx.width,
    height: 34 * Math.max(1, labels.length) + 50,
    marginLeft: nameMargin(ctx.width),
    x: { label: t({ vi: "Điểm (thang 1–10)", en: "Score (1–10 scale)" }), grid: true, tickFormat: tickFormat(1) },
    // Names cut to their room (whole in the table and the tooltips): none runs off the chart.
    y: { label: null, domain: labels, tickFormat: (s: string) => fitLabel(s, nameMargin(ctx.width) - 10) },
    color: { domain: data.slugs, range: data.slugs.map((s) => colors.get(s)!) },
    marks: [
      Plot.ruleY(labels, { stroke: "#eee" }),
      Plot.tickX(means, { y: "label", x: "mean", stroke: MEAN, strokeWidth: 2, title: (d) => `${t(LABELS.nationalMean)}: ${fmt(d.mean)} (n = ${d.n})` }),
      Plot.dot(rows, {
        y: "label",
        x: "value",
        fill: "slug",
        r: 6,
        stroke: "white",
        title: (d) => `${d.name} · ${d.label}: ${fmt(d.value)} · ${groupText(d.group, d.group_source)}`,
      }),
    ],
  });
  const noMean = means.length === 0;
  return chartCard({
    title: { vi: `Các tỉnh khác nhau ở chỉ số nội dung nào năm ${data.year}?`, en: `On which dimensions do the provinces differ in ${data.year}?` },
    subtitle: noMean
      ? { vi: "Không có trung bình toàn quốc năm này (quá ít tỉnh có số liệu).", en: "No national mean this year (too few provinces have a value)." }
      : { vi: "Mỗi chấm một tỉnh; vạch đen: trung bình toàn quốc.", en: "One dot per province; black tick: national mean." },
    source: { vi: "bảng facts và benchmarks", en: "facts and benchmarks tables" },
    n: rows.length,
    chart: el("div", {}, colorLegend(ctx, "filled"), noMean ? null : legend([{ label: LABELS.nationalMean, color: MEAN, shape: "line" }]), chart),
    columns: [
      { key: "label", label: L.dimension },
      { key: "name", label: L.province },
      { key: "value", label: L.score, align: "right", format: (v) => fmt(v as number) },
      { key: "group", label: L.group, format: (_, r) => groupText(r.group as string, r.group_source as string) },
      { key: "rank", label: L.rank, format: (_, r) => rankText(r.rank as number, r.rank_of as number, r.rank_source as string) },
      {
        key: "national_mean",
        label: LABELS.nationalMean,
        align: "right",
        format: (v, r) => ((r.national_n as number) >= MIN_PROVINCES_NATIONAL && v !== null ? fmt(v as number) : missing(LABELS.noDistribution)),
      },
      { key: "source_loc", label: L.source },
    ],
    rows,
    filename: `papi-compare-dimensions-${data.year}-${data.slugs.join("-")}`,
    note: missingProvinces.length
      ? {
          vi: `Không có điểm năm ${data.year}: ${missingProvinces.map((s) => names.get(s) ?? s).join(", ")}`,
          en: `No scores in ${data.year}: ${missingProvinces.map((s) => names.get(s) ?? s).join(", ")}`,
        }
      : null,
  });
}

/** Provinces × sub-dimensions for the chosen year, with values. */
export function heatmap(ctx: CompareContext): HTMLElement {
  const { data } = ctx;
  const names = nameBySlug(ctx.provinces);
  const subYears = data.years.filter((y) => y.with_subdimensions > 0).map((y) => y.year);
  if (!data.heatmap.length) {
    return note(
      {
        vi: `Năm ${data.year ?? "—"} không có điểm chỉ số thành phần của các tỉnh đã chọn. ${subYears.length ? `Năm có: ${ranges(subYears)}.` : "Chưa có năm nào (bộ dữ liệu chính thức có chúng cho 2011–2016)."}`,
        en: `No sub-dimension scores for the chosen provinces in ${data.year ?? "—"}. ${subYears.length ? `Years with them: ${ranges(subYears)}.` : "None yet (the official workbook has them for 2011–2016)."}`,
      },
      "pv-empty",
    );
  }
  const order = new Map(ctx.indicators.map((i, k) => [i.id, k]));
  const rows = data.heatmap.map((r) => ({
    ...r,
    name: names.get(r.slug) ?? r.slug,
    label: `${dimCode(r.dimension)} · ${(lang === "vi" ? r.indicator_vi : r.indicator_en) ?? r.indicator_id}`,
  }));
  const labels = [
    ...new Map(
      [...rows].sort((a, b) => (order.get(a.indicator_id) ?? 999) - (order.get(b.indicator_id) ?? 999)).map((r) => [r.indicator_id, r.label]),
    ).values(),
  ];
  const provNames = data.slugs.map((s) => names.get(s) ?? s);
  const missingProvinces = data.slugs.filter((s) => !rows.some((r) => r.slug === s));
  const lo = Math.min(...rows.map((r) => r.value));
  const hi = Math.max(...rows.map((r) => r.value));
  const mid = lo + (hi - lo) * 0.55;
  // On a phone the names get less room and each province a column of at least 64 px: three fit
  // the screen, more scroll sideways rather than squeeze.
  const narrow = ctx.width < NARROW_CHART;
  const heatMargin = narrow ? 140 : 310;
  const heatWidth = narrow ? Math.max(ctx.width, heatMargin + 64 * provNames.length + 10) : Math.min(ctx.width, Math.max(520, 330 + 120 * provNames.length));
  const chart = Plot.plot({
    width: heatWidth,
    height: 22 * labels.length + 70,
    marginLeft: heatMargin,
    marginTop: 40,
    x: { label: null, domain: provNames, axis: "top", tickFormat: (s: string) => s },
    y: { label: null, domain: labels, tickFormat: (s: string) => fitLabel(s, heatMargin - 10) },
    color: { type: "linear", scheme: "blues", domain: [lo, hi], label: t(L.score), legend: true, tickFormat: tickFormat(1) },
    marks: [
      Plot.cell(rows, { x: "name", y: "label", fill: "value", inset: 0.5, title: (d) => `${d.name} · ${d.label}: ${fmt(d.value)}` }),
      Plot.text(
        rows.filter((d) => d.value > mid),
        { x: "name", y: "label", text: (d) => fmt(d.value), fill: "white", fontSize: 10 },
      ),
      Plot.text(
        rows.filter((d) => d.value <= mid),
        { x: "name", y: "label", text: (d) => fmt(d.value), fill: "black", fontSize: 10 },
      ),
    ],
  });
  return chartCard({
    title: { vi: `Điểm các chỉ số thành phần năm ${data.year}?`, en: `Sub-dimension scores in ${data.year}?` },
    subtitle: {
      vi: "Mỗi ô một tỉnh × một chỉ số thành phần (thang 0,25–2,5 hoặc 0,33–3,33 tùy số thành phần của chỉ số nội dung).",
      en: "One cell per province × sub-dimension (scale 0.25–2.5 or 0.33–3.33, by the number of parts of the dimension).",
    },
    source: { vi: "bảng facts — các chỉ số nội dung thành phần", en: "facts table — the sub-dimensions" },
    n: rows.length,
    chart: el("div", { class: "chart-scroll" }, chart),
    columns: [
      { key: "label", label: L.subdimension },
      { key: "name", label: L.province },
      { key: "value", label: L.score, align: "right", format: (v) => fmt(v as number) },
      { key: "source_loc", label: L.source },
    ],
    rows,
    filename: `papi-compare-subdimensions-${data.year}-${data.slugs.join("-")}`,
    note: missingProvinces.length
      ? {
          vi: `Không có chỉ số thành phần năm ${data.year}: ${missingProvinces.map((s) => names.get(s) ?? s).join(", ")}`,
          en: `No sub-dimensions in ${data.year}: ${missingProvinces.map((s) => names.get(s) ?? s).join(", ")}`,
        }
      : null,
  });
}

/** A − B on each dimension in the chosen year. */
export function differenceChart(ctx: CompareContext): HTMLElement {
  const { data } = ctx;
  const names = nameBySlug(ctx.provinces);
  const colors = provinceColors(data.slugs);
  const a = data.a ? (names.get(data.a) ?? data.a) : "A";
  const b = data.b ? (names.get(data.b) ?? data.b) : "B";
  if (!data.difference.length) {
    return note(
      {
        vi: `Không so được ${a} với ${b} năm ${data.year ?? "—"}: hai tỉnh không cùng có điểm các chỉ số nội dung năm này.`,
        en: `Cannot compare ${a} with ${b} in ${data.year ?? "—"}: the two do not both have dimension scores that year.`,
      },
      "pv-empty",
    );
  }
  const rows = data.difference.map((r) => ({ ...r, label: `${dimCode(r.dimension)} · ${indicatorName(ctx.indicators, r.indicator_id)}` }));
  const ca = colors.get(data.a!) ?? OKABE_ITO[0]!;
  const cb = colors.get(data.b!) ?? OKABE_ITO[1]!;
  // Room on both sides of the bars for their value labels, so that none reaches the names.
  const diffs = rows.map((r) => r.diff);
  const lo = Math.min(0, ...diffs);
  const hi = Math.max(0, ...diffs);
  const margin = nameMargin(ctx.width);
  const plotWidth = Math.max(60, ctx.width - margin - 10);
  // A value label and its gap take about 44 px: on a narrow chart the padding grows to hold them
  // (pad px = pad × plotWidth / (span + 2 pad) ≥ 44).
  const span = Math.max(hi - lo, 0.1);
  const pad = Math.max(span * 0.22, (44 * span) / Math.max(plotWidth - 88, plotWidth / 3));
  // A tick every 60 px or more, so that their labels never run together.
  const ticks = Math.max(2, Math.min(5, Math.floor(plotWidth / 60)));
  const chart = Plot.plot({
    width: ctx.width,
    height: 34 * rows.length + 60,
    marginLeft: margin,
    marginRight: 10,
    x: {
      label: t({ vi: `Chênh lệch điểm (${a} − ${b})`, en: `Score difference (${a} − ${b})` }),
      grid: true,
      domain: [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0],
      ticks,
      tickFormat: autoFormat([lo - pad, hi + pad], ticks),
    },
    y: { label: null, domain: rows.map((r) => r.label), tickFormat: (s: string) => fitLabel(s, margin - 10) },
    marks: [
      Plot.barX(rows, {
        y: "label",
        x: "diff",
        fill: (d) => (d.diff >= 0 ? ca : cb),
        title: (d) => `${d.label}: ${fmt(d.a_value)} − ${fmt(d.b_value)} = ${fmtChange(d.diff)}`,
      }),
      Plot.ruleX([0], { stroke: "#333" }),
      Plot.text(
        rows.filter((d) => d.diff >= 0),
        { y: "label", x: "diff", text: (d) => fmtChange(d.diff), dx: 4, textAnchor: "start", fontSize: 10 },
      ),
      Plot.text(
        rows.filter((d) => d.diff < 0),
        { y: "label", x: "diff", text: (d) => fmtChange(d.diff), dx: -4, textAnchor: "end", fontSize: 10 },
      ),
    ],
  });
  return chartCard({
    title: { vi: `${a} hơn hay kém ${b} ở từng chỉ số nội dung năm ${data.year}?`, en: `Where is ${a} ahead of or behind ${b} in ${data.year}?` },
    subtitle: { vi: `Thanh sang phải: ${a} cao hơn; sang trái: ${b} cao hơn.`, en: `Bars to the right: ${a} higher; to the left: ${b} higher.` },
    source: { vi: "bảng facts", en: "facts table" },
    n: rows.length,
    chart: el(
      "div",
      {},
      legend([
        { label: { vi: `${a} cao hơn`, en: `${a} higher` }, color: ca, shape: "square" },
        { label: { vi: `${b} cao hơn`, en: `${b} higher` }, color: cb, shape: "square" },
      ]),
      chart,
    ),
    columns: [
      { key: "label", label: L.dimension },
      { key: "a_value", label: a, align: "right", format: (v) => fmt(v as number) },
      { key: "b_value", label: b, align: "right", format: (v) => fmt(v as number) },
      { key: "diff", label: { vi: "Chênh lệch", en: "Difference" }, align: "right", format: (v) => fmtChange(v as number) },
    ],
    rows,
    filename: `papi-compare-difference-${data.year}-${data.a}-${data.b}`,
  });
}

/** Where the page's data came from: the tables' rows (first view) or DuckDB-wasm. */
export { GROUP_NAMES };
export type { TableColumn };
