import type { Change } from "./changeDistribution.ts";

/** Small deterministic PRNG (mulberry32), so an assessment is reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SimulationInput {
  /** required change of each part (target − base), by indicator id */
  required: Map<string, number>;
  /** historical one-year changes of each part */
  changes: Map<string, Change[]>;
  /** required change of the whole (total target − base total) */
  requiredTotal: number;
  draws?: number;
  seed?: number;
}

export interface SimulationResult {
  /** chance the parts' changes add up to at least the required total change */
  joint: { probability: number; draws: number; vectors: number } | null;
  /** the same with every part drawn independently */
  independent: { probability: number; draws: number } | null;
  assumption_vi: string;
  assumption_en: string;
}

/** The fewest comparable one-year changes an estimate is drawn from (per indicator). */
export const MIN_CHANGES = 10;

/**
 * Chance of reaching a total target by resampling history. Joint resampling draws the change
 * vector of one historical province-year for all parts at once, keeping the correlation between
 * dimensions that history shows; independent resampling draws each part from its own history,
 * assuming no correlation. Both are reported; the joint figure is the headline.
 */
export function simulatePlan(input: SimulationInput): SimulationResult {
  const draws = input.draws ?? 10_000;
  const rand = mulberry32(input.seed ?? 20_200_516);
  const ids = [...input.required.keys()];
  const assumption_vi =
    "Giả định: mỗi năm, thay đổi của các chỉ số nội dung giống thay đổi của một tỉnh-năm trong quá khứ (rút ngẫu nhiên cả véc-tơ thay đổi, giữ nguyên tương quan giữa các chỉ số); phương án so sánh rút độc lập từng chỉ số (không tương quan).";
  const assumption_en =
    "Assumption: the dimensions change as one past province-year did (its whole change vector is drawn, keeping the correlation between dimensions history shows); the comparison draws every dimension independently (no correlation).";
  if (!ids.length) return { joint: null, independent: null, assumption_vi, assumption_en };

  // Joint: province-years with a change for every part.
  const byKey = ids.map((id) => new Map((input.changes.get(id) ?? []).map((c) => [`${c.province}|${c.from}`, c.change])));
  const keys = [...byKey[0]!.keys()].filter((k) => byKey.every((m) => m.has(k)));
  let joint: SimulationResult["joint"] = null;
  if (keys.length >= MIN_CHANGES) {
    const vectors = keys.map((k) => byKey.reduce((acc, m) => acc + m.get(k)!, 0));
    let hits = 0;
    for (let i = 0; i < draws; i++) if (vectors[Math.floor(rand() * vectors.length)]! >= input.requiredTotal - 1e-9) hits++;
    joint = { probability: hits / draws, draws, vectors: vectors.length };
  }
  let independent: SimulationResult["independent"] = null;
  const pools = ids.map((id) => (input.changes.get(id) ?? []).map((c) => c.change));
  if (pools.every((p) => p.length >= MIN_CHANGES)) {
    let hits = 0;
    for (let i = 0; i < draws; i++) {
      let sum = 0;
      for (const pool of pools) sum += pool[Math.floor(rand() * pool.length)]!;
      if (sum >= input.requiredTotal - 1e-9) hits++;
    }
    independent = { probability: hits / draws, draws };
  }
  return { joint, independent, assumption_vi, assumption_en };
}
