/**
 * Target feasibility: is each target of a province's plan realistic given how provinces have
 * actually moved, what would the targets buy, do the plan's numbers agree with each other, and
 * — where the target year is known — did it happen? Pure functions; no DOM, no I/O.
 */
import { buildPanel, panelValue, yearValues, type Panel } from "./panel.ts";
import type { Severity } from "../model/model.ts";
import {
  describeChanges,
  historicalChanges,
  quantile,
  seriesBreaks,
  similarStart,
  versionOf,
  type Change,
  type SeriesBreakYear,
  type SeriesInfo,
} from "./changeDistribution.ts";
import { groupCutoffs, groupFor, othersOf, rankAmong, thresholdForRank } from "./impliedRank.ts";
import { MIN_CHANGES, simulatePlan, type SimulationResult } from "./simulatePlan.ts";
import { checkConsistency } from "./checkConsistency.ts";
import type {
  IndicatorMeta,
  EngineData,
  AssessmentInput,
  Message,
  ImpliedPosition,
  IndicatorAssessment,
  RankAssessment,
  Assessment,
} from "./assessmentTypes.ts";

export type * from "./assessmentTypes.ts";

export function seriesInfo(indicators: IndicatorMeta[], breaks: EngineData["breaks"]): SeriesInfo {
  const parent = new Map(indicators.map((d) => [d.id, d.parent]));
  const children = new Map<string, string[]>();
  for (const d of indicators) if (d.parent) children.set(d.parent, [...(children.get(d.parent) ?? []), d.id]);
  const own = new Map<string, SeriesBreakYear[]>();
  for (const b of breaks) own.set(b.indicator, [...(own.get(b.indicator) ?? []), { year: b.year, verified: b.verified !== false }]);
  return { parent: (id) => parent.get(id) ?? null, children: (id) => children.get(id) ?? [], ownBreaks: (id) => own.get(id) ?? [] };
}

const fmt = (x: number, d = 2) => x.toFixed(d);
const fmtVi = (x: number, d = 2) => x.toFixed(d).replace(".", ",");
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Level window for "similar starting level": a tenth of the scale (0.9 on a 1–10 dimension). */
function levelWindow(level: string, indicatorId: string, year: number): number {
  if (level === "total") return indicatorId === "papi.total" && year < 2018 ? 5.4 : 7.2;
  if (level === "dimension") return 0.9;
  return 0.25;
}

