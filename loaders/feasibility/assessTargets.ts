/**
 * Target feasibility: is each target of a province's plan realistic given how provinces have
 * actually moved, what would the targets buy, do the plan's numbers agree with each other, and
 * — where the target year is known — did it happen? Pure functions; no DOM, no I/O.
 */
import { buildPanel, type Panel } from "./panel.ts";
import type { Change, SeriesBreakYear, SeriesInfo } from "./changeDistribution.ts";
import { checkConsistency } from "./checkConsistency.ts";
import type { AssessmentContext, Say } from "./assessmentContext.ts";
import { assessIndicator } from "./assessIndicator.ts";
import { assessRankTargets } from "./assessRankTargets.ts";
import { simulateWholePlan } from "./simulateWholePlan.ts";
import type { IndicatorMeta, EngineData, AssessmentInput, Message, IndicatorAssessment, ProvinceMeta, Assessment } from "./assessmentTypes.ts";

export type * from "./assessmentTypes.ts";

export function seriesInfo(indicators: IndicatorMeta[], breaks: EngineData["breaks"]): SeriesInfo {
  const parent = new Map(indicators.map((d) => [d.id, d.parent]));
  const children = new Map<string, string[]>();
  for (const d of indicators) if (d.parent) children.set(d.parent, [...(children.get(d.parent) ?? []), d.id]);
  const own = new Map<string, SeriesBreakYear[]>();
  for (const b of breaks) own.set(b.indicator, [...(own.get(b.indicator) ?? []), { year: b.year, verified: b.verified !== false }]);
  return { parent: (id) => parent.get(id) ?? null, children: (id) => children.get(id) ?? [], ownBreaks: (id) => own.get(id) ?? [] };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function assessTargets(data: EngineData, input: AssessmentInput, prebuilt?: { panel: Panel; series: SeriesInfo }): Assessment {
  const panel = prebuilt?.panel ?? buildPanel(data.facts);
  const series = prebuilt?.series ?? seriesInfo(data.indicators, data.breaks);
  const meta = new Map(data.indicators.map((d) => [d.id, d]));
  const province = data.provinces.find((p) => p.code === input.province) ?? null;
  const history = input.history ?? "until-base";
  const until = history === "until-base" ? input.baseYear : undefined;
  const messages: Message[] = [];
  const say: Say = (severity, code, vi, en, indicator_id) => messages.push({ severity, code, vi, en, indicator_id });
  const ctx: AssessmentContext = { data, input, panel, series, meta, history, until, say };
  sayInputErrors(ctx, province);

  const indicators: IndicatorAssessment[] = [];
  const changesById = new Map<string, Change[]>();
  for (const t of input.targets) {
    const assessed = assessIndicator(ctx, t);
    if (!assessed) continue;
    changesById.set(t.indicator_id, assessed.changes);
    indicators.push(assessed.assessment);
  }
  const total = indicators.find((a) => a.level === "total") ?? null;
  const parts = indicators.filter((a) => a.level === "dimension");

  const ranks = assessRankTargets(ctx, total);
  const simulation = simulateWholePlan(ctx, total, parts, changesById);
  const gap = planGap(parts);

  const consistency = checkConsistency(indicators, total, ranks, input);
  groupMessages(messages, meta);
  const assessed = indicators.filter((a) => a.met !== null);
  return {
    province,
    baseYear: input.baseYear,
    targetYear: input.targetYear,
    history,
    indicators,
    total,
    ranks,
    simulation,
    gap,
    consistency,
    backtest: { available: assessed.length > 0, met: assessed.filter((a) => a.met).length, assessed: assessed.length },
    messages,
  };
}

/** Errors about the input itself: an unknown province, a target year not after the base year, a province without data. */
function sayInputErrors(ctx: AssessmentContext, province: ProvinceMeta | null): void {
  const { input, panel, say } = ctx;
  if (!province) say("error", "no_province", `Không tìm thấy tỉnh ${input.province}.`, `Province ${input.province} not found.`);
  if (input.targetYear <= input.baseYear) say("error", "years", "Năm mục tiêu phải sau năm gốc.", "The target year must come after the base year.");
  const provinceHasData = [...panel.values.values()].some((byYear) => [...byYear.values()].some((m) => m.has(input.province)));
  if (province && !provinceHasData)
    say("error", "no_data", `Chưa có số liệu nào của ${province.name_vi}.`, `No data for ${province.name_en ?? province.name_vi} yet.`);
}

/** The dimensions' positive required changes, each with its share of their sum, largest share first. */
function planGap(parts: IndicatorAssessment[]): Assessment["gap"] {
  const positive = parts.filter((p) => p.required !== null && p.required > 0);
  const sumPositive = positive.reduce((a, p) => a + p.required!, 0);
  return positive
    .map((p) => ({ indicator_id: p.indicator_id, required: p.required!, share: sumPositive ? p.required! / sumPositive : 0 }))
    .sort((a, b) => b.share - a.share);
}

/** Several indicators with the same finding read as one message naming them all. */
function groupMessages(messages: Message[], meta: Map<string, IndicatorMeta>): void {
  const grouped: Record<string, { vi: string; en: string }> = {
    no_history: {
      vi: "Chưa có lịch sử thay đổi một năm có thể so sánh (chỉ số mới, hoặc dữ liệu hiện có quá ít) cho",
      en: "No comparable one-year changes in the data (a new indicator, or too little data) for",
    },
    no_base: {
      vi: "Chưa có giá trị năm gốc của tỉnh — không tính được mức tăng cần thiết — cho",
      en: "No base-year value for the province — the required change cannot be computed — for",
    },
  };
  for (const [code, text] of Object.entries(grouped)) {
    const same = messages.filter((m) => m.code === code);
    if (same.length < 2) continue;
    const first = messages.indexOf(same[0]!);
    const names = same.map((m) => meta.get(m.indicator_id ?? ""));
    const merged: Message = {
      severity: same[0]!.severity,
      code,
      vi: `${text.vi}: ${names.map((n) => n?.name_vi).join("; ")}.`,
      en: `${text.en}: ${names.map((n) => n?.name_en).join("; ")}.`,
    };
    for (const m of same) messages.splice(messages.indexOf(m), 1);
    messages.splice(first, 0, merged);
  }
}

export { checkConsistency };
export { pct as formatShare };
