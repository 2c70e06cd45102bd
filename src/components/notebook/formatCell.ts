/** How the notebook shows one result cell, in the result table and the quick chart's data. */
import { lang, missing } from "../shared/i18n.js";
import { asNumber, cellText } from "./notebookLogic.js";
import { NOTEBOOK_LABELS as T } from "./notebookLabels.js";

/** A result cell for the table: numbers in the page language without grouping, NULL as "—". */
export function formatCell(v: unknown): string | Node {
  if (v === null || v === undefined) return missing(T.nullValue);
  const n = asNumber(v);
  if (n !== null) {
    return Number.isInteger(n) ? String(n) : n.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 6, useGrouping: false });
  }
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return cellText(v);
}