export function assessTargets(data: EngineData, input: AssessmentInput, prebuilt?: { panel: Panel; series: SeriesInfo }): Assessment {
  const panel = prebuilt?.panel ?? buildPanel(data.facts);
  const series = prebuilt?.series ?? seriesInfo(data.indicators, data.breaks);
  const meta = new Map(data.indicators.map((d) => [d.id, d]));
  const province = data.provinces.find((p) => p.code === input.province) ?? null;
  const history = input.history ?? "until-base";
  const until = history === "until-base" ? input.baseYear : undefined;
  const messages: Message[] = [];
  const say = (severity: Severity, code: string, vi: string, en: string, indicator_id?: string) => messages.push({ severity, code, vi, en, indicator_id });

  if (!province) say("error", "no_province", `Không tìm thấy tỉnh ${input.province}.`, `Province ${input.province} not found.`);
  if (input.targetYear <= input.baseYear) say("error", "years", "Năm mục tiêu phải sau năm gốc.", "The target year must come after the base year.");
  const provinceHasData = [...panel.values.values()].some((byYear) => [...byYear.values()].some((m) => m.has(input.province)));
  if (province && !provinceHasData)
    say("error", "no_data", `Chưa có số liệu nào của ${province.name_vi}.`, `No data for ${province.name_en ?? province.name_vi} yet.`);

  const indicators: IndicatorAssessment[] = [];
  const changesById = new Map<string, Change[]>();
  for (const t of input.targets) {
    const m = meta.get(t.indicator_id);
    if (!m) {
      say(
        "warning",
        "unknown_indicator",
        `Chỉ số ${t.indicator_id} không có trong danh mục.`,
        `Indicator ${t.indicator_id} is not in the taxonomy.`,
        t.indicator_id,
      );
      continue;
    }
    const base = panelValue(panel, t.indicator_id, input.baseYear, input.province);
    const required = base !== null && t.value !== null ? t.value - base : null;
    const all = historicalChanges(panel, series, t.indicator_id, { until, excludeProvince: input.province, versionOf: input.targetYear });
    const version = versionOf(series, t.indicator_id, input.targetYear);
    if (input.baseYear < version.from)
      say(
        "warning",
        "version",
        `${m.name_vi}: năm ${input.baseYear} và ${input.targetYear} thuộc hai phiên bản khác nhau của chỉ số (thay đổi cấu trúc năm ${version.from}) — mức tăng cần thiết không so sánh được.`,
        `${m.name_en}: ${input.baseYear} and ${input.targetYear} belong to different versions of the indicator (re-built in ${version.from}) — the required change is not comparable.`,
        m.id,
      );
    for (const [year, verified] of seriesBreaks(series, t.indicator_id)) {
      if (!verified && year > Math.max(version.from, -1) && year < version.to && (year <= input.targetYear || history === "all"))
        say(
          "info",
          "unverified_break",
          `${m.name_vi}: có thể có thay đổi cấu trúc năm ${year} (chưa xác minh); thay đổi qua năm này vẫn được tính.`,
          `${m.name_en}: a possible re-construction in ${year} (unverified); changes across it are counted.`,
          m.id,
        );
    }
    changesById.set(t.indicator_id, all);
    const stats = describeChanges(
      all.map((c) => c.change),
      required ?? 0,
    );
    const noRequired = required === null;
    if (base === null)
      say(
        "warning",
        "no_base",
        `${m.name_vi}: chưa có giá trị năm ${input.baseYear} của tỉnh — không tính được mức tăng cần thiết.`,
        `${m.name_en}: no ${input.baseYear} value for the province — the required change cannot be computed.`,
        m.id,
      );
    if (!all.length)
      say(
        "warning",
        "no_history",
        `${m.name_vi}: chưa có lịch sử thay đổi một năm có thể so sánh (chỉ số mới, hoặc dữ liệu hiện có quá ít).`,
        `${m.name_en}: no comparable one-year changes in the data (a new indicator, or too little data).`,
        m.id,
      );
    else if (all.length < 30)
      say(
        "info",
        "thin_history",
        `${m.name_vi}: chỉ có ${all.length} thay đổi một năm để so sánh — kết luận còn yếu.`,
        `${m.name_en}: only ${all.length} one-year changes to compare with — a weak basis.`,
        m.id,
      );
    if (required !== null && required < 0)
      say(
        "info",
        "below_base",
        `${m.name_vi}: mục tiêu (${fmtVi(t.value!)}) thấp hơn điểm năm ${input.baseYear} (${fmtVi(base!)}).`,
        `${m.name_en}: the target (${fmt(t.value!)}) is below the ${input.baseYear} score (${fmt(base!)}).`,
        m.id,
      );
    let similar: IndicatorAssessment["similar"] = null;
    if (input.similarLevel && base !== null && all.length) {
      const near = similarStart(all, base, levelWindow(m.level, m.id, input.baseYear));
      similar = {
        window: near.window,
        stats: describeChanges(
          near.changes.map((c) => c.change),
          required ?? 0,
        ),
      };
    }
    // What the target would buy.
    const baseValues = yearValues(panel, t.indicator_id, input.baseYear);
    const others = othersOf(baseValues, input.province);
    const cutoffs = baseValues.size >= 50 ? groupCutoffs([...baseValues.values()]) : null;
    let implied_base: ImpliedPosition | null = null;
    let implied_projected: ImpliedPosition | null = null;
    let shift: number | null = null;
    if (t.value !== null && others.length >= 10) {
      const r = rankAmong(others, t.value);
      implied_base = { ...r, group: cutoffs ? groupFor(cutoffs, t.value) : null };
      if (all.length) {
        shift = quantile(
          [...all.map((c) => c.change)].sort((a, b) => a - b),
          0.5,
        );
        const shifted = others.map((v) => v + shift!);
        const rp = rankAmong(shifted, t.value);
        const cutoffsP = cutoffs ? { CN: cutoffs.CN + shift, TBC: cutoffs.TBC + shift, TBT: cutoffs.TBT + shift } : null;
        implied_projected = { ...rp, group: cutoffsP ? groupFor(cutoffsP, t.value) : null };
      }
    }
    const outcome = panelValue(panel, t.indicator_id, input.targetYear, input.province);
    const met = outcome === null || t.value === null ? null : outcome >= t.value - 1e-9;
    indicators.push({
      indicator_id: m.id,
      name_vi: m.name_vi,
      name_en: m.name_en,
      level: m.level,
      base,
      target: t.value,
      comparator: t.comparator ?? null,
      target_group: t.group ?? null,
      stated_change: t.stated_change ?? null,
      required,
      history: noRequired ? { ...stats, percentile: null, shareAchieved: null } : stats,
      changes: all.map((c) => c.change),
      similar,
      implied_base,
      implied_projected,
      projection_shift: shift,
      group_cutoffs_base: cutoffs,
      outcome,
      met,
      source_loc: t.source_loc ?? null,
    });
  }
  const total = indicators.find((a) => a.level === "total") ?? null;
  const parts = indicators.filter((a) => a.level === "dimension");

  // Rank targets.
  const ranks: RankAssessment[] = [];
  for (const rt of input.rankTargets ?? []) {
    const totalId = total?.indicator_id ?? "papi.total";
    const pool = (year: number) => {
      const vals = yearValues(panel, totalId, year);
      if (rt.scope === "national") return vals;
      const nw = new Set(data.provinces.filter((p) => p.northwest).map((p) => p.code));
      return new Map([...vals].filter(([p]) => nw.has(p)));
    };
    const others = othersOf(pool(input.baseYear), input.province);
    const enough = rt.scope === "national" ? others.length >= 50 : others.length >= 5;
    const threshold_base = enough ? thresholdForRank(others, rt.rank) : null;
    const shift = total?.projection_shift ?? null;
    const threshold_projected = threshold_base !== null && shift !== null ? threshold_base + shift : null;
    const implied = enough && total?.target != null ? rankAmong(others, total.target).rank : null;
    const outcomeFact = panel.published.get(`${totalId}|${input.targetYear}|${input.province}`);
    let outcome_rank: number | null = null;
    let outcome_rank_source: string | null = null;
    if (rt.scope === "national" && outcomeFact?.rank != null) {
      outcome_rank = outcomeFact.rank;
      outcome_rank_source = "published";
    } else {
      const outcomeOthers = othersOf(pool(input.targetYear), input.province);
      const own = panelValue(panel, totalId, input.targetYear, input.province);
      if (own !== null && (rt.scope === "national" ? outcomeOthers.length >= 50 : outcomeOthers.length >= 5)) {
        outcome_rank = rankAmong(outcomeOthers, own).rank;
        outcome_rank_source = "computed";
      }
    }
    if (!enough)
      say(
        "info",
        "rank_pool",
        `Chưa đủ số liệu năm ${input.baseYear} của các tỉnh để tính điểm cần cho hạng ${rt.rank}${rt.scope === "northwest" ? " vùng Tây Bắc" : ""}.`,
        `Not enough ${input.baseYear} scores of other provinces to compute the score needed for rank ${rt.rank}${rt.scope === "northwest" ? " in the Northwest" : ""}.`,
      );
    ranks.push({
      rank: rt.rank,
      scope: rt.scope,
      of: others.length + 1,
      threshold_base,
      threshold_projected,
      total_target: total?.target ?? null,
      implied_rank_base: implied,
      consistent: implied === null ? null : implied <= rt.rank,
      outcome_rank,
      outcome_rank_source,
      met: outcome_rank === null ? null : outcome_rank <= rt.rank,
    });
  }

  // Whole plan: chance of reaching the total from its dimensions' history (or the total's own).
  let simulation: SimulationResult;
  if (total && total.required !== null && parts.length && parts.every((p) => p.base !== null)) {
    const dims = allDimensionsOf(data.indicators, total.indicator_id, input.targetYear);
    const required = new Map(dims.map((id) => [id, parts.find((p) => p.indicator_id === id)?.required ?? 0]));
    const changes = new Map(
      dims.map((id) => [
        id,
        changesById.get(id) ?? historicalChanges(panel, series, id, { until, excludeProvince: input.province, versionOf: input.targetYear }),
      ]),
    );
    simulation = simulatePlan({ required, changes, requiredTotal: total.required, draws: input.draws, seed: input.seed });
  } else if (total && total.required !== null) {
    const ch = changesById.get(total.indicator_id) ?? [];
    simulation = simulatePlan({
      required: new Map([[total.indicator_id, total.required]]),
      changes: new Map([[total.indicator_id, ch]]),
      requiredTotal: total.required,
      draws: input.draws,
      seed: input.seed,
    });
  } else {
    simulation = simulatePlan({ required: new Map(), changes: new Map(), requiredTotal: 0 });
  }
  if (total && !simulation.joint && !simulation.independent) {
    // With the data there, the usual reason is a re-built structure: a version that starts at or
    // after the base year has no change a planner could have known.
    // …and it is worth saying only when the later years would give an estimate.
    const later = historicalChanges(panel, series, total.indicator_id, { excludeProvince: input.province, versionOf: input.targetYear }).length >= MIN_CHANGES;
    const rebuilt =
      until === undefined || !later
        ? []
        : [total.indicator_id, ...allDimensionsOf(data.indicators, total.indicator_id, input.targetYear)].filter(
            (id) => versionOf(series, id, input.targetYear).from >= until,
          );
    if (rebuilt.length) {
      const year = Math.max(...rebuilt.map((id) => versionOf(series, id, input.targetYear).from));
      const names = rebuilt.map((id) => meta.get(id));
      say(
        "info",
        "no_estimate",
        `Chưa ước tính được khả năng đạt tổng điểm mục tiêu: cấu trúc chỉ số thay đổi năm ${year} (${names.map((m) => m?.name_vi).join(", ")}), nên đến năm ${input.baseYear} chưa có thay đổi một năm nào so sánh được. Chọn lịch sử "mọi năm có số liệu" để so sánh với các năm sau (những năm người lập kế hoạch chưa biết).`,
        `No estimate of the chance of reaching the total target: the index was re-built in ${year} (${names.map((m) => m?.name_en).join(", ")}), so by ${input.baseYear} no one-year change was comparable yet. Choose the history "every year present" to compare with later years (which the planner could not know).`,
      );
    } else {
      // With the official data loaded (most provinces have a base-year total), say how few
      // comparable changes there are; with the embedded documents alone, what to add.
      const n = (
        changesById.get(total.indicator_id) ??
        historicalChanges(panel, series, total.indicator_id, { until, excludeProvince: input.province, versionOf: input.targetYear })
      ).length;
      const provincesWithBase = yearValues(panel, total.indicator_id, input.baseYear).size;
      if (provincesWithBase >= 20)
        say(
          "info",
          "no_estimate",
          `Chưa ước tính được khả năng đạt tổng điểm mục tiêu: chỉ có ${n} thay đổi một năm so sánh được của chỉ số tổng${until === undefined ? "" : ` đến năm ${until}`} (cần ít nhất ${MIN_CHANGES}).`,
          `No estimate of the chance of reaching the total target: only ${n} comparable one-year changes of the total${until === undefined ? "" : ` up to ${until}`} (at least ${MIN_CHANGES} are needed).`,
        );
      else
        say(
          "info",
          "no_estimate",
          "Chưa đủ lịch sử để ước tính khả năng đạt tổng điểm mục tiêu — cần thêm dữ liệu PAPI chính thức (xem trang Dữ liệu).",
          "Too little history to estimate the chance of reaching the total target — add the official PAPI data (see the Data page).",
        );
    }
  }

  const positive = parts.filter((p) => p.required !== null && p.required > 0);
  const sumPositive = positive.reduce((a, p) => a + p.required!, 0);
  const gap = positive
    .map((p) => ({ indicator_id: p.indicator_id, required: p.required!, share: sumPositive ? p.required! / sumPositive : 0 }))
    .sort((a, b) => b.share - a.share);

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

function allDimensionsOf(indicators: IndicatorMeta[], totalId: string, year: number): string[] {
  const parentId = totalId === "papi.total_6d" ? "papi.total" : totalId;
  return indicators
    .filter((d) => d.parent === parentId && d.level === "dimension" && d.year_from <= year && (d.year_to === null || d.year_to >= year))
    .filter((d) => totalId !== "papi.total_6d" || Number(d.id.replace(/\D/g, "")) <= 6)
    .map((d) => d.id);
}

export { checkConsistency };
export { pct as formatShare };
