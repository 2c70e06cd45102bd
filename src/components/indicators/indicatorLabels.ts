/**
 * The /indicators page's labels in both languages, and the coverage below which it says that the
 * official data is missing.
 */
import type { Unit } from "../../../loaders/index.ts";
import { lang, type Text } from "../shared/i18n.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";

/** What an indicator's values are counted in, for its axis: every unit the library has. */
export const UNIT_LABELS: Record<Unit, Text> = {
  points: { vi: "điểm", en: "points" },
  percent: { vi: "%", en: "%" },
  share: { vi: "tỷ lệ, 0–1", en: "share, 0–1" },
  rating: { vi: "điểm đánh giá", en: "rating" },
  thousand_vnd: { vi: "nghìn đồng", en: "thousand VND" },
  km: { vi: "km", en: "km" },
  minutes: { vi: "phút", en: "minutes" },
  count: { vi: "số lượng", en: "count" },
};

/** Below this many provinces in every year, the page says that the official data is missing. */
export const FULL_COVERAGE = 50;

export const T = {
  indicator: { vi: "Chỉ số", en: "Indicator" },
  breakLabel: { vi: "đứt chuỗi", en: "break" },
  unverified: { vi: "chưa xác minh", en: "unverified" },
  breaksTitle: { vi: "Điểm đứt gãy của chuỗi số liệu", en: "Breaks in the series" },
  noBreaks: { vi: "Không có điểm đứt gãy nào trong khoảng năm đã chọn.", en: "No break in the selected years." },
  derivedNote: {
    vi: "Năm có dấu * gồm giá trị tính toán (tổng các chỉ số nội dung), không phải số công bố; điểm rỗng = giá trị tính toán.",
    en: "Years marked * include derived values (the sum of the dimensions), not published figures; hollow dots = derived.",
  },
  meanNote: {
    vi: "Dấu × nối bằng nét đứt: trung bình toàn quốc (tính toán) của các giá trị trên biểu đồ; ◇ trung bình toàn quốc công bố trong văn bản.",
    en: "× joined by a dashed line: national mean (computed) of the values drawn; ◇ national mean published in a document.",
  },
  meanMissing: {
    vi: `Không vẽ trung bình toàn quốc cho năm có dưới ${MIN_PROVINCES_NATIONAL} tỉnh có số liệu.`,
    en: `No national mean is drawn for years with fewer than ${MIN_PROVINCES_NATIONAL} provinces.`,
  },
  suggest6d: {
    vi: "Từ năm 2018 điểm tổng hợp cộng 8 chỉ số nội dung (thang 8–80) thay vì 6 (6–60): không so sánh được qua 2017/2018. Để so sánh 2011–2024, hãy dùng Tổng 6 chỉ số nội dung (D1–D6).",
    en: "From 2018 the total sums 8 dimensions (8–80) instead of 6 (6–60): it cannot be compared across 2017/2018. For 2011–2024 comparisons, use the six-dimension total (D1–D6).",
  },
  suggest6dButton: { vi: "Xem Tổng 6 chỉ số nội dung", en: "Show the six-dimension total" },
  sixDNote: {
    vi: "Tổng 6 chỉ số nội dung (D1–D6) do PAPI Explorer tính, PAPI không công bố; đây là chuỗi duy nhất so sánh được 2011–2024, dù một số chỉ số nội dung đã được xây dựng lại:",
    en: "The six-dimension total (D1–D6) is computed by PAPI Explorer, never published by PAPI; it is the only series comparable across 2011–2024, although some dimensions were re-built:",
  },
  coverage: {
    vi: "Dữ liệu hiện có chỉ gồm vài tỉnh (số liệu trích từ văn bản kế hoạch). Người dựng trang thêm được đủ 63 tỉnh bằng bộ dữ liệu PAPI chính thức (xem trang Dữ liệu).",
    en: "The data holds only a few provinces (figures read from plan documents). Whoever builds the site can add all 63 provinces from the official PAPI files (see the Data page).",
  },
  noData: {
    vi: "Không có số liệu của chỉ số này trong khoảng năm đã chọn.",
    en: "No figures for this indicator in the selected years.",
  },
  notInForce: { vi: "chỉ số không áp dụng năm này", en: "indicator not in force this year" },
  inForce: { vi: "Áp dụng", en: "In force" },
  present: { vi: "nay", en: "present" },
  dataYears: { vi: "có số liệu", en: "data for" },
  none: { vi: "không năm nào", en: "no year" },
  source: {
    vi: "PAPI (CECODES, VFF-CRT, UNDP) — bảng facts của PAPI Explorer (giá trị ưu tiên: bộ dữ liệu chính thức > bảng CSV > văn bản kế hoạch)",
    en: "PAPI (CECODES, VFF-CRT, UNDP) — PAPI Explorer's facts table (preferred value: official workbook > CSV panel > plan document)",
  },
  n: { vi: "Số tỉnh", en: "Provinces" },
  min: { vi: "Thấp nhất", en: "Min" },
  q1: { vi: "Tứ phân vị 1", en: "Q1" },
  median: { vi: "Trung vị", en: "Median" },
  q3: { vi: "Tứ phân vị 3", en: "Q3" },
  max: { vi: "Cao nhất", en: "Max" },
  mean: { vi: "Trung bình (tính toán)", en: "Mean (computed)" },
  publishedMean: { vi: "Trung bình công bố", en: "Published mean" },
  kindDerived: { vi: "tính toán", en: "derived" },
  profile: { vi: "Hồ sơ tỉnh", en: "Province profile" },
} satisfies Record<string, Text>;

export const INDICATOR_LABELS = T;

export function name(r: { name_vi: string; name_en: string }): string {
  return lang === "vi" ? r.name_vi : r.name_en;
}
