import { figureIssue, type IssueRow, type ScoreRow } from "../model/model.ts";
import { inForce, partsOf, scaleOf, type IndicatorDef, type Taxonomy } from "../model/taxonomy.ts";

/**
 * Checks every figure against its scale and every published whole against its parts.
 *
 * - range: dimensions 1–10, a sub-dimension of an n-part dimension 1/n–10/n, the PAPI total
 *   6–60 to 2017 and 8–80 from 2018, percent 0–100 (an impossible value is an error);
 * - parts vs whole: within one source, province, year and kind, the parts must sum to the
 *   whole within half a unit of the last printed decimal for each rounded figure (0.005 for
 *   each part and for the whole at two decimals), else a warning naming both locations;
 * - duplicates: the same figure twice in one source is an error.
 */
export function validateScores(scores: ScoreRow[], tax: Taxonomy): IssueRow[] {
  return [...checkRanges(scores, tax), ...checkPartsAgainstWhole(scores, tax), ...checkDuplicates(scores)];
}

export function checkRanges(scores: ScoreRow[], tax: Taxonomy): IssueRow[] {
  const out: IssueRow[] = [];
  for (const s of scores) {
    const def = tax.byId.get(s.indicator_id);
    if (!def) {
      out.push(
        figureIssue(s, {
          kind: "unknown_indicator",
          severity: "error",
          message: `indicator ${s.indicator_id} is not in the taxonomy`,
          message_vi: `chỉ số ${s.indicator_id} không có trong danh mục chỉ số`,
        }),
      );
      continue;
    }
    const yearIssue = checkYear(s, def, tax);
    if (yearIssue) {
      out.push(yearIssue);
      continue;
    }
    // Survey indicators are checked by their reader against the scale and unit their sheet prints.
    if (def.level === "indicator") continue;
    if (s.unit !== def.unit) {
      out.push(
        figureIssue(s, {
          kind: "out_of_range",
          severity: "error",
          message: `${s.indicator_id} is measured in ${def.unit}, the source gives ${s.unit}`,
          message_vi: `${s.indicator_id} được đo bằng đơn vị ${def.unit}, nguồn lại ghi ${s.unit}`,
        }),
      );
    }
    if (s.value === null) continue;
    const { min, max, tolerance } = scaleOf(tax, def, s.year);
    const eps = tolerance + 1e-9;
    if (!(s.value >= min - eps && s.value <= max + eps)) {
      out.push(
        figureIssue(s, {
          kind: "out_of_range",
          severity: "error",
          message: `${s.indicator_id} ${s.year} = ${s.value_text ?? s.value} is outside its scale ${fmt(min)}–${fmt(max)}`,
          message_vi: `${s.indicator_id} ${s.year} = ${s.value_text ?? s.value} nằm ngoài thang điểm ${fmt(min)}–${fmt(max)}`,
        }),
      );
    }
    if (s.rank !== null && s.rank_of !== null && (s.rank < 1 || s.rank > s.rank_of)) {
      out.push(
        figureIssue(s, {
          kind: "out_of_range",
          severity: "error",
          message: `rank ${s.rank}/${s.rank_of} is impossible`,
          message_vi: `thứ hạng ${s.rank}/${s.rank_of} là không thể có`,
        }),
      );
    }
  }
  return out;
}

/** Targets may look this many years ahead of the current year; results never. */
const TARGET_HORIZON = 10;

/**
 * A year outside the index's years (before its first survey, or a result later than this
 * year), or an indicator in a year the taxonomy says it does not exist: an error naming the
 * figure's location. Nothing is computed from such a figure.
 */
export function checkYear(s: ScoreRow, def: IndicatorDef, tax: Taxonomy, now = new Date().getFullYear()): IssueRow | null {
  const first = tax.indices[s.index]?.first_year ?? 2009;
  const last = s.kind === "target" ? now + TARGET_HORIZON : now;
  if (!Number.isInteger(s.year) || s.year < first || s.year > last)
    return figureIssue(s, {
      kind: "out_of_range",
      severity: "error",
      message: `${s.source_loc}: year ${s.year} is outside ${s.index}'s years (${first}–${last}${s.kind === "target" ? " for a target" : ""}); not used`,
      message_vi: `${s.source_loc}: năm ${s.year} nằm ngoài các năm của ${s.index} (${first}–${last}${s.kind === "target" ? " đối với một mục tiêu" : ""}); không sử dụng`,
    });
  if (!inForce(def, s.year) && def.level !== "indicator")
    return figureIssue(s, {
      kind: "out_of_range",
      severity: "error",
      message: `${s.source_loc}: ${s.indicator_id} (${def.name_vi}) does not exist in ${s.index} ${s.year} (in force ${def.from}–${def.to ?? ""}); not used`,
      message_vi: `${s.source_loc}: ${s.indicator_id} (${def.name_vi}) không tồn tại trong ${s.index} ${s.year} (có hiệu lực ${def.from}–${def.to ?? ""}); không sử dụng`,
    });
  return null;
}

