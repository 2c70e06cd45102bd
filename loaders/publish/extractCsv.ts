import { csvField } from "../text/parseCsv.ts";
import { NATIONAL_CODE, NATIONAL_NAME_VI, type ScoreRow } from "../model/model.ts";
import { defaultTaxonomy } from "../model/taxonomy.ts";
import { defaultProvinceRegistry } from "../model/provinces.ts";

/** The header of `papi extract`'s CSV: one figure per line, with its source location. */
export const EXTRACT_HEADER = "index,province_code,province,year,level,dimension,indicator_id,indicator_vi,kind,value,unit,rank,rank_of,group,source";

/** One figure as a line of `papi extract`'s CSV (formula-safe, dot decimals at the source's precision). */
export function extractCsvRow(s: ScoreRow): string {
  const tax = defaultTaxonomy();
  const registry = defaultProvinceRegistry();
  const province = s.province_code === NATIONAL_CODE ? NATIONAL_NAME_VI : (registry.byCode.get(s.province_code)?.name_vi ?? "");
  const value = s.value_text ?? (s.value === null ? "" : String(s.value));
  return [
    s.index,
    s.province_code,
    province,
    s.year,
    s.level,
    s.dimension,
    s.indicator_id,
    tax.byId.get(s.indicator_id)?.name_vi ?? "",
    s.kind,
    value,
    s.unit,
    s.rank,
    s.rank_of,
    s.group,
    s.source_loc,
  ]
    .map(csvField)
    .join(",");
}
