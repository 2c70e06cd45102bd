/**
 * The province profile page's views (/province/<slug>), one module per part of the page: every
 * chart through chartCard (table view and downloads), colours from palette.ts, labels through
 * i18n. Data from provinceProfile.ts (computed at build).
 */
export * from "./provinceViewContext.js";
export * from "./provinceHeader.js";
export * from "./surveyView.js";
export * from "./provinceTrendCharts.js";
export * from "./dimensionCharts.js";
export * from "./subdimensionCharts.js";
export * from "./provinceTables.js";
export * from "./provinceFirstView.js";
