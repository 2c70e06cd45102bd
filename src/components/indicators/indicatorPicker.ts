/**
 * The indicator picker (grouped by dimension) and the data source: the build-time file of the
 * indicator's picker group, fetched once (indicatorFiles.ts).
 */
import { t } from "../shared/i18n.js";
import {
  groupKeyOf,
  resultFromSeries,
  indicatorGroups,
  type IndicatorLike,
  type IndicatorResult,
  type IndicatorSelection,
  type ProvinceLike,
} from "./indicatorData.js";
import { groupFile } from "./indicatorFiles.js";
import { T } from "./indicatorLabels.js";

// ---------------------------------------------------------------------------------------------
// The picker

/**
 * A <select> with one <optgroup> per dimension (the PAPI totals first, then D1…D8 each followed
 * by its sub-dimensions, then PAR INDEX and SIPAS), wrapped in a form whose `value` is the
 * chosen indicator id (works with bindUrl and Framework's view()).
 */
export function indicatorPicker(indicators: readonly IndicatorLike[], value = "papi.total"): HTMLFormElement & { value: string } {
  const form = document.createElement("form") as HTMLFormElement & { value: string };
  form.className = "indicator-picker";
  form.addEventListener("submit", (e) => e.preventDefault());
  const label = document.createElement("label");
  label.textContent = t(T.indicator);
  const select = document.createElement("select");
  select.name = "indicator";
  select.id = `indicator-select-${Math.random().toString(36).slice(2, 8)}`;
  label.htmlFor = select.id;
  select.dataset.testid = "indicator-select";
  for (const g of indicatorGroups(indicators)) {
    const og = document.createElement("optgroup");
    og.label = t(g.label);
    for (const o of g.options) {
      const opt = document.createElement("option");
      opt.value = o.id;
      opt.textContent = `${t(o.label)} (${o.years})`;
      og.append(opt);
    }
    select.append(og);
  }
  select.value = value;
  // The select's own input event bubbles to the form: Framework's view() and bindUrl listen there.
  Object.defineProperty(form, "value", {
    get: () => select.value,
    set: (v: string) => {
      select.value = v;
    },
  });
  form.append(label, select);
  return form;
}

// ---------------------------------------------------------------------------------------------
// The data source: the build-time file of the indicator's picker group, fetched once

export interface IndicatorSource {
  load(sel: IndicatorSelection): Promise<IndicatorResult>;
}

export function createIndicatorSource(indicators: readonly IndicatorLike[], provinces: readonly ProvinceLike[]): IndicatorSource {
  const groups = indicatorGroups(indicators);
  return {
    async load(sel) {
      const key = groupKeyOf(groups, sel.indicator);
      const file = key === null ? {} : await groupFile(key);
      return resultFromSeries(file[sel.indicator], provinces, sel);
    },
  };
}
