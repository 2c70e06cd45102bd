/**
 * `npm run papi -- feasibility --province <name|code> --base <year> --target-year <year>
 *   [--total X] [--dimension N=X ...] [--rank R] [--from-plan <document>] [--similar]
 *   [--history until-base|all] [--json]`
 *
 * The same assessment as the /targets page: a readable table, or JSON with every figure.
 */
import { existsSync } from "node:fs";
import { engineData } from "../feasibility/engineData.ts";
import { basename } from "node:path";
import type { Io } from "./cli.ts";
import { loadDataset } from "../publish/loadDataset.ts";
import { readInput } from "../read/readInput.ts";
import type { Dataset } from "../model/model.ts";
import { readInputFile } from "../read/readSourceFiles.ts";
import { defaultProvinceRegistry, matchProvince } from "../model/provinces.ts";
import { assessTargets, type Assessment, type RankTarget, type TargetInput } from "../feasibility/assessTargets.ts";
import { backtestPlans, plansFrom, type Plan } from "../feasibility/planTargets.ts";

export interface FeasibilityArgs {
  province: string | null;
  base: number | null;
  targetYear: number | null;
  total: number | null;
  dimensions: Array<{ n: number; value: number }>;
  rank: number | null;
  fromPlan: string | null;
  json: boolean;
  similar: boolean;
  history: "until-base" | "all";
}

