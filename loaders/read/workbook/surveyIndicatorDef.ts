/**
 * Survey indicators (chỉ tiêu): the third level under a sub-dimension, named by the sheet that
 * prints them. Their identity is semantic — the sub-dimension plus the folded Vietnamese name —
 * never a row position, so the same question printed in 2018, 2019 and 2023 is one indicator.
 */
import { foldText } from "../../text/foldText.ts";
import type { Unit } from "../../model/model.ts";
import type { PrintedScale } from "./parsePrintedScale.ts";
import { sha256 } from "../../text/sha256.ts";
import type { IndicatorDef } from "../../model/taxonomy.ts";

/** Leading words most survey questions share; left out of the readable part of an id. */
const COMMON_PREFIX = /^(ti le )?(nguoi (tra loi|duoc hoi|dan|di lam thu tuc|lam thu tuc) )?(cho biet )?/;

/** The comparison key of a printed name: folded, "tỷ"/"tỉ" alike, without spaces or marks. */
export function surveyNameKey(name: string): string {
  return foldText(name)
    .replace(/\bty\b/g, "ti")
    .replace(/%/g, " ")
    .replace(/[^a-z0-9]/g, "");
}

/** `papi.d1.civic_knowledge.hieu_biet_ve_chinh_sach_hien_hanh_3fa2`: readable words plus a short hash of the whole name. */
export function surveyIndicatorId(parent: string, nameVi: string): string {
  const words = foldText(nameVi)
    .replace(/\bty\b/g, "ti")
    .replace(/%/g, " ")
    .replace(COMMON_PREFIX, "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 6);
  const hash = sha256(surveyNameKey(nameVi)).slice(0, 4);
  return `${parent}.${[...words, hash].join("_")}`;
}

/** A printed name without the footnote stars and doubled spaces the sheets carry. */
export function cleanSurveyName(name: string): string {
  return name
    .replace(/\(\*\)/g, "")
    .replace(/\*+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function surveyIndicatorDef(
  parent: IndicatorDef,
  nameVi: string,
  nameEn: string | null,
  scale: PrintedScale | null,
  unit: Unit,
  year: number,
): IndicatorDef {
  const vi = cleanSurveyName(nameVi);
  return {
    id: surveyIndicatorId(parent.id, vi),
    index: "PAPI",
    level: "indicator",
    dimension: parent.dimension,
    name_vi: vi,
    name_en: nameEn ? cleanSurveyName(nameEn) : vi,
    from: year,
    to: year,
    unit,
    parent: parent.id,
    variants: [],
    scale_text: scale?.text ?? null,
    scale_min: unit === "percent" ? 0 : (scale?.min ?? null),
    scale_max: unit === "percent" ? 100 : (scale?.max ?? null),
    years: [year],
  };
}

/** Merges the same survey indicator read from several sheets: every year, the English name where one sheet has it. */
export function mergeSurveyDefs(defs: IndicatorDef[]): IndicatorDef[] {
  const byId = new Map<string, IndicatorDef>();
  for (const d of defs) {
    const have = byId.get(d.id);
    if (!have) {
      byId.set(d.id, { ...d, years: [...(d.years ?? [])] });
      continue;
    }
    have.years = [...new Set([...(have.years ?? []), ...(d.years ?? [])])].sort();
    have.from = Math.min(have.from, d.from);
    have.to = Math.max(have.to ?? d.from, d.to ?? d.from);
    if (have.name_en === have.name_vi && d.name_en !== d.name_vi) have.name_en = d.name_en;
    if (have.unit !== d.unit) have.note = [have.note, `unit ${d.unit} in ${d.from}`].filter(Boolean).join("; ");
  }
  return [...byId.values()];
}
