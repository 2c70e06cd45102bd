import * as aq from "arquero";
import type { CoverageRow, Dataset, InputFile, IssueRow, ReadOptions, ReadResult, ScoreRow, SourceKind } from "../model/model.ts";
import { readInput } from "../read/readInput.ts";
import { defaultProvinceRegistry } from "../model/provinces.ts";
import { defaultTaxonomy, extendTaxonomy, indicatorRows, type Taxonomy } from "../model/taxonomy.ts";
import { mergeSurveyDefs } from "../read/workbook/surveyIndicatorDef.ts";
import { checkYear, validateScores } from "./validateScores.ts";
import { reconcileScores } from "./reconcileScores.ts";
import { checkPublishedRanks, computeRanks, fillRankOf } from "./computeRanks.ts";
import { applyGroupBands, defaultGroupBands, type GroupBand } from "./applyGroupBands.ts";
import { COMPUTED_SOURCE_ID, deriveSixDimensionTotal } from "./deriveSixDimensionTotal.ts";
import { computeBenchmarks } from "./computeBenchmarks.ts";
import { sha256 } from "../text/sha256.ts";
import { findIdenticalSources } from "./findIdenticalSources.ts";
import { evaluatePlanTargets } from "./evaluatePlanTargets.ts";

export interface IngestOptions extends ReadOptions {
  /** Published group bands (default: data/reference/group-bands.csv). */
  groupBands?: GroupBand[];
}

/** The taxonomy with the survey indicators the official sheets read name (they exist only there). */
export function taxonomyFor(results: ReadResult[], base: Taxonomy = defaultTaxonomy()): Taxonomy {
  return extendTaxonomy(base, mergeSurveyDefs(results.flatMap((r) => r.indicators ?? [])));
}

/**
 * The whole pipeline: read every file, validate each figure, reconcile figures across sources,
 * derive the six-dimension total, compute missing ranks/groups (labelled computed), and the
 * benchmarks and coverage tables.
 */
export async function ingest(inputs: InputFile[], options: IngestOptions = {}): Promise<Dataset> {
  const baseTaxonomy = options.taxonomy ?? defaultTaxonomy();
  const registry = options.registry ?? defaultProvinceRegistry();
  const results = await Promise.all(inputs.map((input) => readInput(input, { taxonomy: baseTaxonomy, registry })));
  // The survey indicators the official sheets name join the taxonomy for this dataset.
  const taxonomy = taxonomyFor(results, baseTaxonomy);
  const scores = results.flatMap((r) => r.scores);
  const sources = results.flatMap((r) => r.sources);
  const issues = results.flatMap((r) => r.issues);
  issues.push(...validateScores(scores, taxonomy));

  const kinds = new Map<string, SourceKind>(sources.map((s) => [s.id, s.kind]));
  kinds.set(COMPUTED_SOURCE_ID, "computed");
  issues.push(...findIdenticalSources(scores, kinds));
  // A figure in an impossible year, or of an indicator in a year it does not exist, stays in
  // `scores` with its error but never becomes a fact (nor feeds a derived total or a rank).
  const usable = scores.filter((s) => {
    const def = taxonomy.byId.get(s.indicator_id);
    return !def || !checkYear(s, def, taxonomy);
  });
  const used = new Set(usable);
  const notUsed = new Map<string, number>();
  for (const s of scores) if (!used.has(s)) notUsed.set(s.source_id, (notUsed.get(s.source_id) ?? 0) + 1);
  for (const src of sources) src.figures_not_used = notUsed.get(src.id) ?? 0;
  const first = reconcileScores(usable, kinds);
  const derived = deriveSixDimensionTotal(first.facts);
  const allScores = [...scores, ...derived];
  const { facts, issues: reconcileIssues } = derived.length ? reconcileScores([...usable, ...derived], kinds) : first;
  issues.push(...reconcileIssues);
  if (derived.length) {
    sources.push({
      id: COMPUTED_SOURCE_ID,
      kind: "computed",
      file: "",
      title: "Computed by PAPI Explorer (six-dimension totals)",
      issuer: null,
      number: null,
      date: null,
      level: "national",
      province_code: null,
      indices: "PAPI",
      sha256: sha256(derived.map((d) => `${d.province_code}${d.year}${d.value_text}`).join()),
      figures: derived.length,
      figures_not_used: 0,
      note: "Sum of D1–D6 for every province-year whose six dimensions are known.",
    });
  }
  issues.push(...checkPublishedRanks(facts, new Set(sources.filter((s) => s.kind === "official_workbook").map((s) => s.id))));
  const counted = fillRankOf(facts);
  issues.push(...counted.issues);
  const banded = applyGroupBands(computeRanks(counted.facts), options.groupBands ?? defaultGroupBands());
  issues.push(...banded.issues);
  const ranked = banded.facts;
  const plans = results.flatMap((r) => (r.plans ? [r.plans] : []));
  return {
    plans: plans.flatMap((p) => p.plans),
    plan_targets: evaluatePlanTargets(
      plans.flatMap((p) => p.targets),
      ranked,
      taxonomy,
      registry.provinces,
    ),
    plan_tasks: plans.flatMap((p) => p.tasks),
    plan_agencies: plans.flatMap((p) => p.agencies),
    scores: allScores,
    facts: ranked,
    provinces: registry.provinces,
    indicators: indicatorRows(taxonomy),
    sources,
    issues,
    benchmarks: computeBenchmarks(ranked, registry.provinces),
    coverage: computeCoverage(allScores, kinds),
  };
}

export function computeCoverage(scores: ScoreRow[], kinds: Map<string, SourceKind>): CoverageRow[] {
  if (!scores.length) return [];
  return aq
    .from(
      scores.map((s) => ({
        index: s.index,
        year: s.year,
        level: s.level,
        kind: s.kind,
        source_kind: kinds.get(s.source_id) ?? "computed",
        source_id: s.source_id,
        province: s.province_code === "00" ? null : s.province_code,
        national: s.province_code === "00",
      })),
    )
    .groupby("index", "year", "level", "kind", "source_kind", "source_id")
    .rollup({ provinces: aq.op.array_agg_distinct("province"), figures: aq.op.count(), national: aq.op.any("national") })
    .orderby("index", "year", "level", "kind", "source_id")
    .objects()
    .map((o) => o as Record<string, unknown>)
    .map((r) => ({
      ...(r as unknown as CoverageRow),
      provinces: (r.provinces as Array<string | null>).filter((p) => p !== null).length,
      national: Boolean(r.national),
    }));
}

/** Counts findings by severity. */
export function severityCounts(issues: IssueRow[]): Record<"error" | "warning" | "info", number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const i of issues) out[i.severity]++;
  return out;
}
