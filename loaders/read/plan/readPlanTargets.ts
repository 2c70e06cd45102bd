import type { IndexId, ScoreRow } from "../../model/model.ts";
import type { NO_EVALUATION, PlanTargetRow, TargetRule } from "../../model/plans.ts";
import { matchIndicator } from "../../model/taxonomy.ts";
import { foldText, stripMarkup } from "../../text/foldText.ts";
import { indicesOf } from "../document/indicesOf.ts";
import { splitSentences } from "../document/readProseFigures.ts";
import { lineOf } from "../document/planContext.ts";
import type { PlanStructureContext } from "./planStructureContext.ts";
import { isCommitment, setsTarget, targetPhrase, yearsOf } from "./targetPhrases.ts";

const TOTALS: Record<IndexId, string> = { PAPI: "papi.total", PAR_INDEX: "par.total", SIPAS: "sipas.total" };

type NewTarget = Omit<PlanTargetRow, "target_id" | keyof typeof NO_EVALUATION>;

function target(ctx: PlanStructureContext, fields: Partial<NewTarget> & Pick<NewTarget, "category" | "rule" | "text" | "source_loc">): NewTarget {
  return {
    plan_id: ctx.file,
    index: null,
    scope: "indicator",
    indicator_id: null,
    province_code: ctx.provinceCode,
    year: ctx.planYear,
    base_year: null,
    value: null,
    group: null,
    rank_scope: null,
    comparator: null,
    owner: null,
    ...fields,
  };
}

/** The targets already read as figures (scores of kind "target"), one row per thing they set: the score, the rank, the group. */
export function numericTargets(ctx: PlanStructureContext, scores: ScoreRow[]): NewTarget[] {
  const out: NewTarget[] = [];
  for (const s of scores) {
    if (s.kind !== "target") continue;
    const line = stripMarkup(ctx.lines[lineOf(s.source_loc) - 1] ?? "").trim();
    const text = (splitSentences(line).find((x) => foldText(x).includes(`nam ${s.year}`)) ?? line).replace(/^[-+•]\s*/, "");
    const base = {
      index: s.index,
      indicator_id: s.indicator_id,
      province_code: s.province_code,
      year: s.year,
      base_year: s.stated_base_year ?? s.year - 1,
      text,
      source_loc: s.source_loc,
      comparator: s.comparator,
    };
    if (s.value !== null)
      out.push(target(ctx, { ...base, category: "numeric", rule: s.comparator === "lte" ? "score_at_most" : "score_at_least", value: s.value }));
    // A rank or a group is set for its year, not against a base year.
    if (s.value === null && s.rank !== null)
      out.push(target(ctx, { ...base, base_year: null, category: "numeric", rule: "rank_at_most", value: s.rank, rank_scope: s.rank_scope ?? "national" }));
    if (s.group) out.push(target(ctx, { ...base, base_year: null, category: "numeric", rule: "group_at_least", group: s.group }));
  }
  return out;
}

/** The indicator a clause names (a dimension or PAR INDEX area, by a name it contains), else the index total. */
function indicatorIn(ctx: PlanStructureContext, index: IndexId, clause: string): string {
  const m = matchIndicator(ctx.taxonomy, clause, { index, level: "dimension" });
  return m && m.method === "contains" ? m.def.id : TOTALS[index];
}

/** The qualitative targets of one sentence: one per clause that states one, per index it names. */
function sentenceTargets(ctx: PlanStructureContext, sentence: string, line: number): NewTarget[] {
  const f = foldText(sentence);
  if (!setsTarget(f)) return [];
  const named = indicesOf(sentence);
  const indices = named.length ? named : ctx.indices.length === 1 ? ctx.indices : [];
  const marker = f.search(/\b(phan dau|muc tieu|nham|dua tinh|duy tri)\b/);
  const sentenceYears = yearsOf(marker > 0 ? f.slice(marker) : f, ctx.planYear);
  const out: NewTarget[] = [];
  for (const clause of sentence.split(/;\s*/)) {
    const cf = foldText(clause);
    const phrase = targetPhrase(cf);
    if (!phrase) continue;
    const at = cf.search(/\b(phan dau|muc tieu|nham|dua tinh|duy tri)\b/);
    const years = /\bnam \d{4}\b/.test(cf) ? yearsOf(at > 0 ? cf.slice(at) : cf, sentenceYears.year) : sentenceYears;
    const clauseIndices = indicesOf(clause);
    for (const index of clauseIndices.length ? clauseIndices : indices) {
      const scope = phrase.scope ?? "indicator";
      out.push(
        target(ctx, {
          category: "qualitative",
          rule: phrase.rule,
          index,
          scope,
          indicator_id: scope === "indicator" ? indicatorIn(ctx, index, clause) : TOTALS[index],
          year: years.year,
          base_year: phrase.rule === "rank_at_most" || phrase.rule === "group_at_least" || phrase.rule === "high_group" ? null : years.base,
          value: phrase.value,
          group: phrase.group,
          rank_scope: phrase.rule === "rank_at_most" || phrase.rule === "high_group" ? "national" : null,
          text: stripMarkup(clause)
            .replace(/^[-+•]\s*/, "")
            .trim(),
          source_loc: `${ctx.file}:${line}`,
        }),
      );
    }
  }
  return out;
}

/**
 * The targets a plan states in words (qualitative: "cải thiện so với năm 2023", "cải thiện bậc",
 * "thuộc nhóm …", "không có chỉ số nào thuộc nhóm thấp nhất" …) and its operational commitments
 * ("100% hồ sơ … đúng hạn", "ít nhất 03 sáng kiến"), owned by the lead of the task they sit in.
 * Lines that already gave numeric targets, table rows and skipped lines are not read again.
 */
export function readPlanTargets(
  ctx: PlanStructureContext,
  readAlready: (line: number) => boolean,
  ownerAt: (line: number) => { owner: string | null; index: IndexId | null },
): NewTarget[] {
  const out: NewTarget[] = [];
  ctx.lines.forEach((raw, i) => {
    const line = i + 1;
    if (ctx.skip(line) || readAlready(line) || raw.trim().startsWith("|")) return;
    for (const sentence of splitSentences(stripMarkup(raw))) {
      const found = sentenceTargets(ctx, sentence, line);
      out.push(...found);
      if (found.length || !isCommitment(foldText(sentence))) continue;
      const at = ownerAt(line);
      const index = indicesOf(sentence)[0] ?? at.index ?? (ctx.indices.length === 1 ? ctx.indices[0]! : null);
      out.push(
        target(ctx, {
          category: "commitment",
          rule: "commitment" as TargetRule,
          index,
          scope: "indicator",
          owner: at.owner,
          text: sentence.replace(/^[-+•]\s*/, "").trim(),
          source_loc: `${ctx.file}:${line}`,
        }),
      );
    }
  });
  return out;
}

export type { NewTarget };
