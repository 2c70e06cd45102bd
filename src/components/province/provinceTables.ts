/**
 * The province page's tables: plan targets against outcomes, PAR INDEX and SIPAS figures, and the
 * source of every figure.
 */
import { dataTable, type TableColumn } from "../shared/chartCard.js";
import { L, fmt, missing, t } from "../shared/i18n.js";
import { GROUP_NAMES, LABELS, dimCode, groupText, indicatorName, note, orMissing, rankText, section } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import { allSources, type FactRow } from "./provinceFacts.js";
import type { TargetCheck } from "./provinceProfile.js";
import type { ViewContext } from "./provinceViewContext.js";

export function targetLabel(ctx: ViewContext, x: TargetCheck): string {
  if (x.kind === "rank")
    return x.scope === "northwest"
      ? t({ vi: "Thứ hạng trong 6 tỉnh Tây Bắc", en: "Rank among the six Northwest provinces" })
      : t({ vi: "Thứ hạng toàn quốc", en: "National rank" });
  const d = x.indicator_id === "papi.total" ? "" : `${dimCode(Number(x.indicator_id.slice(6)))} `;
  return `${d}${indicatorName(ctx.indicators, x.indicator_id)}`;
}

export function targetText(x: TargetCheck): string {
  if (x.kind === "rank") {
    if (x.scope === "northwest")
      return x.target_rank === 1 ? t({ vi: "đứng đầu 6 tỉnh", en: "first of the six" }) : `≤ ${x.target_rank}/${x.target_rank_of ?? 6}`;
    return t({ vi: `trong nhóm ${x.target_rank} tỉnh đứng đầu (≤ ${x.target_rank})`, en: `top ${x.target_rank} (rank ≤ ${x.target_rank})` });
  }
  const cmp = x.comparator === "gte" ? "≥ " : x.comparator === "lte" ? "≤ " : "";
  const g = x.target_group ? ` · ${t(L.group)}: ${t(GROUP_NAMES[x.target_group] ?? x.target_group)}` : "";
  return `${cmp}${fmt(x.target_value)}${g}`;
}

export function outcomeText(x: TargetCheck): string | HTMLElement {
  if (x.kind === "rank") {
    if (x.outcome_rank === null) return missing({ vi: `chưa có thứ hạng năm ${x.year}`, en: `no rank for ${x.year} yet` });
    return rankText(x.outcome_rank, x.outcome_rank_of, x.outcome_rank_source);
  }
  if (x.outcome_value === null)
    return missing({ vi: `chưa có số liệu năm ${x.year} (cần bộ dữ liệu chính thức)`, en: `no ${x.year} figure yet (needs the official data)` });
  const kind = x.outcome_kind === "derived" ? ` (${t(LABELS.derivedShort)})` : "";
  const g = x.outcome_group ? ` · ${groupText(x.outcome_group, x.outcome_group_source)}` : "";
  return `${fmt(x.outcome_value)}${kind}${g}`;
}

export function metText(x: TargetCheck): string | HTMLElement {
  if (x.met === null) return missing({ vi: "chưa có kết quả để đối chiếu", en: "no outcome to compare with yet" });
  const v = x.met ? t({ vi: "✓ đạt", en: "✓ met" }) : t({ vi: "✗ chưa đạt", en: "✗ not met" });
  const gap =
    x.kind === "value" && x.target_value !== null && x.outcome_value !== null
      ? ` (${x.outcome_value - x.target_value >= 0 ? "+" : "-"}${fmt(Math.abs(x.outcome_value - x.target_value))})`
      : "";
  const g = x.group_met === null ? "" : ` · ${t(L.group)}: ${x.group_met ? t({ vi: "đạt", en: "met" }) : t({ vi: "chưa đạt", en: "not met" })}`;
  return `${v}${gap}${g}`;
}

/** Targets from plan documents against the outcome of the target year. */
export function targetsView(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  if (!profile.targets.length)
    return note(
      {
        vi: "Các kế hoạch đã đọc của tỉnh này không đặt mục tiêu bằng số. Mục tiêu định tính và cam kết thực hiện, nếu có: xem mục “Kế hoạch của tỉnh” bên dưới.",
        en: "The plans read for this province set no numeric target. Qualitative targets and operational commitments, if any: see “The province's plans” below.",
      },
      "pv-empty",
    );
  const columns: TableColumn[] = [
    { key: "label", label: { vi: "Mục tiêu", en: "Target" } },
    { key: "year", label: L.year },
    { key: "target", label: { vi: "Mức đặt ra", en: "Set at" } },
    { key: "outcome", label: { vi: "Kết quả", en: "Outcome" }, format: (_, r) => outcomeText(r.x as TargetCheck) },
    { key: "met", label: { vi: "Đánh giá", en: "Assessment" }, format: (_, r) => metText(r.x as TargetCheck) },
    { key: "source_loc", label: L.source, format: (v) => orMissing(v as string, L.noData) },
  ];
  const rows = profile.targets.map((x) => ({ x, label: targetLabel(ctx, x), year: x.year, target: targetText(x), source_loc: x.source_loc }));
  const missingOutcome = profile.targets.some((x) => x.outcome_value === null && x.kind === "value");
  return el(
    "div",
    { class: "pv-table-wrap" },
    dataTable(columns, rows, t({ vi: "Mục tiêu và kết quả", en: "Targets and outcomes" })),
    note({
      vi: "Điểm: đạt khi kết quả ≥ mức đặt ra (điểm càng cao càng tốt); thứ hạng: đạt khi thứ hạng ≤ mức đặt ra. Thứ hạng tính toán được ghi rõ.",
      en: "Scores: met when the outcome ≥ the level set (higher is better); ranks: met when the rank ≤ the level set. Computed ranks are labelled.",
    }),
    missingOutcome ? note(LABELS.howToAdd) : null,
  );
}

