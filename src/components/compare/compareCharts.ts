/**
 * The comparison page's views (/compare): the province chooser (a value-holding input, bound to
 * the URL's `p`), preset buttons, and the charts, each through chartCard. Data from compareView.ts
 * (rows first, DuckDB after).
 */
import * as Plot from "@observablehq/plot";
import { chartCard, type TableColumn } from "../shared/chartCard.js";
import { L, fmt, fmtChange, lang, missing, t, tickFormat, type Text } from "../shared/i18n.js";
import { MEAN, OKABE_ITO } from "../shared/palette.js";
import { GROUP_NAMES, LABELS, autoFormat, dimCode, groupText, indicatorName, legend, note, provinceName, rankText } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import { breakYears, breaksWithin, segmentOf, type IndicatorInfo, type ProvinceInfo, type SeriesBreak } from "../province/provinceFacts.js";
import { MAX_PROVINCES, overlapYears, yearsByProvince, type CompareData, type PresetKind } from "./compareView.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";

export interface CompareContext {
  data: CompareData;
  provinces: readonly ProvinceInfo[];
  indicators: readonly IndicatorInfo[];
  breaks: readonly SeriesBreak[];
  width: number;
}

/** One colour per selected province, in selection order (Okabe–Ito, colour-blind safe). */
export function provinceColors(slugs: readonly string[]): Map<string, string> {
  return new Map(slugs.map((s, i) => [s, OKABE_ITO[i % 6]!]));
}

function nameBySlug(provinces: readonly ProvinceInfo[]): Map<string, string> {
  return new Map(provinces.map((p) => [p.slug, provinceName(p)]));
}

export type ChooserElement = HTMLElement & { value: string[] };

/**
 * The province chooser: the chosen provinces as a list with a remove button each, and a select to
 * add one (type a name's first letters to jump). Holds `value` (an array of slugs) and fires
 * `input` on every change, like an Observable input, so bindUrl() and view() work with it.
 */
export function provinceChooser(provinces: readonly ProvinceInfo[], initial: string[] = []): ChooserElement {
  const names = nameBySlug(provinces);
  const sorted = [...provinces].sort((a, b) => provinceName(a).localeCompare(provinceName(b), lang === "vi" ? "vi" : "en"));
  const root = el("fieldset", { class: "pv-chooser" }) as unknown as ChooserElement;
  const legendEl = el("legend", {}, t({ vi: `Tỉnh, thành phố so sánh (${2}–${MAX_PROVINCES})`, en: `Provinces to compare (2–${MAX_PROVINCES})` }));
  const list = el("ul", { class: "pv-chips", "aria-label": t({ vi: "Các tỉnh đã chọn", en: "Chosen provinces" }) });
  const addId = `pv-add-${Math.random().toString(36).slice(2, 8)}`;
  const add = el("select", { id: addId });
  const addLabel = el("label", { for: addId }, t({ vi: "Thêm tỉnh: ", en: "Add a province: " }));
  root.append(legendEl, list, el("div", { class: "pv-add" }, addLabel, add));
  let value: string[] = [...initial];
  const emit = () => root.dispatchEvent(new Event("input", { bubbles: true }));
  const render = () => {
    list.replaceChildren(
      ...value.map((slug) => {
        const b = el(
          "button",
          { type: "button", class: "pv-chip-remove", "aria-label": t({ vi: `Bỏ ${names.get(slug) ?? slug}`, en: `Remove ${names.get(slug) ?? slug}` }) },
          "×",
        );
        b.addEventListener("click", () => {
          value = value.filter((s) => s !== slug);
          render();
          emit();
        });
        return el("li", { class: "pv-chip", "data-slug": slug }, el("span", {}, names.get(slug) ?? slug), b);
      }),
    );
    const full = value.length >= MAX_PROVINCES;
    add.replaceChildren(
      el(
        "option",
        { value: "" },
        full
          ? t({ vi: `(đã đủ ${MAX_PROVINCES} tỉnh)`, en: `(${MAX_PROVINCES} chosen: the maximum)` })
          : t({ vi: "— chọn để thêm —", en: "— choose to add —" }),
      ),
      ...sorted.filter((p) => !value.includes(p.slug)).map((p) => el("option", { value: p.slug }, provinceName(p))),
    );
    add.disabled = full;
    add.value = "";
  };
  add.addEventListener("change", () => {
    const slug = add.value;
    if (!slug || value.includes(slug) || value.length >= MAX_PROVINCES) return;
    value = [...value, slug];
    render();
    emit();
    add.focus();
  });
  Object.defineProperty(root, "value", {
    get: () => [...value],
    set: (v: string[]) => {
      value = Array.isArray(v) ? v.filter((s) => names.has(s)).filter((s, i, a) => a.indexOf(s) === i) : [];
      render();
    },
  });
  render();
  return root;
}

const PRESET_LABELS: Record<PresetKind, Text> = {
  region: { vi: "Cùng vùng với tỉnh đầu tiên", en: "Same region as the first province" },
  northwest: { vi: "Sáu tỉnh Tây Bắc", en: "The Northwest six" },
  unit: { vi: "Cùng đơn vị sau sáp nhập 2025", en: "Same unit after the 2025 merger" },
};

