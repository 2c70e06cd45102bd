import type { Dataset } from "../model/model.ts";
import { defaultTaxonomy } from "../model/taxonomy.ts";
import type { EngineData } from "./assessTargets.ts";

/** What the feasibility engine needs of the published dataset (the same shape the /targets page builds). */
export function engineData(d: Dataset): EngineData {
  return {
    facts: d.facts,
    indicators: d.indicators.map((i) => ({
      id: i.id,
      index: i.index,
      level: i.level,
      parent: i.parent,
      name_vi: i.name_vi,
      name_en: i.name_en,
      year_from: i.year_from,
      year_to: i.year_to,
    })),
    breaks: defaultTaxonomy().breaks,
    provinces: d.provinces.map((p) => ({ code: p.code, slug: p.slug, name_vi: p.name_vi, name_en: p.name_en, northwest: p.northwest, region_id: p.region_id })),
  };
}
