import { beforeAll, describe, expect, it } from "vitest";
import { evaluatePlanTargets } from "../../loaders/pipeline/evaluatePlanTargets.ts";
import { defaultProvinceRegistry, defaultTaxonomy, NO_EVALUATION, type FactRow, type PlanTargetRow } from "../../loaders/model/index.ts";
import { describeReal } from "../realData.ts";
import { fullDataset } from "../siteTables.ts";
import { factRow } from "../helpers.ts";

function fact(province_code: string, indicator_id: string, year: number, value: number, extra: Partial<FactRow> = {}): FactRow {
  const index = indicator_id.startsWith("par") ? "PAR_INDEX" : "PAPI";
  return factRow({ index, province_code, year, indicator_id, value, value_source_id: "sheet.xlsx", value_source_loc: `Sheet!B${year - 2000}`, ...extra });
}

function target(fields: Partial<PlanTargetRow>): PlanTargetRow {
  return {
    plan_id: "plan.txt",
    target_id: "plan.txt#1",
    index: "PAPI",
    category: "qualitative",
    rule: "score_improves",
    scope: "indicator",
    indicator_id: "papi.total",
    province_code: "96",
    year: 2024,
    base_year: 2023,
    value: null,
    group: null,
    rank_scope: null,
    comparator: null,
    text: "",
    owner: null,
    source_loc: "plan.txt:1",
    ...NO_EVALUATION,
    ...fields,
  };
}

const tax = defaultTaxonomy();
const provinces = defaultProvinceRegistry().provinces;
const evaluate = (t: Partial<PlanTargetRow>, facts: FactRow[]) => evaluatePlanTargets([target(t)], facts, tax, provinces)[0]!;

describe("evaluating plan targets against outcomes", () => {
  const facts = [
    fact("96", "papi.total", 2023, 40.11, { rank: 55, rank_of: 61, rank_source: "computed", group: "TN", group_source: "computed" }),
    fact("96", "papi.total", 2024, 44.52, { rank: 17, rank_of: 61, rank_source: "computed", group: "TBC", group_source: "computed" }),
  ];

  it("compares a score with the base year, with both figures and their sources", () => {
    const e = evaluate({}, facts);
    expect([e.status, e.base_value, e.outcome_value, e.evaluation_vi]).toEqual([
      "met",
      40.11,
      44.52,
      "40,11 (2023, hạng 55/61 (tính toán)) → 44,52 (2024, hạng 17/61 (tính toán)), +4,41",
    ]);
    expect(e.outcome_source).toBe("sheet.xlsx@Sheet!B24; sheet.xlsx@Sheet!B23");
    expect(evaluate({ rule: "score_not_lower" }, [facts[1]!, { ...facts[0]!, value: 44.52 }]).status).toBe("met");
    expect(evaluate({ rule: "score_improves" }, [facts[1]!, { ...facts[0]!, value: 44.52 }]).status).toBe("not_met");
  });

  it("compares ranks, and says when a rank is computed", () => {
    expect(evaluate({ rule: "rank_improves" }, facts)).toMatchObject({ status: "met", base_rank: 55, outcome_rank: 17 });
    expect(evaluate({ rule: "rank_improves_by", value: 40 }, facts).status).toBe("not_met");
    expect(evaluate({ rule: "rank_at_most", value: 20, rank_scope: "national", base_year: null }, facts).evaluation_en).toBe(
      "rank 17/61 (computed), needs ≤ 20",
    );
    expect(evaluate({ rule: "high_group", rank_scope: "national", base_year: null }, facts).status).toBe("not_met");
    expect(evaluate({ rule: "group_at_least", group: "TBC", base_year: null }, facts).status).toBe("met");
  });

  it("is not yet known without the target year, and has no outcome for commitments and criteria", () => {
    expect(evaluate({ year: 2025, base_year: 2024 }, facts).status).toBe("not_yet_known");
    expect(evaluate({ category: "commitment", rule: "commitment" }, facts).status).toBe("no_outcome_data");
    expect(evaluate({ scope: "each_criterion", rule: "raise_unmaxed" }, facts).status).toBe("no_outcome_data");
    // Missing stays missing: a base year without a figure is not read as 0.
    expect(evaluate({}, [facts[1]!])).toMatchObject({ status: "not_yet_known", base_value: null, outcome_value: 44.52 });
  });

  it("checks every dimension for 'each' targets and names those that fail", () => {
    const dims = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((d) => [
      fact("96", `papi.d${d}`, 2023, 5, { group: "TBT" }),
      fact("96", `papi.d${d}`, 2024, d === 6 ? 4.5 : 5.5, { group: d === 6 ? "TN" : "TBT" }),
    ]);
    expect(evaluate({ scope: "each_dimension", indicator_id: "papi.total" }, dims)).toMatchObject({
      status: "not_met",
      evaluation_en: "not met in D6 (7/8 met)",
    });
    expect(evaluate({ rule: "no_lowest_group", scope: "each_dimension", base_year: null }, dims).status).toBe("not_met");
  });
});

describeReal("plan targets against the real outcomes (PAPI_SOURCES)", () => {
  let targets: PlanTargetRow[];
  beforeAll(async () => {
    targets = (await fullDataset()).plan_targets;
  }, 300_000);

  it("Cà Mau 117: the 2024 PAPI total improved on 2023 (40,11 → 44,52): met", () => {
    const t = targets.find((x) => x.plan_id.startsWith("ca-mau-papi") && x.rule === "score_improves")!;
    expect([t.status, t.base_value?.toFixed(2), t.outcome_value?.toFixed(2)]).toEqual(["met", "40.11", "44.52"]);
  });

  it("Đắk Lắk: the 2024 rank did not improve on 2023 (31st → 39th of 61): not met", () => {
    const t = targets.find((x) => x.plan_id.startsWith("dak-lak") && x.rule === "rank_improves")!;
    expect([t.status, t.base_rank, t.outcome_rank, t.outcome_rank_of]).toEqual(["not_met", 31, 39, 61]);
  });

  it("every target is evaluated or marked not yet known", () => {
    expect(targets.filter((t) => !["met", "not_met", "not_yet_known", "no_outcome_data"].includes(t.status))).toEqual([]);
    expect(targets.filter((t) => t.plan_id.startsWith("lao-cai")).every((t) => t.status === "met" || t.status === "not_met")).toBe(true);
  });
});
