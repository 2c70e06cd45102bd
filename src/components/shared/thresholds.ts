/**
 * How many provinces a figure computed over provinces needs, defined once for the library and
 * every page (pure; the library imports it too). PAPI surveys 61–63 provinces a year: a mean,
 * a best province, a percentile or a rank over fewer than 50 of them is not a national figure
 * (the embedded plan documents alone give one or two provinces, and no such figure).
 */
export const MIN_PROVINCES_NATIONAL = 50;

/** A region's mean needs at least this many of the region's provinces (regions have 5–14). */
export const MIN_PROVINCES_REGION = 3;