/** Half a unit of the last printed decimal: 0.005 for "4.22", negligible for a full-precision float. */
export function roundingOf(s: ScoreRow): number {
  return roundingOfText(s.value_text);
}

export function roundingOfText(text: string | null): number {
  if (!text) return 0;
  const dot = text.indexOf(".");
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  // Five or more decimals: a float printed in full, not a rounded publication. Sources store
  // single-precision floats (45.05506134033203) and sums of them, exact to a few 1e-5 only.
  return decimals >= 5 ? 5e-5 : 0.5 * 10 ** -decimals;
}

export function checkPartsAgainstWhole(scores: ScoreRow[], tax: Taxonomy): IssueRow[] {
  const out: IssueRow[] = [];
  const groups = new Map<string, Map<string, ScoreRow>>();
  for (const s of scores) {
    if (s.value === null || s.kind === "target") continue; // plan targets are checked by the plan reader
    const key = [s.source_id, s.index, s.province_code, s.year, s.kind].join("|");
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Map()));
    if (!g.has(s.indicator_id)) g.set(s.indicator_id, s);
  }
  for (const g of groups.values()) {
    for (const whole of g.values()) {
      const def = tax.byId.get(whole.indicator_id);
      if (!def || whole.indicator_id === "papi.total_6d") continue;
      if (def.level === "subdimension") continue; // survey indicators are not parts of a sum
      const parts = partsOf(tax, def.id, whole.year);
      if (parts.length < 2) continue;
      const rows = parts.map((p) => g.get(p.id));
      if (rows.some((r) => r === undefined)) continue;
      const sum = rows.reduce((acc, r) => acc + r!.value!, 0);
      const tolerance = rows.reduce((acc, r) => acc + roundingOf(r!), roundingOf(whole)) + 1e-6;
      const diff = sum - whole.value!;
      if (Math.abs(diff) > tolerance) {
        const partsText = rows.map((r) => r!.value_text ?? String(r!.value)).join(" + ");
        out.push(
          figureIssue(whole, {
            kind: "sum_mismatch",
            severity: "warning",
            message: `${def.name_vi} ${whole.year}: parts ${partsText} = ${fmt(sum)}, the source prints ${whole.value_text ?? whole.value} (difference ${fmt(diff)}, tolerance ${fmt(tolerance)}; parts at ${rows[0]!.source_loc}…${rows[rows.length - 1]!.source_loc})`,
            message_vi: `${def.name_vi} ${whole.year}: tổng các thành phần ${partsText} = ${fmt(sum)}, nguồn lại ghi ${whole.value_text ?? whole.value} (chênh lệch ${fmt(diff)}, dung sai ${fmt(tolerance)}; các thành phần ở ${rows[0]!.source_loc}…${rows[rows.length - 1]!.source_loc})`,
          }),
        );
      }
    }
  }
  return out;
}

/**
 * What makes two rows the same figure. A rank-only target ("top 10") is a different goal from
 * the score target of the same indicator, so it has a key of its own.
 */
export function figureKey(s: ScoreRow): string {
  const goal = s.kind === "target" && s.value === null && s.rank !== null ? "rank" : "value";
  return [s.index, s.province_code, s.year, s.indicator_id, s.kind, s.rank_scope ?? "national", goal].join("|");
}

export function checkDuplicates(scores: ScoreRow[]): IssueRow[] {
  const out: IssueRow[] = [];
  const seen = new Map<string, ScoreRow>();
  for (const s of scores) {
    const key = s.source_id + "|" + figureKey(s);
    const first = seen.get(key);
    if (!first) {
      seen.set(key, s);
      continue;
    }
    if (first.value === s.value && first.rank === s.rank && first.group === s.group) {
      out.push(
        figureIssue(s, {
          kind: "duplicate",
          severity: "error",
          message: `${s.indicator_id} ${s.year} is given twice in this source (also at ${first.source_loc})`,
          message_vi: `${s.indicator_id} ${s.year} bị trùng lặp trong cùng nguồn này (cũng có ở ${first.source_loc})`,
        }),
      );
    } else {
      out.push(
        figureIssue(s, {
          kind: "conflict",
          severity: "error",
          message: `${s.indicator_id} ${s.year} is ${s.value_text ?? s.value} here but ${first.value_text ?? first.value} at ${first.source_loc} in the same source`,
          message_vi: `${s.indicator_id} ${s.year} ở đây là ${s.value_text ?? s.value} nhưng ở ${first.source_loc} trong cùng nguồn lại là ${first.value_text ?? first.value}`,
        }),
      );
    }
  }
  return out;
}

function fmt(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}
