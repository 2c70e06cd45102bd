/**
 * The published tables, in the order pages list them: the one list the notebook registers and
 * the data page counts (the library's `TABLE_NAMES` in loaders/model/tableSchemas.ts, for the
 * browser, which imports no library code; a unit test keeps the two equal).
 */
export const PUBLISHED_TABLES = [
  "scores",
  "facts",
  "provinces",
  "indicators",
  "sources",
  "issues",
  "benchmarks",
  "coverage",
  "plans",
  "plan_targets",
  "plan_tasks",
  "plan_agencies",
] as const;

export type PublishedTable = (typeof PUBLISHED_TABLES)[number];
