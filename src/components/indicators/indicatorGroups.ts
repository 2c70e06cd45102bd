/**
 * The /indicators picker's groups: the PAPI totals, each dimension followed by its sub-dimensions
 * and survey indicators, then the other indices — one build-time file of the page per group.
 */
import type { IndicatorLike } from "./indicatorData.js";

export interface IndicatorGroup {
  /** "total", "d1" … "d8", or the index for PAR INDEX / SIPAS */
  key: string;
  label: { vi: string; en: string };
  options: { id: string; level: string; label: { vi: string; en: string }; years: string }[];
}

function yearsLabel(i: IndicatorLike): string {
  return i.year_to === null ? `${i.year_from}–` : i.year_from === i.year_to ? `${i.year_from}` : `${i.year_from}–${i.year_to}`;
}

/** The picker's groups: the PAPI totals, then each dimension followed by its sub-dimensions, then the other indices. */
export function indicatorGroups(indicators: readonly IndicatorLike[]): IndicatorGroup[] {
  const papi = indicators.filter((i) => i.index === "PAPI");
  const groups: IndicatorGroup[] = [];
  const totals = papi.filter((i) => i.level === "total");
  const opt = (i: IndicatorLike, prefix = "") => ({
    id: i.id,
    level: i.level,
    label: { vi: `${prefix}${i.name_vi}`, en: `${prefix}${i.name_en}` },
    years: yearsLabel(i),
  });
  if (totals.length) {
    groups.push({
      key: "total",
      label: { vi: "PAPI — điểm tổng hợp", en: "PAPI — totals" },
      options: totals.sort((a, b) => (a.id === "papi.total" ? -1 : b.id === "papi.total" ? 1 : a.id < b.id ? -1 : 1)).map((i) => opt(i)),
    });
  }
  const dims = papi.filter((i) => i.level === "dimension").sort((a, b) => (a.dimension ?? 0) - (b.dimension ?? 0));
  for (const d of dims) {
    const subs = papi
      .filter((i) => i.level === "subdimension" && i.parent === d.id)
      .sort((a, b) => a.year_from - b.year_from || (a.name_vi < b.name_vi ? -1 : 1));
    groups.push({
      key: `d${d.dimension}`,
      label: { vi: `D${d.dimension}. ${d.name_vi}`, en: `D${d.dimension}. ${d.name_en}` },
      // Each sub-dimension followed by its survey indicators (chỉ tiêu), one level deeper.
      options: [
        opt(d, `D${d.dimension} · `),
        ...subs.flatMap((s) => [
          opt(s, `D${d.dimension} · — `),
          ...papi
            .filter((i) => i.level === "indicator" && i.parent === s.id)
            .sort((a, b) => (a.name_vi < b.name_vi ? -1 : 1))
            .map((i) => opt(i, `D${d.dimension} · — — `)),
        ]),
      ],
    });
  }
  const others = indicators.filter((i) => i.index !== "PAPI" && i.level === "total");
  if (others.length) {
    groups.push({
      key: "other",
      label: { vi: "PAR INDEX, SIPAS", en: "PAR INDEX, SIPAS" },
      options: others.map((i) => opt(i)),
    });
  }
  return groups;
}

/** The picker groups, each a build-time file of the page (indicatorFiles.ts names one per key). */
export const GROUP_KEYS = ["total", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "other"] as const;

/** The picker group (and so the build-time file) an indicator belongs to, or null when the picker does not offer it. */
export function groupKeyOf(groups: readonly IndicatorGroup[], id: string): string | null {
  return groups.find((g) => g.options.some((o) => o.id === id))?.key ?? null;
}
