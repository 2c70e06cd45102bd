import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assessTargets, checkConsistency, type EngineData, type IndicatorMeta } from "../../loaders/feasibility/index.ts";
import { breakYears, describeChanges, historicalChanges, similarStart } from "../../loaders/feasibility/index.ts";
import { groupCutoffs, groupFor, rankAmong, thresholdForRank } from "../../loaders/feasibility/index.ts";
import { buildPanel, type PanelFact } from "../../loaders/feasibility/index.ts";
import { seriesInfo } from "../../loaders/feasibility/index.ts";

const indicators: IndicatorMeta[] = [
  { id: "t", index: "PAPI", level: "total", parent: null, name_vi: "Tổng", name_en: "Total", year_from: 2010, year_to: null },
  { id: "a", index: "PAPI", level: "dimension", parent: "t", name_vi: "A", name_en: "A", year_from: 2010, year_to: null },
  { id: "b", index: "PAPI", level: "dimension", parent: "t", name_vi: "B", name_en: "B", year_from: 2010, year_to: null },
];
const provinces = Array.from({ length: 60 }, (_, i) => ({ code: String(i + 1).padStart(2, "0"), name_vi: `Tỉnh ${i + 1}`, northwest: i < 6, region_id: 1 }));

/** Province i grows A by i/100 a year and B by 0.1; total = A + B. */
function panelFacts(years: number[]): PanelFact[] {
  const out: PanelFact[] = [];
  for (const p of provinces) {
    const i = Number(p.code);
    for (const y of years) {
      const a = 3 + i / 20 + (i / 100) * (y - 2010);
      const b = 4 + 0.1 * (y - 2010);
      out.push({ index: "PAPI", province_code: p.code, year: y, indicator_id: "a", kind: "actual", value: a });
      out.push({ index: "PAPI", province_code: p.code, year: y, indicator_id: "b", kind: "actual", value: b });
      out.push({ index: "PAPI", province_code: p.code, year: y, indicator_id: "t", kind: "actual", value: a + b });
    }
  }
  return out;
}

const data = (years: number[], breaks: EngineData["breaks"] = []): EngineData => ({ facts: panelFacts(years), indicators, breaks, provinces });

describe("change distribution", () => {
  it("counts one-year changes within a taxonomy version only", () => {
    const d = data([2010, 2011, 2012, 2013], [{ indicator: "a", year: 2012 }]);
    const panel = buildPanel(d.facts);
    const info = seriesInfo(indicators, d.breaks);
    expect([...breakYears(info, "t")]).toEqual([2012]); // a total inherits its parts' breaks
    expect(historicalChanges(panel, info, "a").map((c) => c.from)).not.toContain(2011);
    expect(historicalChanges(panel, info, "a")).toHaveLength(60 * 2);
    expect(historicalChanges(panel, info, "b")).toHaveLength(60 * 3);
    expect(historicalChanges(panel, info, "b", { until: 2012 })).toHaveLength(60 * 2);
  });
  it("gives percentile, share achieved and the largest change", () => {
    const s = describeChanges([0.1, 0.2, 0.3, 0.4], 0.3);
    expect(s).toMatchObject({ n: 4, percentile: 0.5, shareAchieved: 0.5, largest: 0.4 });
    expect(describeChanges([], 1)).toMatchObject({ n: 0, percentile: null });
  });
  it("conditions on a similar starting level, widening until enough remain", () => {
    const changes = Array.from({ length: 100 }, (_, i) => ({ province: String(i), from: 2010, start: i / 10, change: 0 }));
    const near = similarStart(changes, 5, 0.5, 30);
    expect(near.changes.length).toBeGreaterThanOrEqual(30);
    expect(near.changes.every((c) => Math.abs(c.start - 5) <= near.window + 1e-9)).toBe(true);
  });
});

describe("implied rank and group", () => {
  const others = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  it("ranks a score among the others", () => {
    expect(rankAmong(others, 8.5)).toEqual({ rank: 3, of: 11 });
    expect(rankAmong(others, 10)).toEqual({ rank: 1, of: 11 });
    expect(thresholdForRank(others, 3)).toBe(8);
    expect(rankAmong(others, thresholdForRank(others, 3)!).rank).toBeLessThanOrEqual(3);
  });
  it("cuts quartile groups 16/16/16/15 for 63", () => {
    const all = Array.from({ length: 63 }, (_, i) => 63 - i);
    const cut = groupCutoffs(all)!;
    expect(cut).toEqual({ CN: 48, TBC: 32, TBT: 16 });
    expect(all.filter((v) => groupFor(cut, v) === "TN")).toHaveLength(15);
  });
});

