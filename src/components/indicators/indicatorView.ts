/**
 * The /indicators page: an indicator picker grouped by dimension, the data source (the
 * build-time file of the indicator's group, indicatorFiles.ts) and the figure — the distribution
 * of all provinces per year (box and dots), the chosen provinces, the national mean, and the
 * series breaks drawn as breaks (dashed rules; lines never cross them).
 */
import * as Plot from "@observablehq/plot";
import { chartCard, type TableColumn } from "../shared/chartCard.js";
import { fmt, fmtRank, href, L, lang, missing, t, tickFormat, type Text } from "../shared/i18n.js";
import {
  groupKeyOf,
  jitter,
  resultFromSeries,
  segments,
  suggestSixDimension,
  yearStats,
  indicatorGroups,
  type BreakRow,
  type DeclaredBreak,
  type DistRow,
  type IndicatorLike,
  type IndicatorResult,
  type IndicatorSelection,
  type ProvinceLike,
} from "./indicatorData.js";
import { CONTEXT, MEAN, OKABE_ITO } from "../shared/palette.js";
import { groupFile } from "./indicatorFiles.js";
import { el } from "../shared/dom.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";

/** Below this many provinces in every year, the page says that the official data is missing. */
export const FULL_COVERAGE = 50;

const T = {
  indicator: { vi: "Chỉ số", en: "Indicator" },
  breakLabel: { vi: "đứt chuỗi", en: "break" },
  unverified: { vi: "chưa xác minh", en: "unverified" },
  breaksTitle: { vi: "Điểm đứt gãy của chuỗi số liệu", en: "Breaks in the series" },
  noBreaks: { vi: "Không có điểm đứt gãy nào trong khoảng năm đã chọn.", en: "No break in the selected years." },
  points: { vi: "điểm", en: "points" },
  percent: { vi: "%", en: "%" },
  derivedNote: {
    vi: "Năm có dấu * gồm giá trị tính toán (tổng các chỉ số nội dung), không phải số công bố; điểm rỗng = giá trị tính toán.",
    en: "Years marked * include derived values (the sum of the dimensions), not published figures; hollow dots = derived.",
  },
  meanNote: {
    vi: "Dấu × nối bằng nét đứt: trung bình toàn quốc (tính toán) của các giá trị trên biểu đồ; ◇ trung bình toàn quốc công bố trong văn bản.",
    en: "× joined by a dashed line: national mean (computed) of the values drawn; ◇ national mean published in a document.",
  },
  meanMissing: {
    vi: `Không vẽ trung bình toàn quốc cho năm có dưới ${MIN_PROVINCES_NATIONAL} tỉnh có số liệu.`,
    en: `No national mean is drawn for years with fewer than ${MIN_PROVINCES_NATIONAL} provinces.`,
  },
  suggest6d: {
    vi: "Từ năm 2018 điểm tổng hợp cộng 8 chỉ số nội dung (thang 8–80) thay vì 6 (6–60): không so sánh được qua 2017/2018. Để so sánh 2011–2024, hãy dùng Tổng 6 chỉ số nội dung (D1–D6).",
    en: "From 2018 the total sums 8 dimensions (8–80) instead of 6 (6–60): it cannot be compared across 2017/2018. For 2011–2024 comparisons, use the six-dimension total (D1–D6).",
  },
  suggest6dButton: { vi: "Xem Tổng 6 chỉ số nội dung", en: "Show the six-dimension total" },
  sixDNote: {
    vi: "Tổng 6 chỉ số nội dung (D1–D6) do PAPI Explorer tính, PAPI không công bố; đây là chuỗi duy nhất so sánh được 2011–2024, dù một số chỉ số nội dung đã được xây dựng lại:",
    en: "The six-dimension total (D1–D6) is computed by PAPI Explorer, never published by PAPI; it is the only series comparable across 2011–2024, although some dimensions were re-built:",
  },
  coverage: {
    vi: "Dữ liệu hiện có chỉ gồm vài tỉnh (số liệu trích từ văn bản kế hoạch). Để có đủ 63 tỉnh, đặt bộ dữ liệu PAPI chính thức (tệp Excel, CSV) vào thư mục data/sources/ hoặc đặt biến môi trường PAPI_SOURCES, rồi build lại trang.",
    en: "The data holds only a few provinces (figures read from plan documents). For all 63 provinces, put the official PAPI workbooks (Excel, CSV) in data/sources/ or set PAPI_SOURCES, then rebuild the site.",
  },
  noData: {
    vi: "Không có số liệu của chỉ số này trong khoảng năm đã chọn.",
    en: "No figures for this indicator in the selected years.",
  },
  notInForce: { vi: "chỉ số không áp dụng năm này", en: "indicator not in force this year" },
  inForce: { vi: "Áp dụng", en: "In force" },
  present: { vi: "nay", en: "present" },
  dataYears: { vi: "có số liệu", en: "data for" },
  none: { vi: "không năm nào", en: "no year" },
  source: {
    vi: "PAPI (CECODES, VFF-CRT, UNDP) — bảng facts của PAPI Explorer (giá trị ưu tiên: bộ dữ liệu chính thức > bảng CSV > văn bản kế hoạch)",
    en: "PAPI (CECODES, VFF-CRT, UNDP) — PAPI Explorer's facts table (preferred value: official workbook > CSV panel > plan document)",
  },
  n: { vi: "Số tỉnh", en: "Provinces" },
  min: { vi: "Thấp nhất", en: "Min" },
  q1: { vi: "Tứ phân vị 1", en: "Q1" },
  median: { vi: "Trung vị", en: "Median" },
  q3: { vi: "Tứ phân vị 3", en: "Q3" },
  max: { vi: "Cao nhất", en: "Max" },
  mean: { vi: "Trung bình (tính toán)", en: "Mean (computed)" },
  publishedMean: { vi: "Trung bình công bố", en: "Published mean" },
  kindDerived: { vi: "tính toán", en: "derived" },
  profile: { vi: "Hồ sơ tỉnh", en: "Province profile" },
} satisfies Record<string, Text>;

