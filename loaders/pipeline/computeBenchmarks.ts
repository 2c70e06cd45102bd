import * as aq from "arquero";
import type { BenchmarkRow, FactRow, ProvinceRow } from "../model/model.ts";

/**
 * Computed reference figures per index × year × indicator: mean, median, min, max and n over the
 * provinces with an actual value, for the nation, each region and the Northwest six. Kept apart
 * from national figures a document publishes (those are `scores` rows of province "00").
 */
export function computeBenchmarks(facts: FactRow[], provinces: ProvinceRow[]): BenchmarkRow[] {
  const actual = facts.filter((f) => f.kind === "actual" && f.rank_scope === "national" && f.province_code !== "00" && f.value !== null);
  if (actual.length === 0) return [];
  const values = aq
    .from(actual.map((f) => ({ index: f.index, year: f.year, indicator_id: f.indicator_id, province_code: f.province_code, value: f.value })))
    .join(aq.from(provinces.map((p) => ({ province_code: p.code, region_id: String(p.region_id), northwest: p.northwest }))), "province_code");
  const stats = {
    mean: aq.op.mean("value"),
    median: aq.op.median("value"),
    min: aq.op.min("value"),
    max: aq.op.max("value"),
    n: aq.op.count(),
  };
  const national = values
    .groupby("index", "year", "indicator_id")
    .rollup(stats)
    .derive({ scope: () => "national", scope_id: () => "00" });
  const region = values
    .groupby("index", "year", "indicator_id", "region_id")
    .rollup(stats)
    .derive({ scope: () => "region", scope_id: (d: { region_id: string }) => d.region_id })
    .select(aq.not("region_id"));
  const northwest = values
    .filter((d: { northwest: boolean }) => d.northwest)
    .groupby("index", "year", "indicator_id")
    .rollup(stats)
    .derive({ scope: () => "northwest", scope_id: () => "northwest" });
  return national.concat(region, northwest).orderby("index", "indicator_id", "year", "scope", "scope_id").objects() as BenchmarkRow[];
}
