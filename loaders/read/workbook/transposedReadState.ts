/**
 * What the transposed-sheet reader carries from row to row (readTransposedWorkbookSheet.ts,
 * readSurveyRows.ts): the sheet, its year and header, the last score read, and what is found.
 */
import type { ProvinceRow } from "../../model/model.ts";
import type { RowClass } from "./classifySheetRow.ts";
import type { TransposedHeader } from "./readTransposedHeader.ts";
import type { IndicatorDef } from "../../model/taxonomy.ts";
import type { MissingCell, SheetContext, SheetRead } from "./workbookSheet.ts";
import type { SheetGrid } from "./worksheetGrid.ts";

/** What a CI, SE, variance or sample-size row adds to a score row. */
export type Extra = "ci_low" | "ci_high" | "se" | "variance" | "sample_size";

export interface ReadState {
  grid: SheetGrid;
  header: TransposedHeader;
  year: number;
  ctx: SheetContext;
  out: SheetRead;
  dim: IndicatorDef | null;
  sub: IndicatorDef | null;
  /** The last score read (a total, dimension or sub-dimension), unweighted and weighted: what a CI/SE row belongs to. */
  lastScore: { unweighted: string | null; weighted: string | null };
  readFrom: Map<string, number>;
  missing: Map<string, MissingCell[]>;
  /** indicator id → province code → extra fields, with the row each came from. */
  extras: Map<string, Map<string, Array<{ field: Extra; value: number; cell: string }>>>;
  /** Blank survey cells, by row: the sheets leave a cell blank below 15 respondents. */
  surveyBlanks: Map<number, { label: string; cells: Array<{ province: ProvinceRow; cell: MissingCell }> }>;
  /** Labels read by number despite their printed name, and printed scales unlike the structure's: in English and Vietnamese. */
  mismatched: Array<{ en: string; vi: string }>;
  scaleNotes: Array<{ en: string; vi: string }>;
  classes: Record<RowClass, number>;
}

export function addMissing(st: ReadState, province: ProvinceRow, cell: MissingCell): void {
  const list = st.missing.get(province.code) ?? [];
  list.push(cell);
  st.missing.set(province.code, list);
}
