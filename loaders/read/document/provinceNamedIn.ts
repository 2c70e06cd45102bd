import { matchProvince, type ProvinceRegistry } from "../../model/provinces.ts";
import type { ProvinceRow } from "../../model/model.ts";

/** Capitalised words after "tỉnh"/"thành phố"/"TP." ("tỉnh Lào Cai", "Tỉnh Cà Mau", "TP. Hồ Chí Minh"). */
const PROVINCE_MENTION = /(?<![\p{L}])(?:tỉnh|Tỉnh|TỈNH|thành phố|Thành phố|TP\.?)\s+(\p{Lu}[\p{L}]*(?:[\s-]+\p{Lu}[\p{L}]*){0,3})/gu;

/** Words that follow "tỉnh" without naming a province ("các tỉnh Vùng Tây Bắc", "Tỉnh ủy"). */
const NOT_A_NAME = /^(Vùng|Khu|Miền|Trung|Ủy|Uỷ|UBND|HĐND|Đoàn|Đảng|Công|Sở|Ban)$/u;

export interface ProvinceMention {
  /** Offset of the name in the text and its length. */
  at: number;
  length: number;
  name: string;
  province: ProvinceRow | null;
}

/** Every province named in a text, with the longest run of capitalised words that is a province. */
export function provinceMentions(text: string, registry: ProvinceRegistry): ProvinceMention[] {
  const out: ProvinceMention[] = [];
  for (const m of text.matchAll(PROVINCE_MENTION)) {
    const words = m[1]!.split(/\s+/);
    if (NOT_A_NAME.test(words[0]!)) continue;
    const at = m.index! + m[0].length - m[1]!.length;
    let found: ProvinceMention | null = null;
    for (let n = words.length; n >= 1 && !found; n--) {
      const name = words.slice(0, n).join(" ");
      const province = matchProvince(registry, name);
      if (province) found = { at, length: name.length, name, province };
    }
    out.push(found ?? { at, length: m[1]!.length, name: m[1]!, province: null });
  }
  return out;
}

/** The first province a text names, or null. */
export function provinceNamedIn(text: string, registry: ProvinceRegistry): ProvinceRow | null {
  return provinceMentions(text, registry).find((m) => m.province)?.province ?? null;
}
