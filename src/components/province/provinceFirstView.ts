/**
 * The top of a province page — the picker, the title block, the key figures and the total, rank
 * and group over time — as one list of nodes. The page draws it live; at build the same function
 * writes it into the page's HTML (src/province/[slug].md.ts), so that it shows before any script
 * has run.
 */
import { section } from "../shared/profileUi.js";
import type { ProvinceInfo } from "./provinceFacts.js";
import { header, keyFigures, provincePicker } from "./provinceHeader.js";
import { groupChart, rankChart, totalChart } from "./provinceTrendCharts.js";
import { FIRST_VIEW_WIDTH } from "../shared/firstViewWidth.js";
import type { ViewContext } from "./provinceViewContext.js";

/** The width the first view's charts are written at build (shared/firstViewWidth.ts). */
export const STATIC_WIDTH = FIRST_VIEW_WIDTH;

export function provinceFirstView(ctx: ViewContext, provinces: readonly ProvinceInfo[], slug: string): HTMLElement[] {
  return [
    provincePicker(provinces, slug),
    header(ctx),
    keyFigures(ctx),
    section(
      "tong-diem",
      { vi: "Điểm tổng hợp, thứ hạng và nhóm qua các năm", en: "Total, rank and group over time" },
      totalChart(ctx),
      rankChart(ctx),
      groupChart(ctx),
    ),
  ];
}
