import * as aq from "arquero";
import { scoreRow, type ScoreRow } from "../model/model.ts";
import type { FactRow } from "../model/model.ts";

export const COMPUTED_SOURCE_ID = "papi-explorer";

const DIMS = ["d1", "d2", "d3", "d4", "d5", "d6"] as const;

/**
 * The six-dimension PAPI total (D1–D6), the only series comparable across 2011–2024, for every
 * province-year whose six dimension scores are all known: the dimensions are pivoted wide (one
 * column each), summed where none is missing, and the result is a derived row per
 * province-year. A province-year with a missing dimension gets no total (never a partial sum).
 */
export function deriveSixDimensionTotal(facts: FactRow[]): ScoreRow[] {
  const dims = facts
    .filter(
      (f) =>
        f.index === "PAPI" &&
        f.kind === "actual" &&
        f.level === "dimension" &&
        f.rank_scope === "national" &&
        f.value !== null &&
        f.dimension !== null &&
        f.dimension <= 6,
    )
    .map((f) => ({
      province_code: f.province_code,
      year: f.year,
      dim: `d${f.dimension}`,
      value: f.value,
      decimals: decimalsOf(f.value_text),
      source: f.value_source_id,
    }));
  if (!dims.length) return [];
  const long = aq.from(dims);
  const wide = long.groupby("province_code", "year").pivot("dim", "value");
  const meta = long.groupby("province_code", "year").rollup({ decimals: aq.op.min("decimals"), sources: aq.op.array_agg_distinct("source") });
  const complete = wide
    .join(meta, [
      ["province_code", "year"],
      ["province_code", "year"],
    ])
    .filter(aq.escape((d: Record<string, unknown>) => DIMS.every((k) => typeof d[k] === "number")))
    .derive({ total: aq.escape((d: Record<string, number>) => DIMS.reduce((acc, k) => acc + d[k]!, 0)) })
    .orderby("province_code", "year");
  return (complete.objects() as Array<{ province_code: string; year: number; total: number; decimals: number; sources: string[] }>).map((r) => {
    const text = r.decimals >= 8 ? String(r.total) : r.total.toFixed(r.decimals);
    return scoreRow({
      index: "PAPI",
      province_code: r.province_code,
      year: r.year,
      indicator_id: "papi.total_6d",
      level: "total",
      dimension: null,
      kind: "derived",
      unit: "points",
      value: Number(text),
      value_text: text,
      source_id: COMPUTED_SOURCE_ID,
      source_loc: "sum of D1–D6",
      note: `D1–D6 from ${r.sources.join(", ")}`,
    });
  });
}

function decimalsOf(text: string | null): number {
  if (!text) return 8;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}
