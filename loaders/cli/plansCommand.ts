/**
 * `npm run papi -- plans [--province <tên|mã>] [--json]`: the plan registry, every target with its
 * outcome, and the agency matrix joined to the latest scores.
 */
import { loadDataset } from "../publish/loadDataset.ts";
import { matchProvince } from "../model/provinces.ts";
import { defaultProvinceRegistry } from "../model/provinces.ts";
import { planViews, backtestByKind, type PlanView } from "../../src/components/plans/plansPageData.ts";
import type { Io } from "./cli.ts";

const STATUS_VI: Record<string, string> = { met: "đạt", not_met: "chưa đạt", not_yet_known: "chưa có kết quả", no_outcome_data: "dữ liệu không đo được" };
const num = (x: number | null, d = 2) => (x === null ? "—" : x.toFixed(d).replace(".", ","));

function planText(v: PlanView): string {
  const p = v.plan;
  const out = [
    `## ${p.number ?? "(số để trống / number blank)"} — ${p.date ?? "?"} — ${p.issuer ?? "?"} (${p.level})`,
    `   ${p.title ?? ""}`,
    `   chỉ số / indices: ${p.indices} · kết quả năm / results year: ${p.results_year ?? "—"} · mục tiêu năm / target years: ${p.target_years || "—"} · ${p.source_loc}`,
    `   ${p.targets} mục tiêu / targets · ${p.tasks} nhiệm vụ / tasks · ${p.assignments} phân công / assignments`,
  ];
  if (!v.targets.length) out.push("   Không có mục tiêu đo được / no measurable target stated.");
  for (const t of v.targets)
    out.push(
      `   [${STATUS_VI[t.status]} / ${t.status}] ${t.category} ${t.rule} ${t.index ?? ""} ${t.indicator_id ?? ""} ${t.year ?? ""}: ${t.text.slice(0, 110)}`,
      `       → ${t.evaluation_vi} / ${t.evaluation_en} (${t.source_loc})`,
    );
  for (const w of v.weakest)
    out.push(
      `   Yếu nhất / weakest ${w.year}: ${w.indicator_id} hạng/rank ${w.rank}/${w.rank_of}${w.rank_source === "computed" ? " (tính toán/computed)" : ""} — ${w.agencies.map((a) => a.name_vi).join("; ") || "—"}`,
    );
  if (v.matrix.length) out.push("   Ma trận chỉ số × cơ quan đầu mối (yếu nhất trước) / indicator × lead agency matrix (weakest first):");
  for (const m of v.matrix) {
    const fig =
      m.year === null
        ? "chưa có số liệu / no data"
        : `${m.year}: ${num(m.value)} hạng/rank ${m.rank ?? "—"}/${m.rank_of ?? "—"}${m.rank_source === "computed" ? " (tính toán/computed)" : ""} Δ${m.change === null ? "—" : num(m.change)}`;
    out.push(
      `     ${`${m.number ?? ""} ${m.criterion ? `${m.indicator_id} ${m.criterion}` : m.indicator_id}`.padEnd(34)} ${fig.padEnd(52)} ${m.agencies.map((a) => a.name_vi + (a.assigned === "via_dimension" ? " (qua chỉ số nội dung)" : "")).join("; ")}`,
    );
  }
  return out.join("\n");
}

export async function plansCommand(args: string[], io: Io): Promise<number> {
  const at = args.indexOf("--province");
  const wanted = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !wanted) {
    io.err("plans: --province needs a name or code\n");
    return 2;
  }
  const province = wanted ? matchProvince(defaultProvinceRegistry(), wanted) : null;
  if (wanted && !province) {
    io.err(`plans: unknown province "${wanted}"\n`);
    return 2;
  }
  const d = await loadDataset();
  const views = planViews(d).filter((v) => !province || v.plan.province_code === province.code);
  const targets = views.flatMap((v) => v.targets);
  const backtest = backtestByKind(targets);
  if (args.includes("--json")) {
    io.out(`${JSON.stringify({ plans: views, backtest }, null, 1)}\n`);
    return 0;
  }
  io.out(`${views.length} kế hoạch / plans\n\n${views.map(planText).join("\n\n")}\n\n`);
  io.out("Đối chiếu theo loại mục tiêu / backtest by kind of target:\n");
  for (const b of backtest)
    io.out(
      `  ${b.category.padEnd(12)} ${b.rule.padEnd(18)} ${b.targets} mục tiêu: ${b.met} đạt, ${b.not_met} chưa đạt, ${b.not_yet_known} chưa có kết quả, ${b.no_outcome_data} không đo được\n`,
    );
  return 0;
}
