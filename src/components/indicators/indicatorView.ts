/**
 * The /indicators page's views: the indicator picker and the data source (indicatorPicker.ts),
 * and the figure (indicatorFigure.ts) — the distribution of all provinces per year (box and
 * dots), the chosen provinces, the national mean, and the series breaks drawn as breaks (dashed
 * rules; lines never cross them).
 */
export * from "./indicatorLabels.js";
export * from "./indicatorPicker.js";
export * from "./indicatorFigure.js";
