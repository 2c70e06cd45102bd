/**
 * The /targets page's pieces: the plan's targets as editable inputs, each target on its
 * historical change distribution, what the targets imply, the plan's consistency, the overall
 * estimate, the backtest; the exports are in targetsExport.ts.
 */
import * as Plot from "../../vendor/plot.js";
import { chartCard, dataTable, type TableColumn } from "../shared/chartCard.js";
import { fmt, fmtChange, fmtPercent, lang, t, type Text } from "../shared/i18n.js";
import { CONTEXT, HIGHLIGHT, MEAN } from "../shared/palette.js";
import { el } from "../shared/dom.js";
import { fitLabel } from "../shared/labelText.js";
import type { Assessment, IndicatorAssessment } from "../../../loaders/index.ts";
import { fileStemOf, name } from "./targetsExport.js";

/** The engine's types (the engine itself reaches the page bundled as src/vendor/feasibility.js). */
export type { Assessment, IndicatorAssessment } from "../../../loaders/index.ts";
export type { ChangeStats } from "../../../loaders/index.ts";

export const TARGET_FIELDS = ["t", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "rank", "nw"] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

export function fieldIndicator(field: TargetField): string | null {
  if (field === "t") return "papi.total";
  if (/^d\d$/.test(field)) return `papi.${field}`;
  return null;
}

/** Reads a number typed the Vietnamese (46,40) or English (46.40) way; empty → null. */
export function parseTyped(raw: string | undefined | null): number | null {
  if (raw === undefined || raw === null) return null;
  const s = raw.trim().replace(/\s/g, "");
  if (!s) return null;
  const normalized = /,\d+$/.test(s) && !/\.\d{3},/.test(s) ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  const x = Number(normalized);
  return Number.isFinite(x) ? x : null;
}

/** A rank typed in: a whole number from 1; empty → null, anything else → NaN (unreadable). */
export function parseRank(raw: string | undefined | null): number | null {
  const x = parseTyped(raw);
  if (x === null) return raw?.trim() ? Number.NaN : null;
  return Number.isInteger(x) && x >= 1 ? x : Number.NaN;
}

/**
 * What was typed in a target field and cannot be read (a rank must be a whole number from 1):
 * each field's label and its text. Such a field sets no target; the page says so, rather than
 * drop it without a word.
 */
export function unreadableTargets(typed: Record<string, string | undefined>, labels: Record<string, string>): string[] {
  return Object.entries(typed)
    .filter(([key, raw]) => key in labels && typeof raw === "string" && raw.trim() !== "")
    .filter(([key, raw]) => (key === "rank" ? Number.isNaN(parseRank(raw)) : parseTyped(raw) === null))
    .map(([key, raw]) => `${labels[key]} «${raw!.trim()}»`);
}

/** The note for fields that cannot be read, or nothing when every field can. */
export function unreadableNote(unreadable: readonly string[]): HTMLElement | null {
  if (!unreadable.length) return null;
  const text = t({
    vi: `Không đọc được số đã nhập, nên chưa tính mục tiêu này: ${unreadable.join("; ")}. Hãy nhập số như 46,40 (hạng là số nguyên, như 20).`,
    en: `Could not read what was typed, so no target is set there: ${unreadable.join("; ")}. Type a number such as 46.40 (a rank is a whole number, such as 20).`,
  });
  return el("p", { class: "note warning", role: "status" }, text);
}

function _plain(x: number | null, d = 2): string {
  return x === null ? "" : x.toFixed(d);
}

/** The narrowest a distribution chart is drawn (a phone's column is wider). */
const MIN_CHART_WIDTH = 280;

