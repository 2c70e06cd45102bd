import { toNfc } from "./toNfc.ts";
import * as aq from "arquero";
import { issue, type IndicatorRow, type IssueRow, type ProvinceRow, type ReadResult, type ScoreRow, type SourceKind, type SourceRow } from "./model.ts";
import { defaultProvinceRegistry, type ProvinceRegistry } from "./provinces.ts";
import { defaultTaxonomy, extendTaxonomy, indicatorRows, type Taxonomy } from "./taxonomy.ts";
import { mergeSurveyDefs } from "./surveyIndicatorDef.ts";
import { readPlanDocument } from "./readPlanDocument.ts";
import { readPapiWorkbook } from "./readPapiWorkbook.ts";
import { readCsvPanel } from "./readCsvPanel.ts";
import { checkYear, validateScores } from "./validateScores.ts";
import { reconcileScores, type FactRow } from "./reconcileScores.ts";
import { checkPublishedRanks, computeRanks, fillRankOf } from "./computeRanks.ts";
import { applyGroupBands, defaultGroupBands, type GroupBand } from "./applyGroupBands.ts";
import { COMPUTED_SOURCE_ID, deriveSixDimensionTotal } from "./deriveSixDimensionTotal.ts";
import { computeBenchmarks, type BenchmarkRow } from "./computeBenchmarks.ts";
import { sha256 } from "./sha256.ts";
import { findIdenticalSources } from "./findIdenticalSources.ts";

/** A file handed to the ingest: its base name and bytes (the ingest never reads paths). */
export interface InputFile {
  file: string;
  data: Uint8Array;
  /** Why a file found in the sources is not read (a README, a hidden file): listed, never read. */
  skip?: string;
}

export interface CoverageRow {
  index: string;
  year: number;
  level: string;
  kind: string;
  source_kind: string;
  source_id: string;
  provinces: number;
  figures: number;
  national: boolean;
}

/** Every published table. */
export interface Dataset {
  scores: ScoreRow[];
  facts: FactRow[];
  provinces: ProvinceRow[];
  indicators: IndicatorRow[];
  sources: SourceRow[];
  issues: IssueRow[];
  benchmarks: BenchmarkRow[];
  coverage: CoverageRow[];
}

export interface IngestOptions {
  taxonomy?: Taxonomy;
  registry?: ProvinceRegistry;
  /** Published group bands (default: data/reference/group-bands.csv). */
  groupBands?: GroupBand[];
}

/** Reads one file with the reader its extension calls for; an unreadable file becomes an error finding. */
export async function readInput(input: InputFile, options: IngestOptions = {}): Promise<ReadResult> {
  const result = await readWith(input, options);
  // The sha256 in `sources` is always of the file's bytes (a text reader sees the decoded text).
  const digest = sha256(input.data);
  for (const s of result.sources) if (s.id === input.file) s.sha256 = digest;
  // A workbook or panel exists to give figures: one that gives none lost them all (a header-only
  // CSV, every row rejected), which warnings alone would not say loudly enough.
  for (const src of result.sources)
    if ((src.kind === "csv_panel" || src.kind === "official_workbook") && src.figures === 0)
      result.issues.push(issue({ kind: "unreadable", severity: "error", message: `${src.file}: gave no figure at all (see its other findings)`, source_id: src.id, source_loc: src.id }));
  return result;
}

async function readWith(input: InputFile, options: IngestOptions): Promise<ReadResult> {
  if (input.skip) return { scores: [], sources: [], issues: [issue({ kind: "unreadable", severity: "info", message: `${input.file}: not read: ${input.skip}`, source_id: input.file, source_loc: input.file })] };
  const ext = input.file.toLowerCase().replace(/^.*(\.[^.]+)$/, "$1");
  try {
    if (ext === ".xlsx") return await readPapiWorkbook(input.data, input.file, options);
    if (ext === ".txt" || ext === ".md" || ext === ".csv") {
      const { text, encoding } = decodeText(input.data);
      const result = ext === ".csv" ? readCsvPanel(text, input.file, options) : readPlanDocument(text, input.file, options);
      if (encoding !== "utf-8")
        result.issues.unshift(
          issue({
            kind: "parse",
            severity: encoding === "windows-1258" ? "warning" : "info",
            message: `${input.file}: not UTF-8; read as ${encoding}${encoding === "windows-1258" ? " (the Vietnamese Windows code page): check the accents, or save the file as UTF-8 to be sure" : " (from its byte-order mark)"}`,
            source_id: input.file,
            source_loc: input.file,
          }),
        );
      return result;
    }
    return {
      scores: [],
      sources: [],
      issues: [issue({ kind: "unreadable", severity: "warning", message: `${input.file}: not a plan document (.txt/.md), workbook (.xlsx) or CSV panel (.csv); ignored`, source_id: input.file, source_loc: input.file })],
    };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const message = reason.startsWith(input.file) ? reason : `${input.file}: cannot read: ${reason}`;
    return {
      scores: [],
      sources: [],
      issues: [issue({ kind: "unreadable", severity: "error", message, source_id: input.file, source_loc: input.file })],
    };
  }
}

/**
 * A text file as the readers see it, in Unicode NFC (so a document saved with decomposed accents,
 * NFD, reads exactly as its composed twin): UTF-16 by its byte-order mark, UTF-8 when the bytes
 * are UTF-8, else Windows-1258, the Vietnamese code page older Windows tools save in (reported).
 */
export function decodeText(data: Uint8Array): { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" } {
  const decode = (encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258", fatal = false) => ({ text: toNfc(new TextDecoder(encoding, { fatal }).decode(data)), encoding });
  if (data[0] === 0xff && data[1] === 0xfe) return decode("utf-16le");
  if (data[0] === 0xfe && data[1] === 0xff) return decode("utf-16be");
  try {
    return decode("utf-8", true);
  } catch {
    return decode("windows-1258");
  }
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
  return {
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
    .from(scores.map((s) => ({ index: s.index, year: s.year, level: s.level, kind: s.kind, source_kind: kinds.get(s.source_id) ?? "computed", source_id: s.source_id, province: s.province_code === "00" ? null : s.province_code, national: s.province_code === "00" })))
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