export function parseFeasibilityArgs(args: string[]): FeasibilityArgs | string {
  const out: FeasibilityArgs = {
    province: null,
    base: null,
    targetYear: null,
    total: null,
    dimensions: [],
    rank: null,
    fromPlan: null,
    json: false,
    similar: false,
    history: "until-base",
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const next = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = (v: string) => {
      const x = Number(v.replace(",", "."));
      if (!Number.isFinite(x)) throw new Error(`${a}: "${v}" is not a number`);
      return x;
    };
    try {
      if (a === "--province") out.province = next();
      else if (a === "--base") out.base = num(next());
      else if (a === "--target-year") out.targetYear = num(next());
      else if (a === "--total") out.total = num(next());
      else if (a === "--rank") out.rank = num(next());
      else if (a === "--from-plan") out.fromPlan = next();
      else if (a === "--json") out.json = true;
      else if (a === "--similar") out.similar = true;
      else if (a === "--history") {
        const h = next();
        if (h !== "all" && h !== "until-base") throw new Error(`--history is "until-base" or "all"`);
        out.history = h;
      } else if (a === "--dimension") {
        const m = /^(\d)=(.+)$/.exec(next());
        if (!m) throw new Error(`--dimension takes N=X, e.g. --dimension 7=4.31`);
        out.dimensions.push({ n: Number(m[1]), value: num(m[2]!) });
      } else throw new Error(`unknown option ${a}`);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  return out;
}

/** The plan read from a document: a path to read, or the file name of a source already ingested. */
async function planFrom(ref: string, dataset: Dataset): Promise<Plan[] | string> {
  let rows = dataset.scores.filter((s) => s.source_id === basename(ref));
  if (!rows.length && existsSync(ref)) rows = (await readInput(readInputFile(ref))).scores;
  if (!rows.length) return `${ref}: no such plan document among the sources, and no file at that path`;
  const plans = plansFrom(rows);
  return plans.length ? plans : `${ref}: the document sets no PAPI targets`;
}

export async function feasibilityCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseFeasibilityArgs(args);
  if (typeof parsed === "string") {
    io.err(`feasibility: ${parsed}\n`);
    return 2;
  }
  const dataset = await loadDataset();
  let plan: Plan | null = null;
  if (parsed.fromPlan) {
    const plans = await planFrom(parsed.fromPlan, dataset);
    if (typeof plans === "string") {
      io.err(`feasibility: ${plans}\n`);
      return 1;
    }
    plan = plans.find((p) => parsed.targetYear === null || p.targetYear === parsed.targetYear) ?? plans[0]!;
  }
  const registry = defaultProvinceRegistry();
  const province = parsed.province ? matchProvince(registry, parsed.province) : plan ? (registry.byCode.get(plan.province) ?? null) : null;
  if (!province) {
    io.err(`feasibility: ${parsed.province ? `unknown province "${parsed.province}"` : "give --province or --from-plan"}\n`);
    return 2;
  }
  const targetYear = parsed.targetYear ?? plan?.targetYear ?? null;
  const baseYear = parsed.base ?? plan?.baseYear ?? (targetYear ? targetYear - 1 : null);
  if (targetYear === null || baseYear === null) {
    io.err("feasibility: give --base and --target-year (or --from-plan)\n");
    return 2;
  }
  const targets = new Map<string, TargetInput>((plan?.targets ?? []).map((t) => [t.indicator_id, t]));
  if (parsed.total !== null) targets.set("papi.total", { indicator_id: "papi.total", value: parsed.total, comparator: "gte" });
  for (const d of parsed.dimensions) targets.set(`papi.d${d.n}`, { ...(targets.get(`papi.d${d.n}`) ?? {}), indicator_id: `papi.d${d.n}`, value: d.value });
  const rankTargets: RankTarget[] = [...(plan?.rankTargets ?? [])];
  if (parsed.rank !== null) rankTargets.push({ rank: parsed.rank, scope: "national" });
  if (!targets.size && !rankTargets.length) {
    io.err("feasibility: no targets: give --total, --dimension N=X, --rank or --from-plan\n");
    return 2;
  }
  const data = engineData(dataset);
  const assessment = assessTargets(data, {
    province: province.code,
    baseYear,
    targetYear,
    targets: [...targets.values()],
    rankTargets,
    similarLevel: parsed.similar,
    history: parsed.history,
  });
  const backtest = backtestPlans(data, plansFrom(dataset.scores));
  if (parsed.json) {
    io.out(
      JSON.stringify(
        {
          plan: plan ? { source_id: plan.source_id } : null,
          assessment: { ...assessment, indicators: assessment.indicators.map(({ changes, ...rest }) => ({ ...rest, n_changes: changes.length })) },
          backtest,
        },
        null,
        1,
      ) + "\n",
    );
  } else {
    io.out(formatAssessment(assessment, plan, backtest));
  }
  return assessment.messages.some((m) => m.severity === "error") ? 1 : 0;
}

const f2 = (x: number | null | undefined, d = 2) => (x === null || x === undefined || !Number.isFinite(x) ? "—" : x.toFixed(d));
const sgn = (x: number | null | undefined) => (x === null || x === undefined ? "—" : (x > 0 ? "+" : "") + x.toFixed(2));
const pc = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${Math.round(x * 100)}%`);

export function formatAssessment(a: Assessment, plan: Plan | null, backtest: ReturnType<typeof backtestPlans>): string {
  const out: string[] = [];
  out.push(
    `Đánh giá mục tiêu / target assessment — ${a.province?.name_vi ?? "?"}, ${a.baseYear} → ${a.targetYear}${plan ? ` (kế hoạch / plan: ${plan.source_id})` : ""}`,
  );
  out.push(
    `Lịch sử / history: ${a.history === "until-base" ? `thay đổi một năm đến ${a.baseYear} / one-year changes known by ${a.baseYear}` : "mọi năm có số liệu / all years present"}, cùng phiên bản chỉ số / within one taxonomy version`,
  );
  out.push("");
  const head = [
    "chỉ số / indicator",
    "gốc/base",
    "mục tiêu",
    "cần/req.",
    "pctl",
    "đạt≥/share",
    "max",
    "n",
    `hạng ${a.baseYear}`,
    "nhóm",
    "kết quả/outcome",
    "đạt/met",
  ];
  const rows = a.indicators.map((i) => [
    i.indicator_id,
    f2(i.base),
    f2(i.target) + (i.target_group ? ` ${i.target_group}` : ""),
    sgn(i.required),
    pc(i.history.percentile),
    pc(i.history.shareAchieved),
    sgn(i.history.largest),
    String(i.history.n),
    i.implied_base ? `${i.implied_base.rank}/${i.implied_base.of}` : "—",
    i.implied_base?.group ?? "—",
    f2(i.outcome),
    i.met === null ? "—" : i.met ? "có/yes" : "không/no",
  ]);
  out.push(table([head, ...rows]));
  if (a.ranks.length) {
    out.push("");
    out.push("Mục tiêu xếp hạng / rank targets");
    for (const r of a.ranks) {
      out.push(
        `  hạng ${r.rank}${r.scope === "northwest" ? " Tây Bắc / Northwest" : " toàn quốc / national"}: điểm cần năm ${a.baseYear} / score needed ${f2(r.threshold_base)}${r.threshold_projected !== null ? ` (dự báo / projected ${f2(r.threshold_projected)})` : ""}; mục tiêu tổng tương ứng hạng / total target implies rank ${r.implied_rank_base ?? "—"}; kết quả / outcome ${r.outcome_rank ?? "—"}${r.outcome_rank_source ? ` (${r.outcome_rank_source})` : ""}${r.met === null ? "" : r.met ? " — đạt / met" : " — không đạt / missed"}`,
      );
    }
  }
  out.push("");
  out.push("Khả năng đạt tổng điểm mục tiêu / chance of reaching the total target");
  const s = a.simulation;
  out.push(
    `  lấy mẫu cả véc-tơ / joint resampling: ${s.joint ? `${pc(s.joint.probability)} (${s.joint.vectors} tỉnh-năm / province-years, ${s.joint.draws} lượt)` : "—"}`,
  );
  out.push(`  lấy mẫu độc lập / independent: ${s.independent ? pc(s.independent.probability) : "—"}`);
  out.push(`  ${s.assumption_vi}`);
  out.push(`  ${s.assumption_en}`);
  if (a.gap.length)
    out.push(
      `  phần chênh lệch lớn nhất / largest shares of the gap: ${a.gap
        .slice(0, 3)
        .map((g) => `${g.indicator_id} ${pc(g.share)} (${sgn(g.required)})`)
        .join(", ")}`,
    );
  if (a.consistency.length) {
    out.push("");
    out.push("Tính nhất quán của kế hoạch / plan consistency");
    for (const c of a.consistency) out.push(`  ${c.ok ? "✓" : "✗"} ${c.vi}`);
  }
  out.push("");
  out.push(
    `Kiểm tra ngược / backtest: ${backtest.assessed ? `${backtest.met}/${backtest.assessed} mục tiêu đạt / targets met in ${backtest.plans} kế hoạch / plan(s); ước tính trung bình / mean estimate: đạt / met ${pc(backtest.meanEstimateMet)}, không đạt / missed ${pc(backtest.meanEstimateMissed)}` : "chưa có kết quả năm mục tiêu / no outcomes yet"}`,
  );
  if (a.messages.length) {
    out.push("");
    for (const m of a.messages)
      out.push(`${m.severity === "error" ? "lỗi / error" : m.severity === "warning" ? "lưu ý / warning" : "ghi chú / note"}: ${m.vi}`);
  }
  return out.join("\n") + "\n";
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join("  ")).join("\n");
}
