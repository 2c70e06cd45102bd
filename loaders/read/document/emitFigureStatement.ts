import { issue, scoreRow, type IssueRow, type ScoreRow } from "../../model/model.ts";
import type { ChangeClaim, PlanContext, ReadPart } from "./planContext.ts";
import { PREVIOUS_YEAR } from "./tokenizeFigureSentence.ts";
import { NATIONAL_RANK_OF } from "./buildTableScoreRow.ts";
import { markAssumed } from "../../model/assumedFields.ts";
import type { FigureStatement, Tok } from "./readFigureStatements.ts";

/** A warning about a statement, naming its file:line and quoting its sentence. */
export function warnAbout(out: ReadPart, ctx: PlanContext, st: FigureStatement, kind: IssueRow["kind"], message: string, message_vi: string) {
  out.issues.push(
    issue({
      kind,
      severity: "warning",
      message: `${ctx.file}:${st.line}: ${message}: "${excerpt(st.text)}"`,
      message_vi: `${ctx.file}:${st.line}: ${message_vi}: "${excerpt(st.text)}"`,
      source_id: ctx.file,
      source_loc: `${ctx.file}:${st.line}`,
      index: st.def?.index ?? null,
      province_code: st.province,
      year: st.year,
      indicator_id: st.def?.id ?? null,
    }),
  );
}

