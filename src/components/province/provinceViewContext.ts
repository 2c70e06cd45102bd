/**
 * What every view of the province page draws from (ViewContext), and the small label helpers
 * they share.
 */
import { L, fmt, missing, t } from "../shared/i18n.js";
import { LABELS, provinceName } from "../shared/profileUi.js";
import type { IndicatorInfo, SeriesBreak } from "./provinceFacts.js";
import type { Bench, ProvinceProfile } from "./provinceProfile.js";

export const REGION_COLOR = "#0072B2";
export const BEST_COLOR = "#009E73";

export interface ViewContext {
  profile: ProvinceProfile;
  indicators: readonly IndicatorInfo[];
  breaks: readonly SeriesBreak[];
  width: number;
}

export { fitLabel } from "../shared/labelText.js";

export { yearTicks } from "../shared/yearTicks.js";

export function nameOf(ctx: ViewContext): string {
  return provinceName(ctx.profile.province);
}

export function benchText(b: Bench): string {
  return b.value === null ? "—" : fmt(b.value);
}

export function benchCell(b: Bench): string | HTMLElement {
  if (b.value !== null) return `${fmt(b.value)}${b.source === "published" ? ` (${t(LABELS.published)})` : ""}`;
  return missing(b.n > 0 ? { vi: `chỉ có ${b.n} tỉnh có số liệu: không có phân bố`, en: `only ${b.n} province(s) with a value: no distribution` } : L.noData);
}

/** The province picker: a native select of the 63 provinces that opens the chosen one's page (keeps ?lang). */
