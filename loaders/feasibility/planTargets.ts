import type { AssessmentInput, EngineData, RankTarget, TargetInput } from "./assessTargets.ts";
import { assessTargets, seriesInfo } from "./assessTargets.ts";
import { buildPanel } from "./panel.ts";
import type { GroupCode } from "./impliedRank.ts";

/** A target row as published in `scores` (or any row with these fields). */
export interface TargetRow {
  index: string;
  source_id: string;
  source_loc: string;
  province_code: string;
  year: number;
  indicator_id: string;
  kind: string;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  rank_scope: string | null;
  group: string | null;
  comparator: string | null;
  stated_change?: number | null;
  stated_base_year?: number | null;
}

/** The targets one plan document sets for one province and year. */
export interface Plan {
  source_id: string;
  province: string;
  baseYear: number;
  targetYear: number;
  targets: TargetInput[];
  rankTargets: RankTarget[];
}

/** Groups the target rows of plan documents into plans (one per source, province and target year). */
export function plansFrom(rows: TargetRow[]): Plan[] {
  const plans = new Map<string, Plan>();
  for (const r of rows) {
    if (r.kind !== "target" || r.index !== "PAPI") continue;
    const key = `${r.source_id}|${r.province_code}|${r.year}`;
    let plan = plans.get(key);
    if (!plan)
      plans.set(key, (plan = { source_id: r.source_id, province: r.province_code, baseYear: r.year - 1, targetYear: r.year, targets: [], rankTargets: [] }));
    if (r.stated_base_year) plan.baseYear = r.stated_base_year;
    if (r.value === null && r.rank !== null) {
      plan.rankTargets.push({ rank: r.rank, scope: r.rank_scope === "northwest" ? "northwest" : "national", source_loc: r.source_loc });
    } else if (r.value !== null) {
      plan.targets.push({
        indicator_id: r.indicator_id,
        value: r.value,
        comparator: (r.comparator as TargetInput["comparator"]) ?? null,
        group: (r.group as GroupCode | null) ?? null,
        stated_change: r.stated_change ?? null,
        source_loc: r.source_loc,
      });
    }
  }
  return [...plans.values()];
}

export interface BacktestRow {
  source_id: string;
  province: string;
  baseYear: number;
  targetYear: number;
  indicator_id: string;
  target: number;
  base: number | null;
  outcome: number;
  met: boolean;
  /** share of comparable one-year changes (known by the base year) that reached the required change */
  estimate: number | null;
}

export interface Backtest {
  rows: BacktestRow[];
  plans: number;
  met: number;
  assessed: number;
  /** mean estimate of targets that were met and of those that were not */
  meanEstimateMet: number | null;
  meanEstimateMissed: number | null;
}

/** Every plan the project has read whose target year has an outcome: target vs outcome per indicator. */
export function backtestPlans(data: EngineData, plans: Plan[]): Backtest {
  const panel = buildPanel(data.facts);
  const series = seriesInfo(data.indicators, data.breaks);
  const rows: BacktestRow[] = [];
  let assessedPlans = 0;
  for (const plan of plans) {
    const input: AssessmentInput = {
      province: plan.province,
      baseYear: plan.baseYear,
      targetYear: plan.targetYear,
      targets: plan.targets,
      history: "until-base",
      draws: 200,
    };
    const a = assessTargets(data, input, { panel, series });
    const withOutcome = a.indicators.filter((i) => i.outcome !== null && i.target !== null);
    if (withOutcome.length) assessedPlans++;
    for (const i of withOutcome) {
      rows.push({
        source_id: plan.source_id,
        province: plan.province,
        baseYear: plan.baseYear,
        targetYear: plan.targetYear,
        indicator_id: i.indicator_id,
        target: i.target!,
        base: i.base,
        outcome: i.outcome!,
        met: i.met!,
        estimate: i.history.shareAchieved,
      });
    }
  }
  const mean = (xs: Array<number | null>) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  return {
    rows,
    plans: assessedPlans,
    met: rows.filter((r) => r.met).length,
    assessed: rows.length,
    meanEstimateMet: mean(rows.filter((r) => r.met).map((r) => r.estimate)),
    meanEstimateMissed: mean(rows.filter((r) => !r.met).map((r) => r.estimate)),
  };
}
