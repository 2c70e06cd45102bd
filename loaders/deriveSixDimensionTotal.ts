import { scoreRow, type ScoreRow } from "./model.ts";
import type { FactRow } from "./reconcileScores.ts";

export const COMPUTED_SOURCE_ID = "papi-explorer";

/**
 * The six-dimension PAPI total (D1–D6), the only series comparable across 2011–2024, for every
 * province-year whose six dimension scores are all known. A province-year with a missing
 * dimension gets no total (never a partial sum).
 */
export function deriveSixDimensionTotal(facts: FactRow[]): ScoreRow[] {
  const byPy = new Map<string, Map<number, FactRow>>();
  for (const f of facts) {
    if (f.index !== "PAPI" || f.kind !== "actual" || f.level !== "dimension" || f.rank_scope !== "national" || f.value === null) continue;
    if (f.dimension === null || f.dimension > 6) continue;
    const key = `${f.province_code}|${f.year}`;
    let dims = byPy.get(key);
    if (!dims) byPy.set(key, (dims = new Map()));
    dims.set(f.dimension, f);
  }
  const out: ScoreRow[] = [];
  for (const [key, dims] of byPy) {
    if (dims.size !== 6) continue;
    const [province_code, year] = key.split("|") as [string, string];
    const parts = [1, 2, 3, 4, 5, 6].map((d) => dims.get(d)!);
    const decimals = Math.min(...parts.map((p) => decimalsOf(p.value_text)));
    const sum = parts.reduce((acc, p) => acc + p.value!, 0);
    const text = decimals >= 8 ? String(sum) : sum.toFixed(decimals);
    out.push(
      scoreRow({
        index: "PAPI",
        province_code,
        year: Number(year),
        indicator_id: "papi.total_6d",
        level: "total",
        dimension: null,
        kind: "derived",
        unit: "points",
        value: Number(text),
        value_text: text,
        source_id: COMPUTED_SOURCE_ID,
        source_loc: "sum of D1–D6",
        note: `D1–D6 from ${[...new Set(parts.map((p) => p.value_source_id))].join(", ")}`,
      }),
    );
  }
  return out;
}

function decimalsOf(text: string | null): number {
  if (!text) return 8;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}
