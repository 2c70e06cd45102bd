/**
 * Small DOM helpers shared by the province profile and the comparison page: legends with filled,
 * hollow and dashed marks, bilingual labels for how a figure was obtained, dimension names.
 */
import { L, lang, missing, t, tickFormat, type Text } from "./i18n.js";
import type { IndicatorInfo } from "../province/provinceFacts.js";
import { el } from "./dom.js";

export type LegendShape = "filled" | "hollow" | "line" | "dashed" | "dotted" | "square" | "square-light";

export interface LegendItem {
  label: Text | string;
  color: string;
  shape: LegendShape;
  /** set as the item's `data-key` (the compare page's first view shows the selected provinces' items) */
  key?: string;
}

const SVG_NS = "http://www.w3.org/2000/svg";

function swatch(item: LegendItem): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", "24");
  svg.setAttribute("height", "14");
  svg.setAttribute("aria-hidden", "true");
  const add = (tag: string, attrs: Record<string, string>) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    svg.append(node);
  };
  switch (item.shape) {
    case "filled":
      add("circle", { cx: "12", cy: "7", r: "4.5", fill: item.color, stroke: item.color, "stroke-width": "1.5" });
      break;
    case "hollow":
      add("circle", { cx: "12", cy: "7", r: "4.5", fill: "white", stroke: item.color, "stroke-width": "1.5" });
      break;
    case "square":
    case "square-light":
      add("rect", { x: "4", y: "1", width: "16", height: "12", fill: item.color, "fill-opacity": item.shape === "square" ? "1" : "0.45", stroke: item.color });
      break;
    default:
      add("line", {
        x1: "1",
        y1: "7",
        x2: "23",
        y2: "7",
        stroke: item.color,
        "stroke-width": "2",
        ...(item.shape === "dashed" ? { "stroke-dasharray": "5,3" } : item.shape === "dotted" ? { "stroke-dasharray": "1.5,2.5" } : {}),
      });
  }
  return svg;
}

/** An HTML legend (small SVG swatches + labels). */
export function legend(items: LegendItem[]): HTMLElement {
  const div = el("div", { class: "pv-legend" });
  for (const item of items) div.append(el("span", { class: "pv-legend-item", ...(item.key ? { "data-key": item.key } : {}) }, swatch(item), t(item.label)));
  return div;
}

export const LABELS = {
  interval: { vi: "khoảng tin cậy 95 %", en: "95 % confidence interval" },
  official: { vi: "chính thức", en: "official" },
  derived: { vi: "suy ra (tổng các chỉ số nội dung)", en: "derived (sum of dimensions)" },
  derivedShort: { vi: "suy ra", en: "derived" },
  published: { vi: "công bố", en: "published" },
  computed: { vi: "(tính toán)", en: "(computed)" },
  target: { vi: "mục tiêu", en: "target" },
  nationalMean: { vi: "Trung bình toàn quốc", en: "National mean" },
  regionMean: { vi: "Trung bình vùng", en: "Region mean" },
  best: { vi: "Tỉnh cao nhất năm đó", en: "Best province that year" },
  value: { vi: "Giá trị", en: "Value" },
  sourceFile: { vi: "Tệp nguồn", en: "Source file" },
  location: { vi: "Vị trí", en: "Location" },
  otherSources: { vi: "Mọi nguồn", en: "All sources" },
  figure: { vi: "Con số", en: "Figure" },
  kind: { vi: "Loại", en: "Kind" },
  note: { vi: "Ghi chú", en: "Note" },
  noDistribution: { vi: "không có phân bố toàn quốc", en: "no national distribution" },
  howToAdd: {
    vi: "Bản dựng này chưa có bộ dữ liệu PAPI chính thức. Người dựng trang thêm được đủ 63 tỉnh bằng bộ dữ liệu PAPI chính thức (xem trang Dữ liệu).",
    en: "This build has no official PAPI dataset. Whoever builds the site can add all 63 provinces from the official PAPI files (see the Data page).",
  },
} satisfies Record<string, Text>;

