/**
 * The columns of a CSV panel: which holds the province (by name or GSO code), the year, the rank,
 * the group, and which indicator and kind each value column is (the compiler's own sums are
 * derived); and how a panel's number cell reads.
 */
import { foldText } from "../../text/foldText.ts";
import { ReadError, type Kind } from "../../model/model.ts";
import { matchIndicator, type IndicatorDef, type Taxonomy } from "../../model/taxonomy.ts";

export const COMPILER_SUM = "sum of dimensions computed by the panel's compiler";
export const COMPILER_SUM_6D = "sum of D1–D6 computed by the panel's compiler";
export const COMPILER_RANK = "rank and group computed by the panel's compiler, not official";

export type ValueColumn = { col: number; header: string; def: IndicatorDef; kind: Kind; note: string | null };

export interface PanelColumns {
  layout: "wide" | "long";
  name: number | null;
  code: number | null;
  year: number;
  rank: number | null;
  group: number | null;
  /** wide: one column per indicator */
  values: ValueColumn[];
  /** long: the indicator and value columns */
  indicator: number | null;
  value: number | null;
  ignored: string[];
}

export const NAME = /^(province|province_(vi|en|name|name_vi|name_en)|tinh|ten_tinh|tinh_thanh_pho|tinh_thanh|tentinh|tentinh_(vie|eng)|name|name_vi|name_en)$/;
export const CODE = /^(code|gso|gso_code|tinhid|province_code|ma_tinh)$/;
export const YEAR = /^(year|nam)$/;
export const RANK = /^(rank|rank_year|xep_hang|thu_hang)$/;
export const GROUP = /^(tier|group|nhom|xep_loai)$/;
export const INDICATOR = /^(indicator|indicator_id|chi_so)$/;
export const VALUE = /^(value|score|diem|gia_tri)$/;

export function headerKey(h: string): string {
  return foldText(h).replace(/ /g, "_");
}

/** What each column of the header holds; throws when it is not a panel header. */
export function panelColumns(header: string[], file: string, tax: Taxonomy): PanelColumns {
  const find = (re: RegExp) => {
    const i = header.findIndex((h) => re.test(headerKey(h)));
    return i < 0 ? null : i;
  };
  const cols: PanelColumns = {
    layout: "wide",
    name: find(NAME),
    code: find(CODE),
    year: -1,
    rank: find(RANK),
    group: find(GROUP),
    values: [],
    indicator: find(INDICATOR),
    value: find(VALUE),
    ignored: [],
  };
  const year = find(YEAR);
  const roles = new Set([cols.name, cols.code, year, cols.rank, cols.group, cols.indicator, cols.value].filter((i) => i !== null));
  header.forEach((h, col) => {
    if (roles.has(col)) return;
    const v = valueColumn(h, col, tax);
    if (v) cols.values.push(v);
    else if (h.trim()) cols.ignored.push(h.trim());
  });
  cols.layout = cols.indicator !== null && cols.value !== null ? "long" : "wide";
  const hasValues = cols.layout === "long" || cols.values.length > 0;
  if (year === null || (cols.name === null && cols.code === null) || !hasValues)
    throw new ReadError(
      `${file}: no recognisable panel header (need a province name or GSO code column, a year column and indicator columns); first line: ${header.join(",").slice(0, 120)}`,
      `${file}: không nhận ra dòng tiêu đề của bảng dữ liệu (cần một cột tên tỉnh/thành phố hoặc mã GSO, một cột năm và các cột chỉ số); dòng đầu tiên: ${header.join(",").slice(0, 120)}`,
    );
  cols.year = year;
  return cols;
}

export function valueColumn(header: string, col: number, tax: Taxonomy): ValueColumn | null {
  const key = headerKey(header);
  const by = (id: string, kind: Kind, note: string | null) => ({ col, header, def: tax.byId.get(id)!, kind, note });
  if (key === "total_official") return by("papi.total", "actual", null);
  if (key === "total_papi") return by("papi.total", "derived", COMPILER_SUM);
  if (key === "total_papi_6dim") return by("papi.total_6d", "derived", COMPILER_SUM_6D);
  const def = tax.byId.get(header.trim()) ?? exactIndicator(tax, header);
  if (!def) return null;
  // The six-dimension total is never published: any column of it is someone's computation.
  return def.id === "papi.total_6d" ? by(def.id, "derived", COMPILER_SUM_6D) : by(def.id, "actual", null);
}

export function exactIndicator(tax: Taxonomy, label: string): IndicatorDef | null {
  const m = matchIndicator(tax, label);
  return m && m.method === "exact" ? m.def : null;
}

// ── numbers ─────────────────────────────────────────────────────────────────────────────

/**
 * Dot decimals, and a decimal comma ("45,06"): in a `;`-delimited file as it stands, in a
 * comma-delimited one when quoted (a spreadsheet in Vietnamese number format exports it so; an
 * unquoted comma there splits the field before it gets here). Returns the value and its
 * dot-decimal text.
 */
export function parsePanelNumber(raw: string): { value: number; text: string } | null {
  const s = raw.trim();
  if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return { value: Number(s), text: s.replace(/^\+/, "") };
  if (/^[-+]?\d+,\d+$/.test(s)) {
    const text = s.replace(",", ".").replace(/^\+/, "");
    return { value: Number(text), text };
  }
  return null;
}

// ── reading ─────────────────────────────────────────────────────────────────────────────
