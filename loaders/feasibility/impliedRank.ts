/**
 * What a score would have bought in a distribution of provinces' scores: its rank, its
 * (computed) group, and the scores needed for a rank or a group.
 */
export type GroupCode = "CN" | "TBC" | "TBT" | "TN";
export const GROUP_ORDER: GroupCode[] = ["CN", "TBC", "TBT", "TN"];

/** Others' values, with the assessed province's own value left out. */
export function othersOf(values: Map<string, number>, province: string): number[] {
  return [...values].filter(([p]) => p !== province).map(([, v]) => v);
}

/** Rank of `score` among the others: 1 + how many have a strictly higher value. */
export function rankAmong(others: number[], score: number): { rank: number; of: number } {
  const higher = others.filter((v) => v > score + 1e-12).length;
  return { rank: higher + 1, of: others.length + 1 };
}

/** The lowest score that still ranks `rank` or better among the others (null if impossible). */
export function thresholdForRank(others: number[], rank: number): number | null {
  if (rank < 1) return null;
  const sorted = [...others].sort((a, b) => b - a);
  if (rank > sorted.length) return sorted.length ? Math.min(...sorted) : null;
  return sorted[rank - 1]!;
}

/**
 * Quartile cut-offs of a full distribution (n provinces ranked; groups of ⌈n/4⌉ from the top):
 * the lowest score inside CN, TBC and TBT. PAPI's own cut rule is unverified; these are computed.
 */
export function groupCutoffs(all: number[]): Record<Exclude<GroupCode, "TN">, number> | null {
  const n = all.length;
  if (n < 4) return null;
  const sorted = [...all].sort((a, b) => b - a);
  const lastOf = (g: number) => sorted[Math.min(n - 1, Math.ceil(((g + 1) * n) / 4) - 1)]!;
  return { CN: lastOf(0), TBC: lastOf(1), TBT: lastOf(2) };
}

export function groupFor(cutoffs: Record<Exclude<GroupCode, "TN">, number>, score: number): GroupCode {
  if (score >= cutoffs.CN - 1e-12) return "CN";
  if (score >= cutoffs.TBC - 1e-12) return "TBC";
  if (score >= cutoffs.TBT - 1e-12) return "TBT";
  return "TN";
}

/** True when group `a` is at least as good as group `b`. */
export function groupAtLeast(a: GroupCode, b: GroupCode): boolean {
  return GROUP_ORDER.indexOf(a) <= GROUP_ORDER.indexOf(b);
}
