/**
 * The province profile page's views (/province/<slug>): every chart through chartCard (table view
 * and downloads), colours from palette.ts, labels through i18n. Data from provinceProfile.ts.
 */
import * as Plot from "@observablehq/plot";
import { chartCard, dataTable, type TableColumn } from "../shared/chartCard.js";
import { L, fmt, fmtPercent, href, lang, missing, t, tickFormat, type Text } from "../shared/i18n.js";
import { CONTEXT, GROUP_COLORS, GROUP_ORDER, HIGHLIGHT, MEAN } from "../shared/palette.js";
import {
  GROUP_NAMES,
  LABELS,
  autoFormat,
  dimCode,
  groupText,
  indicatorName,
  legend,
  note,
  orMissing,
  provenance,
  provinceName,
  rankText,
  section,
} from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import { allSources, breakYears, breaksWithin, segmentOf, type FactRow, type IndicatorInfo, type ProvinceInfo, type SeriesBreak } from "./provinceFacts.js";
import type { Bench, ProvinceProfile, SubPoint, TargetCheck } from "./provinceProfile.js";
import type { RankRange } from "./totalInterval.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";

const REGION_COLOR = "#0072B2";
const BEST_COLOR = "#009E73";

export interface ViewContext {
  profile: ProvinceProfile;
  indicators: readonly IndicatorInfo[];
  breaks: readonly SeriesBreak[];
  width: number;
}

/** Cuts a label to about `px` pixels at ~6.9 px a character. */
function fitLabel(label: string, px: number): string {
  const max = Math.max(8, Math.floor(px / 6.9));
  return label.length > max ? label.slice(0, max - 1) + "…" : label;
}

const yearTicks = (years: number[]) => ({ ticks: years.length <= 16 ? years : undefined, tickFormat: (y: number) => String(y) });

function nameOf(ctx: ViewContext): string {
  return provinceName(ctx.profile.province);
}

function benchText(b: Bench): string {
  return b.value === null ? "—" : fmt(b.value);
}

function benchCell(b: Bench): string | HTMLElement {
  if (b.value !== null) return `${fmt(b.value)}${b.source === "published" ? ` (${t(LABELS.published)})` : ""}`;
  return missing(b.n > 0 ? { vi: `chỉ có ${b.n} tỉnh có số liệu: không có phân bố`, en: `only ${b.n} province(s) with a value: no distribution` } : L.noData);
}

/** The province picker: a native select of the 63 provinces that opens the chosen one's page (keeps ?lang). */
export function provincePicker(provinces: readonly ProvinceInfo[], current: string): HTMLElement {
  const id = "province-picker";
  const select = el("select", { id, name: "province" });
  const sorted = [...provinces].sort((a, b) => provinceName(a).localeCompare(provinceName(b), lang === "vi" ? "vi" : "en"));
  for (const p of sorted) {
    const o = el("option", { value: p.slug }, provinceName(p));
    if (p.slug === current) o.selected = true;
    select.append(o);
  }
  select.addEventListener("change", () => {
    location.href = href(`/province/${select.value}`);
  });
  return el("div", { class: "pv-picker" }, el("label", { for: id }, t({ vi: "Chọn tỉnh, thành phố: ", en: "Choose a province: " })), select);
}

/** Name, region, Northwest group, 2025 unit, and what data the page has. */
export function header(ctx: ViewContext): HTMLElement {
  const p = ctx.profile.province;
  const div = el("div", { class: "pv-header" });
  div.append(el("h1", {}, `${t({ vi: "Hồ sơ", en: "Profile:" })} ${nameOf(ctx)}`));
  const bits = [
    `${t({ vi: "Vùng", en: "Region" })}: ${lang === "vi" ? p.region_vi : p.region_en}`,
    p.northwest ? t({ vi: "Một trong sáu tỉnh Tây Bắc", en: "One of the six Northwest provinces" }) : null,
    `${t({ vi: "Đơn vị hành chính từ 1/7/2025", en: "Unit from 1 July 2025" })}: ${p.unit_2025}`,
    `${t({ vi: "Mã GSO", en: "GSO code" })} ${p.code}`,
  ].filter(Boolean);
  div.append(el("p", { class: "pv-meta" }, bits.join(" · ")));
  if (ctx.profile.provincesWithTotals < MIN_PROVINCES_NATIONAL) {
    div.append(
      el(
        "div",
        { class: "pv-warning", role: "note" },
        el("strong", {}, t({ vi: "Chỉ có số liệu nhúng sẵn từ các văn bản kế hoạch. ", en: "Only the data embedded from plan documents is available. " })),
        t({
          vi: `Các con số toàn quốc (trung bình, tỉnh cao nhất, bách phân vị) cần số liệu của ít nhất ${MIN_PROVINCES_NATIONAL} tỉnh. `,
          en: `National figures (means, best province, percentiles) need at least ${MIN_PROVINCES_NATIONAL} provinces' data. `,
        }),
        t(LABELS.howToAdd),
      ),
    );
  }
  return div;
}

