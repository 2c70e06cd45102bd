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
  const r: SentenceReading = { done: [], loose: [], lastSince: null, cur: newStatement(ctx, state, bullet, line, text), before: [] };
  for (const tok of tokens) readToken(r, tok);
  r.done.push(r.cur);
  // "tăng 0,69 điểm so với năm 2018 và tăng 16 bậc": a change after the comparison takes its year.
  for (const st of r.done) for (const c of st.changes) if (c.since === null && r.lastSince !== null) c.since = r.lastSince;
  const withFigures = r.done.filter(hasFigures);
  for (const st of withFigures) if (st.explicitTarget && st.year !== null) state.targetYear = st.year;
  return { statements: withFigures, loose: r.loose };
}

/** Where the reading of one sentence stands. */
interface SentenceReading {
  /** the statements closed so far */
  done: FigureStatement[];
  loose: string[];
  /** the year of the last "so với năm …" */
  lastSince: number | null;
  /** the statement being read */
  cur: FigureStatement;
  /** "thuộc nhóm TBT, đạt 42,10 điểm": one group named before the figure is its group; a list of groups is not. */
  before: Tok<"group">[];
}

/** Gives the current statement the one group named before its figure (a list of groups gives none), and forgets them. */
function takeGroupBefore(r: SentenceReading): void {
  if (!r.cur.group && r.before.length === 1) r.cur.group = r.before[0]!;
  r.before = [];
}

/** Closes the current statement and starts another on the same subject. */
function restart(r: SentenceReading): void {
  r.done.push(r.cur);
  r.cur = carry(r.cur);
  r.before = [];
}

/** Reads one token into the sentence's statements. */
function readToken(r: SentenceReading, tok: FigureToken): void {
  switch (tok.t) {
    case "target":
      r.cur.explicitTarget = true;
      break;
    case "indicator":
      readIndicator(r, tok);
      break;
    case "province":
    case "national":
      readProvince(r, tok);
      break;
    case "year":
      readYear(r, tok);
      break;
    case "value":
      if (r.cur.value) restart(r);
      r.cur.value = tok;
      takeGroupBefore(r);
      break;
    case "rank":
    case "top":
      readRank(r, tok);
      break;
    case "group":
      if ((r.cur.value || r.cur.rank) && !r.cur.group) r.cur.group = tok;
      else if (!hasFigures(r.cur)) r.before.push(tok);
      break;
    case "change":
    case "rankChange":
      r.cur.changes.push({ tok, since: null });
      break;
    case "since":
      for (const c of r.cur.changes) if (c.since === null) c.since = tok.year;
      r.lastSince = tok.year;
      break;
    case "loose":
      r.loose.push(tok.raw);
      break;
  }
}

/** An indicator named: the same one (or its index qualifying it) keeps the statement; another starts a new subject. */
function readIndicator(r: SentenceReading, tok: Tok<"indicator">): void {
  const cur = r.cur;
  const same = tok.def && cur.def && tok.def.id === cur.def.id;
  // "Chỉ số nội dung “…” của Chỉ số PAPI": the index name qualifies the dimension just named.
  const qualifier =
    tok.def && cur.def && cur.named && tok.def.level === "total" && cur.def.index === tok.def.index && cur.def.level !== "total" && !hasFigures(cur);
  if (same || qualifier) {
    cur.named = true;
    return;
  }
  if (hasFigures(cur)) restart(r);
  r.cur.def = tok.def;
  r.cur.named = true;
  r.cur.unknownIndicator = tok.def ? null : tok.name;
}

/** A province (or the nation) named: another one than the statement's starts a new subject. */
function readProvince(r: SentenceReading, tok: Tok<"province"> | Tok<"national">): void {
  const code = tok.t === "national" ? NATIONAL_CODE : tok.code;
  if (code === r.cur.province && !r.cur.unknownProvince) return;
  if (hasFigures(r.cur)) restart(r);
  r.cur.province = code;
  r.cur.unknownProvince = code ? null : (tok as Tok<"province">).name;
}

/** A year named: the statement's year, or a new statement's when the figures already have one. */
function readYear(r: SentenceReading, tok: Tok<"year">): void {
  if (r.cur.year === tok.year) return;
  // "đạt 45,06 điểm năm 2019": a year printed after a figure that had none is that figure's year.
  if (hasFigures(r.cur) && r.cur.year !== null) restart(r);
  r.cur.year = tok.year;
}

/** A national rank is the statement's rank; a rank in another scope or a rank target is a statement of its own. */
function readRank(r: SentenceReading, tok: Tok<"rank"> | Tok<"top">): void {
  if (tok.scope === "national" && tok.t === "rank") {
    if (r.cur.rank) restart(r);
    r.cur.rank = tok;
    takeGroupBefore(r);
  } else r.done.push({ ...carry(r.cur), rank: tok, changes: [] });
}