describe("assessTargets", () => {
  it("computes the required change, where it falls, what it buys and the chance of the whole plan", () => {
    const d = data([2010, 2011, 2012, 2013, 2014]);
    const base = d.facts.filter((f) => f.province_code === "30" && f.year === 2013);
    const b = (id: string) => base.find((f) => f.indicator_id === id)!.value!;
    const a = assessTargets(d, {
      province: "30",
      baseYear: 2013,
      targetYear: 2014,
      targets: [
        { indicator_id: "t", value: b("t") + 0.5, group: "CN" },
        { indicator_id: "a", value: b("a") + 0.4, stated_change: 0.4 },
        { indicator_id: "b", value: b("b") + 0.1, stated_change: 0.2 },
      ],
      rankTargets: [{ rank: 10, scope: "national" }],
    });
    const A = a.indicators.find((x) => x.indicator_id === "a")!;
    expect(A.required).toBeCloseTo(0.4);
    // changes of A are i/100 for the 59 other provinces, over 3 pairs: ≥ 0.4 for i ≥ 40 → 20 of 59
    expect(A.history.n).toBe(59 * 3);
    expect(A.history.shareAchieved).toBeCloseTo(21 / 59, 5);
    expect(A.history.largest).toBeCloseTo(0.6);
    expect(a.total!.implied_base!.of).toBe(60);
    expect(a.simulation.joint!.probability).toBeGreaterThan(0);
    expect(a.simulation.joint!.probability).toBeLessThan(1);
    expect(a.gap[0]!.indicator_id).toBe("a");
    const stated = a.consistency.filter((c) => c.code === "stated_change");
    expect(stated.map((c) => [c.indicator_id, c.ok])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(a.backtest).toMatchObject({ available: true, assessed: 3 });
    expect(a.indicators.find((x) => x.indicator_id === "a")!.met).toBe(false); // 30/100 < 0.4
  });
  it("explains the empty cases instead of failing", () => {
    const d = data([2013]);
    const none = assessTargets(d, { province: "99", baseYear: 2013, targetYear: 2014, targets: [] });
    expect(none.messages.map((m) => m.code)).toContain("no_province");
    const thin = assessTargets(d, { province: "30", baseYear: 2013, targetYear: 2014, targets: [{ indicator_id: "a", value: 1 }] });
    expect(thin.messages.map((m) => m.code)).toEqual(expect.arrayContaining(["no_history", "below_base"]));
    const nobase = assessTargets(d, { province: "30", baseYear: 2012, targetYear: 2013, targets: [{ indicator_id: "a", value: 9 }] });
    expect(nobase.messages.map((m) => m.code)).toContain("no_base");
    expect(nobase.indicators[0]!.required).toBeNull();
  });
  it("says why there is no estimate: too few comparable changes with the data loaded, the official data missing without", () => {
    // 60 provinces in 2013 and 2014, only 5 of them in 2012: 4 comparable changes of the total (province 30 apart).
    const facts = panelFacts([2012, 2013, 2014]).filter((f) => f.year !== 2012 || Number(f.province_code) <= 5);
    const d: EngineData = { facts, indicators, breaks: [], provinces };
    const base = facts.find((f) => f.province_code === "30" && f.year === 2013 && f.indicator_id === "t")!.value!;
    const loaded = assessTargets(d, { province: "30", baseYear: 2013, targetYear: 2014, targets: [{ indicator_id: "t", value: base + 1 }] });
    const msg = loaded.messages.find((m) => m.code === "no_estimate")!;
    expect(msg.vi).toBe(
      "Chưa ước tính được khả năng đạt tổng điểm mục tiêu: chỉ có 5 thay đổi một năm so sánh được của chỉ số tổng đến năm 2013 (cần ít nhất 10).",
    );
    expect(msg.en).toMatch(/^No estimate .*only 5 comparable one-year changes of the total up to 2013 \(at least 10 are needed\)\.$/);
    // A handful of provinces (the plan documents alone): add the official data.
    const few = { ...d, facts: facts.filter((f) => Number(f.province_code) <= 5 || f.province_code === "30") };
    const embedded = assessTargets(few, { province: "30", baseYear: 2013, targetYear: 2014, targets: [{ indicator_id: "t", value: base + 1 }] });
    expect(embedded.messages.find((m) => m.code === "no_estimate")!.vi).toMatch(/cần thêm dữ liệu PAPI chính thức/);
  });
  it("flags a sum of dimension targets that misses the total target", () => {
    const mk = (id: string, level: string, target: number) =>
      ({
        indicator_id: id,
        level,
        target,
        name_vi: id,
        name_en: id,
        required: null,
        stated_change: null,
        target_group: null,
        group_cutoffs_base: null,
      }) as never;
    const dims = Array.from({ length: 6 }, (_, i) => mk(`d${i}`, "dimension", 5));
    const ok = checkConsistency(dims, mk("t", "total", 30.02), [], { province: "x", baseYear: 1, targetYear: 2, targets: [] });
    const bad = checkConsistency(dims, mk("t", "total", 30.1), [], { province: "x", baseYear: 1, targetYear: 2, targets: [] });
    expect(ok[0]!.ok).toBe(true);
    expect(bad[0]!.ok).toBe(false);
  });
  it("property: a higher target never looks more feasible", () => {
    const d = data([2010, 2011, 2012, 2013]);
    const panelFactsCached = d;
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (t, extra) => {
        const run = (v: number) =>
          assessTargets(panelFactsCached, { province: "20", baseYear: 2013, targetYear: 2014, targets: [{ indicator_id: "a", value: 5 + v }], draws: 200 })
            .indicators[0]!;
        const low = run(t);
        const high = run(t + extra);
        return high.history.shareAchieved! <= low.history.shareAchieved! + 1e-12 && high.implied_base!.rank <= low.implied_base!.rank;
      }),
      { numRuns: 40 },
    );
  });
  it("property: every injected inconsistency is flagged", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 10, noNaN: true }), { minLength: 6, maxLength: 8 }),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.boolean(),
        (dims, delta, up) => {
          const mk = (id: string, level: string, target: number) =>
            ({
              indicator_id: id,
              level,
              target,
              name_vi: id,
              name_en: id,
              required: null,
              stated_change: null,
              target_group: null,
              group_cutoffs_base: null,
            }) as never;
          const sum = dims.reduce((a, b) => a + b, 0);
          const findings = checkConsistency(
            dims.map((v, i) => mk(`d${i}`, "dimension", v)),
            mk("t", "total", sum + (up ? delta : -delta)),
            [],
            { province: "x", baseYear: 1, targetYear: 2, targets: [] },
          );
          return findings.some((f) => f.code === "sum" && !f.ok);
        },
      ),
      { numRuns: 100 },
    );
  });
});
