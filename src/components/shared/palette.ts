/**
 * Colours safe for colour-blind readers: the Okabe–Ito palette for categories, and a
 * blue-to-orange diverging ramp for performance groups (never red against green).
 */
export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/** Best → worst group. */
export const GROUP_COLORS: Record<string, string> = {
  CN: "#0072B2",
  TBC: "#56B4E9",
  TBT: "#E69F00",
  TN: "#D55E00",
};

export const GROUP_ORDER = ["CN", "TBC", "TBT", "TN"];

/** Highlight (the chosen province) and context (everyone else). */
export const HIGHLIGHT = "#D55E00";
export const CONTEXT = "#9aa5b1";
export const MEAN = "#000000";

/** The six regions, in their official order. */
export const REGION_COLORS: Record<number, string> = {
  1: "#0072B2",
  2: "#E69F00",
  3: "#009E73",
  4: "#CC79A7",
  5: "#56B4E9",
  6: "#D55E00",
};
