/**
 * A file whose figures equal another year's figure for figure (a sheet saved under the wrong
 * year, a copy renamed) is a warning: both are still read, as they are.
 */
import { issue, type IssueRow, type ScoreRow, type SourceKind } from "../model/model.ts";

/** Compared only when a source-year has at least this many figures (a handful agreeing by chance is no copy). */
const MIN_FIGURES = 50;

export function findIdenticalSources(scores: ScoreRow[], kinds: Map<string, SourceKind>): IssueRow[] {
  const sets = new Map<string, { source: string; year: number; values: Map<string, number> }>();
  for (const s of scores) {
    if (s.value === null || s.kind !== "actual" || kinds.get(s.source_id) !== "official_workbook") continue;
    const key = `${s.source_id}|${s.year}`;
    let set = sets.get(key);
    if (!set) sets.set(key, (set = { source: s.source_id, year: s.year, values: new Map() }));
    set.values.set(`${s.province_code}|${s.indicator_id}`, s.value);
  }
  const list = [...sets.values()].filter((s) => s.values.size >= MIN_FIGURES);
  const out: IssueRow[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.year === b.year || a.values.size !== b.values.size) continue;
      let same = true;
      for (const [k, v] of a.values) if (b.values.get(k) !== v) same = false;
      if (same)
        out.push(
          issue({
            kind: "identical_source",
            severity: "warning",
            message: `${b.source} (${b.year}): its ${b.values.size} figures are identical to the ${a.year} sheet of ${a.source}, figure for figure; check that it is the ${b.year} file`,
            message_vi: `${b.source} (${b.year}): toàn bộ ${b.values.size} số liệu trùng khớp từng số với trang tính năm ${a.year} của ${a.source}; hãy kiểm tra đây có đúng là tệp năm ${b.year} không`,
            source_id: b.source,
            source_loc: b.source,
            index: "PAPI",
            year: b.year,
          }),
        );
    }
  }
  return out;
}
