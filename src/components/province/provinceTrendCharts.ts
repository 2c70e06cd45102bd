/**
 * The province's total, rank and group over time, with series breaks drawn as breaks.
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard, type TableColumn } from "../shared/chartCard.js";
import { L, fmt, lang, missing, t, type Text } from "../shared/i18n.js";
import { CONTEXT, GROUP_COLORS, GROUP_ORDER, HIGHLIGHT, MEAN } from "../shared/palette.js";
import { GROUP_NAMES, LABELS, autoFormat, groupText, legend, note, provenance, provinceName, rankText } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import { breakYears, breaksWithin, segmentOf, type SeriesBreak } from "./provinceFacts.js";
import type { Bench, TotalYear } from "./provinceProfile.js";
import { REGION_COLOR, BEST_COLOR, type ViewContext, yearTicks, nameOf, benchCell } from "./provinceViewContext.js";
import { intervalNote } from "./provinceHeader.js";

export function breakRules(breaks: SeriesBreak[]): Plot.Markish[] {
  return [
    Plot.ruleX(breaks, { x: (b: SeriesBreak) => b.year - 0.5, stroke: "#888", strokeDasharray: "3,3" }),
    Plot.text(breaks, {
      x: (b: SeriesBreak) => b.year - 0.5,
      frameAnchor: "top",
      dy: -2,
      text: () => t({ vi: "đứt gãy chuỗi", en: "series break" }),
      fill: "#555",
      fontSize: 10,
      textAnchor: "start",
      dx: 3,
    }),
  ];
}

export function breakNote(breaks: SeriesBreak[]): Text | null {
  if (!breaks.length) return null;
  const reasons = breaks.map(
    (b) =>
      `${b.year}: ${(lang === "vi" ? b.reason_vi : b.reason_en).replace(/\.$/, "")}${b.verified === false ? ` (${t({ vi: "chưa xác minh", en: "unverified" })})` : ""}`,
  );
  return {
    vi: `Đường không nối qua năm đứt gãy chuỗi — ${reasons.join("; ")}`,
    en: `Lines are not joined across a series break — ${reasons.join("; ")}`,
  };
}

/** A year's total with its segment (between series breaks). */
type TotalRow = TotalYear & { segment: number };

/** The lines: the national mean, the region's mean, the best province and the province's total. */
function totalLines(data: TotalRow[]): Plot.Markish[] {
  const bench = (key: "national" | "region") =>
    data.filter((d) => d[key].value !== null).map((d) => ({ year: d.year, value: d[key].value as number, segment: d.segment }));
  const best = data.filter((d) => d.best).map((d) => ({ year: d.year, value: d.best!.value, segment: d.segment, name: provinceName(d.best) }));
  return [
    Plot.line(bench("national"), { x: "year", y: "value", z: "segment", stroke: MEAN, strokeDasharray: "6,4", strokeWidth: 1.5 }),
    Plot.line(bench("region"), { x: "year", y: "value", z: "segment", stroke: REGION_COLOR, strokeWidth: 1.5 }),
    Plot.line(best, { x: "year", y: "value", z: "segment", stroke: BEST_COLOR, strokeDasharray: "1.5,3", strokeWidth: 2 }),
    Plot.line(data, { x: "year", y: "value", z: "segment", stroke: HIGHLIGHT, strokeWidth: 2.5 }),
  ];
}

/** The 95 % confidence interval where the official sheet prints one: a whisker with its caps. */
function intervalMarks(data: TotalRow[]): Plot.Markish[] {
  return [
    Plot.ruleX(
      data.filter((d) => d.ci_low !== null && d.ci_high !== null),
      {
        x: "year",
        y1: "ci_low",
        y2: "ci_high",
        stroke: HIGHLIGHT,
        strokeWidth: 1.5,
        title: (d) => `${d.year}: ${t(LABELS.interval)} ${fmt(d.ci_low as number)}–${fmt(d.ci_high as number)}`,
      },
    ),
    // the whiskers' caps (short rules: the x scale is linear, so no band-scale tick mark)
    Plot.ruleY(
      data.flatMap((d) =>
        d.ci_low !== null && d.ci_high !== null
          ? [
              { year: d.year, v: d.ci_low },
              { year: d.year, v: d.ci_high },
            ]
          : [],
      ),
      { y: "v", x1: (d: { year: number }) => d.year - 0.12, x2: (d: { year: number }) => d.year + 0.12, stroke: HIGHLIGHT, strokeWidth: 1.5 },
    ),
  ];
}

