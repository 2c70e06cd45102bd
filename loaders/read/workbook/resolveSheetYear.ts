import { yearsIn } from "./workbookLabels.ts";

/** A place a sheet's survey year may be read from, in order of preference. */
export interface YearClue {
  /** What the clue is, for messages: "title A1", "header D1", "sheet name", "file name". */
  where: string;
  text: string;
  /** Used only when no other clue names a year, and never reported as disagreeing (the file name: a later file repeats earlier years' sheets). */
  fallback?: boolean;
}

export interface ResolvedYear {
  year: number | null;
  where: string | null;
  /** Other clues naming a different year (reported, not used). */
  disagreeing: Array<{ where: string; year: number }>;
}

/**
 * The year of a sheet: the first year named by the first clue that names one. A clue naming
 * several different years (a title "2011–2016") is passed over. Content clues (titles, headers)
 * are meant to come before the sheet name, and the sheet name before the file name: a 2011
 * yearly file may carry a tab labelled 2012.
 */
export function resolveSheetYear(clues: YearClue[]): ResolvedYear {
  let year: number | null = null;
  let where: string | null = null;
  const disagreeing: Array<{ where: string; year: number }> = [];
  for (const clue of clues) {
    const years = [...new Set(yearsIn(clue.text))];
    if (years.length !== 1) continue;
    if (clue.fallback && year !== null) continue;
    if (year === null) {
      year = years[0]!;
      where = clue.where;
    } else if (years[0] !== year && !disagreeing.some((d) => d.where === clue.where)) {
      disagreeing.push({ where: clue.where, year: years[0]! });
    }
  }
  return { year, where, disagreeing };
}
