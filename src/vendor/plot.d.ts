// The Observable Plot functions the site uses. scripts/prepare-site.ts bundles exactly these
// (with only the parts of d3 they need, minified) into src/vendor/plot.js, which the pages load
// instead of Plot's package and the whole of d3. To use another mark or transform, add it here.
// (In Node, the unit tests resolve this path to the package itself: vitest.config.ts.)
export { axisY, barX, barY, binX, boxX, cell, dot, frame, geo, line, plot, rect, rectY, ruleX, ruleY, text, tickX } from "@observablehq/plot";
export type * from "@observablehq/plot";
