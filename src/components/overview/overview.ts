/**
 * The overview page (src/index.md): which provinces have a score in a year and how they rank, the
 * national mean over time, and what data there is — the selections (overviewData.ts, pure
 * functions over the build-time rows of overviewPageData.ts) and the charts (overviewCharts.ts).
 * The page also shows each selection as SQL to run in the notebook (queries.ts);
 * test/queries/overview.test.ts checks that both agree on the full data.
 */
export * from "./overviewData.js";
export * from "./overviewCharts.js";
export * from "./rankingCard.js";
