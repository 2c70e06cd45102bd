/**
 * Classifiers for the labels met in official PAPI workbooks: what is a score and what is a
 * weighted estimate, a confidence bound, a standard error, a rank, a summary row or a
 * survey-indicator code.
 */
import { foldText } from "../../text/foldText.ts";

/** Phrases that say "unweighted"; removed before looking for "weighted". */
const UNWEIGHTED = /\b(un ?weighted|non ?weighted|khong (co )?trong so)/g;
const WEIGHTED = /(weighted|trong so)/;
const BOUND_OR_ERROR =
  /\b(ci|diem thap|diem cao|lower|upper|bound|low|high|confidence|interval|khoang tin cay|can tren|can duoi|sai so|standard error|std err|se|do lech chuan|std dev|sd)\b/;
const RANK_OR_GROUP = /\b(rank|ranking|xep hang|thu hang|vi thu|nhom|group|quartile|tier)\b/;

/**
 * True for labels of figures that are not the unweighted score: weighted totals, confidence
 * bounds ("điểm thấp"/"điểm cao", "CI low", "lower bound"), standard errors ("sai số", "SE"),
 * ranks and groups.
 */
export function isNonScoreLabel(label: string): boolean {
  const key = foldText(label).replace(UNWEIGHTED, " ");
  return WEIGHTED.test(key) || BOUND_OR_ERROR.test(key) || RANK_OR_GROUP.test(key);
}

const SUMMARY = new Set([
  "highest",
  "lowest",
  "mean",
  "average",
  "median",
  "max",
  "min",
  "maximum",
  "minimum",
  "national",
  "national average",
  "national mean",
  "total",
  "diem cao nhat",
  "diem thap nhat",
  "cao nhat",
  "thap nhat",
  "trung binh",
  "diem trung binh",
  "gia tri trung binh",
  "trung vi",
  "toan quoc",
  "ca nuoc",
  "trung binh toan quoc",
  "trung binh ca nuoc",
  "viet nam",
  "vietnam",
  "gia tri lon nhat",
  "gia tri nho nhat",
  "do lech chuan",
  "std dev",
]);

/** True for summary rows or columns ("Highest", "Điểm cao nhất", "Mean", "Toàn quốc"), which are not provinces. */
export function isSummaryLabel(text: string): boolean {
  return SUMMARY.has(foldText(text));
}

/** A GSO-code-like number that marks a summary row (999) or a national row (0). */
export function isSummaryCode(code: number): boolean {
  return code === 0 || code >= 100;
}

/** Survey years (2009–2099) written in a text, in reading order. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1])).filter((y) => y >= 2009);
}

/** The label without years ("Chỉ số PAPI 2024 (không có trọng số)" → "Chỉ số PAPI (không có trọng số)"). */
export function stripYears(label: string): string {
  return label
    .replace(/(?<!\d)20\d\d(?!\d)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