/** "công bố" or "tính toán" for a rank or group's provenance; computed ones are always labelled. */
export function provenance(source: string | null | undefined): string {
  if (!source) return "";
  return source === "published" ? t(LABELS.published) : t({ vi: "tính toán", en: "computed" });
}

/** A rank with its provenance: "13/63" or "28/63 (tính toán)". */
export function rankText(rank: number | null | undefined, of: number | null | undefined, source: string | null | undefined): string {
  if (rank === null || rank === undefined) return "—";
  const r = of ? `${rank}/${of}` : String(rank);
  return source === "computed" ? `${r} ${t(LABELS.computed)}` : r;
}

export const GROUP_NAMES: Record<string, Text> = {
  CN: { vi: "Cao nhất", en: "Best performers" },
  TBC: { vi: "Trung bình cao", en: "High average" },
  TBT: { vi: "Trung bình thấp", en: "Low average" },
  TN: { vi: "Thấp nhất", en: "Poor performers" },
};

/** A group with its provenance: "Cao nhất" or "Trung bình cao (tính toán)". */
export function groupText(group: string | null | undefined, source: string | null | undefined): string {
  if (!group) return "—";
  const g = GROUP_NAMES[group] ? t(GROUP_NAMES[group]!) : group;
  return source === "computed" ? `${g} ${t(LABELS.computed)}` : g;
}

/** The short code of a dimension: "D1"; sub-dimensions "D1.2"-style labels are not used. */
export function dimCode(d: number | null | undefined): string {
  return d === null || d === undefined ? "" : `D${d}`;
}

/** An indicator's name in the page language (its id when unknown). */
export function indicatorName(indicators: readonly IndicatorInfo[], id: string): string {
  const i = indicators.find((x) => x.id === id);
  return i ? (lang === "vi" ? i.name_vi : i.name_en) : id;
}

/** A province's name in the page language. */
export function provinceName(p: { name_vi: string; name_en: string } | undefined | null): string {
  if (!p) return "—";
  return lang === "vi" ? p.name_vi : p.name_en;
}

/** A value or the "—" placeholder with its reason. */
export function orMissing(text: string | null | undefined, reason: Text | string): string | HTMLElement {
  return text === null || text === undefined || text === "—" || text === "" ? missing(reason) : text;
}

/** A section heading with an anchor id. */
export function section(id: string, title: Text | string, ...children: (Node | string | null | undefined | false)[]): HTMLElement {
  return el("section", { class: "pv-section", id }, el("h2", {}, t(title)), ...children);
}

export function note(text: Text | string, cls = "pv-note"): HTMLElement {
  return el("p", { class: cls }, t(text));
}

/** The step between about `count` round ticks over `span` (1, 2 or 5 times a power of ten), as Plot chooses it. */
export function tickStep(span: number, count = 6): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const err = raw / power;
  return power * (err >= Math.sqrt(50) ? 10 : err >= Math.sqrt(10) ? 5 : err >= Math.sqrt(2) ? 2 : 1);
}

/**
 * A tick format with the decimals the tick step needs, so that ticks over a small range stay
 * distinct (never "−0,2 −0,2 −0,1"): 0,05 steps get two decimals, 0,5 one, 5 none.
 */
export function autoFormat(values: readonly number[], count = 6): (x: number) => string {
  const span = values.length ? Math.max(...values) - Math.min(...values) : 10;
  const step = tickStep(span, count);
  return tickFormat(Math.max(0, Math.ceil(-Math.log10(step) - 1e-9)));
}

/**
 * Label positions moved apart so that no two are closer than `gap` (in the values' units), each as
 * near its own value as it can be, and none outside [lo, hi]: for the end labels of lines.
 */
export function spreadLabels(values: readonly number[], gap: number, lo = -Infinity, hi = Infinity): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const placed = order.map(([v]) => Math.min(Math.max(v, lo), hi));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  const over = (placed.at(-1) ?? hi) - hi;
  if (over > 0) for (let i = placed.length - 1; i >= 0; i--) placed[i] = Math.max(placed[i]! - over, lo + i * gap);
  const out: number[] = new Array(values.length);
  order.forEach(([, i], k) => {
    out[i] = placed[k]!;
  });
  return out;
}

export { L };
