import { scoreRow, type FactRow, type ScoreRow } from "../loaders/model/index.ts";

/** A national-scope PAPI actual fact with every optional field empty, for hand-made fact tables. */
export function factRow(p: Partial<FactRow> & Pick<FactRow, "province_code" | "year" | "indicator_id" | "value">): FactRow {
  return {
    index: "PAPI",
    level: /^papi\.d\d$/.test(p.indicator_id) ? "dimension" : "total",
    dimension: null,
    kind: "actual",
    rank_scope: "national",
    value_text: p.value === null ? null : String(p.value),
    unit: "points",
    value_source_id: null,
    value_source_loc: null,
    rank: null,
    rank_of: null,
    rank_source: null,
    group: null,
    group_source: null,
    comparator: null,
    stated_change: null,
    stated_base_year: null,
    sources: "",
    n_sources: 1,
    conflict: false,
    note: null,
    ci_low: null,
    ci_high: null,
    se: null,
    variance: null,
    sample_size: null,
    ...p,
  };
}

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