/** At most 160 characters of a sentence, for messages. */
export function excerpt(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function kindOf(st: FigureStatement, ctx: PlanContext, year: number): "actual" | "target" {
  if (st.explicitTarget) return "target";
  if (st.inheritedTarget && (ctx.planYear === null || year >= ctx.planYear)) return "target";
  return "actual";
}

/**
 * Turns a statement into rows: the figure itself (actual or target), the earlier year's figure
 * derived from a stated change, and a claim for each change, to be checked against the
 * document's own figures. A statement that cannot be placed (unknown province or indicator, no
 * year) gives a warning instead.
 */
export function emitFigureStatement(st: FigureStatement, ctx: PlanContext, targetYear: number | null, out: ReadPart) {
  if (st.unknownProvince)
    return warnAbout(
      out,
      ctx,
      st,
      "unknown_province",
      `figures for "${st.unknownProvince}", which is not a known province, are not read`,
      `không đọc số liệu của "${st.unknownProvince}" vì đây không phải là tỉnh/thành phố đã biết`,
    );
  if (!st.province)
    return warnAbout(
      out,
      ctx,
      st,
      "unknown_province",
      "figures for an unknown province are not read",
      "không đọc số liệu của một tỉnh/thành phố không xác định",
    );
  if (!st.def)
    return warnAbout(
      out,
      ctx,
      st,
      "unknown_indicator",
      st.unknownIndicator ? `no indicator matches "${st.unknownIndicator}"; its figures are not read` : "figures that name no indicator are not read",
      st.unknownIndicator ? `không có chỉ số nào khớp với "${st.unknownIndicator}"; không đọc số liệu của nó` : "không đọc các số liệu không ghi chỉ số nào",
    );
  const def = st.def;
  const inherited = st.explicitTarget || st.inheritedTarget ? (st.year ?? targetYear ?? ctx.planYear) : st.year;
  if (inherited === null)
    return warnAbout(out, ctx, st, "parse", `figures for ${def.id} name no year; not read`, `số liệu của ${def.id} không ghi năm; không đọc`);
  const year = inherited;
  const kind = kindOf(st, ctx, year);
  // "Phấn đấu …" in a plan for 2025 before a figure of 2024: that year's result is known when the
  // plan is written, so the figure is a result quoted next to a target word, never a target.
  if (kind === "target" && st.explicitTarget && ctx.planYear !== null && year < ctx.planYear)
    return warnAbout(
      out,
      ctx,
      st,
      "parse",
      `a target word stands before a ${year} figure for ${def.id} in a plan for ${ctx.planYear}; a result already known is not a target, and it is not read as either`,
      `một từ chỉ mục tiêu đứng trước số liệu năm ${year} của ${def.id} trong văn bản kế hoạch năm ${ctx.planYear}; kết quả đã biết không phải là mục tiêu, nên số liệu này không được đọc là kết quả lẫn mục tiêu`,
    );
  if (st.value?.figure.percent && def.unit !== "percent") {
    warnAbout(
      out,
      ctx,
      st,
      "parse",
      `"${st.value.raw}" is not in the unit of ${def.id} (${def.unit}); not read`,
      `"${st.value.raw}" không theo đơn vị của ${def.id} (${def.unit}); không đọc`,
    );
    st.value = null;
    if (!st.rank && !st.changes.length) return;
  }
  const base = {
    index: def.index,
    province_code: st.province,
    year,
    indicator_id: def.id,
    level: def.level,
    dimension: def.dimension,
    unit: def.unit,
    source_id: ctx.file,
    source_loc: `${ctx.file}:${st.line}`,
  };
  if (st.value || st.rank) {
    const rank = st.rank;
    const rankOf = rank ? (rank.t === "rank" && rank.of ? rank.of : rankCount(ctx, rank.scope)) : null;
    const row = scoreRow({
      ...base,
      kind,
      value: st.value?.figure.value ?? null,
      value_text: st.value?.figure.text ?? null,
      rank: rank?.rank ?? null,
      rank_of: rankOf,
      rank_scope: rank?.scope ?? null,
      rank_source: rank ? "published" : null,
      group: st.group?.group ?? null,
      group_source: st.group ? "published" : null,
      comparator:
        kind === "target" ? (st.value ? st.value.comparator : rank?.t === "top" ? rank.comparator : "eq") : rank?.t === "top" ? rank.comparator : null,
    });
    if (rank && !(rank.t === "rank" && rank.of)) markAssumed(row, "rank_of");
    if (row.comparator === "eq" && !(rank?.t === "top" && !st.value)) markAssumed(row, "comparator");
    out.scores.push(row);
  }
  readChanges(st, ctx, { ...base, kind }, out);
}

/** How many provinces a ranking of the given scope covers (national 63, Northwest 6, the province's region). */
function rankCount(ctx: PlanContext, scope: "national" | "northwest" | "region"): number | null {
  if (scope === "national") return NATIONAL_RANK_OF;
  if (scope === "northwest") return ctx.registry.provinces.filter((p) => p.northwest).length;
  const own = ctx.provinceCode ? ctx.registry.byCode.get(ctx.provinceCode) : undefined;
  return own ? ctx.registry.provinces.filter((p) => p.region_id === own.region_id).length : null;
}

function readChanges(
  st: FigureStatement,
  ctx: PlanContext,
  base: Omit<ScoreRow, "value" | "value_text" | "rank" | "rank_of" | "rank_scope" | "group" | "group_source" | "rank_source" | "comparator" | "note">,
  out: ReadPart,
) {
  const bySince = new Map<number, FigureStatement["changes"]>();
  for (const c of st.changes) {
    if (c.since === PREVIOUS_YEAR) c.since = base.year - 1;
    if (c.since === null) {
      warnAbout(
        out,
        ctx,
        st,
        "parse",
        `the change "${c.tok.raw}" names no year it is compared with; not read`,
        `mức thay đổi "${c.tok.raw}" không ghi năm được so sánh; không đọc`,
      );
      continue;
    }
    bySince.set(c.since, [...(bySince.get(c.since) ?? []), c]);
  }
  for (const [since, changes] of bySince) {
    const valueChange = changes.find((c) => c.tok.t === "change")?.tok as Tok<"change"> | undefined;
    const rankChange = changes.find((c) => c.tok.t === "rankChange")?.tok as Tok<"rankChange"> | undefined;
    const claim: ChangeClaim = {
      index: base.index,
      province_code: base.province_code,
      indicator_id: base.indicator_id,
      kind: base.kind === "target" ? "target" : "actual",
      year: base.year,
      baseYear: since,
      valueDelta: valueChange ? { value: valueChange.sign * valueChange.figure.value, decimals: valueChange.figure.decimals } : null,
      rankDelta: rankChange ? rankChange.sign * rankChange.places : null,
      line: st.line,
      text: changes.map((c) => c.tok.raw).join(", ") + ` so với năm ${since}`,
    };
    out.claims.push(claim);
    if (base.kind === "actual") {
      const derived = deriveEarlier(st, claim, valueChange, rankChange);
      if (derived) out.scores.push(scoreRow({ ...base, ...derived, year: since, kind: "derived" }));
    }
  }
}

/** The earlier year's figure implied by a figure and its stated change (89,33% "tăng 2,44%" → 86,89%). */
function deriveEarlier(
  st: FigureStatement,
  claim: ChangeClaim,
  valueChange: Tok<"change"> | undefined,
  rankChange: Tok<"rankChange"> | undefined,
): Partial<ScoreRow> | null {
  const notes: string[] = [];
  const fields: Partial<ScoreRow> = {};
  if (st.value && valueChange) {
    const decimals = Math.max(st.value.figure.decimals, valueChange.figure.decimals);
    const value = Number((st.value.figure.value - claim.valueDelta!.value).toFixed(decimals));
    fields.value = value;
    fields.value_text = value.toFixed(decimals);
    const op = valueChange.sign > 0 ? "−" : "+";
    notes.push(
      `${st.value.figure.text} ${op} ${valueChange.figure.text} = ${fields.value_text} ("${st.value.raw}", "${valueChange.raw}" so với năm ${claim.baseYear})`,
    );
  }
  const rank = st.rank && st.rank.t === "rank" ? st.rank : null;
  if (rank && rankChange) {
    fields.rank = rank.rank + claim.rankDelta!;
    fields.rank_of = rank.total ?? NATIONAL_RANK_OF;
    fields.rank_scope = rank.scope;
    fields.rank_source = "computed";
    const op = rankChange.sign > 0 ? "+" : "−";
    notes.push(`rank ${rank.rank} ${op} ${rankChange.places} = ${fields.rank} ("${rankChange.raw}" so với năm ${claim.baseYear})`);
  }
  if (!notes.length) return null;
  return { ...fields, note: `derived from the ${claim.year} figure and its stated change: ${notes.join("; ")}` };
}
