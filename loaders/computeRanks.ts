import * as aq from "arquero";
import type { FactRow } from "./reconcileScores.ts";
import type { Group } from "./model.ts";

/** Fewer provinces than this with a value, and no rank is computed (a rank among 3 means nothing). */
export const MIN_PROVINCES_FOR_RANK = 50;

const GROUPS: Group[] = ["CN", "TBC", "TBT", "TN"];

/**
 * Fills ranks and performance groups that no source publishes, from the values of all provinces
 * in the same index, year and indicator, and labels them `computed`. Published ranks and groups
 * are never replaced. Rank = 1 + number of provinces with a strictly higher value (ties share a
 * rank); the group is the quartile of that order (16/16/16/15 for 63) — PAPI's own cut rule is
 * unverified, so the result is a computed approximation, labelled as such.
 */
export function computeRanks(facts: FactRow[]): FactRow[] {
  const rankable = facts
    .map((f, row) => ({ row, index: f.index, year: f.year, indicator_id: f.indicator_id, value: f.value, ok: f.kind === "actual" && f.rank_scope === "national" && f.province_code !== "00" && f.value !== null }))
    .filter((r) => r.ok);
  if (!rankable.length) return facts;
  const ranked = aq
    .from(rankable)
    .groupby("index", "year", "indicator_id")
    .orderby(aq.desc("value"))
    .derive({ rank: aq.op.rank(), n: aq.op.count() })
    .params({ min: MIN_PROVINCES_FOR_RANK })
    .filter((d: { n: number }, $: { min: number }) => d.n >= $.min)
    .objects() as Array<{ row: number; index: string; rank: number; n: number }>;
  const computed = new Map(ranked.map((r) => [r.row, r]));
  return facts.map((f, row) => {
    const c = computed.get(row);
    if (!c) return f;
    const out = { ...f };
    if (out.rank === null || out.rank_source === "computed") {
      out.rank = c.rank;
      out.rank_of = c.n;
      out.rank_source = "computed";
    }
    if (f.index === "PAPI" && (out.group === null || out.group_source === "computed")) {
      out.group = GROUPS[Math.min(3, Math.floor((4 * (c.rank - 1)) / c.n))]!;
      out.group_source = "computed";
    }
    return out;
  });
}
