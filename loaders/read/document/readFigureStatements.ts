import type { IndicatorDef } from "../../model/taxonomy.ts";
import type { PlanContext } from "./planContext.ts";
import { NATIONAL_CODE } from "../../model/model.ts";
import type { FigureToken } from "./tokenizeFigureSentence.ts";

export type Tok<T extends FigureToken["t"]> = Extract<FigureToken, { t: T }>;

/** What the figures of a clause are about, and the figures themselves. */
export interface FigureStatement {
  def: IndicatorDef | null;
  /** The indicator was named in this sentence (not inherited from a heading). */
  named: boolean;
  unknownIndicator: string | null;
  province: string | null;
  unknownProvince: string | null;
  year: number | null;
  /** A target word ("phấn đấu") precedes the figures in the sentence. */
  explicitTarget: boolean;
  /** The line inherits a target context (a "Mục tiêu" section, a bullet under a target sentence). */
  inheritedTarget: boolean;
  value: Tok<"value"> | null;
  rank: Tok<"rank"> | Tok<"top"> | null;
  group: Tok<"group"> | null;
  changes: Array<{ tok: Tok<"change"> | Tok<"rankChange">; since: number | null }>;
  line: number;
  text: string;
}

/** What a line passes on to the lines below it. */
export interface ProseState {
  headingIndicator: IndicatorDef | null;
  targetSection: boolean;
  targetYear: number | null;
}

/** The statement carries a value, a rank or a change (a group alone is not a figure). */
export const hasFigures = (s: FigureStatement) => !!(s.value || s.rank || s.changes.length);

/** A statement with the line's inherited subject: the heading's indicator (not for bullets), the document's province. */
export function newStatement(ctx: PlanContext, state: ProseState, bullet: boolean, line: number, text: string): FigureStatement {
  return {
    def: bullet ? null : state.headingIndicator,
    named: false,
    unknownIndicator: null,
    province: ctx.provinceCode,
    unknownProvince: null,
    year: null,
    explicitTarget: false,
    inheritedTarget: state.targetSection || (bullet && state.targetYear !== null),
    value: null,
    rank: null,
    group: null,
    changes: [],
    line,
    text,
  };
}

/** The same subject, no figures yet. */
function carry(s: FigureStatement): FigureStatement {
  return { ...s, value: null, rank: null, group: null, changes: [] };
}

/**
 * Reads one sentence's tokens into statements: the subject (indicator, province, year) carries
 * from clause to clause until a new one is named, so "Đạt 45,06 điểm (tăng 0,69 điểm so với năm
 * 2018); xếp thứ 13/63 …" is one figure with its change and rank. A rank in another scope or a
 * rank target ("top 10") is a statement of its own. Returns the statements with figures and the
 * figures no form took ("loose").
 */
export function readFigureStatements(
  tokens: FigureToken[],
  text: string,
  line: number,
  ctx: PlanContext,
  state: ProseState,
  bullet: boolean,
): { statements: FigureStatement[]; loose: string[] } {
  const done: FigureStatement[] = [];
  const loose: string[] = [];
  let lastSince: number | null = null;
  let cur = newStatement(ctx, state, bullet, line, text);
  // "thuộc nhóm TBT, đạt 42,10 điểm": one group named before the figure is its group; a list of groups is not.
  let before: Tok<"group">[] = [];
  const takeGroupBefore = () => {
    if (!cur.group && before.length === 1) cur.group = before[0]!;
    before = [];
  };
  const restart = () => {
    done.push(cur);
    cur = carry(cur);
    before = [];
  };
  for (const tok of tokens) {
    switch (tok.t) {
      case "target":
        cur.explicitTarget = true;
        break;
      case "indicator": {
        const same = tok.def && cur.def && tok.def.id === cur.def.id;
        // "Chỉ số nội dung “…” của Chỉ số PAPI": the index name qualifies the dimension just named.
        const qualifier =
          tok.def && cur.def && cur.named && tok.def.level === "total" && cur.def.index === tok.def.index && cur.def.level !== "total" && !hasFigures(cur);
        if (same || qualifier) {
          cur.named = true;
          break;
        }
        if (hasFigures(cur)) restart();
        cur.def = tok.def;
        cur.named = true;
        cur.unknownIndicator = tok.def ? null : tok.name;
        break;
      }
      case "province":
      case "national": {
        const code = tok.t === "national" ? NATIONAL_CODE : tok.code;
        if (code === cur.province && !cur.unknownProvince) break;
        if (hasFigures(cur)) restart();
        cur.province = code;
        cur.unknownProvince = code ? null : (tok as Tok<"province">).name;
        break;
      }
      case "year":
        if (cur.year === tok.year) break;
        // "đạt 45,06 điểm năm 2019": a year printed after a figure that had none is that figure's year.
        if (hasFigures(cur) && cur.year !== null) restart();
        cur.year = tok.year;
        break;
      case "value":
        if (cur.value) restart();
        cur.value = tok;
        takeGroupBefore();
        break;
      case "rank":
      case "top":
        if (tok.scope === "national" && tok.t === "rank") {
          if (cur.rank) restart();
          cur.rank = tok;
          takeGroupBefore();
        } else done.push({ ...carry(cur), rank: tok, changes: [] });
        break;
      case "group":
        if ((cur.value || cur.rank) && !cur.group) cur.group = tok;
        else if (!hasFigures(cur)) before.push(tok);
        break;
      case "change":
      case "rankChange":
        cur.changes.push({ tok, since: null });
        break;
      case "since":
        for (const c of cur.changes) if (c.since === null) c.since = tok.year;
        lastSince = tok.year;
        break;
      case "loose":
        loose.push(tok.raw);
        break;
    }
  }
  done.push(cur);
  // "tăng 0,69 điểm so với năm 2018 và tăng 16 bậc": a change after the comparison takes its year.
  for (const st of done) for (const c of st.changes) if (c.since === null && lastSince !== null) c.since = lastSince;
  const withFigures = done.filter(hasFigures);
  for (const st of withFigures) if (st.explicitTarget && st.year !== null) state.targetYear = st.year;
  return { statements: withFigures, loose };
}