/** The province's totals: filled dots for official ones, hollow for derived ones (with tooltips), each labelled with its value. */
function totalPointMarks(data: TotalRow[]): Plot.Markish[] {
  return [
    Plot.dot(data, {
      x: "year",
      y: "value",
      r: 4.5,
      stroke: HIGHLIGHT,
      strokeWidth: 1.5,
      fill: (d) => (d.kind === "actual" ? HIGHLIGHT : "white"),
      title: (d) => `${d.year}: ${fmt(d.value)} (${d.kind === "actual" ? t(LABELS.official) : t(LABELS.derived)})`,
    }),
    // A white halo keeps a value readable where it crosses another line.
    Plot.text(data, {
      x: "year",
      y: "value",
      text: (d) => fmt(d.value),
      dy: -11,
      fontSize: 10,
      fill: "#333",
      stroke: "white",
      strokeWidth: 3,
      paintOrder: "stroke",
    }),
  ];
}

/** The chart: years on x, the score on y (its format fitted to every value drawn), the breaks and the marks. */
function totalPlot(ctx: ViewContext, data: TotalRow[], breaks: SeriesBreak[]) {
  const years = data.map((d) => d.year);
  return Plot.plot({
    width: ctx.width,
    height: 300,
    marginLeft: 48,
    marginTop: 24,
    x: { label: t(L.year), ...yearTicks(years, ctx.width), domain: [Math.min(...years) - 0.6, Math.max(...years) + 0.6] },
    y: {
      label: t(L.score),
      grid: true,
      tickFormat: autoFormat([
        ...data.map((d) => d.value),
        ...data.flatMap((d) => [d.national.value, d.region.value, d.best?.value ?? null]).filter((v): v is number => v !== null),
      ]),
    },
    marks: [...breakRules(breaks), ...totalLines(data), ...intervalMarks(data), ...totalPointMarks(data)],
  });
}

/** The legend (the interval only where one is printed). */
function totalLegend(ctx: ViewContext, data: TotalRow[]): HTMLElement {
  return legend([
    { label: { vi: `${nameOf(ctx)} — điểm chính thức`, en: `${nameOf(ctx)} — official total` }, color: HIGHLIGHT, shape: "filled" },
    {
      label: { vi: "suy ra (tổng các chỉ số nội dung, không chính thức)", en: "derived (sum of dimensions, not official)" },
      color: HIGHLIGHT,
      shape: "hollow",
    },
    ...(data.some((d) => d.ci_low !== null) ? [{ label: LABELS.interval, color: HIGHLIGHT, shape: "line" as const }] : []),
    { label: LABELS.nationalMean, color: MEAN, shape: "dashed" },
    { label: LABELS.regionMean, color: REGION_COLOR, shape: "line" },
    { label: LABELS.best, color: BEST_COLOR, shape: "dotted" },
  ]);
}

/** The table view's columns. */
function totalColumns(): TableColumn[] {
  return [
    { key: "year", label: L.year },
    { key: "value", label: L.total, align: "right", format: (v) => fmt(v as number) },
    { key: "kind", label: LABELS.kind, format: (v) => (v === "actual" ? t(LABELS.official) : t(LABELS.derived)) },
    {
      key: "ci_low",
      label: LABELS.interval,
      align: "right",
      format: (_, r) => (r.ci_low === null ? "—" : `${fmt(r.ci_low as number)}–${fmt(r.ci_high as number)}`),
    },
    { key: "national_value", label: LABELS.nationalMean, align: "right", format: (_, r) => benchCell(r.national as Bench) },
    { key: "region_value", label: LABELS.regionMean, align: "right", format: (_, r) => benchCell(r.region as Bench) },
    {
      key: "best_name",
      label: LABELS.best,
      format: (v, r) => (v ? `${v} (${fmt(r.best_value as number)})` : missing({ vi: "không có phân bố toàn quốc", en: "no national distribution" })),
    },
    { key: "source_loc", label: L.source },
  ];
}

