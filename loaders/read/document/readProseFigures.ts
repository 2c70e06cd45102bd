import { foldText, stripMarkup } from "../../text/foldText.ts";
import { issue } from "../../model/model.ts";
import type { PlanContext, ReadPart } from "./planContext.ts";
import { tokenizeFigureSentence, type FigureToken } from "./tokenizeFigureSentence.ts";
import { newStatement, readFigureStatements, type ProseState, type Tok } from "./readFigureStatements.ts";
import { emitFigureStatement, excerpt, warnAbout } from "./emitFigureStatement.ts";

const HEADING_RE = /^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+\S/u;
const BULLET_RE = /^[-+•*–]\s/;
const TARGET_HEADING_RE = /\b(muc tieu|chi tieu)\b/;
/** Tokens that carry a number a reader must account for. */
const FIGURE_TOKENS = new Set(["value", "change", "rank", "rankChange", "top", "loose"]);

/** A line without markdown heading marks and emphasis. */
function cleanLine(line: string): string {
  return stripMarkup(line.replace(/^#+\s*/, "")).trim();
}

function isHeading(text: string): boolean {
  if (!text) return false;
  const caps = /\p{L}/u.test(text) && text === text.toUpperCase() && text.length < 120;
  return caps || (HEADING_RE.test(text) && (text.length < 100 || text.endsWith(":")));
}

/** Splits a line into sentences at ". " before a capital letter (not after "TP."). */
export function splitSentences(line: string): string[] {
  return line.split(/(?<=[.!?])(?<!\bTP\.|\bTp\.)\s+(?=[\p{Lu}“"(])/u).filter((s) => s.trim());
}

/**
 * Reads the figures printed in prose, line by line and sentence by sentence. Within a sentence
 * the subject (indicator, province, year) carries from clause to clause until a new one is named,
 * so "Đạt 45,06 điểm (tăng 0,69 điểm so với năm 2018); xếp thứ 13/63 …" is one figure with its
 * rank. Stated changes yield derived figures for the earlier year and claims to check.
 */
export function readProseFigures(lines: string[], ctx: PlanContext, skip: (line: number) => boolean): ReadPart {
  const out: ReadPart = { scores: [], issues: [], claims: [] };
  const state: ProseState = { headingIndicator: null, targetSection: false, targetYear: null };
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (skip(line)) return;
    const text = cleanLine(raw);
    if (!text) return;
    const bullet = BULLET_RE.test(text);
    const sentences = splitSentences(text).map((s) => ({ s, tokens: tokenizeFigureSentence(s, ctx) }));
    const figures = sentences.some(({ tokens }) => tokens.some((t) => FIGURE_TOKENS.has(t.t)));
    if (isHeading(text) && !figures) {
      const named = [
        ...new Set(sentences.flatMap(({ tokens }) => tokens.filter((t): t is Tok<"indicator"> => t.t === "indicator" && !!t.def).map((t) => t.def!))),
      ];
      state.headingIndicator = named.length === 1 ? named[0]! : null;
      state.targetSection = TARGET_HEADING_RE.test(foldText(text));
      state.targetYear = null;
      return;
    }
    for (const { s, tokens } of sentences) {
      const { statements, loose } = readFigureStatements(tokens, s, line, ctx, state, bullet);
      for (const st of statements) emitFigureStatement(st, ctx, state.targetYear, out);
      if (loose.length) {
        const st = newStatement(ctx, state, bullet, line, s);
        warnAbout(
          out,
          ctx,
          st,
          "parse",
          `${loose.map((l) => `"${l}"`).join(", ")} could not be read as a value, a change or a target; not read`,
          `${loose.map((l) => `"${l}"`).join(", ")} không đọc được thành giá trị, mức thay đổi hay mục tiêu; không đọc`,
        );
      }
      noteTargetWithoutFigure(tokens, s, line, ctx, out);
    }
  });
  return out;
}

/** "Phấn đấu Chỉ số PAPI … cải thiện bậc so với năm 2023": a target with no number, noted, not invented. */
function noteTargetWithoutFigure(tokens: FigureToken[], text: string, line: number, ctx: PlanContext, out: ReadPart) {
  const target = tokens.find((t) => t.t === "target" && foldText(t.raw) === "phan dau");
  if (!target || tokens.some((t) => FIGURE_TOKENS.has(t.t))) return;
  const named = tokens.filter((t): t is Tok<"indicator"> => t.t === "indicator" && !!t.def);
  const indicator = named.find((t) => t.at > target.at) ?? named[0];
  if (!indicator) return;
  const year = tokens.find((t): t is Tok<"year"> => t.t === "year" && t.at > target.at)?.year ?? ctx.planYear;
  out.issues.push(
    issue({
      kind: "missing_value",
      severity: "info",
      message: `${ctx.file}:${line}: a target for ${indicator.def!.id}${year ? ` ${year}` : ""} is stated without a figure; no target row: "${excerpt(text)}"`,
      message_vi: `${ctx.file}:${line}: mục tiêu cho ${indicator.def!.id}${year ? ` ${year}` : ""} được nêu mà không có con số; không tạo dòng mục tiêu: "${excerpt(text)}"`,
      source_id: ctx.file,
      source_loc: `${ctx.file}:${line}`,
      index: indicator.def!.index,
      province_code: ctx.provinceCode,
      year,
      indicator_id: indicator.def!.id,
    }),
  );
}
