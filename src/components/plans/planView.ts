/**
 * Plans drawn for the /plans page and the province pages: a plan's registry facts, its targets
 * against outcomes, the indicator × lead agency matrix (weakest first) and its tasks.
 */
import { el } from "../shared/dom.js";
import { GROUP_LABELS, fmt, fmtChange, href, lang, t, type Text } from "../shared/i18n.js";
import { dataTable, type TableColumn } from "../shared/chartCard.js";
import type { KindCount, MatrixRow, PlanTargetView, PlanView, TaskGroup } from "./plansPageData.js";

export type IndicatorNames = Map<string, { name_vi: string; name_en: string; number: string | null }>;

export const STATUS: Record<string, Text> = {
  met: { vi: "✓ đạt", en: "✓ met" },
  not_met: { vi: "✗ chưa đạt", en: "✗ not met" },
  not_yet_known: { vi: "… chưa có kết quả", en: "… not yet known" },
  no_outcome_data: { vi: "— dữ liệu không đo được", en: "— no outcome in the data" },
};

export const CATEGORY: Record<string, Text> = {
  numeric: { vi: "Bằng số", en: "Numeric" },
  qualitative: { vi: "Định tính", en: "Qualitative" },
  commitment: { vi: "Cam kết thực hiện", en: "Operational commitment" },
};

export const RULE: Record<string, Text> = {
  score_at_least: { vi: "điểm đạt ít nhất", en: "score at least" },
  score_at_most: { vi: "điểm tối đa", en: "score at most" },
  rank_at_most: { vi: "thứ hạng trong nhóm đầu", en: "rank within the top" },
  group_at_least: { vi: "thuộc nhóm", en: "in the group" },
  score_improves: { vi: "điểm cao hơn", en: "score higher" },
  score_not_lower: { vi: "điểm không thấp hơn (duy trì)", en: "score not lower (maintained)" },
  rank_improves: { vi: "thứ hạng cải thiện", en: "rank improves" },
  rank_improves_by: { vi: "tăng ít nhất N bậc", en: "up at least N places" },
  high_group: { vi: "vào nhóm thứ hạng cao", en: "into the high-ranking group" },
  no_lowest_group: { vi: "không chỉ số nào ở nhóm thấp nhất", en: "no dimension in the lowest group" },
  raise_unmaxed: { vi: "tăng điểm các tiêu chí chưa tối đa", en: "raise every criterion below its maximum" },
  commitment: { vi: "cam kết", en: "commitment" },
};

function indicatorLabel(
  names: IndicatorNames,
  id: string | null,
  criterion: string | null = null,
  criterionName: string | null = null,
  shown?: string | null,
): string {
  if (!id) return t({ vi: "Chung", en: "General" });
  const n = names.get(id);
  const number = shown !== undefined ? shown : (n?.number ?? /^(?:papi\.d|par\.a)(\d)$/.exec(id)?.[1] ?? null);
  const base = n ? `${number ? `${number}. ` : ""}${t({ vi: n.name_vi, en: n.name_en })}` : id;
  return criterion ? `${base} — ${criterion}${criterionName ? ` ${criterionName}` : ""}` : base;
}

function targetWhat(names: IndicatorNames, x: PlanTargetView): string {
  const scope =
    x.scope === "each_dimension"
      ? t({ vi: " (từng lĩnh vực/chỉ số nội dung)", en: " (each area/dimension)" })
      : x.scope === "each_criterion"
        ? t({ vi: " (từng tiêu chí)", en: " (each criterion)" })
        : "";
  const compares = x.rule === "score_improves" || x.rule === "score_not_lower" || x.rule === "rank_improves" || x.rule === "rank_improves_by";
  const years = x.year ? ` (${x.year}${compares && x.base_year ? ` ${t({ vi: "so với", en: "vs" })} ${x.base_year}` : ""})` : "";
  const cmp = x.rule === "rank_at_most" || x.rule === "score_at_most" ? "≤ " : x.rule === "rank_improves_by" ? "+" : x.comparator === "eq" ? "" : "≥ ";
  const set =
    x.value !== null
      ? ` ${cmp}${fmt(x.value, x.rule.startsWith("rank") ? 0 : 2)}`
      : x.group
        ? ` ${t(GROUP_LABELS[x.group] ?? { vi: x.group, en: x.group })}`
        : "";
  const where = x.rank_scope === "northwest" ? t({ vi: " trong 6 tỉnh Tây Bắc", en: " among the six Northwest provinces" }) : "";
  return `${x.index ? `${x.index.replace("_", " ")} · ` : ""}${indicatorLabel(names, x.indicator_id)}${scope}: ${t(RULE[x.rule] ?? { vi: x.rule, en: x.rule })}${set}${where}${years}`;
}