/** The headline figures: latest total, rank and group; latest PAR INDEX and SIPAS. */
export function keyFigures(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const latest = profile.totals.at(-1);
  const box = el("div", { class: "pv-cards" });
  const card = (label: string, value: string, sub: string) =>
    el(
      "div",
      { class: "pv-card" },
      el("div", { class: "pv-card-label" }, label),
      el("div", { class: "pv-card-value" }, value),
      el("div", { class: "pv-card-sub" }, sub),
    );
  if (latest) {
    box.append(
      card(
        `${t({ vi: "Điểm PAPI", en: "PAPI total" })} ${latest.year}`,
        fmt(latest.value),
        latest.kind === "derived" ? t(LABELS.derived) : t({ vi: "điểm tổng hợp chính thức", en: "official total" }),
      ),
      card(
        `${t(L.rank)} ${latest.year}`,
        latest.rank === null ? "—" : `${latest.rank}/${latest.rank_of ?? "?"}`,
        latest.rank === null ? t(L.noData) : provenance(latest.rank_source),
      ),
      card(
        `${t(L.group)} ${latest.year}`,
        latest.group ? t(GROUP_NAMES[latest.group] ?? latest.group) : "—",
        latest.group ? provenance(latest.group_source) : t(L.noData),
      ),
    );
  }
  const best = profile.totals.filter((p) => p.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number) || b.year - a.year)[0];
  if (best && profile.totals.length > 1)
    box.append(card(t({ vi: "Thứ hạng tốt nhất", en: "Best rank" }), `${best.rank}/${best.rank_of ?? "?"}`, `${best.year} · ${provenance(best.rank_source)}`));
  for (const f of profile.otherIndices.filter((x) => x.kind === "actual")) {
    box.append(
      card(
        `${f.index === "PAR_INDEX" ? "PAR INDEX" : f.index} ${f.year}`,
        `${fmt(f.value)}%`,
        f.rank === null ? "" : `${t(L.rank)} ${rankText(f.rank, f.rank_of, f.rank_source)}`,
      ),
    );
  }
  if (!box.childElementCount) {
    box.append(
      el(
        "p",
        { class: "pv-empty" },
        t({ vi: `Chưa có số liệu nào của ${nameOf(ctx)} trong dữ liệu của trang.`, en: `There are no figures for ${nameOf(ctx)} in the site's data yet.` }),
        // the header already says how to add the official data when only the embedded data is there
        profile.provincesWithTotals >= MIN_PROVINCES_NATIONAL ? ` ${t(LABELS.howToAdd)}` : "",
      ),
    );
  }
  return box;
}

/**
 * What the intervals say, in words: the latest interval, the rank range it allows, and whether
 * a change between two years with intervals is distinguishable at 95 %.
 */
function intervalNote(ctx: ViewContext): HTMLElement | string {
  const r: RankRange | null = ctx.profile.rankRange;
  if (!r) return "";
  const rank = r.best === r.worst ? `${r.best}` : `${r.best}–${r.worst}`;
  const change = ctx.profile.intervalChange;
  return el(
    "p",
    { class: "pv-note pv-interval" },
    t({
      vi: `Năm ${r.year}: ${fmt(r.value)} điểm, khoảng tin cậy 95 % từ ${fmt(r.ci_low)} đến ${fmt(r.ci_high)} — nghĩa là nếu khảo sát lặp lại nhiều lần, 95 % các khoảng tính theo cách này chứa điểm thật của tỉnh. ${r.overlapping} tỉnh có khoảng chồng lấn nên điểm không phân biệt được ở mức 95 %: thứ hạng thực chất nằm trong khoảng ${rank} trên ${r.of}.`,
      en: `${r.year}: ${fmt(r.value)} points, 95 % confidence interval ${fmt(r.ci_low)} to ${fmt(r.ci_high)} — if the survey were repeated many times, 95 % of intervals computed this way would contain the province's true score. ${r.overlapping} provinces have overlapping intervals, so their scores are not distinguishable at 95 %: the rank is effectively anywhere from ${rank} of ${r.of}.`,
    }),
    change
      ? ` ${t({
          vi: `Thay đổi ${change.from}→${change.to} (${fmt(change.change)}): ${change.distinguishable ? "phân biệt được ở mức 95 %" : "không phân biệt được ở mức 95 %"}.`,
          en: `Change ${change.from}→${change.to} (${fmt(change.change)}): ${change.distinguishable ? "distinguishable at 95 %" : "not distinguishable at 95 %"}.`,
        })}`
      : "",
  );
}

/** A survey indicator's value in its unit: shares as %, the rest as numbers. */
function surveyValue(v: number | null, unit: string): string {
  if (v === null) return "—";
  if (unit === "share") return fmtPercent(v, 1);
  if (unit === "percent") return `${fmt(v, 1)}%`;
  return fmt(v, unit === "thousand_vnd" ? 0 : 2);
}

/**
 * The drill-down from a sub-dimension to its survey indicators (chỉ tiêu): pick a sub-dimension
 * (the weakest one first), see each question's value for every year a sheet gives it, beside
 * the mean of all provinces. Higher is not always better here (some questions measure bribes).
 */
