/**
 * Merges the figures read from several sheets of one workbook. A later file may repeat an
 * earlier year's sheet: identical figures are noted once per pair of sheets, different figures
 * are conflicts (the first sheet's figure is kept).
 */
import { issue } from "../../model/model.ts";
import type { IssueRow, ScoreRow } from "../../model/model.ts";
import type { SheetRead } from "./workbookSheet.ts";

/** Figures that agree within this are the same figure (float32 vs float64 copies). */
const SAME = 1e-6;

export function reconcileSheets(reads: SheetRead[], file: string): { scores: ScoreRow[]; issues: IssueRow[] } {
  const kept = new Map<string, ScoreRow>();
  const scores: ScoreRow[] = [];
  const issues: IssueRow[] = [];
  const agreements = new Map<string, { first: string; later: string; year: number; n: number }>();
  for (const read of reads) {
    issues.push(...read.issues);
    for (const row of read.scores) {
      const key = `${row.province_code}|${row.year}|${row.indicator_id}|${row.kind}`;
      const first = kept.get(key);
      if (!first) {
        kept.set(key, row);
        scores.push(row);
        continue;
      }
      const firstSheet = sheetOf(first);
      if (Math.abs(first.value! - row.value!) <= SAME) {
        const pair = `${firstSheet}|${read.sheet}|${row.year}`;
        const a = agreements.get(pair) ?? { first: firstSheet, later: read.sheet, year: row.year, n: 0 };
        a.n++;
        agreements.set(pair, a);
      } else {
        issues.push(
          issue({
            kind: "conflict",
            severity: "error",
            message: `${row.province_code} ${row.year} ${row.indicator_id}: ${first.source_loc} = ${first.value_text} but ${row.source_loc} = ${row.value_text}; the first is kept`,
            message_vi: `${row.province_code} ${row.year} ${row.indicator_id}: ${first.source_loc} = ${first.value_text} nhưng ${row.source_loc} = ${row.value_text}; giữ giá trị đầu tiên`,
            source_id: file,
            source_loc: row.source_loc,
            index: row.index,
            province_code: row.province_code,
            year: row.year,
            indicator_id: row.indicator_id,
          }),
        );
      }
    }
  }
  for (const a of agreements.values()) {
    issues.push(
      issue({
        kind: "agreement",
        severity: "info",
        message: `sheet ${a.later} repeats ${a.n} figure(s) for ${a.year} identically to sheet ${a.first}; read once, from ${a.first}`,
        message_vi: `trang tính ${a.later} lặp lại y hệt ${a.n} số liệu năm ${a.year} của trang tính ${a.first}; chỉ đọc một lần, từ ${a.first}`,
        source_id: file,
        source_loc: `${a.later}!A1`,
        index: "PAPI",
        year: a.year,
      }),
    );
  }
  return { scores, issues };
}

function sheetOf(row: ScoreRow): string {
  return row.source_loc.slice(0, row.source_loc.lastIndexOf("!"));
}
