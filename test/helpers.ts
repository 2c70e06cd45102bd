import { scoreRow, type ScoreRow } from "../loaders/model/index.ts";

/** A PAPI actual row with sensible defaults, for hand-made panels. */
export function row(p: Partial<ScoreRow> & { indicator_id: string; value: number | null }): ScoreRow {
  const id = p.indicator_id;
  const level = p.level ?? (id.split(".").length === 3 ? "subdimension" : /^papi\.d\d$/.test(id) ? "dimension" : "total");
  const dim = p.dimension !== undefined ? p.dimension : /^papi\.d(\d)/.test(id) ? Number(/^papi\.d(\d)/.exec(id)![1]) : null;
  return scoreRow({
    index: "PAPI",
    province_code: "10",
    year: 2019,
    kind: "actual",
    unit: "points",
    source_id: "doc.txt",
    source_loc: "doc.txt:1",
    level,
    dimension: dim,
    value_text: p.value === null ? null : String(p.value),
    ...p,
  });
}
