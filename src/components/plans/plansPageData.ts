/**
 * What the /plans page and the province pages show of plans, computed at build: each plan with its
 * targets evaluated, its tasks by the indicator they address, and the matrix of indicators × lead
 * agency × latest score, rank and change, sorted by weakness; and the backtest by kind of target.
 */
import type { Dataset, FactRow, PlanAgencyRow, PlanRow, PlanTargetRow, PlanTaskRow } from "../../../loaders/index.ts";
import { defaultAgencyRegistry, defaultTaxonomy, partsOf, type AgencyRegistry } from "../../../loaders/model/index.ts";

export interface AgencyName {
  id: string | null;
  name_vi: string;
  name_en: string;
  renamed_vi: string | null;
  renamed_en: string | null;
}

export interface MatrixRow {
  index: string;
  indicator_id: string;
  /** Its number in the plan's year ("5.3": the parts of that year, in order). */
  number: string | null;
  criterion: string | null;
  criterion_name: string | null;
  agencies: Array<AgencyName & { assigned: string; note: string | null; source_loc: string }>;
  year: number | null;
  value: number | null;
  rank: number | null;
  rank_of: number | null;
  rank_source: string | null;
  group: string | null;
  group_source: string | null;
  change: number | null;
  change_from: number | null;
  source: string | null;
}

export interface TaskGroup {
  indicator_id: string | null;
  section: string;
  section_title: string;
  tasks: Array<PlanTaskRow & { lead: AgencyName[]; coordinating: AgencyName[]; directed: AgencyName[] }>;
}

/** A target with the names of the agencies that own it (commitments). */
export type PlanTargetView = PlanTargetRow & { owners: AgencyName[] };

/** A dimension among the province's weakest in the latest year, with the agencies that own it or its parts. */
export interface WeakDimension {
  indicator_id: string;
  year: number;
  value: number | null;
  rank: number;
  rank_of: number;
  rank_source: string | null;
  agencies: AgencyName[];
}

export interface PlanView {
  plan: PlanRow;
  /** Where the matrix's agencies come from: the plan's assignment table or list, or (without one) the leads of its tasks. */
  matrix_source: "assignment" | "tasks" | null;
  /** The two weakest dimensions (by latest rank) with their owners, for a plan that assigns agencies. */
  weakest: WeakDimension[];
  province: { code: string; slug: string; name_vi: string; name_en: string } | null;
  targets: PlanTargetView[];
  tasks: TaskGroup[];
  matrix: MatrixRow[];
}

export interface KindCount {
  category: string;
  rule: string;
  targets: number;
  met: number;
  not_met: number;
  not_yet_known: number;
  no_outcome_data: number;
}

export interface PlansPageData {
  plans: PlanView[];
  backtest: KindCount[];
  /** Indicator names the page shows. */
  indicators: Array<{ id: string; name_vi: string; name_en: string; number: string | null }>;
}

function agencyName(reg: AgencyRegistry, id: string): AgencyName {
  const a = reg.byId.get(id);
  return a
    ? { id, name_vi: a.name_vi, name_en: a.name_en, renamed_vi: a.renamed_2025_vi, renamed_en: a.renamed_2025_en }
    : { id: null, name_vi: id, name_en: id, renamed_vi: null, renamed_en: null };
}

const ids = (s: string) => s.split("; ").filter(Boolean);

/** The province's latest actual national-scope figure of an indicator, and its change on the year before it. */
type Figure = Pick<MatrixRow, "year" | "value" | "rank" | "rank_of" | "rank_source" | "group" | "group_source" | "change" | "change_from" | "source">;

/** No figure: the indicator has none for the province (or is a criterion the data does not hold). */
const NO_FIGURE: Figure = {
  year: null,
  value: null,
  rank: null,
  rank_of: null,
  rank_source: null,
  group: null,
  group_source: null,
  change: null,
  change_from: null,
  source: null,
};

