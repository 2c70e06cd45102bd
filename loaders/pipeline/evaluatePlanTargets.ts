import type { FactRow, Group, ProvinceRow } from "../model/model.ts";
import { NO_EVALUATION, type PlanTargetRow, type TargetStatus } from "../model/plans.ts";
import { inForce, type Taxonomy } from "../model/taxonomy.ts";
// The group order and the Northwest rank are the province page's rules; they are used, not copied.
import { GROUP_ORDER, northwestRank } from "../../src/components/province/targetChecks.ts";
import type { TotalPoint } from "../../src/components/province/provinceFacts.ts";

type Outcome = Pick<
  PlanTargetRow,
  | "status"
  | "outcome_value"
  | "outcome_kind"
  | "base_value"
  | "outcome_rank"
  | "base_rank"
  | "outcome_rank_of"
  | "outcome_group"
  | "outcome_rank_source"
  | "outcome_group_source"
  | "outcome_source"
  | "evaluation_vi"
  | "evaluation_en"
>;

interface EvalContext {
  facts: Map<string, FactRow>;
  taxonomy: Taxonomy;
  provinces: ProvinceRow[];
  all: FactRow[];
}

const key = (code: string, id: string, year: number) => `${code}|${id}|${year}`;
// Two decimals, as the pages print scores (45,06); a change is the difference of the printed figures.
const r2 = (x: number) => Math.round(x * 100) / 100;
const vi = (x: number) => r2(x).toFixed(2).replace(".", ",");
const en = (x: number) => r2(x).toFixed(2);
/** A change with its sign, written by `f` ("+4,41", "-0,58"; no change is "+0,00"). */
const signed = (d: number, f: (x: number) => string) => `${d >= 0 ? "+" : "-"}${f(Math.abs(d))}`;
const src = (f: FactRow | null | undefined) => (f?.value_source_id ? `${f.value_source_id}@${f.value_source_loc ?? ""}` : null);

function outcome(status: TargetStatus, evaluation_vi: string, evaluation_en: string, extra: Partial<Outcome> = {}): Outcome {
  return { ...NO_EVALUATION, status, evaluation_vi, evaluation_en, ...extra };
}

const indexName = (t: PlanTargetRow) => (t.index ?? "").replace("_", " ");
const notYet = (t: PlanTargetRow) =>
  outcome("not_yet_known", `chưa có kết quả ${indexName(t)} năm ${t.year ?? "?"} trong dữ liệu`, `no ${indexName(t)} ${t.year ?? "?"} results in the data yet`);

/** The province's actual national-scope figure of an indicator in a year (a derived one when no actual exists). */
function figure(c: EvalContext, code: string, id: string, year: number | null): FactRow | null {
  return year === null ? null : (c.facts.get(key(code, id, year)) ?? null);
}

function fields(f: FactRow | null, b: FactRow | null): Partial<Outcome> {
  return {
    outcome_value: f?.value ?? null,
    outcome_kind: f?.kind ?? null,
    base_value: b?.value ?? null,
    outcome_rank: f?.rank ?? null,
    base_rank: b?.rank ?? null,
    outcome_rank_of: f?.rank_of ?? null,
    outcome_group: (f?.group as Group | null) ?? null,
    outcome_rank_source: f?.rank_source ?? null,
    outcome_group_source: f?.group_source ?? null,
    outcome_source: [src(f), src(b)].filter(Boolean).join("; ") || null,
  };
}

const verdict = (ok: boolean) => (ok ? "met" : "not_met") as TargetStatus;
const rankVi = (f: FactRow) => `hạng ${f.rank}/${f.rank_of}${f.rank_source === "computed" ? " (tính toán)" : ""}`;
const rankEn = (f: FactRow) => `rank ${f.rank}/${f.rank_of}${f.rank_source === "computed" ? " (computed)" : ""}`;

/** Score against the base year: improves (>) or not lower (≥). */
function scoreVsBase(c: EvalContext, t: PlanTargetRow, code: string, id: string): Outcome {
  const f = figure(c, code, id, t.year);
  const b = figure(c, code, id, t.base_year);
  if (!f || f.value === null) return notYet(t);
  if (!b || b.value === null)
    return outcome("not_yet_known", `không có điểm năm ${t.base_year} để so sánh`, `no ${t.base_year} score to compare with`, fields(f, b));
  const ok = t.rule === "score_improves" ? f.value > b.value : f.value >= b.value - 1e-9;
  const d = r2(f.value) - r2(b.value);
  const rk = (x: FactRow, l: "vi" | "en") => (x.rank !== null && x.rank_of ? `, ${l === "vi" ? rankVi(x) : rankEn(x)}` : "");
  return outcome(
    verdict(ok),
    `${vi(b.value)} (${t.base_year}${rk(b, "vi")}) → ${vi(f.value)} (${t.year}${rk(f, "vi")}), ${signed(d, vi)}`,
    `${en(b.value)} (${t.base_year}${rk(b, "en")}) → ${en(f.value)} (${t.year}${rk(f, "en")}), ${signed(d, en)}`,
    fields(f, b),
  );
}