/** Total score over time with the national mean, the region's mean and the best province. */
export function totalChart(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const data = profile.totals.map((p) => ({ ...p, segment: segmentOf(p.year, breakYears(ctx.breaks, "papi.total")) }));
  if (!data.length) return note({ vi: "Chưa có điểm tổng hợp PAPI của tỉnh này.", en: "No PAPI total for this province yet." }, "pv-empty");
  const years = data.map((d) => d.year);
  const breaks = breaksWithin(ctx.breaks, ["papi.total"], Math.min(...years), Math.max(...years));
  const chart = totalPlot(ctx, data, breaks);
  const figure = el("div", {}, totalLegend(ctx, data), chart, intervalNote(ctx));
  const rows = data.map((d) => ({
    ...d,
    national_value: d.national.value,
    region_value: d.region.value,
    best_name: d.best ? provinceName(d.best) : null,
    best_value: d.best?.value ?? null,
  }));
  return chartCard({
    title: { vi: `Điểm PAPI tổng hợp của ${nameOf(ctx)} thay đổi thế nào qua các năm?`, en: `How has ${nameOf(ctx)}'s PAPI total changed over the years?` },
    subtitle: {
      vi: "Điểm chính thức; năm không có điểm chính thức dùng điểm suy ra (tổng các chỉ số nội dung). Vạch dọc: khoảng tin cậy 95 % nơi bảng chính thức có in. Thang 6–60 đến 2017, 8–80 từ 2018.",
      en: "Official totals; years without one use the derived total (sum of dimensions). Whiskers: the 95 % confidence interval where the official sheet prints one. Scale 6–60 to 2017, 8–80 from 2018.",
    },
    source: { vi: "bảng facts (nguồn từng con số ở mục Nguồn số liệu)", en: "facts table (each figure's source under Sources)" },
    n: data.length,
    chart: figure,
    columns: totalColumns(),
    rows,
    filename: `papi-total-${profile.province.slug}`,
    note: breakNote(breaks),
  });
}