export function surveyView(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const wrap = el("div", { class: "pv-survey" });
  if (!profile.survey.length) {
    wrap.append(
      note(
        {
          vi: "Chưa có chỉ tiêu khảo sát của tỉnh này (các bảng chính thức từ 2018 có chúng).",
          en: "No survey indicators for this province yet (the official sheets from 2018 on have them).",
        },
        "pv-empty",
      ),
    );
    return wrap;
  }
  const parents = [...new Set(profile.survey.map((s) => s.parent))];
  const order = new Map(ctx.indicators.map((i, k) => [i.id, k]));
  parents.sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999));
  const first = profile.weakest.map((w) => w.indicator_id).find((id) => parents.includes(id)) ?? parents[0]!;
  const select = el("select", { "aria-label": t({ vi: "Chỉ số thành phần", en: "Sub-dimension" }), "data-testid": "survey-subdimension" }) as HTMLSelectElement;
  for (const id of parents) {
    const def = ctx.indicators.find((i) => i.id === id);
    const option = el("option", { value: id }, `${dimCode(def?.dimension)} ${indicatorName(ctx.indicators, id)}`) as HTMLOptionElement;
    option.selected = id === first;
    select.append(option);
  }
  const holder = el("div", {});
  const years = [...new Set(profile.survey.map((s) => s.year))].sort((a, b) => a - b);
  const render = () => {
    const rows = profile.survey.filter((s) => s.parent === select.value);
    const ids = [...new Set(rows.map((r) => r.indicator_id))];
    const columns: TableColumn[] = [
      { key: "name", label: { vi: "Chỉ tiêu", en: "Survey indicator" } },
      ...years.map((y) => ({ key: String(y), label: String(y), align: "right" as const, format: (v: unknown) => (v as string) ?? "—" })),
    ];
    const table = ids.map((id) => {
      const row: Record<string, unknown> = { name: indicatorName(ctx.indicators, id) };
      for (const y of years) {
        const v = rows.find((r) => r.indicator_id === id && r.year === y);
        row[String(y)] = v ? `${surveyValue(v.value, v.unit)} (${t({ vi: "TB", en: "mean" })} ${surveyValue(v.national_mean, v.unit)})` : "—";
      }
      return row;
    });
    holder.replaceChildren(dataTable(columns, table, t({ vi: "Chỉ tiêu khảo sát", en: "Survey indicators" })));
  };
  select.addEventListener("change", render);
  render();
  wrap.append(
    el("label", { class: "pv-survey-pick" }, `${t({ vi: "Chỉ số thành phần", en: "Sub-dimension" })}: `, select),
    note({
      vi: "Giá trị của tỉnh, trong ngoặc là trung bình các tỉnh có số liệu. Tỷ lệ in dưới dạng %; ô trống là năm không có bảng chính thức hoặc mẫu dưới 15 người trả lời. Không phải chỉ tiêu nào cũng càng cao càng tốt (ví dụ tỷ lệ phải chi thêm tiền).",
      en: "The province's value, in brackets the mean of the provinces with data. Shares as %; a dash is a year without an official sheet or with fewer than 15 respondents. Higher is not always better (e.g. the share who paid bribes).",
    }),
    holder,
  );
  return wrap;
}