function latest(facts: FactRow[], code: string, id: string): Figure {
  const own = facts
    .filter((f) => f.province_code === code && f.indicator_id === id && f.kind === "actual" && f.rank_scope === "national" && f.value !== null)
    .sort((a, b) => b.year - a.year);
  const f = own[0];
  const prev = own[1];
  if (!f) return NO_FIGURE;
  return {
    year: f.year,
    value: f.value,
    rank: f.rank,
    rank_of: f.rank_of,
    rank_source: f.rank_source,
    group: f.group,
    group_source: f.group_source,
    change: prev ? f.value! - prev.value! : null,
    change_from: prev?.year ?? null,
    source: f.value_source_id ? `${f.value_source_id}@${f.value_source_loc ?? ""}` : null,
  };
}

/** Weakest first: by rank as a share of those ranked (worst first), then the unranked. */
function weakness(order: Map<string, number>): (a: MatrixRow, b: MatrixRow) => number {
  const s = (r: MatrixRow) => (r.rank !== null && r.rank_of ? r.rank / r.rank_of : -1);
  const o = (r: MatrixRow) => order.get(r.indicator_id) ?? 999;
  return (a, b) => s(b) - s(a) || o(a) - o(b) || (a.criterion ?? "").localeCompare(b.criterion ?? "", "en", { numeric: true });
}

/** "1" for a dimension or area, "5.3" for the third part of D5 in that year. */
function numberIn(id: string, year: number): string | null {
  const dim = /^(?:papi\.d|par\.a)(\d)$/.exec(id);
  if (dim) return dim[1]!;
  const tax = defaultTaxonomy();
  const parent = tax.byId.get(id)?.parent;
  if (!parent) return null;
  const k = partsOf(tax, parent, year).findIndex((d) => d.id === id);
  return k >= 0 ? `${parent.slice(-1)}.${k + 1}` : null;
}

function matrixOf(reg: AgencyRegistry, facts: FactRow[], code: string | null, rows: PlanAgencyRow[], order: Map<string, number>, year: number): MatrixRow[] {
  const byKey = new Map<string, MatrixRow>();
  for (const r of rows) {
    const k = `${r.index}|${r.indicator_id}|${r.criterion ?? ""}`;
    let m = byKey.get(k);
    if (!m) {
      const fig = code && !r.criterion ? latest(facts, code, r.indicator_id) : NO_FIGURE;
      byKey.set(
        k,
        (m = {
          index: r.index,
          indicator_id: r.indicator_id,
          number: numberIn(r.indicator_id, year),
          criterion: r.criterion,
          criterion_name: r.criterion_name,
          agencies: [],
          ...fig,
        }),
      );
    }
    const name = r.agency_id
      ? agencyName(reg, r.agency_id)
      : { id: null, name_vi: r.agency_as_written, name_en: r.agency_as_written, renamed_vi: null, renamed_en: null };
    m.agencies.push({ ...name, assigned: r.assigned, note: r.note, source_loc: r.source_loc });
  }
  return [...byKey.values()].sort(weakness(order));
}

