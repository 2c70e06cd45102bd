/**
 * The comparison page's controls and shared pieces: the province chooser (a value-holding input
 * bound to the URL's `p`), the preset buttons, the note on overlapping years, one colour per
 * selected province and its legend.
 */
import { lang, t, type Text } from "../shared/i18n.js";
import { OKABE_ITO } from "../shared/palette.js";
import { legend, provinceName } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import { yearTicks } from "../shared/yearTicks.js";
import type { IndicatorInfo, ProvinceInfo, SeriesBreak } from "../province/provinceFacts.js";
import { MAX_PROVINCES, overlapYears, yearsByProvince, type CompareData, type PresetKind } from "./compareView.js";

export interface CompareContext {
  data: CompareData;
  provinces: readonly ProvinceInfo[];
  indicators: readonly IndicatorInfo[];
  breaks: readonly SeriesBreak[];
  width: number;
}

/**
 * One colour per selected province, in selection order (Okabe–Ito, colour-blind safe).
 * Self-contained (the first view written at build runs its source: compareFirstView.ts).
 */
export function provinceColors(slugs: readonly string[], palette: readonly string[] = OKABE_ITO): Map<string, string> {
  return new Map(slugs.map((s, i) => [s, palette[i % 6]!]));
}

export function nameBySlug(provinces: readonly ProvinceInfo[]): Map<string, string> {
  return new Map(provinces.map((p) => [p.slug, provinceName(p)]));
}

export type ChooserElement = HTMLElement & { value: string[] };

/**
 * The province chooser: the chosen provinces as a list with a remove button each, and a select to
 * add one (type a name's first letters to jump). Holds `value` (an array of slugs) and fires
 * `input` on every change, like an Observable input, so bindUrl() and view() work with it.
 */
export function provinceChooser(provinces: readonly ProvinceInfo[], initial: string[] = []): ChooserElement {
  const names = nameBySlug(provinces);
  const sorted = [...provinces].sort((a, b) => provinceName(a).localeCompare(provinceName(b), lang === "vi" ? "vi" : "en"));
  const root = el("fieldset", { class: "pv-chooser" }) as unknown as ChooserElement;
  const legendEl = el("legend", {}, t({ vi: `Tỉnh, thành phố so sánh (${2}–${MAX_PROVINCES})`, en: `Provinces to compare (2–${MAX_PROVINCES})` }));
  const list = el("ul", { class: "pv-chips", "aria-label": t({ vi: "Các tỉnh đã chọn", en: "Chosen provinces" }) });
  const addId = `pv-add-${Math.random().toString(36).slice(2, 8)}`;
  const add = el("select", { id: addId });
  const addLabel = el("label", { for: addId }, t({ vi: "Thêm tỉnh: ", en: "Add a province: " }));
  root.append(legendEl, list, el("div", { class: "pv-add" }, addLabel, add));
  let value: string[] = [...initial];
  const emit = () => root.dispatchEvent(new Event("input", { bubbles: true }));
  const render = () => {
    list.replaceChildren(
      ...value.map((slug) => {
        const b = el(
          "button",
          { type: "button", class: "pv-chip-remove", "aria-label": t({ vi: `Bỏ ${names.get(slug) ?? slug}`, en: `Remove ${names.get(slug) ?? slug}` }) },
          "×",
        );
        b.addEventListener("click", () => {
          const at = value.indexOf(slug);
          value = value.filter((s) => s !== slug);
          render();
          // Focus stays in place: on the chip that took this one's place, else the last, else the picker.
          const left = list.querySelectorAll<HTMLButtonElement>(".pv-chip-remove");
          (left[Math.min(at, left.length - 1)] ?? add).focus();
          emit();
        });
        return el("li", { class: "pv-chip", "data-slug": slug }, el("span", {}, names.get(slug) ?? slug), b);
      }),
    );
    const full = value.length >= MAX_PROVINCES;
    add.replaceChildren(
      el(
        "option",
        { value: "" },
        full
          ? t({ vi: `(đã đủ ${MAX_PROVINCES} tỉnh)`, en: `(${MAX_PROVINCES} chosen: the maximum)` })
          : t({ vi: "— chọn để thêm —", en: "— choose to add —" }),
      ),
      ...sorted.filter((p) => !value.includes(p.slug)).map((p) => el("option", { value: p.slug }, provinceName(p))),
    );
    add.disabled = full;
    add.value = "";
  };
  add.addEventListener("change", () => {
    const slug = add.value;
    if (!slug || value.includes(slug) || value.length >= MAX_PROVINCES) return;
    value = [...value, slug];
    render();
    emit();
    add.focus();
  });
  Object.defineProperty(root, "value", {
    get: () => [...value],
    set: (v: string[]) => {
      value = Array.isArray(v) ? v.filter((s) => names.has(s)).filter((s, i, a) => a.indexOf(s) === i) : [];
      render();
    },
  });
  render();
  return root;
}