/** "3 đạt · 17 chưa đạt · …": the plan's targets by assessment, in one line. */
export function planTally(view: PlanView): HTMLElement | null {
  if (!view.targets.length) return null;
  const parts = Object.keys(STATUS)
    .map((s) => [s, view.targets.filter((x) => x.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => el("span", `tally tally-${s}`, `${n} ${t(STATUS[s]!).replace(/^\S+\s/, "")}`));
  return el(
    "p",
    "plan-tally",
    `${t({ vi: `${view.targets.length} mục tiêu: `, en: `${view.targets.length} targets: ` })}`,
    ...parts.flatMap((p, i) => [i ? " · " : "", p]),
  );
}

/** A plan's targets against outcomes. */
export function planTargetsTable(view: PlanView, names: IndicatorNames): HTMLElement {
  if (!view.targets.length)
    return el(
      "p",
      "muted",
      t({ vi: "Kế hoạch không nêu mục tiêu đo được (chỉ nêu định hướng và nhiệm vụ).", en: "The plan states no measurable target (aims and tasks only)." }),
    );
  const columns: TableColumn[] = [
    { key: "status", label: { vi: "Đánh giá", en: "Assessment" }, format: (v) => el("span", `status status-${v as string}`, t(STATUS[v as string]!)) },
    { key: "what", label: { vi: "Mục tiêu", en: "Target" } },
    { key: "evaluation", label: { vi: "Số liệu đối chiếu", en: "Figures compared" } },
    { key: "text", label: { vi: "Nguyên văn", en: "As written" }, format: (v) => el("span", "quote", v as string) },
    { key: "category", label: { vi: "Loại", en: "Kind" }, format: (v) => t(CATEGORY[v as string]!) },
    {
      key: "source_loc",
      label: { vi: "Nguồn", en: "Source" },
      format: (v, r) => el("span", "source", [v as string, ...sourcesOf(r.outcome_source as string | null)].join(" · ")),
    },
  ];
  const rows = view.targets.map((x) => ({
    category: x.category,
    what:
      x.category === "commitment"
        ? x.owners.length
          ? `${t({ vi: "Chủ trì", en: "Lead" })}: ${x.owners.map((a) => t({ vi: a.name_vi, en: a.name_en })).join("; ")}`
          : t({ vi: "Văn bản không nêu đơn vị chủ trì", en: "The plan names no lead" })
        : targetWhat(names, x),
    text: x.text,
    status: x.status,
    evaluation: t({ vi: x.evaluation_vi, en: x.evaluation_en }),
    source_loc: x.source_loc,
    outcome_source: x.outcome_source,
  }));
  return el("div", "table-scroll", dataTable(columns, rows, t({ vi: "Mục tiêu và kết quả", en: "Targets and outcomes" })));
}

/** "file@file:883" → "file:883"; "book.xlsx@2023!BN3" → "book.xlsx: 2023!BN3". */
function sourcesOf(s: string | null): string[] {
  if (!s) return [];
  return s.split("; ").map((x) => {
    const [id, loc = ""] = x.split("@");
    return loc.startsWith(id!) ? loc : `${id}: ${loc}`;
  });
}

function agencyCell(m: MatrixRow): HTMLElement {
  return el(
    "span",
    "",
    ...m.agencies.flatMap((a, i) => [
      i ? "; " : "",
      el("span", a.id ? "agency" : "agency unknown", t({ vi: a.name_vi, en: a.name_en })),
      a.assigned === "via_dimension" ? el("span", "muted", t({ vi: " (qua chỉ số nội dung)", en: " (via the dimension)" })) : "",
      a.note ? el("span", "muted", ` (${a.note})`) : "",
      a.renamed_vi ? el("sup", { class: "renamed", title: t({ vi: a.renamed_vi, en: a.renamed_en ?? a.renamed_vi }) }, "*") : "",
    ]),
  );
}

/** Indicators × lead agency × latest score, rank and change, weakest first. */
export function agencyMatrixTable(view: PlanView, names: IndicatorNames): HTMLElement | null {
  if (!view.matrix.length) return null;
  const columns: TableColumn[] = [
    { key: "indicator", label: { vi: "Chỉ số", en: "Indicator" } },
    { key: "agencies", label: { vi: "Cơ quan đầu mối", en: "Lead agency" }, format: (_, r) => agencyCell(r.m as MatrixRow) },
    {
      key: "year",
      label: { vi: "Năm", en: "Year" },
      format: (v) => (v === null ? el("span", "missing", t({ vi: "chưa có số liệu", en: "no data" })) : String(v)),
    },
    { key: "value", label: { vi: "Điểm", en: "Score" }, align: "right", format: (v) => (v === null ? "—" : fmt(v as number)) },
    { key: "rank", label: { vi: "Hạng", en: "Rank" }, align: "right", format: (_, r) => rankText(r.m as MatrixRow) },
    { key: "change", label: { vi: "Thay đổi", en: "Change" }, align: "right", format: (_, r) => changeText(r.m as MatrixRow) },
  ];
  const rows = view.matrix.map((m) => ({
    m,
    indicator: indicatorLabel(names, m.indicator_id, m.criterion, m.criterion_name, m.number),
    year: m.year,
    value: m.value,
  }));
  const renamed = [
    ...new Map(
      view.matrix
        .flatMap((m) => m.agencies)
        .filter((a) => a.renamed_vi)
        .map((a) => [a.id, a]),
    ).values(),
  ];
  return el(
    "div",
    "",
    el("div", "table-scroll", dataTable(columns, rows, t({ vi: "Ma trận chỉ số × cơ quan đầu mối", en: "Indicator × lead agency matrix" }))),
    renamed.length
      ? el(
          "ul",
          "renamed-notes",
          ...renamed.map((a) => el("li", "", `* ${t({ vi: a.name_vi, en: a.name_en })}: ${t({ vi: a.renamed_vi!, en: a.renamed_en ?? a.renamed_vi! })}`)),
        )
      : null,
  );
}

function rankText(m: MatrixRow): string {
  if (m.rank === null) return "—";
  return `${m.rank}/${m.rank_of ?? "?"}${m.rank_source === "computed" ? t({ vi: " (tính)", en: " (computed)" }) : ""}`;
}

function changeText(m: MatrixRow): string {
  if (m.change === null || m.change_from === null) return "—";
  // A change that rounds to zero is shown as 0,00, never −0,00.
  return `${Math.abs(m.change) < 0.005 ? fmt(0) : fmtChange(m.change)} (${t({ vi: "so với", en: "vs" })} ${m.change_from})`;
}

function taskGroup(g: TaskGroup, names: IndicatorNames): HTMLElement {
  const list = el(
    "ol",
    "plan-tasks",
    ...g.tasks.map((k) =>
      el(
        "li",
        "",
        el(
          "span",
          "lead",
          k.lead.length
            ? `${k.lead.map((a) => t({ vi: a.name_vi, en: a.name_en })).join("; ")}: `
            : t({ vi: "(không nêu đơn vị chủ trì) ", en: "(no lead named) " }),
        ),
        k.text,
        k.coordinating.length
          ? el("span", "muted", ` — ${t({ vi: "phối hợp", en: "with" })}: ${k.coordinating.map((a) => t({ vi: a.name_vi, en: a.name_en })).join("; ")}`)
          : "",
        el("span", "source", ` (${k.source_loc.split(":").pop()})`),
      ),
    ),
  );
  const title = `${g.section} ${g.indicator_id ? indicatorLabel(names, g.indicator_id, null, null, null) : g.section_title || t({ vi: "Tổ chức thực hiện", en: "Organisation" })} (${g.tasks.length})`;
  return el("details", "", el("summary", "", title), list);
}

/** "2024-05-16" → 16/05/2024; "2024-05" (day left blank) → tháng 05/2024 / 05/2024. */
function dateText(iso: string | null): string {
  if (!iso) return "—";
  const [y, m, d] = iso.split("-");
  if (!d) return lang === "vi" ? `tháng ${m}/${y} (ngày để trống)` : `${m}/${y} (day left blank)`;
  return `${d}/${m}/${y}`;
}

/** The issuing body, in English too (the Vietnamese name as printed). */
function issuerText(view: PlanView): string {
  const p = view.plan;
  if (lang === "vi" || !p.issuer) return p.issuer ?? "";
  if (p.level === "commune") return `People's Committee of ${p.commune ?? "the"} commune`;
  return view.province ? `People's Committee of ${view.province.name_en}` : p.issuer;
}

/** One plan: what it is, its targets, its agency matrix, its tasks. */
export function planCard(view: PlanView, names: IndicatorNames, level: 2 | 3 = 2): HTMLElement {
  const h = `h${level}` as "h2" | "h3";
  const sub = `h${level + 1}` as "h3" | "h4";
  const p = view.plan;
  const heading = `${p.number ? `${t({ vi: "Kế hoạch", en: "Plan" })} ${p.number}` : t({ vi: "Kế hoạch (số để trống)", en: "Plan (number left blank)" })} — ${issuerText(view)}`;
  const facts: Array<[Text, string | Node]> = [
    [{ vi: "Ngày", en: "Date" }, dateText(p.date)],
    [
      { vi: "Cấp", en: "Level" },
      p.level === "commune" ? t({ vi: `xã ${p.commune ?? ""}`, en: `commune ${p.commune ?? ""}` }) : t({ vi: "tỉnh", en: "province" }),
    ],
    [
      { vi: "Tỉnh", en: "Province" },
      view.province ? el("a", { href: href(`/province/${view.province.slug}`) }, t({ vi: view.province.name_vi, en: view.province.name_en })) : "—",
    ],
    [{ vi: "Chỉ số", en: "Indices" }, p.indices.replaceAll("_", " ").replaceAll(",", ", ")],
    [{ vi: "Căn cứ kết quả năm", en: "Starts from results of" }, p.results_year ? String(p.results_year) : "—"],
    [{ vi: "Năm mục tiêu", en: "Target years" }, p.target_years || "—"],
    [{ vi: "Nguồn", en: "Source" }, p.source_loc],
  ];
  const dl = el("dl", "plan-facts", ...facts.flatMap(([k, v]) => [el("dt", "", t(k)), el("dd", "", v)]));
  const matrix = agencyMatrixTable(view, names);
  const weakest = view.weakest.length
    ? el(
        "p",
        "plan-weakest",
        t({ vi: `Chỉ số nội dung yếu nhất năm ${view.weakest[0]!.year}: `, en: `Weakest dimensions in ${view.weakest[0]!.year}: ` }),
        ...view.weakest.flatMap((w, i) => [
          i ? "; " : "",
          el("strong", "", indicatorLabel(names, w.indicator_id)),
          ` (${t({ vi: "hạng", en: "rank" })} ${w.rank}/${w.rank_of}${w.rank_source === "computed" ? t({ vi: ", tính toán", en: ", computed" }) : ""}) — ${w.agencies.length ? w.agencies.map((a) => t({ vi: a.name_vi, en: a.name_en })).join(", ") : t({ vi: "kế hoạch không giao cơ quan đầu mối", en: "the plan assigns no lead" })}`,
        ]),
      )
    : null;
  return el(
    "section",
    { class: "plan-card", id: `plan-${p.id.replace(/\.txt$/, "")}` },
    el(h, "", heading),
    el("p", "muted", p.title ?? ""),
    dl,
    el(sub, "", t({ vi: "Mục tiêu và kết quả", en: "Targets and outcomes" })),
    planTally(view),
    planTargetsTable(view, names),
    matrix ? el(sub, "", t({ vi: "Cơ quan đầu mối theo chỉ số (yếu nhất trước)", en: "Lead agency by indicator (weakest first)" })) : null,
    weakest,
    view.matrix_source === "tasks"
      ? el(
          "p",
          "muted",
          t({
            vi: "Kế hoạch không kèm bảng phân công cơ quan đầu mối: cơ quan chủ trì dưới đây là cơ quan được giao các nhiệm vụ trong mục của từng chỉ số.",
            en: "The plan has no table assigning lead agencies: the agencies below are those its sections give each indicator's tasks to.",
          }),
        )
      : null,
    matrix,
    el(
      sub,
      "",
      t({ vi: `Nhiệm vụ (${view.tasks.reduce((n, g) => n + g.tasks.length, 0)})`, en: `Tasks (${view.tasks.reduce((n, g) => n + g.tasks.length, 0)})` }),
    ),
    ...view.tasks.map((g) => taskGroup(g, names)),
  );
}

/** How often targets were met, by kind. */
export function backtestKindTable(rows: KindCount[]): HTMLElement {
  const columns: TableColumn[] = [
    { key: "category", label: { vi: "Loại", en: "Kind" }, format: (v) => t(CATEGORY[v as string]!) },
    { key: "rule", label: { vi: "Quy tắc so sánh", en: "Comparison rule" }, format: (v) => t(RULE[v as string] ?? { vi: v as string, en: v as string }) },
    { key: "targets", label: { vi: "Số mục tiêu", en: "Targets" }, align: "right" },
    { key: "met", label: STATUS.met!, align: "right" },
    { key: "not_met", label: STATUS.not_met!, align: "right" },
    { key: "not_yet_known", label: STATUS.not_yet_known!, align: "right" },
    { key: "no_outcome_data", label: STATUS.no_outcome_data!, align: "right" },
  ];
  return el(
    "div",
    "table-scroll",
    dataTable(columns, rows as unknown as Record<string, unknown>[], t({ vi: "Đối chiếu theo loại mục tiêu", en: "Backtest by kind of target" })),
  );
}
