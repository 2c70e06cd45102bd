import type { ScoreRow } from "./model.ts";

/** Fields a reader filled by assumption rather than from print: a printed value wins over them when merging. */
export type AssumableField = "rank_of" | "comparator";

const assumed = new WeakMap<ScoreRow, Set<AssumableField>>();

/** Marks `field` of `row` as assumed ("rank_of 63 unless stated", "eq unless trở lên"). */
export function markAssumed(row: ScoreRow, field: AssumableField): void {
  assumed.set(row, new Set([...(assumed.get(row) ?? []), field]));
}

export function isAssumed(row: ScoreRow, field: AssumableField): boolean {
  return assumed.get(row)?.has(field) ?? false;
}

/** Records that `field` of `row` is now printed (taken from a statement that prints it). */
export function clearAssumed(row: ScoreRow, field: AssumableField): void {
  assumed.get(row)?.delete(field);
}

/** Carries the marks of one row object over to its copy. */
export function copyAssumed(from: ScoreRow, to: ScoreRow): void {
  const marks = assumed.get(from);
  if (marks) assumed.set(to, new Set(marks));
}
