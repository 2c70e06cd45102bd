import type { Group } from "../../model/model.ts";
import type { TargetRule, TargetScope } from "../../model/plans.ts";

/** What a clause sets, before its index, indicator and years are known. */
export interface TargetPhrase {
  rule: TargetRule;
  scope: TargetScope | null;
  value: number | null;
  group: Group | null;
}

const GROUP_WORDS: Array<[RegExp, Group]> = [
  [/cao nhat|dan dau/, "CN"],
  [/trung binh cao/, "TBC"],
  [/trung binh thap/, "TBT"],
  [/thap nhat/, "TN"],
];

/** Whether a folded clause reads as a target (not a past result): "phấn đấu", "mục tiêu", "nhằm nâng cao", "đưa … vào". */
export function setsTarget(f: string): boolean {
  return (
    /\b(phan dau|muc tieu|nham (nang cao|cai thien)|dua tinh|dua [a-z ]{0,30} vao nhom|khong (de )?giam|it nhat|toi thieu)\b/.test(f) ||
    /^(tiep tuc )?duy tri\b/.test(f)
  );
}

/**
 * The kind of target a folded clause states, tried from the most specific phrasing to the least:
 * "không có chỉ số nào thuộc nhóm thấp nhất", "tăng điểm của từng tiêu chí chưa đạt điểm tối đa",
 * "duy trì điểm số … đã đạt điểm tối đa", "tăng ít nhất 5 bậc", "đứng trong nhóm 20 tỉnh dẫn đầu",
 * "cải thiện bậc", "vào nhóm có thứ hạng cao", "thuộc nhóm …", "không giảm", "duy trì",
 * "cải thiện so với năm N". Null when it states none.
 */
export function targetPhrase(f: string): TargetPhrase | null {
  const each = /\b(cac|tung|moi) (linh vuc|chi so noi dung|noi dung)\b/.test(f) ? "each_dimension" : /\btieu chi\b/.test(f) ? "each_criterion" : null;
  if (/khong (co|de) (chi so|noi dung|linh vuc)[a-z ]*nhom (dat diem )?thap nhat/.test(f))
    return { rule: "no_lowest_group", scope: "each_dimension", value: null, group: "TN" };
  if (/tang diem (cua )?(tung|cac|moi) tieu chi[a-z ]*chua dat/.test(f)) return { rule: "raise_unmaxed", scope: "each_criterion", value: null, group: null };
  if (/duy tri diem so[a-z ]*(cham|dat) (diem )?toi da/.test(f)) return { rule: "score_not_lower", scope: "each_criterion", value: null, group: null };
  const by = /\btang (it nhat |toi thieu |tu )?(\d{1,2}) (bac|hang|vi tri)\b/.exec(f);
  if (by) return { rule: "rank_improves_by", scope: each, value: Number(by[2]), group: null };
  const top =
    /\b(dung|nam|vao|thuoc) (trong )?(nhom |top )(\d{1,2}) (tinh|dia phuong)?[a-z ]*(dan dau|dung dau|cao nhat|dau tien)?/.exec(f) ??
    /\btop (\d{1,2})\b/.exec(f);
  if (top) return { rule: "rank_at_most", scope: each, value: Number(top[4] ?? top[1]), group: null };
  if (/cai thien (ve )?(bac|thu hang|vi tri xep hang|xep hang)|\btang (bac|hang)\b|nang (cao )?(vi tri|thu) (xep )?hang/.test(f))
    return { rule: "rank_improves", scope: each, value: null, group: null };
  if (/nhom (co )?(thu hang|xep hang) cao/.test(f)) return { rule: "high_group", scope: each, value: null, group: null };
  const inGroup = /\b(thuoc|vao|trong) nhom (dat diem |co diem )?(cao nhat|trung binh cao|trung binh thap|dan dau)/.exec(f);
  if (inGroup) return { rule: "group_at_least", scope: each, value: null, group: GROUP_WORDS.find(([re]) => re.test(inGroup[3]!))![1] };
  if (/khong (bi )?giam|duy tri (ket qua|diem so|chi so|muc diem)/.test(f)) return { rule: "score_not_lower", scope: each, value: null, group: null };
  if (/cai thien so voi|duoc cai thien so voi|cao hon so voi|tang (diem )?so voi (nam|ket qua)/.test(f))
    return { rule: "score_improves", scope: each, value: null, group: null };
  return null;
}

/** An operational commitment: "100% hồ sơ …", "ít nhất 03 sáng kiến", "tỷ lệ 100%". */
export function isCommitment(f: string): boolean {
  return /\b100 ?%|\bit nhat (\d+|mot|hai|ba)\b|\btoi thieu (\d+|mot)\b|\bty le (dat )?\d+|\bdat (tren |tu )?\d+ ?%/.test(f);
}

/** The target year (the first "năm N" not after "so với") and the base year ("so với năm N", "so với năm trước"). */
export function yearsOf(f: string, planYear: number | null): { year: number | null; base: number | null } {
  const base = /so voi (ket qua (da dat duoc |dat duoc )?)?(cung ky )?nam (\d{4})/.exec(f);
  const withoutBase = base ? f.replace(base[0], " ") : f;
  const y = /\bnam (\d{4})\b/.exec(withoutBase);
  const year = y ? Number(y[1]) : planYear;
  if (base) return { year, base: Number(base[4]) };
  if (/so voi nam truoc/.test(f) && year) return { year, base: year - 1 };
  return { year, base: year ? year - 1 : null };
}
