/**
 * What /indicators draws, computed at build: a head file (the picker's indicators, the provinces,
 * the years) and one file per picker group (src/data/indicator-page/[group].json.ts: the PAPI
 * totals, each dimension with its sub-dimensions and survey indicators, the other indices). For
 * each indicator: every province's value per year, the national mean per year and the series
 * breaks. The page fetches the group of the indicator it shows and filters years and highlights
 * (indicatorData.ts: resultFromSeries). The rules are those of indicatorData.ts, applied here.
 */
import type { BenchmarkRow, FactRow, IndicatorRow, ProvinceRow, SeriesBreak } from "../../../loaders/index.ts";
import { pickFields, toColumns, type Columns } from "../shared/columns.js";
import {
  GROUP_KEYS,
  breaksFromRows,
  distributionFromRows,
  indicatorGroups,
  meansFromRows,
  provincesWithData,
  type BreakRow,
  type IndicatorLike,
  type MeanRow,
  type ProvinceLike,
} from "./indicatorData.js";

export interface IndicatorPageHead {
  indicators: IndicatorLike[];
  provinces: ProvinceLike[];
  /** the first and last year with a PAPI figure */
  years: [number, number];
  /** provinces with any value (a handful on the embedded data alone) */
  provincesWithData: number;
}

/** One indicator: `dist` has one row per province and year (DIST_FIELDS). */
export interface IndicatorSeries {
  dist: Columns;
  means: MeanRow[];
  breaks: BreakRow[];
}

export type IndicatorGroupFile = Record<string, IndicatorSeries>;

export const DIST_FIELDS = ["province_code", "year", "value", "kind", "rank", "rank_of", "rank_source", "group", "group_source"] as const;
const INDICATOR_FIELDS = ["id", "index", "level", "dimension", "name_vi", "name_en", "year_from", "year_to", "parent", "verified", "note", "unit"] as const;
const PROVINCE_FIELDS = ["code", "slug", "name_vi", "name_en", "region_id", "northwest"] as const;

interface Tables {
  facts: readonly FactRow[];
  provinces: readonly ProvinceRow[];
  indicators: readonly IndicatorRow[];
  benchmarks: readonly BenchmarkRow[];
}

export function indicatorPageHead(t: Tables): IndicatorPageHead {
  const years = t.facts.filter((f) => f.index === "PAPI" && (f.kind === "actual" || f.kind === "derived") && f.value !== null).map((f) => f.year);
  return {
    indicators: t.indicators.map((i) => pickFields(i, INDICATOR_FIELDS) as IndicatorLike),
    provinces: t.provinces.map((p) => pickFields(p, PROVINCE_FIELDS)),
    years: years.length ? [Math.min(...years), Math.max(...years)] : [2011, 2024],
    provincesWithData: provincesWithData(t.facts),
  };
}

/** Every picker group's file: group key → indicator id → series. */
export function indicatorGroupFiles(t: Tables, declared: readonly SeriesBreak[]): Record<string, IndicatorGroupFile> {
  const byIndicator = new Map<string, FactRow[]>();
  for (const f of t.facts) {
    let list = byIndicator.get(f.indicator_id);
    if (!list) byIndicator.set(f.indicator_id, (list = []));
    list.push(f);
  }
  const out: Record<string, IndicatorGroupFile> = Object.fromEntries(GROUP_KEYS.map((k) => [k, {}]));
  for (const g of indicatorGroups(t.indicators)) {
    if (!(GROUP_KEYS as readonly string[]).includes(g.key))
      throw new Error(`indicator picker group ${g.key} has no page file: add it to GROUP_KEYS and indicatorFiles.ts`);
    const file: IndicatorGroupFile = {};
    for (const { id } of g.options) {
      const facts = byIndicator.get(id) ?? [];
      const dist = distributionFromRows(facts, t.provinces, { indicator: id, provinces: [], from: -Infinity, to: Infinity });
      file[id] = {
        dist: toColumns(dist, DIST_FIELDS),
        means: meansFromRows(dist, t.benchmarks, facts, id),
        breaks: breaksFromRows(id, declared, t.indicators),
      };
    }
    out[g.key] = file;
  }
  return out;
}
