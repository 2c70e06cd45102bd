import type { IndexId, IssueRow, ScoreRow } from "../../model/model.ts";
import type { Taxonomy } from "../../model/taxonomy.ts";
import type { ProvinceRegistry } from "../../model/provinces.ts";

/** What the parts of the plan-document reader share about the document being read. */
export interface PlanContext {
  /** The file's base name: the source id and the prefix of every `source_loc`. */
  file: string;
  taxonomy: Taxonomy;
  registry: ProvinceRegistry;
  /** The province the document is about (GSO code), null when unknown. */
  provinceCode: string | null;
  /** Indices the document addresses (from its title). */
  indices: IndexId[];
  /** The year the plan is for. */
  planYear: number | null;
}

/**
 * A change stated next to a figure: "(tăng 0,69 điểm so với năm 2018)", "tăng 14 bậc". Checked
 * against the document's own figures once every statement has been read.
 */
export interface ChangeClaim {
  index: IndexId;
  province_code: string;
  indicator_id: string;
  /** The kind of the figure the change is stated for. */
  kind: "actual" | "target";
  year: number;
  baseYear: number;
  /** Signed change of the value (tăng +, giảm −), with the decimals printed. */
  valueDelta: { value: number; decimals: number } | null;
  /** Signed change in places: tăng N bậc = +N (the rank number fell by N). */
  rankDelta: number | null;
  line: number;
  text: string;
}

/** What each part of the reader returns. */
export interface ReadPart {
  scores: ScoreRow[];
  issues: IssueRow[];
  claims: ChangeClaim[];
}

/** The line number of a `file:line` location. */
export function lineOf(loc: string): number {
  return Number(loc.slice(loc.lastIndexOf(":") + 1));
}
