/**
 * The width a page's first view (its first charts, written into the HTML at build) is drawn at:
 * the page's column on a 1280 px screen, where the live charts are drawn at the same width. The
 * live charts keep their height at any width, so from there up the live view takes the first
 * view's place without moving what is below; a narrower screen scales the first view down.
 */
export const FIRST_VIEW_WIDTH = 912;

/** The width of `span` of the `cols` columns of a Framework grid (1rem gaps) in that column, in whole px. */
export function gridSpanWidth(span: number, cols: number, width = FIRST_VIEW_WIDTH, gap = 16): number {
  return Math.floor(((width - (cols - 1) * gap) / cols) * span + (span - 1) * gap);
}