/** Preset buttons; `onPick(kind)` applies one. */
export function presetButtons(onPick: (kind: PresetKind) => void): HTMLElement {
  const div = el(
    "div",
    { class: "pv-presets", role: "group", "aria-label": t({ vi: "Chọn nhanh", en: "Presets" }) },
    el("span", {}, t({ vi: "Chọn nhanh:", en: "Presets:" })),
  );
  for (const kind of ["region", "northwest", "unit"] as PresetKind[]) {
    const b = el("button", { type: "button", "data-preset": kind }, t(PRESET_LABELS[kind]));
    b.addEventListener("click", () => onPick(kind));
    div.append(b);
  }
  return div;
}

/** Which years each province has, and which all share. */
export function overlapNote(ctx: CompareContext): HTMLElement {
  const { data } = ctx;
  const names = nameBySlug(ctx.provinces);
  const byProvince = yearsByProvince(data.totals);
  const overlap = overlapYears(data.years, data.slugs.length);
  const span = (ys: number[]) => (ys.length ? ranges(ys) : t({ vi: "không có", en: "none" }));
  const items = data.slugs.map((s) => el("li", {}, `${names.get(s) ?? s}: ${span(byProvince.get(s) ?? [])}`));
  return el(
    "div",
    { class: "pv-message", id: "overlap" },
    el("strong", {}, t({ vi: "Năm có điểm tổng hợp của mọi tỉnh đã chọn: ", en: "Years in which every chosen province has a total: " })),
    overlap.length ? ranges(overlap) : t({ vi: "không có (các tỉnh không có năm nào trùng nhau)", en: "none (the provinces share no year)" }),
    el("ul", {}, ...items),
  );
}

/** "2011–2016, 2019" from a sorted list of years. */
export function ranges(years: readonly number[]): string {
  const out: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    out.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return out.join(", ");
}

function colorLegend(ctx: CompareContext, shape: "line" | "filled" = "line"): HTMLElement {
  const names = nameBySlug(ctx.provinces);
  const colors = provinceColors(ctx.data.slugs);
  return legend(ctx.data.slugs.map((s) => ({ label: names.get(s) ?? s, color: colors.get(s)!, shape })));
}

const yearAxis = (years: number[]) => ({
  ticks: years.length <= 16 ? years : undefined,
  tickFormat: (y: number) => String(y),
  domain: [Math.min(...years) - 0.6, Math.max(...years) + 1.8],
});

/** Totals over time: one line per province, not joined across the 2018 break; hollow marks for derived totals. */
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
  const chart = Plot.plot({
    width: ctx.width,
    height: 320,
    marginLeft: 44,
    marginRight: 90,
    marginTop: 22,
    x: { label: t(L.year), ...yearAxis(years) },
    y: { label: t(L.score), grid: true, tickFormat: autoFormat(rows.map((r) => r.value)) },
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
      Plot.text(last, { x: "year", y: "value", text: "name", dx: 8, textAnchor: "start", fill: "slug", fontWeight: 600, fontSize: 11 }),
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
  const chart = Plot.plot({
    width: ctx.width,
    height: 300,
    marginLeft: 44,
    marginRight: 90,
    marginTop: 16,
    x: { label: t(L.year), ...yearAxis(years) },
    y: {
      label: t({ vi: "Xếp hạng (1 = cao nhất)", en: "Rank (1 = best)" }),
      reverse: true,
      domain: [1, Math.max(63, ...rows.map((r) => r.rank_of ?? 0))],
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
      Plot.text(last, { x: "year", y: "rank", text: "name", dx: 8, textAnchor: "start", fill: "slug", fontWeight: 600, fontSize: 11 }),
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
    marginLeft: Math.min(320, Math.max(170, ctx.width * 0.35)),
    x: { label: t({ vi: "Điểm (thang 1–10)", en: "Score (1–10 scale)" }), grid: true, tickFormat: tickFormat(1) },
    y: { label: null, domain: labels, tickFormat: (s: string) => (s.length > 44 ? s.slice(0, 42) + "…" : s) },
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
  const chart = Plot.plot({
    width: Math.min(ctx.width, Math.max(520, 330 + 120 * provNames.length)),
    height: 22 * labels.length + 70,
    marginLeft: 310,
    marginTop: 40,
    x: { label: null, domain: provNames, axis: "top", tickFormat: (s: string) => s },
    y: { label: null, domain: labels, tickFormat: (s: string) => (s.length > 46 ? s.slice(0, 44) + "…" : s) },
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
    source: { vi: "bảng facts (level = subdimension)", en: "facts table (level = subdimension)" },
    n: rows.length,
    chart,
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
  const chart = Plot.plot({
    width: ctx.width,
    height: 34 * rows.length + 60,
    marginLeft: Math.min(320, Math.max(170, ctx.width * 0.35)),
    marginRight: 50,
    x: { label: t({ vi: `Chênh lệch điểm (${a} − ${b})`, en: `Score difference (${a} − ${b})` }), grid: true, tickFormat: tickFormat(1) },
    y: { label: null, domain: rows.map((r) => r.label), tickFormat: (s: string) => (s.length > 44 ? s.slice(0, 42) + "…" : s) },
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
