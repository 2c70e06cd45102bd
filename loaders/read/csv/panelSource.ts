/**
 * The source row of a CSV panel (readCsvPanel.ts): its title, span, indices, hash and figure
 * count, with notes on the columns not read and on single-precision values.
 */
import type { ScoreRow, SourceRow } from "../../model/model.ts";
import { sha256 } from "../../text/sha256.ts";
import type { PanelColumns } from "./panelColumns.ts";

/** The source row describing a CSV panel and the figures kept from it. */
export function panelSource(text: string, file: string, cols: PanelColumns, scores: ScoreRow[]): SourceRow {
  const years = scores.map((s) => s.year);
  const span = years.length ? `${years.reduce((a, b) => Math.min(a, b))}–${years.reduce((a, b) => Math.max(a, b))}` : "";
  const indices = [...new Set(scores.map((s) => s.index))].sort().join(",") || "PAPI";
  return {
    id: file,
    kind: "csv_panel",
    file,
    title: `Province × year ${indices} panel ${span} (${cols.layout} CSV, third-party compilation)`.replace(/\s+/g, " "),
    issuer: null,
    number: null,
    date: null,
    level: "national",
    province_code: null,
    indices,
    sha256: sha256(text),
    figures: scores.length,
    note:
      [
        cols.ignored.length ? `columns not read: ${cols.ignored.join(", ")} (a panel's own province numbering is never taken for a GSO code)` : "",
        singlePrecisionNote(scores),
      ]
        .filter(Boolean)
        .join("; ") || null,
  };
}

/**
 * A value printed with 12+ significant digits that is exactly a 32-bit float (45.05506134033203)
 * was stored in single precision: only about 7 significant digits mean anything, so sums and
 * comparisons differ from other sources by a few millionths.
 */
function singlePrecisionNote(scores: ScoreRow[]): string {
  const widened = scores.find(
    (s) => s.value !== null && (s.value_text ?? "").replace(/\D/g, "").replace(/^0+/, "").length >= 12 && Math.fround(s.value) === s.value,
  );
  return widened
    ? `values are single-precision floats (e.g. ${widened.value_text} at ${widened.source_loc}); about 7 significant digits are meaningful, differences of a few millionths are storage noise`
    : "";
}