export const PRESET_LABELS: Record<PresetKind, Text> = {
  region: { vi: "Cùng vùng với tỉnh đầu tiên", en: "Same region as the first province" },
  northwest: { vi: "Sáu tỉnh Tây Bắc", en: "The Northwest six" },
  unit: { vi: "Cùng đơn vị sau sáp nhập 2025", en: "Same unit after the 2025 merger" },
};

/** Preset buttons; `onPick(kind)` applies one. */
export function presetButtons(onPick: (kind: PresetKind) => void): HTMLElement {
  const div = el(
    "div",
    { class: "pv-presets", role: "group", "aria-label": t({ vi: "Chọn nhanh", en: "Presets" }) },
    el("span", {}, t({ vi: "Chọn nhanh:", en: "Presets:" })),
  );
  for (const kind of ["region", "northwest", "unit"] as PresetKind[]) {
    const b = el("button", { type: "button", "data-preset": kind }, t(PRESET_LABELS[kind]));
    b.addEventListener("click", () => onPick(kind));
    div.append(b);
  }
  return div;
}

/** Which years each province has, and which all share. */
export function overlapNote(ctx: CompareContext): HTMLElement {
  const { data } = ctx;
  const names = nameBySlug(ctx.provinces);
  const byProvince = yearsByProvince(data.totals);
  const overlap = overlapYears(data.years, data.slugs.length);
  const span = (ys: number[]) => (ys.length ? ranges(ys) : t({ vi: "không có", en: "none" }));
  const items = data.slugs.map((s) => el("li", {}, `${names.get(s) ?? s}: ${span(byProvince.get(s) ?? [])}`));
  return el(
    "div",
    { class: "pv-message", id: "overlap" },
    el("strong", {}, t({ vi: "Năm có điểm tổng hợp của mọi tỉnh đã chọn: ", en: "Years in which every chosen province has a total: " })),
    overlap.length ? ranges(overlap) : t({ vi: "không có (các tỉnh không có năm nào trùng nhau)", en: "none (the provinces share no year)" }),
    el("ul", {}, ...items),
  );
}

/** "2011–2016, 2019" from a sorted list of years. */
export function ranges(years: readonly number[]): string {
  const out: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    out.push(start === prev ? String(start) : `${start}–${prev}`);
    start = y;
    prev = y;
  }
  return out.join(", ");
}

export function colorLegend(ctx: CompareContext, shape: "line" | "filled" = "line"): HTMLElement {
  const names = nameBySlug(ctx.provinces);
  const colors = provinceColors(ctx.data.slugs);
  return legend(ctx.data.slugs.map((s) => ({ label: names.get(s) ?? s, color: colors.get(s)!, shape })));
}

/** The compare charts' year axis (every chart of the site ticks years by one rule: shared/yearTicks.ts). */
export const yearAxis = (years: number[], width: number) => ({
  ...yearTicks(years, width),
  domain: [Math.min(...years) - 0.6, Math.max(...years) + 1.8],
});