function tasksOf(reg: AgencyRegistry, tasks: PlanTaskRow[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const t of tasks) {
    // Tasks group by section (its first two levels) and the indicator they address, in reading order.
    const section = t.section.split(".").slice(0, 2).join(".");
    const key = `${section}|${t.indicator_id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { indicator_id: t.indicator_id, section, section_title: sentenceCase(t.section_title.split(" — ")[0] ?? ""), tasks: [] }));
    const names = (s: string) => ids(s).map((id) => agencyName(reg, id));
    g.tasks.push({ ...t, lead: names(t.lead_agencies), coordinating: names(t.coordinating_agencies), directed: names(t.directed_agencies) });
  }
  return [...groups.values()];
}

/** "TỔ CHỨC THỰC HIỆN" → "Tổ chức thực hiện"; other titles as printed. */
function sentenceCase(title: string): string {
  return title && title === title.toUpperCase() ? title.charAt(0) + title.slice(1).toLowerCase() : title;
}

/** The lead agencies a plan's PAPI task sections name, one row per indicator and agency (first task's line). */
function leadsOfTasks(tasks: PlanTaskRow[]): PlanAgencyRow[] {
  const out = new Map<string, PlanAgencyRow>();
  for (const t of tasks) {
    if (t.index !== "PAPI" || !t.indicator_id) continue;
    for (const id of ids(t.lead_agencies)) {
      const k = `${t.indicator_id}|${id}`;
      if (!out.has(k))
        out.set(k, {
          plan_id: t.plan_id,
          index: "PAPI",
          indicator_id: t.indicator_id,
          criterion: null,
          criterion_name: null,
          agency_id: id,
          agency_as_written: id,
          assigned: "direct",
          note: null,
          source_loc: t.source_loc,
        });
    }
  }
  return [...out.values()];
}

/** The province's two weakest PAPI dimensions in its latest year, with the agencies the plan makes lead for them or their parts. */
function weakestDimensions(reg: AgencyRegistry, facts: FactRow[], code: string | null, rows: PlanAgencyRow[]): WeakDimension[] {
  const papi = rows.filter((r) => r.index === "PAPI");
  if (!code || !papi.length) return [];
  const dims = facts.filter(
    (f) =>
      f.province_code === code &&
      f.level === "dimension" &&
      f.index === "PAPI" &&
      f.kind === "actual" &&
      f.rank_scope === "national" &&
      f.rank !== null &&
      f.rank_of,
  );
  const year = Math.max(...dims.map((f) => f.year));
  return dims
    .filter((f) => f.year === year)
    .sort((a, b) => b.rank! / b.rank_of! - a.rank! / a.rank_of!)
    .slice(0, 2)
    .map((f) => ({
      indicator_id: f.indicator_id,
      year,
      value: f.value,
      rank: f.rank!,
      rank_of: f.rank_of!,
      rank_source: f.rank_source,
      agencies: [
        ...new Set(
          papi
            .filter((r) => r.indicator_id === f.indicator_id || r.indicator_id.startsWith(`${f.indicator_id}.`))
            .map((r) => r.agency_id ?? r.agency_as_written),
        ),
      ].map((id) => agencyName(reg, id)),
    }));
}

/** How often plans' targets were met, by kind (category and rule). */
export function backtestByKind(targets: PlanTargetRow[]): KindCount[] {
  const out = new Map<string, KindCount>();
  for (const t of targets) {
    const k = `${t.category}|${t.rule}`;
    let c = out.get(k);
    if (!c) out.set(k, (c = { category: t.category, rule: t.rule, targets: 0, met: 0, not_met: 0, not_yet_known: 0, no_outcome_data: 0 }));
    c.targets++;
    c[t.status]++;
  }
  const order = ["numeric", "qualitative", "commitment"];
  return [...out.values()].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || a.rule.localeCompare(b.rule));
}

/** Every plan's view, from the published tables. */
export function planViews(
  d: Pick<Dataset, "plans" | "plan_targets" | "plan_tasks" | "plan_agencies" | "facts" | "provinces" | "indicators">,
  reg: AgencyRegistry = defaultAgencyRegistry(),
): PlanView[] {
  const byCode = new Map(d.provinces.map((p) => [p.code, p]));
  const order = new Map(d.indicators.map((i, k) => [i.id, k]));
  return d.plans.map((plan) => {
    const p = plan.province_code ? byCode.get(plan.province_code) : undefined;
    const tasks = d.plan_tasks.filter((t) => t.plan_id === plan.id);
    const assigned = d.plan_agencies.filter((a) => a.plan_id === plan.id);
    // A plan without an assignment table: the leads its task sections name, labelled as such.
    const agencies = assigned.length ? assigned : leadsOfTasks(tasks);
    return {
      plan,
      matrix_source: assigned.length ? "assignment" : agencies.length ? "tasks" : null,
      weakest: weakestDimensions(reg, d.facts, plan.province_code, agencies),
      province: p ? { code: p.code, slug: p.slug, name_vi: p.name_vi, name_en: p.name_en } : null,
      targets: d.plan_targets.filter((t) => t.plan_id === plan.id).map((t) => ({ ...t, owners: ids(t.owner ?? "").map((id) => agencyName(reg, id)) })),
      tasks: tasksOf(reg, tasks),
      matrix: matrixOf(reg, d.facts, plan.province_code, agencies, order, Number(plan.target_years.split(",")[0]) || plan.results_year || 2024),
    };
  });
}

export function plansPage(d: Dataset): PlansPageData {
  return {
    plans: planViews(d),
    backtest: backtestByKind(d.plan_targets),
    indicators: d.indicators.filter((i) => i.level !== "indicator").map((i) => ({ id: i.id, name_vi: i.name_vi, name_en: i.name_en, number: i.number })),
  };
}