/** Rank against the base year: better (smaller), or better by at least N places. */
function rankVsBase(c: EvalContext, t: PlanTargetRow, code: string, id: string): Outcome {
  const f = figure(c, code, id, t.year);
  const b = figure(c, code, id, t.base_year);
  if (!f || f.rank === null) return notYet(t);
  if (!b || b.rank === null)
    return outcome("not_yet_known", `không có thứ hạng năm ${t.base_year} để so sánh`, `no ${t.base_year} rank to compare with`, fields(f, b));
  const gained = b.rank - f.rank;
  const ok = t.rule === "rank_improves_by" ? gained >= (t.value ?? 1) : gained > 0;
  const moved = (l: "vi" | "en") =>
    gained === 0
      ? l === "vi"
        ? "giữ nguyên"
        : "unchanged"
      : l === "vi"
        ? `${gained > 0 ? "tăng" : "giảm"} ${Math.abs(gained)} bậc`
        : `${Math.abs(gained)} places ${gained > 0 ? "up" : "down"}`;
  const pts = (x: FactRow, l: "vi" | "en") => (x.value === null ? "" : `, ${l === "vi" ? `${vi(x.value)} điểm` : `${en(x.value)} points`}`);
  return outcome(
    verdict(ok),
    `${rankVi(b)} (${t.base_year}${pts(b, "vi")}) → ${rankVi(f)} (${t.year}${pts(f, "vi")}), ${moved("vi")}`,
    `${rankEn(b)} (${t.base_year}${pts(b, "en")}) → ${rankEn(f)} (${t.year}${pts(f, "en")}), ${moved("en")}`,
    fields(f, b),
  );
}

/** Rank at most N, nationally or among the Northwest six (published, else computed from the six totals). */
function rankAtMost(c: EvalContext, t: PlanTargetRow, code: string, id: string): Outcome {
  const f = figure(c, code, id, t.year);
  if (!f || f.value === null) return notYet(t);
  let rank = f.rank;
  let of = f.rank_of;
  let source = f.rank_source;
  if (t.rank_scope === "northwest") {
    const pub = c.all.find(
      (q) => q.province_code === code && q.indicator_id === id && q.year === t.year && q.rank_scope === "northwest" && q.kind === "actual" && q.rank !== null,
    );
    const totals = c.all.filter((q) => q.indicator_id === id && q.year === t.year && q.rank_scope === "national" && q.kind === "actual" && q.value !== null);
    const nw = pub ? { rank: pub.rank!, of: pub.rank_of! } : northwestRank(totals as unknown as TotalPoint[], c.provinces, code, t.year!);
    rank = nw?.rank ?? null;
    of = nw?.of ?? null;
    source = pub ? "published" : nw ? "computed" : null;
  }
  if (rank === null) return outcome("not_yet_known", `chưa tính được thứ hạng năm ${t.year}`, `no ${t.year} rank can be told`, fields(f, null));
  const limit = t.rule === "high_group" ? Math.ceil((of ?? 63) / 4) : (t.value ?? 0);
  const where = t.rank_scope === "northwest" ? { vi: " trong vùng Tây Bắc", en: " in the Northwest" } : { vi: "", en: "" };
  const comp = source === "computed" ? { vi: " (tính toán)", en: " (computed)" } : { vi: "", en: "" };
  return outcome(
    verdict(rank <= limit),
    `hạng ${rank}/${of}${where.vi}${comp.vi}, cần ≤ ${limit}${t.rule === "high_group" ? " (một phần tư đầu bảng — văn bản không định nghĩa nhóm)" : ""}`,
    `rank ${rank}/${of}${where.en}${comp.en}, needs ≤ ${limit}${t.rule === "high_group" ? " (first quarter of the ranking — the plan does not define the group)" : ""}`,
    { ...fields(f, null), outcome_rank: rank, outcome_rank_of: of, outcome_rank_source: source },
  );
}

function groupAtLeast(c: EvalContext, t: PlanTargetRow, code: string, id: string): Outcome {
  const f = figure(c, code, id, t.year);
  if (!f || f.value === null) return notYet(t);
  if (!f.group || !t.group) return outcome("not_yet_known", `chưa có nhóm năm ${t.year}`, `no ${t.year} group`, fields(f, null));
  const ok = GROUP_ORDER.indexOf(f.group) <= GROUP_ORDER.indexOf(t.group);
  const comp = f.group_source === "computed" ? { vi: " (tính toán)", en: " (computed)" } : { vi: "", en: "" };
  const name = (g: string, l: "vi" | "en") => c.taxonomy.groups.find((x) => x.code === g)?.[l] ?? g;
  return outcome(
    verdict(ok),
    `nhóm ${name(f.group, "vi")}${comp.vi}, cần ${name(t.group, "vi")} hoặc tốt hơn`,
    `group ${name(f.group, "en")}${comp.en}, needs ${name(t.group, "en")} or better`,
    fields(f, null),
  );
}

