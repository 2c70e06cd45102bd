import type { FactRow } from "./reconcileScores.ts";
import type { Group } from "./model.ts";

/** Fewer provinces than this with a value, and no rank is computed (a rank among 3 means nothing). */
export const MIN_PROVINCES_FOR_RANK = 50;

const GROUPS: Group[] = ["CN", "TBC", "TBT", "TN"];

/**
 * Fills ranks and performance groups that no source publishes, from the values of all provinces
 * in the same index, year and indicator, and labels them `computed`. Published ranks and groups
 * are never replaced. Rank = 1 + number of provinces with a strictly higher value; the group is
 * the quartile of that order (16/16/16/15 for 63) — PAPI's own cut rule is unverified, so the
 * result is a computed approximation, labelled as such.
 */
export function computeRanks(facts: FactRow[]): FactRow[] {
  const pools = new Map<string, FactRow[]>();
  for (const f of facts) {
    if (f.kind !== "actual" || f.rank_scope !== "national" || f.province_code === "00" || f.value === null) continue;
    const key = `${f.index}|${f.year}|${f.indicator_id}`;
    const pool = pools.get(key);
    if (pool) pool.push(f);
    else pools.set(key, [f]);
  }
  const computed = new Map<FactRow, { rank: number; of: number; group: Group | null }>();
  for (const pool of pools.values()) {
    if (pool.length < MIN_PROVINCES_FOR_RANK) continue;
    const sorted = [...pool].sort((a, b) => b.value! - a.value!);
    const n = sorted.length;
    sorted.forEach((f, i) => {
      let rank = i + 1;
      while (rank > 1 && sorted[rank - 2]!.value === f.value) rank--;
      const group = f.index === "PAPI" ? GROUPS[Math.min(3, Math.floor((4 * (rank - 1)) / n))]! : null;
      computed.set(f, { rank, of: n, group });
    });
  }
  return facts.map((f) => {
    const c = computed.get(f);
    if (!c) return f;
    const out = { ...f };
    if (out.rank === null || out.rank_source === "computed") {
      out.rank = c.rank;
      out.rank_of = c.of;
      out.rank_source = "computed";
    }
    if (c.group && (out.group === null || out.group_source === "computed")) {
      out.group = c.group;
      out.group_source = "computed";
    }
    return out;
  });
}
