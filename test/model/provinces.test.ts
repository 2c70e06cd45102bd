import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { defaultProvinceRegistry, matchProvince, provinceKey } from "../../loaders/model/index.ts";
import { parseCsv } from "../../loaders/text/index.ts";

const registry = defaultProvinceRegistry();
const aliases = parseCsv(readFileSync(new URL("../../data/reference/province-aliases.csv", import.meta.url), "utf8"))
  .slice(1)
  .map(({ fields }) => ({ alias: fields[0]!, code: fields[1]!.padStart(2, "0") }));

/** Every name a province is printed under: its names, slug, aliases. */
const variants = [
  ...registry.provinces.flatMap((p) => [p.name_vi, p.name_ascii, p.name_en, p.slug].map((name) => ({ name, code: p.code }))),
  ...aliases.map(({ alias, code }) => ({ name: alias, code })),
];

function stripDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

describe("province registry", () => {
  it("holds the 63 pre-2025 provinces, six of them in the Northwest", () => {
    expect(registry.provinces).toHaveLength(63);
    expect(new Set(registry.provinces.map((p) => p.code)).size).toBe(63);
    expect(
      registry.provinces
        .filter((p) => p.northwest)
        .map((p) => p.name_vi)
        .sort(),
    ).toEqual(["Điện Biên", "Hòa Bình", "Lai Châu", "Lào Cai", "Sơn La", "Yên Bái"].sort());
  });

  it("maps every name variant to its code", () => {
    for (const { name, code } of variants) expect(matchProvince(registry, name)?.code, name).toBe(code);
  });

  it("maps every variant with a prefix, another case, without diacritics, NFD or hyphens for spaces", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...variants),
        fc.constantFrom("", "Tỉnh ", "tỉnh ", "TỈNH ", "Thành phố ", "TP. ", "TP "),
        fc.constantFrom("same", "upper", "lower", "strip", "nfd", "hyphen"),
        ({ name, code }, prefix, how) => {
          const changed =
            how === "upper"
              ? name.toUpperCase()
              : how === "lower"
                ? name.toLowerCase()
                : how === "strip"
                  ? stripDiacritics(name)
                  : how === "nfd"
                    ? name.normalize("NFD")
                    : how === "hyphen"
                      ? name.replace(/ /g, "-")
                      : name;
          const prefixed = /^(TP|Thành phố|Tỉnh)(?=[\s.]|$)/iu.test(name) ? changed : prefix + changed; // never "TP Thành phố …"
          expect(matchProvince(registry, prefixed)?.code, prefixed).toBe(code);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads old and new tone placement, Đắk/Đăk/Dak and codes", () => {
    const cases: Array<[string, string]> = [
      ["Hoà Bình", "17"],
      ["Hòa Bình", "17"],
      ["Thanh Hoá", "38"],
      ["Khánh Hoà", "56"],
      ["Đăk Lăk", "66"],
      ["Đắk Lắk", "66"],
      ["Dak Lak", "66"],
      ["Đắk Nông", "67"],
      ["Bắc Cạn", "06"],
      ["Bà Rịa - Vũng Tàu", "77"],
      ["Thừa Thiên-Huế", "46"],
      ["TP.HCM", "79"],
      ["Thành phố Hồ Chí Minh", "79"],
      ["Lào Cai", "10"],
      ["Cà Mau", "96"],
      ["Thái Nguyên", "19"],
      ["10", "10"],
      ["1", "01"],
    ];
    for (const [name, code] of cases) expect(matchProvince(registry, name)?.code, name).toBe(code);
  });

  it("does not invent a province", () => {
    for (const name of ["Hà Tây", "Vùng Tây Bắc", "Lục Ba", "Đại Từ", "99", ""]) expect(matchProvince(registry, name), name).toBeNull();
  });

  it("gives every province a distinct key", () => {
    const keys = registry.provinces.map((p) => provinceKey(p.name_vi));
    expect(new Set(keys).size).toBe(63);
  });
});