/** Each target on the distribution of one-year changes seen for that indicator. */
export function distributionCard(a: IndicatorAssessment, baseYear: number, targetYear: number, source: string, width = 640): HTMLElement {
  const changes = a.changes.map((c) => ({ change: c }));
  const marks: Plot.Markish[] = [Plot.rectY(changes, { ...Plot.binX({ y: "count" }, { x: "change", thresholds: 30 }), fill: CONTEXT }), Plot.ruleY([0])];
  if (a.history.median !== null) marks.push(Plot.ruleX([a.history.median], { stroke: MEAN, strokeDasharray: "4,3" }));
  if (a.required !== null) {
    marks.push(Plot.ruleX([a.required], { stroke: HIGHLIGHT, strokeWidth: 2.5 }));
    marks.push(
      Plot.text([a.required], {
        x: (d: number) => d,
        frameAnchor: "top",
        dy: -2,
        text: () => `${t({ vi: "cần", en: "needed" })} ${fmtChange(a.required)}`,
        fill: HIGHLIGHT,
        textAnchor: "start",
        dx: 4,
      }),
    );
  }
  const chart = changes.length
    ? Plot.plot({
        // Drawn at the width of its grid cell: never scaled down to unreadable text,
        // and never narrower than its margins while the page is still being laid out.
        width: Math.max(width, MIN_CHART_WIDTH),
        height: 200,
        marginTop: 18,
        x: { label: t({ vi: "Thay đổi một năm (điểm)", en: "One-year change (points)" }), tickFormat: (x: number) => fmt(x, 1) },
        y: { label: t({ vi: "Số tỉnh-năm", en: "Province-years" }) },
        marks,
      })
    : emptyNote({ vi: "Chưa có thay đổi một năm có thể so sánh cho chỉ số này.", en: "No comparable one-year changes for this indicator yet." });
  const s = a.history;
  const subtitle: Text =
    a.required === null
      ? {
          vi: "Chưa tính được mức tăng cần thiết (thiếu điểm năm gốc hoặc mục tiêu).",
          en: "The required change cannot be computed (no base-year score or no target).",
        }
      : {
          vi: `Cần ${fmtChange(a.required, 2, "vi")} điểm (${fmt(a.base, 2, "vi")} → ${fmt(a.target, 2, "vi")}); ${fmtPercent(s.shareAchieved, 0, "vi")} số tỉnh-năm đã tăng ít nhất chừng đó; mức tăng lớn nhất từng thấy ${fmtChange(s.largest, 2, "vi")}.`,
          en: `Needs ${fmtChange(a.required, 2, "en")} points (${fmt(a.base, 2, "en")} → ${fmt(a.target, 2, "en")}); ${fmtPercent(s.shareAchieved, 0, "en")} of province-years gained at least that; largest gain seen ${fmtChange(s.largest, 2, "en")}.`,
        };
  return chartCard({
    title: { vi: `${a.name_vi}: mục tiêu ${targetYear} có thực tế không?`, en: `${a.name_en}: is the ${targetYear} target realistic?` },
    subtitle,
    source,
    n: s.n,
    chart,
    columns: [{ key: "change", label: { vi: "Thay đổi một năm", en: "One-year change" }, align: "right", format: (v) => fmtChange(v as number) }],
    rows: changes,
    filename: `phan-bo-thay-doi-${a.indicator_id}-${baseYear}-${targetYear}`,
    note: a.similar
      ? {
          vi: `Chỉ các tỉnh có điểm xuất phát gần ${fmt(a.base, 2, "vi")} (±${fmt(a.similar.window, 2, "vi")}): ${fmtPercent(a.similar.stats.shareAchieved, 0, "vi")} đạt (n = ${a.similar.stats.n}).`,
          en: `Provinces starting near ${fmt(a.base, 2, "en")} (±${fmt(a.similar.window, 2, "en")}): ${fmtPercent(a.similar.stats.shareAchieved, 0, "en")} achieved (n = ${a.similar.stats.n}).`,
        }
      : null,
  });
}

export function indicatorColumns(a: Assessment): TableColumn[] {
  const yes = t({ vi: "đạt", en: "met" });
  const no = t({ vi: "không đạt", en: "missed" });
  return [
    { key: "name", label: { vi: "Chỉ số", en: "Indicator" } },
    { key: "base", label: { vi: `Điểm ${a.baseYear}`, en: `${a.baseYear} score` }, align: "right", format: (v) => fmt(v as number | null) },
    {
      key: "target",
      label: { vi: `Mục tiêu ${a.targetYear}`, en: `${a.targetYear} target` },
      align: "right",
      format: (v, r) => `${fmt(v as number | null)}${r.target_group ? ` (${r.target_group})` : ""}`,
    },
    { key: "required", label: { vi: "Cần tăng", en: "Required" }, align: "right", format: (v) => fmtChange(v as number | null) },
    { key: "percentile", label: { vi: "Bách phân vị", en: "Percentile" }, align: "right", format: (v) => fmtPercent(v as number | null) },
    { key: "share", label: { vi: "Tỷ lệ đã đạt", en: "Share achieving" }, align: "right", format: (v) => fmtPercent(v as number | null) },
    { key: "largest", label: { vi: "Tăng lớn nhất", en: "Largest gain" }, align: "right", format: (v) => fmtChange(v as number | null) },
    { key: "n", label: "n", align: "right" },
    { key: "implied", label: { vi: `Hạng/nhóm nếu đạt (phân bố ${a.baseYear})`, en: `Rank/group if met (${a.baseYear} distribution)` }, align: "right" },
    { key: "projected", label: { vi: `Hạng/nhóm dự báo ${a.targetYear}`, en: `Projected ${a.targetYear} rank/group` }, align: "right" },
    { key: "outcome", label: { vi: `Kết quả ${a.targetYear}`, en: `${a.targetYear} outcome` }, align: "right", format: (v) => fmt(v as number | null) },
    { key: "met", label: { vi: "Đạt?", en: "Met?" }, format: (v) => (v === null || v === undefined ? "—" : v ? yes : no) },
  ];
}

