/**
 * The survey indicators (chỉ tiêu) of each sub-dimension of the province page.
 */
import { dataTable, type TableColumn } from "../shared/chartCard.js";
import { fmt, fmtPercent, t } from "../shared/i18n.js";
import { dimCode, indicatorName, note } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import type { ViewContext } from "./provinceViewContext.js";

export function surveyValue(v: number | null, unit: string): string {
  if (v === null) return "—";
  if (unit === "share") return fmtPercent(v, 1);
  if (unit === "percent") return `${fmt(v, 1)}%`;
  return fmt(v, unit === "thousand_vnd" ? 0 : 2);
}

/**
 * The drill-down from a sub-dimension to its survey indicators (chỉ tiêu): pick a sub-dimension
 * (the weakest one first), see each question's value for every year a sheet gives it, beside
 * the mean of all provinces. Higher is not always better here (some questions measure bribes).
 */
export function surveyView(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const wrap = el("div", { class: "pv-survey" });
  if (!profile.survey.length) {
    wrap.append(
      note(
        {
          vi: "Chưa có chỉ tiêu khảo sát của tỉnh này (các bảng chính thức từ 2018 có chúng).",
          en: "No survey indicators for this province yet (the official sheets from 2018 on have them).",
        },
        "pv-empty",
      ),
    );
    return wrap;
  }
  const parents = [...new Set(profile.survey.map((s) => s.parent))];
  const order = new Map(ctx.indicators.map((i, k) => [i.id, k]));
  parents.sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999));
  const first = profile.weakest.map((w) => w.indicator_id).find((id) => parents.includes(id)) ?? parents[0]!;
  const select = el("select", { "aria-label": t({ vi: "Chỉ số thành phần", en: "Sub-dimension" }), "data-testid": "survey-subdimension" }) as HTMLSelectElement;
  for (const id of parents) {
    const def = ctx.indicators.find((i) => i.id === id);
    const option = el("option", { value: id }, `${dimCode(def?.dimension)} ${indicatorName(ctx.indicators, id)}`) as HTMLOptionElement;
    option.selected = id === first;
    select.append(option);
  }
  const holder = el("div", {});
  const years = [...new Set(profile.survey.map((s) => s.year))].sort((a, b) => a - b);
  const render = () => {
    const rows = profile.survey.filter((s) => s.parent === select.value);
    const ids = [...new Set(rows.map((r) => r.indicator_id))];
    const columns: TableColumn[] = [
      { key: "name", label: { vi: "Chỉ tiêu", en: "Survey indicator" } },
      ...years.map((y) => ({ key: String(y), label: String(y), align: "right" as const, format: (v: unknown) => (v as string) ?? "—" })),
    ];
    const table = ids.map((id) => {
      const row: Record<string, unknown> = { name: indicatorName(ctx.indicators, id) };
      for (const y of years) {
        const v = rows.find((r) => r.indicator_id === id && r.year === y);
        row[String(y)] = v ? `${surveyValue(v.value, v.unit)} (${t({ vi: "TB", en: "mean" })} ${surveyValue(v.national_mean, v.unit)})` : "—";
      }
      return row;
    });
    holder.replaceChildren(dataTable(columns, table, t({ vi: "Chỉ tiêu khảo sát", en: "Survey indicators" })));
  };
  select.addEventListener("change", render);
  render();
  wrap.append(
    el("label", { class: "pv-survey-pick" }, `${t({ vi: "Chỉ số thành phần", en: "Sub-dimension" })}: `, select),
    note({
      vi: "Giá trị của tỉnh, trong ngoặc là trung bình các tỉnh có số liệu. Tỷ lệ in dưới dạng %; ô trống là năm không có bảng chính thức hoặc mẫu dưới 15 người trả lời. Không phải chỉ tiêu nào cũng càng cao càng tốt (ví dụ tỷ lệ phải chi thêm tiền).",
      en: "The province's value, in brackets the mean of the provinces with data. Shares as %; a dash is a year without an official sheet or with fewer than 15 respondents. Higher is not always better (e.g. the share who paid bribes).",
    }),
    holder,
  );
  return wrap;
}
