/**
 * What a province page draws, computed at build for every province (one small JSON file each,
 * `src/data/province/[slug].json.ts`): the profile, the picker's list and the indicators and
 * series breaks the charts name. The page parses no table; the rules stay in provinceProfile.ts.
 */
import type { Dataset } from "../../../loaders/index.ts";
import { defaultTaxonomy } from "../../../loaders/model/index.ts";
import { buildProfile, type ProfileTables, type ProvinceProfile } from "./provinceProfile.js";
import type { IndicatorInfo, ProvinceInfo, SeriesBreak } from "./provinceFacts.js";
import { planViews, type PlanView } from "../plans/plansPageData.js";

export interface ProvincePageData {
  profile: ProvinceProfile;
  /** Every province of the registry, for the picker. */
  provinces: ProvinceInfo[];
  /** The indicators the page names: every score indicator, and the survey indicators it shows. */
  indicators: IndicatorInfo[];
  breaks: readonly SeriesBreak[];
  /** The plans read for this province, with their targets evaluated and their agency matrix. */
  plans: PlanView[];
}

/** Slug → page data, for every province of the registry that has a profile. */
export function provincePages(t: ProfileTables, plans: PlanView[] = []): Record<string, ProvincePageData> {
  const out: Record<string, ProvincePageData> = {};
  for (const p of t.provinces) {
    const profile = buildProfile(t, p.slug);
    if (!profile) continue;
    const shown = new Set(profile.survey.map((s) => s.indicator_id));
    const indicators = t.indicators.filter((i) => i.level !== "indicator" || shown.has(i.id));
    out[p.slug] = { profile, provinces: [...t.provinces], indicators, breaks: t.breaks, plans: plans.filter((v) => v.plan.province_code === p.code) };
  }
  return out;
}

/** Every province page's data from the dataset (the series breaks from the taxonomy). */
export function provincePagesOf(d: Dataset): Record<string, ProvincePageData> {
  return provincePages(
    {
      facts: d.facts,
      plan_targets: d.plan_targets,
      provinces: d.provinces,
      benchmarks: d.benchmarks,
      indicators: d.indicators,
      breaks: defaultTaxonomy().breaks,
    },
    planViews(d),
  );
}