export function indicatorRows(a: Assessment): Record<string, unknown>[] {
  const pos = (p: { rank: number; of: number; group: string | null } | null) => (p ? `${p.rank}/${p.of}${p.group ? ` · ${p.group}` : ""}` : "—");
  return a.indicators.map((i) => ({
    indicator_id: i.indicator_id,
    name: name(i),
    base: i.base,
    target: i.target,
    target_group: i.target_group,
    required: i.required,
    percentile: i.history.percentile,
    share: i.history.shareAchieved,
    largest: i.history.largest,
    n: i.history.n,
    implied: pos(i.implied_base),
    projected: pos(i.implied_projected),
    outcome: i.outcome,
    met: i.met,
  }));
}

/** An indicator's name cut to the 220 px the charts give names (the table view has it whole). */
const shortName = (s: string): string => fitLabel(s, 220 - 12);

/** Target against outcome, per indicator (backtest of this plan). */
export function backtestCard(a: Assessment, source: string): HTMLElement {
  const rows = a.indicators.filter((i) => i.target !== null && i.outcome !== null);
  // The three kinds of dot, named once: the marks, their one legend and the table use these.
  const whats = [t({ vi: `Điểm ${a.baseYear}`, en: `${a.baseYear} score` }), t({ vi: "Mục tiêu", en: "Target" }), t({ vi: "Kết quả", en: "Outcome" })] as const;
  const [baseWhat, targetWhat, outcomeWhat] = whats;
  const onScale = (i: IndicatorAssessment, v: number | null) => (v === null ? Number.NaN : v / (i.level === "total" ? 8 : 1));
  const data = rows.flatMap((i) => [
    { indicator: name(i), what: targetWhat, value: onScale(i, i.target), raw: i.target },
    { indicator: name(i), what: outcomeWhat, value: onScale(i, i.outcome), raw: i.outcome },
    { indicator: name(i), what: baseWhat, value: onScale(i, i.base), raw: i.base },
  ]);
  const chart = rows.length
    ? Plot.plot({
        marginLeft: 220,
        height: 40 + rows.length * 30,
        x: {
          label: t({ vi: "Điểm (tổng chia 8 để cùng thang 1–10)", en: "Score (total divided by 8, on the 1–10 scale)" }),
          tickFormat: (x: number) => fmt(x, 1),
          // Room at both ends: no dot sits on the axis.
          nice: true,
          inset: 12,
        },
        y: { label: null, tickFormat: shortName },
        // One legend of the marks as drawn: colour and symbol together.
        color: { domain: [...whats], range: [CONTEXT, "#0072B2", HIGHLIGHT] },
        symbol: { legend: true, domain: [...whats] },
        marks: [
          Plot.ruleY(rows.map(name), { stroke: "#eee" }),
          Plot.dot(
            data.filter((d) => Number.isFinite(d.value)),
            { x: "value", y: "indicator", fill: "what", r: 5, symbol: "what", tip: true },
          ),
        ],
      })
    : emptyNote({ vi: `Chưa có kết quả năm ${a.targetYear} để đối chiếu.`, en: `No ${a.targetYear} outcome to compare with yet.` });
  return chartCard({
    title: { vi: `Mục tiêu ${a.targetYear} so với kết quả thực tế`, en: `${a.targetYear} targets against the outcome` },
    source,
    n: rows.length,
    chart,
    columns: [
      { key: "indicator", label: { vi: "Chỉ số", en: "Indicator" } },
      { key: "what", label: { vi: "Loại", en: "What" } },
      { key: "raw", label: { vi: "Điểm", en: "Score" }, align: "right", format: (v) => fmt(v as number | null) },
    ],
    rows: data,
    filename: `muc-tieu-va-ket-qua-${fileStemOf(a)}-${a.targetYear}`,
  });
}