/** Rank over time: filled marks for published ranks, hollow for computed ones. */
export function rankChart(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const data = profile.totals.filter((p) => p.rank !== null).map((p) => ({ ...p, segment: segmentOf(p.year, breakYears(ctx.breaks, "papi.total")) }));
  if (!data.length) return note({ vi: "Chưa có thứ hạng của tỉnh này.", en: "No rank for this province yet." }, "pv-empty");
  const years = data.map((d) => d.year);
  const maxOf = Math.max(63, ...data.map((d) => d.rank_of ?? 0));
  const chart = Plot.plot({
    width: ctx.width,
    height: 260,
    marginLeft: 48,
    marginTop: 20,
    x: { label: t(L.year), ...yearTicks(years, ctx.width), domain: [Math.min(...years) - 0.6, Math.max(...years) + 0.6] },
    y: { label: t({ vi: "Xếp hạng (1 = cao nhất)", en: "Rank (1 = best)" }), reverse: true, domain: [1, maxOf], grid: true },
    marks: [
      Plot.line(data, { x: "year", y: "rank", z: "segment", stroke: CONTEXT, strokeWidth: 1.5 }),
      Plot.dot(data, {
        x: "year",
        y: "rank",
        r: 5,
        stroke: HIGHLIGHT,
        strokeWidth: 1.5,
        fill: (d) => (d.rank_source === "published" ? HIGHLIGHT : "white"),
        title: (d) => `${d.year}: ${rankText(d.rank, d.rank_of, d.rank_source)}`,
      }),
      Plot.text(data, {
        x: "year",
        y: "rank",
        text: (d) => `${d.rank}/${d.rank_of ?? "?"}`,
        dy: -12,
        fontSize: 10,
        fill: "#333",
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
    ],
  });
  const nw = profile.northwestRanks.map((f) => `${f.year}: ${f.rank}/${f.rank_of} (${provenance(f.rank_source)})`);
  return chartCard({
    title: { vi: `${nameOf(ctx)} xếp hạng thứ mấy trong cả nước?`, en: `Where does ${nameOf(ctx)} rank nationally?` },
    subtitle: {
      vi: "Theo điểm tổng hợp; thứ hạng công bố (trong văn bản) và tính toán (từ điểm) được phân biệt.",
      en: "By total score; published ranks (printed in a document) and computed ranks (from the scores) are told apart.",
    },
    source: { vi: "bảng facts — thứ hạng công bố, hoặc tính từ điểm", en: "facts table — published ranks, or computed from the scores" },
    n: data.length,
    chart: el(
      "div",
      {},
      legend([
        { label: { vi: "thứ hạng công bố", en: "published rank" }, color: HIGHLIGHT, shape: "filled" },
        { label: { vi: "thứ hạng tính toán", en: "computed rank" }, color: HIGHLIGHT, shape: "hollow" },
      ]),
      chart,
    ),
    columns: [
      { key: "year", label: L.year },
      { key: "rank", label: L.rank, align: "right", format: (_, r) => rankText(r.rank as number, r.rank_of as number, null) },
      {
        key: "rank_source",
        label: { vi: "Nguồn thứ hạng", en: "Rank provenance" },
        format: (v) => (v === "published" ? t(LABELS.published) : t({ vi: "tính toán", en: "computed" })),
      },
      { key: "kind", label: L.total, format: (_, r) => `${fmt(r.value as number)}${r.kind === "derived" ? ` (${t(LABELS.derivedShort)})` : ""}` },
    ],
    rows: data,
    filename: `papi-rank-${profile.province.slug}`,
    note: nw.length ? { vi: `Thứ hạng trong 6 tỉnh Tây Bắc: ${nw.join("; ")}`, en: `Rank among the six Northwest provinces: ${nw.join("; ")}` } : null,
  });
}

/** The performance group each year: solid for published groups, light with "*" for computed ones. */
export function groupChart(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const data = profile.totals.filter((p) => p.group);
  if (!data.length) return note({ vi: "Chưa có nhóm xếp loại của tỉnh này.", en: "No performance group for this province yet." }, "pv-empty");
  const width = Math.min(ctx.width, 80 + 64 * data.length);
  // On a narrow screen a year's cell is narrower than "2011" or "TB-C*": short years ('11), small text.
  const narrow = (width - 30) / data.length < 42;
  const chart = Plot.plot({
    width,
    height: 90,
    marginLeft: 10,
    x: { label: null, type: "band", domain: data.map((d) => String(d.year)), tickFormat: (y: string) => (narrow ? `'${y.slice(2)}` : y) },
    y: { axis: null },
    marks: [
      Plot.cell(data, {
        x: (d) => String(d.year),
        fill: (d) => GROUP_COLORS[d.group as string] ?? CONTEXT,
        fillOpacity: (d) => (d.group_source === "published" ? 1 : 0.45),
        stroke: "white",
        inset: 1,
        title: (d) => `${d.year}: ${groupText(d.group, d.group_source)}`,
      }),
      Plot.text(data, {
        x: (d) => String(d.year),
        text: (d) => `${d.group}${d.group_source === "computed" ? "*" : ""}`,
        fill: (d) => (d.group_source === "published" && (d.group === "CN" || d.group === "TN") ? "white" : "black"),
        fontWeight: 600,
        fontSize: narrow ? 8 : 10,
      }),
    ],
  });
  return chartCard({
    title: { vi: `${nameOf(ctx)} thuộc nhóm nào mỗi năm?`, en: `Which performance group was ${nameOf(ctx)} in each year?` },
    subtitle: {
      vi: "Bốn nhóm theo điểm tổng hợp; * = nhóm tính toán (quy tắc chia nhóm của PAPI chưa được xác minh).",
      en: "Four groups by total score; * = computed group (PAPI's cut rule is unverified).",
    },
    source: { vi: "bảng facts — nhóm công bố, hoặc tính từ điểm", en: "facts table — published groups, or computed from the scores" },
    n: data.length,
    chart: el(
      "div",
      {},
      legend([
        ...GROUP_ORDER.map((g) => ({ label: `${g} · ${t(GROUP_NAMES[g]!)}`, color: GROUP_COLORS[g]!, shape: "square" as const })),
        { label: { vi: "nhạt + * = tính toán", en: "light + * = computed" }, color: CONTEXT, shape: "square-light" },
      ]),
      chart,
    ),
    columns: [
      { key: "year", label: L.year },
      { key: "group", label: L.group, format: (_, r) => groupText(r.group as string, r.group_source as string) },
      { key: "group_source", label: { vi: "Nguồn nhóm", en: "Group provenance" }, format: (v) => provenance(v as string) },
    ],
    rows: data as unknown as Record<string, unknown>[],
    filename: `papi-group-${profile.province.slug}`,
  });
}

export type DimSeries = "province" | "national" | "region" | "best";

/** The dimensions over time against the national mean, the region's mean and the best province (one panel each). */