/** Each dimension of the index in the target year: every one must pass the rule. */
function eachDimension(c: EvalContext, t: PlanTargetRow, code: string): Outcome {
  const dims = c.taxonomy.indicators.filter((d) => d.index === t.index && d.level === "dimension" && t.year !== null && inForce(d, t.year));
  // No score of any area of the index for the province, in any year: the data cannot tell, whatever year comes.
  const anyScore = c.all.some((f) => f.province_code === code && f.index === t.index && f.level === "dimension" && f.value !== null);
  if (!dims.length || !anyScore)
    return outcome("no_outcome_data", `dữ liệu không có điểm từng lĩnh vực của ${indexName(t)}`, `the data has no ${indexName(t)} scores by area`);
  const results = dims.map((d) => ({ d, r: t.rule === "no_lowest_group" ? groupNotLowest(c, t, code, d.id) : scoreVsBase(c, t, code, d.id) }));
  if (results.some((x) => x.r.status === "not_yet_known")) return notYet(t);
  const failed = results.filter((x) => x.r.status === "not_met").map((x) => x.d.id.split(".").pop()!.toUpperCase());
  return outcome(
    verdict(!failed.length),
    failed.length
      ? `chưa đạt ở ${failed.join(", ")} (${results.length - failed.length}/${results.length} đạt)`
      : `cả ${results.length} chỉ số nội dung đều đạt`,
    failed.length ? `not met in ${failed.join(", ")} (${results.length - failed.length}/${results.length} met)` : `all ${results.length} dimensions met`,
  );
}

function groupNotLowest(c: EvalContext, t: PlanTargetRow, code: string, id: string): Outcome {
  const f = figure(c, code, id, t.year);
  if (!f || !f.group) return notYet(t);
  return outcome(verdict(f.group !== "TN"), `nhóm ${f.group}`, `group ${f.group}`, fields(f, null));
}

function evaluate(c: EvalContext, t: PlanTargetRow): Outcome {
  const code = t.province_code;
  if (t.rule === "commitment")
    return outcome("no_outcome_data", "cam kết thực hiện: dữ liệu chỉ số không đo được", "operational commitment: the index data cannot measure it");
  if (!code || !t.index || t.year === null)
    return outcome("not_yet_known", "thiếu tỉnh, chỉ số hoặc năm của mục tiêu", "the target's province, index or year is unknown");
  if (t.scope === "each_criterion")
    return outcome("no_outcome_data", `dữ liệu không có điểm từng tiêu chí của ${indexName(t)}`, `the data has no ${indexName(t)} scores by criterion`);
  if (t.scope === "each_dimension" || t.rule === "no_lowest_group") return eachDimension(c, t, code);
  const id = t.indicator_id!;
  switch (t.rule) {
    case "score_at_least":
    case "score_at_most": {
      const f = figure(c, code, id, t.year);
      if (!f || f.value === null) return notYet(t);
      const ok = t.rule === "score_at_most" ? f.value <= t.value! + 1e-9 : f.value >= t.value! - 1e-9;
      const d = r2(f.value) - r2(t.value!);
      return outcome(
        verdict(ok),
        `${vi(f.value)} so với mục tiêu ${vi(t.value!)} (${signed(d, vi)})`,
        `${en(f.value)} against ${en(t.value!)} (${signed(d, en)})`,
        fields(f, null),
      );
    }
    case "score_improves":
    case "score_not_lower":
      return scoreVsBase(c, t, code, id);
    case "rank_improves":
    case "rank_improves_by":
      return rankVsBase(c, t, code, id);
    case "rank_at_most":
    case "high_group":
      return rankAtMost(c, t, code, id);
    default:
      return groupAtLeast(c, t, code, id);
  }
}

/**
 * Every plan target against the outcome of its year, from the facts (national-scope, actual
 * figures, with published or computed ranks and groups, labelled): met, not met, not yet known
 * (the year is not loaded), or no outcome data (criteria and commitments the index data cannot
 * measure). The figures compared are kept with their sources.
 */
export function evaluatePlanTargets(targets: PlanTargetRow[], facts: FactRow[], taxonomy: Taxonomy, provinces: ProvinceRow[]): PlanTargetRow[] {
  const map = new Map<string, FactRow>();
  for (const f of facts) {
    if (f.rank_scope !== "national" || (f.kind !== "actual" && f.kind !== "derived") || f.value === null) continue;
    const k = key(f.province_code, f.indicator_id, f.year);
    if (!map.has(k) || f.kind === "actual") map.set(k, f);
  }
  const c: EvalContext = { facts: map, taxonomy, provinces, all: facts };
  return targets.map((t) => ({ ...t, ...evaluate(c, t) }));
}
