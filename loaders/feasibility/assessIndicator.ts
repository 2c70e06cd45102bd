/**
 * One target of a plan, assessed (assessTargets.ts): the change it requires, how that compares
 * with the changes other provinces have made, what the target would buy in rank and group, and —
 * where the target year is known — the outcome.
 */
import { panelValue, yearValues } from "./panel.ts";
import { describeChanges, quantile, seriesBreaks, similarStart, versionOf, type Change } from "./changeDistribution.ts";
import { groupCutoffs, groupFor, othersOf, rankAmong } from "./impliedRank.ts";
import { comparableChanges, type AssessmentContext } from "./assessmentContext.ts";
import type { IndicatorMeta, ImpliedPosition, IndicatorAssessment, TargetInput } from "./assessmentTypes.ts";

const fmt = (x: number, d = 2) => x.toFixed(d);
const fmtVi = (x: number, d = 2) => x.toFixed(d).replace(".", ",");

/** Level window for "similar starting level": a tenth of the scale (0.9 on a 1–10 dimension). */
function levelWindow(level: string, indicatorId: string, year: number): number {
  if (level === "total") return indicatorId === "papi.total" && year < 2018 ? 5.4 : 7.2;
  if (level === "dimension") return 0.9;
  return 0.25;
}

/**
 * Assesses one target: the assessment and the comparable changes it was judged by; null (after a
 * warning) when the indicator is not in the taxonomy.
 */
export function assessIndicator(ctx: AssessmentContext, t: TargetInput): { assessment: IndicatorAssessment; changes: Change[] } | null {
  const { panel, input } = ctx;
  const m = ctx.meta.get(t.indicator_id);
  if (!m) {
    ctx.say(
      "warning",
      "unknown_indicator",
      `Chỉ số ${t.indicator_id} không có trong danh mục.`,
      `Indicator ${t.indicator_id} is not in the taxonomy.`,
      t.indicator_id,
    );
    return null;
  }
  const base = panelValue(panel, t.indicator_id, input.baseYear, input.province);
  const required = base !== null && t.value !== null ? t.value - base : null;
  const all = comparableChanges(ctx, t.indicator_id);
  sayVersionNotes(ctx, m);
  const stats = describeChanges(
    all.map((c) => c.change),
    required ?? 0,
  );
  sayBasisNotes(ctx, m, t, base, required, all.length);
  const implied = impliedPositions(ctx, t, all);
  const outcome = panelValue(panel, t.indicator_id, input.targetYear, input.province);
  const met = outcome === null || t.value === null ? null : outcome >= t.value - 1e-9;
  const assessment: IndicatorAssessment = {
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
    history: required === null ? { ...stats, percentile: null, shareAchieved: null } : stats,
    changes: all.map((c) => c.change),
    similar: similarHistory(ctx, m, base, required, all),
    implied_base: implied.implied_base,
    implied_projected: implied.implied_projected,
    projection_shift: implied.projection_shift,
    group_cutoffs_base: implied.group_cutoffs_base,
    outcome,
    met,
    source_loc: t.source_loc ?? null,
  };
  return { assessment, changes: all };
}

/** Notes on the indicator's versions: base and target year in different versions, and unverified re-constructions inside the version. */
function sayVersionNotes(ctx: AssessmentContext, m: IndicatorMeta): void {
  const { input, series, history } = ctx;
  const version = versionOf(series, m.id, input.targetYear);
  if (input.baseYear < version.from)
    ctx.say(
      "warning",
      "version",
      `${m.name_vi}: năm ${input.baseYear} và ${input.targetYear} thuộc hai phiên bản khác nhau của chỉ số (thay đổi cấu trúc năm ${version.from}) — mức tăng cần thiết không so sánh được.`,
      `${m.name_en}: ${input.baseYear} and ${input.targetYear} belong to different versions of the indicator (re-built in ${version.from}) — the required change is not comparable.`,
      m.id,
    );
  for (const [year, verified] of seriesBreaks(series, m.id)) {
    if (!verified && year > Math.max(version.from, -1) && year < version.to && (year <= input.targetYear || history === "all"))
      ctx.say(
        "info",
        "unverified_break",
        `${m.name_vi}: có thể có thay đổi cấu trúc năm ${year} (chưa xác minh); thay đổi qua năm này vẫn được tính.`,
        `${m.name_en}: a possible re-construction in ${year} (unverified); changes across it are counted.`,
        m.id,
      );
  }
}

/** Notes on what the assessment rests on: a missing base value, no or thin history, a target below the base. */
function sayBasisNotes(ctx: AssessmentContext, m: IndicatorMeta, t: TargetInput, base: number | null, required: number | null, changeCount: number): void {
  const { input } = ctx;
  if (base === null)
    ctx.say(
      "warning",
      "no_base",
      `${m.name_vi}: chưa có giá trị năm ${input.baseYear} của tỉnh — không tính được mức tăng cần thiết.`,
      `${m.name_en}: no ${input.baseYear} value for the province — the required change cannot be computed.`,
      m.id,
    );
  if (!changeCount)
    ctx.say(
      "warning",
      "no_history",
      `${m.name_vi}: chưa có lịch sử thay đổi một năm có thể so sánh (chỉ số mới, hoặc dữ liệu hiện có quá ít).`,
      `${m.name_en}: no comparable one-year changes in the data (a new indicator, or too little data).`,
      m.id,
    );
  else if (changeCount < 30)
    ctx.say(
      "info",
      "thin_history",
      `${m.name_vi}: chỉ có ${changeCount} thay đổi một năm để so sánh — kết luận còn yếu.`,
      `${m.name_en}: only ${changeCount} one-year changes to compare with — a weak basis.`,
      m.id,
    );
  if (required !== null && required < 0)
    ctx.say(
      "info",
      "below_base",
      `${m.name_vi}: mục tiêu (${fmtVi(t.value!)}) thấp hơn điểm năm ${input.baseYear} (${fmtVi(base!)}).`,
      `${m.name_en}: the target (${fmt(t.value!)}) is below the ${input.baseYear} score (${fmt(base!)}).`,
      m.id,
    );
}

/** The change statistics among provinces that started near the province's base level, when asked for and possible. */
function similarHistory(ctx: AssessmentContext, m: IndicatorMeta, base: number | null, required: number | null, all: Change[]): IndicatorAssessment["similar"] {
  if (!ctx.input.similarLevel || base === null || !all.length) return null;
  const near = similarStart(all, base, levelWindow(m.level, m.id, ctx.input.baseYear));
  return {
    window: near.window,
    stats: describeChanges(
      near.changes.map((c) => c.change),
      required ?? 0,
    ),
  };
}

/**
 * What the target would buy: its rank and group among the other provinces' base-year values, and
 * after shifting them by the median one-year change.
 */
function impliedPositions(
  ctx: AssessmentContext,
  t: TargetInput,
  all: Change[],
): Pick<IndicatorAssessment, "implied_base" | "implied_projected" | "projection_shift" | "group_cutoffs_base"> {
  const baseValues = yearValues(ctx.panel, t.indicator_id, ctx.input.baseYear);
  const others = othersOf(baseValues, ctx.input.province);
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
  return { implied_base, implied_projected, projection_shift: shift, group_cutoffs_base: cutoffs };
}
