/**
 * What a printed report says about the build it comes from: the day its data was computed and
 * every source read, computed at build (`src/data/report.json.ts`) for the print title block
 * (printReport.ts).
 */
import type { Dataset, SourceKind } from "../../../loaders/index.ts";

export interface ReportSource {
  id: string;
  kind: SourceKind;
  file: string;
  title: string | null;
  number: string | null;
  figures: number;
}

export interface ReportFacts {
  /** ISO date (yyyy-mm-dd) the page data was computed. */
  built: string;
  sources: ReportSource[];
}

/** The build date and the sources that gave at least one figure (computed figures have no file). */
export function reportFacts(d: Pick<Dataset, "sources">, now: Date = new Date()): ReportFacts {
  const sources = d.sources
    .filter((s) => s.kind !== "computed" && s.figures > 0)
    .map((s) => ({ id: s.id, kind: s.kind, file: s.file, title: s.title, number: s.number, figures: s.figures }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return { built: now.toISOString().slice(0, 10), sources };
}