/** The shares of the gap carried by each dimension. */
export function gapCard(a: Assessment, source: string, names: Map<string, { name_vi: string; name_en: string }>): HTMLElement {
  const rows = a.gap.map((g) => ({ ...g, name: names.get(g.indicator_id) ? name(names.get(g.indicator_id)!) : g.indicator_id }));
  const chart = rows.length
    ? Plot.plot({
        marginLeft: 220,
        height: 40 + rows.length * 26,
        x: { label: t({ vi: "Phần của tổng mức tăng (%)", en: "Share of the total gain (%)" }), percent: true },
        y: { label: null, tickFormat: shortName },
        marks: [Plot.barX(rows, { x: "share", y: "name", fill: "#0072B2", sort: { y: "-x" } }), Plot.ruleX([0])],
      })
    : emptyNote({ vi: "Không có chỉ số nội dung nào cần tăng.", en: "No dimension needs to rise." });
  return chartCard({
    title: { vi: "Chỉ số nào gánh phần lớn mức tăng cần thiết?", en: "Which dimensions carry most of the gap?" },
    source,
    n: rows.length,
    chart,
    columns: [
      { key: "name", label: { vi: "Chỉ số nội dung", en: "Dimension" } },
      { key: "required", label: { vi: "Cần tăng", en: "Required" }, align: "right", format: (v) => fmtChange(v as number) },
      { key: "share", label: { vi: "Tỷ trọng", en: "Share" }, align: "right", format: (v) => fmtPercent(v as number) },
    ],
    rows,
    filename: `ty-trong-muc-tang-${fileStemOf(a)}-${a.targetYear}`,
  });
}

export function ranksTable(a: Assessment): HTMLElement {
  const rows = a.ranks.map((r) => ({
    target: `${r.rank}${r.scope === "northwest" ? t({ vi: " (Tây Bắc)", en: " (Northwest)" }) : ""}`,
    threshold: r.threshold_base,
    projected: r.threshold_projected,
    implied: r.implied_rank_base,
    consistent: r.consistent,
    outcome: r.outcome_rank === null ? null : `${r.outcome_rank}${r.outcome_rank_source === "computed" ? t({ vi: " (tính toán)", en: " (computed)" }) : ""}`,
    met: r.met,
  }));
  const yesNo = (v: unknown) => (v === null || v === undefined ? "—" : v ? "✓" : "✗");
  return dataTable(
    [
      { key: "target", label: { vi: "Hạng mục tiêu", en: "Rank target" } },
      {
        key: "threshold",
        label: { vi: `Điểm cần (phân bố ${a.baseYear})`, en: `Score needed (${a.baseYear})` },
        align: "right",
        format: (v) => fmt(v as number | null),
      },
      {
        key: "projected",
        label: { vi: `Điểm cần (dự báo ${a.targetYear})`, en: `Score needed (projected ${a.targetYear})` },
        align: "right",
        format: (v) => fmt(v as number | null),
      },
      {
        key: "implied",
        label: { vi: "Hạng mà mục tiêu tổng mang lại", en: "Rank the total target buys" },
        align: "right",
        format: (v) => (v === null ? "—" : String(v)),
      },
      { key: "consistent", label: { vi: "Khớp với mục tiêu điểm?", en: "Consistent with the score target?" }, format: yesNo },
      { key: "outcome", label: { vi: `Hạng ${a.targetYear}`, en: `${a.targetYear} rank` }, align: "right", format: (v) => (v === null ? "—" : String(v)) },
      { key: "met", label: { vi: "Đạt?", en: "Met?" }, format: yesNo },
    ],
    rows,
  );
}

export function consistencyList(a: Assessment): HTMLElement {
  const ul = document.createElement("ul");
  ul.className = "consistency";
  if (!a.consistency.length) {
    const li = document.createElement("li");
    li.textContent = t({ vi: "Chưa có gì để đối chiếu (cần mục tiêu và số liệu năm gốc).", en: "Nothing to check yet (needs targets and base-year data)." });
    ul.append(li);
  }
  for (const c of a.consistency) {
    const li = document.createElement("li");
    li.className = c.ok ? "ok" : "not-ok";
    li.textContent = `${c.ok ? "✓" : "✗"} ${lang === "vi" ? c.vi : c.en}`;
    ul.append(li);
  }
  return ul;
}

export function messagesBox(a: Assessment): HTMLElement {
  const div = document.createElement("div");
  for (const m of a.messages) {
    const p = document.createElement("div");
    p.className = `note ${m.severity === "error" ? "caution" : m.severity === "warning" ? "warning" : "tip"}`;
    p.setAttribute("role", m.severity === "error" ? "alert" : "status");
    p.dataset.code = m.code;
    p.textContent = lang === "vi" ? m.vi : m.en;
    div.append(p);
  }
  return div;
}

/** The per-indicator assessment as CSV (dot decimals, one row per indicator). */
function emptyNote(text: Text): HTMLElement {
  const p = document.createElement("p");
  p.className = "empty-chart";
  p.textContent = t(text);
  return p;
}

export * from "./targetsExport.js";