function breakRules(breaks: SeriesBreak[]): Plot.Markish[] {
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

function breakNote(breaks: SeriesBreak[]): Text | null {
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

/** Total score over time with the national mean, the region's mean and the best province. */
export function totalChart(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const data = profile.totals.map((p) => ({ ...p, segment: segmentOf(p.year, breakYears(ctx.breaks, "papi.total")) }));
  if (!data.length) return note({ vi: "Chưa có điểm tổng hợp PAPI của tỉnh này.", en: "No PAPI total for this province yet." }, "pv-empty");
  const years = data.map((d) => d.year);
  const breaks = breaksWithin(ctx.breaks, ["papi.total"], Math.min(...years), Math.max(...years));
  const bench = (key: "national" | "region") =>
    data.filter((d) => d[key].value !== null).map((d) => ({ year: d.year, value: d[key].value as number, segment: d.segment }));
  const best = data.filter((d) => d.best).map((d) => ({ year: d.year, value: d.best!.value, segment: d.segment, name: provinceName(d.best) }));
  const chart = Plot.plot({
    width: ctx.width,
    height: 300,
    marginLeft: 48,
    marginTop: 24,
    x: { label: t(L.year), ...yearTicks(years), domain: [Math.min(...years) - 0.6, Math.max(...years) + 0.6] },
    y: {
      label: t(L.score),
      grid: true,
      tickFormat: autoFormat([
        ...data.map((d) => d.value),
        ...data.flatMap((d) => [d.national.value, d.region.value, d.best?.value ?? null]).filter((v): v is number => v !== null),
      ]),
    },
    marks: [
      ...breakRules(breaks),
      Plot.line(bench("national"), { x: "year", y: "value", z: "segment", stroke: MEAN, strokeDasharray: "6,4", strokeWidth: 1.5 }),
      Plot.line(bench("region"), { x: "year", y: "value", z: "segment", stroke: REGION_COLOR, strokeWidth: 1.5 }),
      Plot.line(best, { x: "year", y: "value", z: "segment", stroke: BEST_COLOR, strokeDasharray: "1.5,3", strokeWidth: 2 }),
      Plot.line(data, { x: "year", y: "value", z: "segment", stroke: HIGHLIGHT, strokeWidth: 2.5 }),
      // The 95 % confidence interval where the official sheet prints one.
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
      Plot.dot(data, {
        x: "year",
        y: "value",
        r: 4.5,
        stroke: HIGHLIGHT,
        strokeWidth: 1.5,
        fill: (d) => (d.kind === "actual" ? HIGHLIGHT : "white"),
        title: (d) => `${d.year}: ${fmt(d.value)} (${d.kind === "actual" ? t(LABELS.official) : t(LABELS.derived)})`,
      }),
      Plot.text(data, { x: "year", y: "value", text: (d) => fmt(d.value), dy: -11, fontSize: 10, fill: "#333" }),
    ],
  });
  const figure = el(
    "div",
    {},
    legend([
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
    ]),
    chart,
    intervalNote(ctx),
  );
  const columns: TableColumn[] = [
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
    columns,
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
    x: { label: t(L.year), ...yearTicks(years), domain: [Math.min(...years) - 0.6, Math.max(...years) + 0.6] },
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
      Plot.text(data, { x: "year", y: "rank", text: (d) => `${d.rank}/${d.rank_of ?? "?"}`, dy: -12, fontSize: 10, fill: "#333" }),
    ],
  });
  const nw = profile.northwestRanks.map((f) => `${f.year}: ${f.rank}/${f.rank_of} (${provenance(f.rank_source)})`);
  return chartCard({
    title: { vi: `${nameOf(ctx)} xếp hạng thứ mấy trong cả nước?`, en: `Where does ${nameOf(ctx)} rank nationally?` },
    subtitle: {
      vi: "Theo điểm tổng hợp; thứ hạng công bố (trong văn bản) và tính toán (từ điểm) được phân biệt.",
      en: "By total score; published ranks (printed in a document) and computed ranks (from the scores) are told apart.",
    },
    source: { vi: "bảng facts (rank, rank_of, rank_source)", en: "facts table (rank, rank_of, rank_source)" },
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
  const chart = Plot.plot({
    width: Math.min(ctx.width, 80 + 64 * data.length),
    height: 90,
    marginLeft: 10,
    x: { label: null, type: "band", domain: data.map((d) => String(d.year)) },
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
      }),
    ],
  });
  return chartCard({
    title: { vi: `${nameOf(ctx)} thuộc nhóm nào mỗi năm?`, en: `Which performance group was ${nameOf(ctx)} in each year?` },
    subtitle: {
      vi: "Bốn nhóm theo điểm tổng hợp; * = nhóm tính toán (quy tắc chia nhóm của PAPI chưa được xác minh).",
      en: "Four groups by total score; * = computed group (PAPI's cut rule is unverified).",
    },
    source: { vi: "bảng facts (group, group_source)", en: "facts table (group, group_source)" },
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

type DimSeries = "province" | "national" | "region" | "best";

/** The dimensions over time against the national mean, the region's mean and the best province (one panel each). */
export function dimensionsChart(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  if (!profile.dimensions.length)
    return note({ vi: "Chưa có điểm các chỉ số nội dung của tỉnh này.", en: "No dimension scores for this province yet." }, "pv-empty");
  const dims = [...new Set(profile.dimensions.map((d) => d.dimension))].sort((a, b) => a - b);
  const cols = ctx.width < 640 ? 2 : 4;
  const pos = (dim: number) => ({ fx: dims.indexOf(dim) % cols, fy: Math.floor(dims.indexOf(dim) / cols) });
  const long: { dimension: number; indicator_id: string; year: number; series: DimSeries; value: number; segment: number; fx: number; fy: number }[] = [];
  for (const d of profile.dimensions) {
    const segment = segmentOf(d.year, breakYears(ctx.breaks, d.indicator_id));
    const base = { dimension: d.dimension, indicator_id: d.indicator_id, year: d.year, segment, ...pos(d.dimension) };
    long.push({ ...base, series: "province", value: d.value });
    if (d.national.value !== null) long.push({ ...base, series: "national", value: d.national.value });
    if (d.region.value !== null) long.push({ ...base, series: "region", value: d.region.value });
    if (d.best) long.push({ ...base, series: "best", value: d.best.value });
  }
  const years = [...new Set(profile.dimensions.map((d) => d.year))].sort((a, b) => a - b);
  const ids = dims.map((d) => `papi.d${d}`);
  const breaks = breaksWithin(ctx.breaks, ids, years[0]!, years.at(-1)!);
  const breakMarks = breaks
    .filter((b) => dims.includes(Number(b.indicator.slice(6))))
    .map((b) => ({ year: b.year, ...pos(Number(b.indicator.slice(6))), verified: b.verified !== false }));
  const facetWidth = (ctx.width - 48) / cols;
  const titles = dims.map((d) => ({ ...pos(d), label: fitLabel(`${dimCode(d)} · ${indicatorName(ctx.indicators, `papi.d${d}`)}`, facetWidth - 8) }));
  const series = (s: DimSeries) => long.filter((d) => d.series === s);
  const fewYears = years.length <= 3;
  const chart = Plot.plot({
    width: ctx.width,
    height: 190 * Math.ceil(dims.length / cols) + 30,
    marginLeft: 36,
    marginTop: 24,
    marginRight: 12,
    fx: { axis: null, padding: 0.12 },
    fy: { axis: null, padding: 0.22 },
    x: {
      label: null,
      tickFormat: (y: number) => (fewYears || y % 2 === 0 ? `'${String(y).slice(2)}` : ""),
      ticks: years,
      domain: [years[0]! - 0.5, years.at(-1)! + 0.5],
    },
    y: { label: null, grid: true, tickFormat: tickFormat(0) },
    marks: [
      Plot.frame({ stroke: "#ddd" }),
      Plot.text(titles, { fx: "fx", fy: "fy", text: "label", frameAnchor: "top-left", dy: -14, fontSize: 11, fontWeight: 600 }),
      Plot.ruleX(
        breakMarks.filter((d) => d.verified),
        { fx: "fx", fy: "fy", x: (d) => d.year - 0.5, stroke: "#888", strokeDasharray: "3,3" },
      ),
      Plot.ruleX(
        breakMarks.filter((d) => !d.verified),
        { fx: "fx", fy: "fy", x: (d) => d.year - 0.5, stroke: "#aaa", strokeDasharray: "1,3" },
      ),
      Plot.line(series("national"), { fx: "fx", fy: "fy", x: "year", y: "value", z: "segment", stroke: MEAN, strokeDasharray: "6,4", strokeWidth: 1.2 }),
      Plot.line(series("region"), { fx: "fx", fy: "fy", x: "year", y: "value", z: "segment", stroke: REGION_COLOR, strokeWidth: 1.2 }),
      Plot.line(series("best"), { fx: "fx", fy: "fy", x: "year", y: "value", z: "segment", stroke: BEST_COLOR, strokeDasharray: "1.5,3", strokeWidth: 1.8 }),
      Plot.line(series("province"), { fx: "fx", fy: "fy", x: "year", y: "value", z: "segment", stroke: HIGHLIGHT, strokeWidth: 2 }),
      Plot.dot(series("province"), {
        fx: "fx",
        fy: "fy",
        x: "year",
        y: "value",
        r: 2.5,
        fill: HIGHLIGHT,
        title: (d) => `${dimCode(d.dimension)} ${d.year}: ${fmt(d.value)}`,
      }),
    ],
  });
  const rows = profile.dimensions.map((d) => ({
    dimension: `${dimCode(d.dimension)} ${indicatorName(ctx.indicators, d.indicator_id)}`,
    year: d.year,
    value: d.value,
    group: groupText(d.group, d.group_source),
    rank: rankText(d.rank, d.rank_of, d.rank_source),
    national: d.national.value,
    national_n: d.national.n,
    region: d.region.value,
    best: d.best ? provinceName(d.best) : null,
    best_value: d.best?.value ?? null,
    source_loc: d.source_loc,
  }));
  const fmtOr = (reason: Text) => (v: unknown) => (v === null || v === undefined ? missing(reason) : fmt(v as number));
  const noDist: Text = {
    vi: `không có phân bố toàn quốc (cần ≥ ${MIN_PROVINCES_NATIONAL} tỉnh)`,
    en: `no national distribution (needs ≥ ${MIN_PROVINCES_NATIONAL} provinces)`,
  };
  return chartCard({
    title: {
      vi: `Các chỉ số nội dung của ${nameOf(ctx)} so với trung bình toàn quốc, vùng và tỉnh cao nhất?`,
      en: `How do ${nameOf(ctx)}'s dimensions compare with the national and regional means and the best province?`,
    },
    subtitle: { vi: "Điểm từng chỉ số nội dung, thang 1–10; D7 và D8 có từ 2018.", en: "Score of each dimension, 1–10 scale; D7 and D8 from 2018." },
    source: { vi: "bảng facts và benchmarks (trung bình tính toán)", en: "facts and benchmarks tables (computed means)" },
    n: profile.dimensions.length,
    chart: el(
      "div",
      {},
      legend([
        { label: nameOf(ctx), color: HIGHLIGHT, shape: "line" },
        { label: LABELS.nationalMean, color: MEAN, shape: "dashed" },
        {
          label: {
            vi: `Trung bình vùng (${lang === "vi" ? profile.province.region_vi : profile.province.region_en})`,
            en: `Region mean (${profile.province.region_en})`,
          },
          color: REGION_COLOR,
          shape: "line",
        },
        { label: LABELS.best, color: BEST_COLOR, shape: "dotted" },
      ]),
      chart,
    ),
    columns: [
      { key: "dimension", label: L.dimension },
      { key: "year", label: L.year },
      { key: "value", label: L.score, align: "right", format: (v) => fmt(v as number) },
      { key: "group", label: L.group },
      { key: "rank", label: L.rank },
      { key: "national", label: LABELS.nationalMean, align: "right", format: fmtOr(noDist) },
      {
        key: "region",
        label: LABELS.regionMean,
        align: "right",
        format: fmtOr({ vi: "quá ít tỉnh trong vùng có số liệu", en: "too few of the region's provinces have a value" }),
      },
      { key: "best", label: LABELS.best, format: (v, r) => (v ? `${v} (${fmt(r.best_value as number)})` : missing(noDist)) },
      { key: "source_loc", label: L.source },
    ],
    rows,
    filename: `papi-dimensions-${profile.province.slug}`,
    note: breakNote(breaks),
  });
}

/** The latest year's dimensions as a table: score, group, rank, national and region means, best province. */
export function benchmarkTable(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const year = Math.max(...profile.dimensions.map((d) => d.year));
  const rows = profile.dimensions.filter((d) => d.year === year);
  if (!rows.length) return el("span");
  const noDist: Text = {
    vi: `không có phân bố toàn quốc (cần ≥ ${MIN_PROVINCES_NATIONAL} tỉnh)`,
    en: `no national distribution (needs ≥ ${MIN_PROVINCES_NATIONAL} provinces)`,
  };
  const columns: TableColumn[] = [
    { key: "dimension", label: L.dimension, format: (v) => `${dimCode(v as number)} ${indicatorName(ctx.indicators, `papi.d${v}`)}` },
    { key: "value", label: L.score, align: "right", format: (v) => fmt(v as number) },
    { key: "group", label: L.group, format: (_, r) => groupText(r.group as string, r.group_source as string) },
    { key: "rank", label: L.rank, format: (_, r) => rankText(r.rank as number, r.rank_of as number, r.rank_source as string) },
    {
      key: "national",
      label: LABELS.nationalMean,
      align: "right",
      format: (_, r) => ((r.national as Bench).value === null ? missing(noDist) : benchText(r.national as Bench)),
    },
    {
      key: "region",
      label: LABELS.regionMean,
      align: "right",
      format: (_, r) =>
        (r.region as Bench).value === null
          ? missing({ vi: "quá ít tỉnh trong vùng có số liệu", en: "too few of the region's provinces" })
          : benchText(r.region as Bench),
    },
    {
      key: "best",
      label: LABELS.best,
      format: (_, r) => (r.best ? `${provinceName(r.best as never)} (${fmt((r.best as { value: number }).value)})` : missing(noDist)),
    },
  ];
  return el(
    "div",
    { class: "pv-table-wrap" },
    el("h3", {}, t({ vi: `Các chỉ số nội dung năm ${year}`, en: `Dimensions in ${year}` })),
    dataTable(columns, rows as unknown as Record<string, unknown>[], t({ vi: `Các chỉ số nội dung năm ${year}`, en: `Dimensions in ${year}` })),
  );
}

function subLabel(ctx: ViewContext, s: { indicator_id: string; dimension: number }): string {
  return `${dimCode(s.dimension)} · ${indicatorName(ctx.indicators, s.indicator_id)}`;
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
  const labels = data.map((d) => subLabel(ctx, d));
  const chart = Plot.plot({
    width: ctx.width,
    height: 22 * data.length + 50,
    marginLeft: Math.min(340, Math.max(180, ctx.width * 0.4)),
    marginRight: 40,
    x: { label: t(L.score), grid: true, tickFormat: tickFormat(1), domain: [0, Math.max(...data.map((d) => Math.max(d.value, d.national_max ?? 0))) * 1.05] },
    y: { label: null, domain: labels, tickFormat: (s: string) => fitLabel(s, Math.min(340, Math.max(180, ctx.width * 0.4)) - 12) },
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
  const n = data[0]!.n;
  const distNote: Text = withDist
    ? {
        vi: `Thanh xám: khoảng từ thấp nhất đến cao nhất toàn quốc; vạch đen: trung bình toàn quốc (n = ${n} tỉnh).`,
        en: `Grey bar: national range (lowest to highest); black tick: national mean (n = ${n} provinces).`,
      }
    : {
        vi: `Năm ${profile.subYear} chỉ có số liệu của ${n} tỉnh (n = ${n}): không có phân bố toàn quốc để so sánh.`,
        en: `In ${profile.subYear} only ${n} province's data is available (n = ${n}): no national distribution to compare with.`,
      };
  return chartCard({
    title: {
      vi: `Các chỉ số thành phần của ${nameOf(ctx)} năm ${profile.subYear} ra sao?`,
      en: `How did ${nameOf(ctx)} score on each sub-dimension in ${profile.subYear}?`,
    },
    subtitle: distNote,
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
    columns: [
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
    ],
    rows: data.map((d) => ({ ...d, label: subLabel(ctx, d) })),
    filename: `papi-subdimensions-${profile.subYear}-${profile.province.slug}`,
  });
}

function pctList(ctx: ViewContext, pts: SubPoint[]): string {
  return pts.map((p) => `${indicatorName(ctx.indicators, p.indicator_id)} (${fmtPercent(p.percentile, 0)})`).join("; ");
}

/** Strongest and weakest sub-dimensions relative to the national distribution (percentile among all provinces). */
export function percentileView(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const wrap = el("div", {});
  if (profile.subYear !== null && profile.percentileYear !== profile.subYear) {
    const n = profile.subProfile[0]?.n ?? 0;
    wrap.append(
      note({
        vi: `Năm ${profile.subYear}: chỉ có số liệu của ${n} tỉnh (n = ${n}), không có phân bố toàn quốc nên không tính được bách phân vị.${profile.percentileYear ? ` Dưới đây là năm gần nhất có phân bố toàn quốc (${profile.percentileYear}).` : ""}`,
        en: `${profile.subYear}: only ${n} province's data (n = ${n}), no national distribution, so no percentiles.${profile.percentileYear ? ` Below: the latest year with a national distribution (${profile.percentileYear}).` : ""}`,
      }),
    );
  }
  if (profile.percentileYear === null || !profile.percentiles.length) {
    if (profile.subYear === null) wrap.append(note({ vi: "Chưa có chỉ số thành phần để so sánh.", en: "No sub-dimensions to compare yet." }, "pv-empty"));
    else wrap.append(note(LABELS.howToAdd));
    return wrap;
  }
  const data = profile.percentiles;
  const n = Math.max(...data.map((d) => d.n));
  const strong = new Set(profile.strongest.map((d) => d.indicator_id));
  const weak = new Set(profile.weakest.map((d) => d.indicator_id));
  wrap.append(
    el(
      "ul",
      { class: "pv-strengths" },
      el("li", {}, el("strong", {}, t({ vi: "Mạnh nhất: ", en: "Strongest: " })), pctList(ctx, profile.strongest)),
      el("li", {}, el("strong", {}, t({ vi: "Yếu nhất: ", en: "Weakest: " })), pctList(ctx, profile.weakest)),
    ),
  );
  const color = (d: SubPoint) => (strong.has(d.indicator_id) ? "#0072B2" : weak.has(d.indicator_id) ? "#D55E00" : CONTEXT);
  const labels = data.map((d) => subLabel(ctx, d));
  const chart = Plot.plot({
    width: ctx.width,
    height: 22 * data.length + 50,
    marginLeft: Math.min(340, Math.max(180, ctx.width * 0.4)),
    marginRight: 40,
    x: { label: t({ vi: "Bách phân vị trong cả nước (%)", en: "Percentile among all provinces (%)" }), domain: [0, 100], grid: true },
    y: { label: null, domain: labels, tickFormat: (s: string) => fitLabel(s, Math.min(340, Math.max(180, ctx.width * 0.4)) - 12) },
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
  wrap.append(
    chartCard({
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
    }),
  );
  return wrap;
}

function targetLabel(ctx: ViewContext, x: TargetCheck): string {
  if (x.kind === "rank")
    return x.scope === "northwest"
      ? t({ vi: "Thứ hạng trong 6 tỉnh Tây Bắc", en: "Rank among the six Northwest provinces" })
      : t({ vi: "Thứ hạng toàn quốc", en: "National rank" });
  const d = x.indicator_id === "papi.total" ? "" : `${dimCode(Number(x.indicator_id.slice(6)))} `;
  return `${d}${indicatorName(ctx.indicators, x.indicator_id)}`;
}

function targetText(x: TargetCheck): string {
  if (x.kind === "rank") {
    if (x.scope === "northwest")
      return x.target_rank === 1 ? t({ vi: "đứng đầu 6 tỉnh", en: "first of the six" }) : `≤ ${x.target_rank}/${x.target_rank_of ?? 6}`;
    return t({ vi: `trong nhóm ${x.target_rank} tỉnh đứng đầu (≤ ${x.target_rank})`, en: `top ${x.target_rank} (rank ≤ ${x.target_rank})` });
  }
  const cmp = x.comparator === "gte" ? "≥ " : x.comparator === "lte" ? "≤ " : "";
  const g = x.target_group ? ` · ${t(L.group)}: ${t(GROUP_NAMES[x.target_group] ?? x.target_group)}` : "";
  return `${cmp}${fmt(x.target_value)}${g}`;
}

function outcomeText(x: TargetCheck): string | HTMLElement {
  if (x.kind === "rank") {
    if (x.outcome_rank === null) return missing({ vi: `chưa có thứ hạng năm ${x.year}`, en: `no rank for ${x.year} yet` });
    return rankText(x.outcome_rank, x.outcome_rank_of, x.outcome_rank_source);
  }
  if (x.outcome_value === null)
    return missing({ vi: `chưa có số liệu năm ${x.year} (cần bộ dữ liệu chính thức)`, en: `no ${x.year} figure yet (needs the official data)` });
  const kind = x.outcome_kind === "derived" ? ` (${t(LABELS.derivedShort)})` : "";
  const g = x.outcome_group ? ` · ${groupText(x.outcome_group, x.outcome_group_source)}` : "";
  return `${fmt(x.outcome_value)}${kind}${g}`;
}

function metText(x: TargetCheck): string | HTMLElement {
  if (x.met === null) return missing({ vi: "chưa có kết quả để đối chiếu", en: "no outcome to compare with yet" });
  const v = x.met ? t({ vi: "✓ đạt", en: "✓ met" }) : t({ vi: "✗ chưa đạt", en: "✗ not met" });
  const gap =
    x.kind === "value" && x.target_value !== null && x.outcome_value !== null
      ? ` (${x.outcome_value - x.target_value >= 0 ? "+" : "−"}${fmt(Math.abs(x.outcome_value - x.target_value))})`
      : "";
  const g = x.group_met === null ? "" : ` · ${t(L.group)}: ${x.group_met ? t({ vi: "đạt", en: "met" }) : t({ vi: "chưa đạt", en: "not met" })}`;
  return `${v}${gap}${g}`;
}

/** Targets from plan documents against the outcome of the target year. */
export function targetsView(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  if (!profile.targets.length)
    return note(
      { vi: "Không tìm thấy mục tiêu nào của tỉnh này trong các văn bản kế hoạch.", en: "No targets for this province were found in the plan documents." },
      "pv-empty",
    );
  const columns: TableColumn[] = [
    { key: "label", label: { vi: "Mục tiêu", en: "Target" } },
    { key: "year", label: L.year },
    { key: "target", label: { vi: "Mức đặt ra", en: "Set at" } },
    { key: "outcome", label: { vi: "Kết quả", en: "Outcome" }, format: (_, r) => outcomeText(r.x as TargetCheck) },
    { key: "met", label: { vi: "Đánh giá", en: "Assessment" }, format: (_, r) => metText(r.x as TargetCheck) },
    { key: "source_loc", label: L.source, format: (v) => orMissing(v as string, L.noData) },
  ];
  const rows = profile.targets.map((x) => ({ x, label: targetLabel(ctx, x), year: x.year, target: targetText(x), source_loc: x.source_loc }));
  const missingOutcome = profile.targets.some((x) => x.outcome_value === null && x.kind === "value");
  return el(
    "div",
    { class: "pv-table-wrap" },
    dataTable(columns, rows, t({ vi: "Mục tiêu và kết quả", en: "Targets and outcomes" })),
    note({
      vi: "Điểm: đạt khi kết quả ≥ mức đặt ra (điểm càng cao càng tốt); thứ hạng: đạt khi thứ hạng ≤ mức đặt ra. Thứ hạng tính toán được ghi rõ.",
      en: "Scores: met when the outcome ≥ the level set (higher is better); ranks: met when the rank ≤ the level set. Computed ranks are labelled.",
    }),
    missingOutcome ? note(LABELS.howToAdd) : null,
  );
}

/** PAR INDEX and SIPAS figures, where present. */
export function otherIndicesView(ctx: ViewContext): HTMLElement {
  const rows = ctx.profile.otherIndices;
  if (!rows.length)
    return note(
      {
        vi: "Chưa có số liệu PAR INDEX hay SIPAS của tỉnh này (hiện chỉ có của Cà Mau 2023–2024, từ kế hoạch 126/KH-UBND).",
        en: "No PAR INDEX or SIPAS figures for this province yet (only Cà Mau 2023–2024 so far, from plan 126/KH-UBND).",
      },
      "pv-empty",
    );
  const columns: TableColumn[] = [
    { key: "index", label: { vi: "Chỉ số", en: "Index" }, format: (v) => (v === "PAR_INDEX" ? "PAR INDEX" : String(v)) },
    { key: "year", label: L.year },
    { key: "value", label: LABELS.value, align: "right", format: (v) => `${fmt(v as number)}%` },
    { key: "rank", label: L.rank, format: (_, r) => rankText(r.rank as number, r.rank_of as number, r.rank_source as string) },
    {
      key: "kind",
      label: LABELS.kind,
      format: (v) => (v === "derived" ? t({ vi: "suy ra từ mức thay đổi công bố", en: "derived from the stated change" }) : t(LABELS.published)),
    },
    { key: "value_source_loc", label: L.source },
  ];
  return el("div", { class: "pv-table-wrap" }, dataTable(columns, rows as unknown as Record<string, unknown>[], "PAR INDEX, SIPAS"));
}

function figureLabel(ctx: ViewContext, f: { figure: string; indicator_id: string; kind: string }): string {
  const national = f.figure.startsWith("00:");
  const name = indicatorName(ctx.indicators, f.indicator_id);
  const kind = f.kind === "target" ? ` · ${t(LABELS.target)}` : f.kind === "derived" ? ` · ${t(LABELS.derivedShort)}` : "";
  return `${national ? `${t(L.national)}: ` : ""}${name}${kind}`;
}

/** Every figure shown on the page with its source file and location. */
export function sourcesView(ctx: ViewContext): HTMLElement {
  const rows = ctx.profile.sources.map((s) => ({
    ...s,
    label: figureLabel(ctx, s),
    shown:
      s.value !== null
        ? fmt(s.value, s.value_text?.split(".")[1] ? Math.min(4, s.value_text.split(".")[1]!.length) : 2)
        : s.rank !== null
          ? `${s.rank}/${s.rank_of ?? "?"}`
          : "—",
    file: s.source_id,
    all: allSources(s.all_sources).join("; "),
  }));
  if (!rows.length) return note({ vi: "Không có con số nào.", en: "No figures." }, "pv-empty");
  const columns: TableColumn[] = [
    { key: "label", label: LABELS.figure },
    { key: "year", label: L.year },
    { key: "shown", label: LABELS.value, align: "right" },
    {
      key: "file",
      label: LABELS.sourceFile,
      format: (v) => orMissing(v as string, { vi: "thứ hạng nêu trong văn bản, không kèm vị trí", en: "rank stated in a document, no location" }),
    },
    { key: "source_loc", label: LABELS.location, format: (v) => orMissing(v as string, { vi: "không có vị trí", en: "no location" }) },
    { key: "all", label: LABELS.otherSources },
  ];
  const details = el("details", { class: "pv-sources" });
  details.append(
    el(
      "summary",
      {},
      t({
        vi: `Nguồn của ${rows.length} con số trên trang (tệp và vị trí tệp:dòng hoặc trang!ô)`,
        en: `Sources of the ${rows.length} figures on this page (file and file:line or sheet!cell)`,
      }),
    ),
    dataTable(columns, rows, t({ vi: "Nguồn số liệu", en: "Sources" })),
  );
  return details;
}

export { section, note };
export type { FactRow };
