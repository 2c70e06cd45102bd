/**
 * A province × year × indicator panel of actual values: the history the target-feasibility
 * engine reasons from. Built from `facts` (or any rows with the same fields); no DOM, no I/O.
 */
export interface PanelFact {
  index: string;
  province_code: string;
  year: number;
  indicator_id: string;
  kind: string;
  rank_scope?: string | null;
  value: number | null;
  rank?: number | null;
  rank_of?: number | null;
  rank_source?: string | null;
  group?: string | null;
  group_source?: string | null;
}

export interface Panel {
  /** indicator → year → province → value */
  values: Map<string, Map<number, Map<string, number>>>;
  /** published ranks and groups: `${indicator}|${year}|${province}` → fact */
  published: Map<string, PanelFact>;
  years: number[];
}

/**
 * Actual values first; a derived value (e.g. a total that a panel's compiler summed from the
 * dimensions, for years without an official total) only fills a gap.
 */
export function buildPanel(facts: PanelFact[]): Panel {
  const values: Panel["values"] = new Map();
  const published = new Map<string, PanelFact>();
  const years = new Set<number>();
  const ordered = [...facts.filter((f) => f.kind === "actual"), ...facts.filter((f) => f.kind === "derived")];
  for (const f of ordered) {
    if ((f.rank_scope ?? "national") !== "national" || f.province_code === "00") continue;
    if (f.kind === "actual" && (f.rank_source === "published" || f.group_source === "published"))
      published.set(`${f.indicator_id}|${f.year}|${f.province_code}`, f);
    if (f.value === null || !Number.isFinite(f.value)) continue;
    let byYear = values.get(f.indicator_id);
    if (!byYear) values.set(f.indicator_id, (byYear = new Map()));
    let byProvince = byYear.get(f.year);
    if (!byProvince) byYear.set(f.year, (byProvince = new Map()));
    if (!byProvince.has(f.province_code)) byProvince.set(f.province_code, f.value);
    years.add(f.year);
  }
  return { values, published, years: [...years].sort((a, b) => a - b) };
}

export function panelValue(panel: Panel, indicator: string, year: number, province: string): number | null {
  return panel.values.get(indicator)?.get(year)?.get(province) ?? null;
}

/** All provinces' values of an indicator in a year. */
export function yearValues(panel: Panel, indicator: string, year: number): Map<string, number> {
  return panel.values.get(indicator)?.get(year) ?? new Map();
}
