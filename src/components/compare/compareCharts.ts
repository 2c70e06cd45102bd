/**
 * The comparison page's views (/compare): the controls (compareControls.ts), the totals and ranks
 * over time (compareTrendCharts.ts) and the dimension profile, heatmap and differences
 * (compareProfileCharts.ts), each chart through chartCard. Data from compareView.ts, over the
 * build-time files of comparePageData.ts.
 */
export * from "./compareControls.js";
export * from "./compareTrendCharts.js";
export * from "./compareProfileCharts.js";