export const INDICATOR_LABELS = T;

function name(r: { name_vi: string; name_en: string }): string {
  return lang === "vi" ? r.name_vi : r.name_en;
}

// ---------------------------------------------------------------------------------------------
// The picker

/**
 * A <select> with one <optgroup> per dimension (the PAPI totals first, then D1…D8 each followed
 * by its sub-dimensions, then PAR INDEX and SIPAS), wrapped in a form whose `value` is the
 * chosen indicator id (works with bindUrl and Framework's view()).
 */
export function indicatorPicker(indicators: readonly IndicatorLike[], value = "papi.total"): HTMLFormElement & { value: string } {
  const form = document.createElement("form") as HTMLFormElement & { value: string };
  form.className = "indicator-picker";
  form.addEventListener("submit", (e) => e.preventDefault());
  const label = document.createElement("label");
  label.textContent = t(T.indicator);
  const select = document.createElement("select");
  select.name = "indicator";
  select.id = `indicator-select-${Math.random().toString(36).slice(2, 8)}`;
  label.htmlFor = select.id;
  select.dataset.testid = "indicator-select";
  for (const g of indicatorGroups(indicators)) {
    const og = document.createElement("optgroup");
    og.label = t(g.label);
    for (const o of g.options) {
      const opt = document.createElement("option");
      opt.value = o.id;
      opt.textContent = `${t(o.label)} (${o.years})`;
      og.append(opt);
    }
    select.append(og);
  }
  select.value = value;
  // The select's own input event bubbles to the form: Framework's view() and bindUrl listen there.
  Object.defineProperty(form, "value", {
    get: () => select.value,
    set: (v: string) => {
      select.value = v;
    },
  });
  form.append(label, select);
  return form;
}

// ---------------------------------------------------------------------------------------------
// The data source: the build-time file of the indicator's picker group, fetched once

export interface IndicatorSource {
  load(sel: IndicatorSelection): Promise<IndicatorResult>;
}

export function createIndicatorSource(indicators: readonly IndicatorLike[], provinces: readonly ProvinceLike[]): IndicatorSource {
  const groups = indicatorGroups(indicators);
  return {
    async load(sel) {
      const key = groupKeyOf(groups, sel.indicator);
      const file = key === null ? {} : await groupFile(key);
      return resultFromSeries(file[sel.indicator], provinces, sel);
    },
  };
}

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

function yearsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

function compactYears(years: number[]): string {
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

function unverifiedTag(): HTMLElement {
  const s = el("span", "tag-unverified", `(${t({ vi: "chưa xác minh", en: "unverified" })})`);
  s.dataset.testid = "unverified";
  return s;
}

interface SegRow {
  year: number;
  value: number;
  seg: string;
  label: string;
  name: string;
}

function figureCard(result: IndicatorResult, ctx: FigureContext, indName: string, unit: string, from: number, to: number) {
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
