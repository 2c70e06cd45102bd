import { foldText } from "./foldText.ts";

/**
 * District-level units named by commune plans, with the GSO code of their province. A seed list
 * (the districts of Thái Nguyên, for the Lục Ba commune plan); extend it when a new commune
 * plan names another district.
 */
const DISTRICTS: ReadonlyArray<[string, string]> = [
  ["Đại Từ", "19"],
  ["Định Hóa", "19"],
  ["Phú Lương", "19"],
  ["Võ Nhai", "19"],
  ["Đồng Hỷ", "19"],
  ["Phú Bình", "19"],
  ["Phổ Yên", "19"],
  ["Sông Công", "19"],
];

const byKey = new Map(DISTRICTS.map(([name, code]) => [foldText(name), code]));

/** The province code of a district named in a document ("Đại Từ" → "19"), or null. */
export function districtProvince(name: string): string | null {
  return byKey.get(foldText(name)) ?? null;
}