/** PAR INDEX and SIPAS figures, where present. */
export function otherIndicesView(ctx: ViewContext): HTMLElement {
  const rows = ctx.profile.otherIndices;
  if (!rows.length)
    return note(
      {
        vi: "Chưa có số liệu PAR INDEX hay SIPAS của tỉnh này (hiện chỉ có của Cà Mau 2023–2024, từ kế hoạch 126/KH-UBND).",
        en: "No PAR INDEX or SIPAS figures for this province yet (only Cà Mau 2023–2024 so far, from plan 126/KH-UBND).",
      },
      "pv-empty",
    );
  const columns: TableColumn[] = [
    { key: "index", label: { vi: "Chỉ số", en: "Index" }, format: (v) => (v === "PAR_INDEX" ? "PAR INDEX" : String(v)) },
    { key: "year", label: L.year },
    { key: "value", label: LABELS.value, align: "right", format: (v) => `${fmt(v as number)}%` },
    { key: "rank", label: L.rank, format: (_, r) => rankText(r.rank as number, r.rank_of as number, r.rank_source as string) },
    {
      key: "kind",
      label: LABELS.kind,
      format: (v) => (v === "derived" ? t({ vi: "suy ra từ mức thay đổi công bố", en: "derived from the stated change" }) : t(LABELS.published)),
    },
    { key: "value_source_loc", label: L.source },
  ];
  return el("div", { class: "pv-table-wrap" }, dataTable(columns, rows as unknown as Record<string, unknown>[], "PAR INDEX, SIPAS"));
}

export function figureLabel(ctx: ViewContext, f: { figure: string; indicator_id: string; kind: string }): string {
  const national = f.figure.startsWith("00:");
  const name = indicatorName(ctx.indicators, f.indicator_id);
  const kind = f.kind === "target" ? ` · ${t(LABELS.target)}` : f.kind === "derived" ? ` · ${t(LABELS.derivedShort)}` : "";
  return `${national ? `${t(L.national)}: ` : ""}${name}${kind}`;
}

/** Every figure shown on the page with its source file and location. */
export function sourcesView(ctx: ViewContext): HTMLElement {
  const rows = ctx.profile.sources.map((s) => ({
    ...s,
    label: figureLabel(ctx, s),
    shown:
      s.value !== null
        ? fmt(s.value, s.value_text?.split(".")[1] ? Math.min(4, s.value_text.split(".")[1]!.length) : 2)
        : s.rank !== null
          ? `${s.rank}/${s.rank_of ?? "?"}`
          : "—",
    file: s.source_id,
    all: allSources(s.all_sources).join("; "),
  }));
  if (!rows.length) return note({ vi: "Không có con số nào.", en: "No figures." }, "pv-empty");
  const columns: TableColumn[] = [
    { key: "label", label: LABELS.figure },
    { key: "year", label: L.year },
    { key: "shown", label: LABELS.value, align: "right" },
    {
      key: "file",
      label: LABELS.sourceFile,
      format: (v) => orMissing(v as string, { vi: "thứ hạng nêu trong văn bản, không kèm vị trí", en: "rank stated in a document, no location" }),
    },
    { key: "source_loc", label: LABELS.location, format: (v) => orMissing(v as string, { vi: "không có vị trí", en: "no location" }) },
    { key: "all", label: LABELS.otherSources },
  ];
  const details = el("details", { class: "pv-sources" });
  details.append(
    el(
      "summary",
      {},
      t({
        vi: `Nguồn của ${rows.length} con số trên trang (tệp và vị trí tệp:dòng hoặc trang!ô)`,
        en: `Sources of the ${rows.length} figures on this page (file and file:line or sheet!cell)`,
      }),
    ),
    dataTable(columns, rows, t({ vi: "Nguồn số liệu", en: "Sources" })),
  );
  return details;
}

export { section, note };
export type { FactRow };
