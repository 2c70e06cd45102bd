import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  cleanIndicatorLabel,
  defaultTaxonomy,
  inForce,
  matchGroup,
  matchIndicator,
  partsOf,
  type IndicatorDef,
  type MatchContext,
} from "../../loaders/model/index.ts";
import { foldText } from "../../loaders/text/index.ts";

const tax = defaultTaxonomy();

function namesOf(def: IndicatorDef): string[] {
  return [def.name_vi, def.name_en, ...def.variants, ...(def.short ?? [])];
}

/** The full context a reader has when it meets a name: index, a year in force, level, dimension. */
function contextOf(def: IndicatorDef): MatchContext {
  return { index: def.index, year: def.to ?? Math.max(def.from, 2019), level: def.level, dimension: def.dimension };
}

const everyName = tax.indicators.flatMap((def) => namesOf(def).map((name) => ({ def, name })));

function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

describe("taxonomy", () => {
  it("has unique ids, known parents and parts in force", () => {
    const ids = new Set(tax.indicators.map((d) => d.id));
    expect(ids.size).toBe(tax.indicators.length);
    for (const d of tax.indicators) if (d.parent) expect(ids.has(d.parent), d.id).toBe(true);
    expect(partsOf(tax, "papi.total", 2019).map((d) => d.id)).toEqual(["papi.d1", "papi.d2", "papi.d3", "papi.d4", "papi.d5", "papi.d6", "papi.d7", "papi.d8"]);
    expect(partsOf(tax, "papi.total", 2017)).toHaveLength(6);
    expect(partsOf(tax, "papi.d2", 2019).map((d) => d.id)).toEqual([
      "papi.d2.access_info",
      "papi.d2.poverty_lists",
      "papi.d2.communal_budgets",
      "papi.d2.land_use",
    ]);
    expect(partsOf(tax, "papi.d3", 2019).map((d) => d.id)).toEqual(["papi.d3.interactions", "papi.d3.appeals", "papi.d3.justice"]);
    expect(partsOf(tax, "papi.d5", 2019)).toHaveLength(4);
    expect(partsOf(tax, "papi.d5", 2024)).toHaveLength(3);
    const subs2019 = tax.indicators.filter((d) => d.index === "PAPI" && d.level === "subdimension" && inForce(d, 2019));
    expect(subs2019).toHaveLength(29);
  });

  it("matches every name exactly in its context", () => {
    for (const { def, name } of everyName) expect(matchIndicator(tax, name, contextOf(def))?.def.id, name).toBe(def.id);
  });

  it("matches every name with diacritics removed or case changed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...everyName), fc.constantFrom("strip", "upper", "lower", "strip-upper"), ({ def, name }, how) => {
        const variant =
          how === "strip"
            ? stripDiacritics(name)
            : how === "upper"
              ? name.toUpperCase()
              : how === "lower"
                ? name.toLowerCase()
                : stripDiacritics(name).toUpperCase();
        expect(matchIndicator(tax, variant, contextOf(def))?.def.id, variant).toBe(def.id);
      }),
      { numRuns: 1000 },
    );
  });

  // One damaged character (OCR): only names long enough for one wrong letter to leave them recognisable.
  const damageable = everyName.filter(({ name }) => cleanIndicatorLabel(name).replace(/\s/g, "").length >= 6);

  it("matches every name with one character damaged", () => {
    fc.assert(
      fc.property(fc.constantFrom(...damageable), fc.nat(), fc.constantFrom(..."qxzwjkvbf"), ({ def, name }, pos, letter) => {
        const letters = [...name].map((ch, i) => ({ ch, i })).filter(({ ch }) => /\p{L}/u.test(ch));
        const at = letters[pos % letters.length]!.i;
        const chars = [...name];
        if (foldText(chars[at]!) === letter) return;
        chars[at] = letter;
        const damaged = chars.join("");
        expect(matchIndicator(tax, damaged, contextOf(def))?.def.id, damaged).toBe(def.id);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the OCR damage met in the seed documents", () => {
    const at2019 = (label: string, ctx: MatchContext) => matchIndicator(tax, label, { index: "PAPI", year: 2019, ...ctx })?.def.id;
    expect(at2019("Chi số PAPI tổng hợp", {})).toBe("papi.total");
    expect(at2019("Cung ứng điện vụ công", { level: "dimension" })).toBe("papi.d6");
    expect(at2019("Phủ lục hành chính cấp xã/phường", { level: "subdimension", dimension: 5 })).toBe("papi.d5.commune_procedures");
    expect(at2019("Sử dụng công nghệ tin điện tử của chính quyền địa phương", { level: "subdimension", dimension: 8 })).toBe("papi.d8.portal_use");
    expect(at2019("Phúc đáp qua Công nghệ tin điện tử", { level: "subdimension", dimension: 8 })).toBe("papi.d8.e_responsiveness");
    expect(at2019("trực nội dung “Tham gia của người dân ở cấp cơ sở”", {})).toBe("papi.d1");
    expect(at2019("Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh", {})).toBe("papi.total");
    // Both public-service parts read "Trà-Công lập": the name alone cannot tell them apart.
    expect(at2019("Trà-Công lập", { level: "subdimension", dimension: 6 })).toBeUndefined();
  });

  it("matches the short dimension names", () => {
    const short: Array<[string, string]> = [
      ["Tham gia", "papi.d1"],
      ["Minh bạch", "papi.d2"],
      ["Trách nhiệm giải trình", "papi.d3"],
      ["Kiểm soát tham nhũng", "papi.d4"],
      ["TTHC", "papi.d5"],
      ["Dịch vụ công", "papi.d6"],
      ["Môi trường", "papi.d7"],
      ["Điện tử", "papi.d8"],
    ];
    for (const [name, id] of short) expect(matchIndicator(tax, name, { index: "PAPI", year: 2023 })?.def.id, name).toBe(id);
  });

  it("does not match role words or other indices' names", () => {
    for (const w of ["Điểm số", "Xếp nhóm", "Năm", "Xếp hạng chung", "Stt", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"])
      expect(matchIndicator(tax, w, { index: "PAPI", year: 2019 }), w).toBeNull();
  });
});

describe("matchGroup", () => {
  it("reads group codes and words", () => {
    const cases: Array<[string, string | null]> = [
      ["CN", "CN"],
      ["TBC", "TBC"],
      ["TBT", "TBT"],
      ["TN", "TN"],
      ["Cao nhất", "CN"],
      ["Trung bình cao", "TBC"],
      ["trung bình thấp", "TBT"],
      ["Thấp nhất", "TN"],
      ["TB cao", "TBC"],
      ["Nhóm đạt điểm cao nhất", "CN"],
      ["Best performers", "CN"],
      ["Xếp nhóm", null],
      ["", null],
    ];
    for (const [text, code] of cases) expect(matchGroup(tax, text), text).toBe(code);
  });
});
