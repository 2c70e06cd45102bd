import { readFileSync } from "node:fs";
import { referencePath } from "./projectPaths.ts";
import { parseCsv } from "../text/parseCsv.ts";
import { foldText } from "../text/foldText.ts";
import type { ProvinceRow } from "./model.ts";

/** The province registry: the 63 pre-2025 provinces and the name variants met in sources. */
export interface ProvinceRegistry {
  provinces: ProvinceRow[];
  byCode: Map<string, ProvinceRow>;
  /** folded name or alias → GSO code */
  byKey: Map<string, string>;
}

export function parseProvinceRegistry(provincesCsv: string, aliasesCsv = "", tileGridCsv = ""): ProvinceRegistry {
  const [header, ...rows] = parseCsv(provincesCsv);
  const col = (name: string) => header!.fields.indexOf(name);
  const provinces: ProvinceRow[] = rows.map(({ fields: f }) => ({
    code: f[col("code")]!,
    name_vi: f[col("name_vi")]!,
    name_ascii: f[col("name_ascii")]!,
    name_en: f[col("name_en")]!,
    slug: f[col("slug")]!,
    region_id: Number(f[col("region_id")]),
    region_vi: f[col("region_vi")]!,
    region_en: f[col("region_en")]!,
    northwest: f[col("northwest")] === "1",
    unit_2025: f[col("unit_2025")]!,
    tile_row: null,
    tile_col: null,
  }));
  if (tileGridCsv) {
    const byCodeTile = new Map(
      parseCsv(tileGridCsv)
        .slice(1)
        .map(({ fields }) => [fields[0]!.padStart(2, "0"), fields]),
    );
    for (const p of provinces) {
      const tile = byCodeTile.get(p.code);
      if (!tile) throw new Error(`tile grid has no tile for province ${p.code}`);
      p.tile_row = Number(tile[1]);
      p.tile_col = Number(tile[2]);
    }
  }
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const byKey = new Map<string, string>();
  for (const p of provinces) {
    for (const name of [p.name_vi, p.name_ascii, p.name_en, p.slug]) byKey.set(provinceKey(name), p.code);
  }
  if (aliasesCsv) {
    for (const { fields } of parseCsv(aliasesCsv).slice(1)) {
      const code = fields[1]!.padStart(2, "0");
      if (!byCode.has(code)) throw new Error(`province alias ${fields[0]} names unknown code ${code}`);
      byKey.set(provinceKey(fields[0]!), code);
    }
  }
  return { provinces, byCode, byKey };
}

/**
 * Comparison key for a province name: folded, without the prefixes "Tỉnh", "TP.", "Thành phố",
 * with hyphens and spaces treated alike and old/new tone placement (Hòa/Hoà) made equal by folding.
 */
export function provinceKey(name: string): string {
  let key = foldText(name.replace(/[-–]/g, " "));
  key = key.replace(/^(tinh|thanh pho|tp|t p)\s+/, "");
  return key.replace(/\s+/g, "");
}

/** Finds a province by name, alias or GSO code ("1", "01", "Hà Nội", "ha-noi", "TP.HCM"). */
export function matchProvince(registry: ProvinceRegistry, nameOrCode: string): ProvinceRow | null {
  const raw = nameOrCode.trim();
  if (/^\d{1,2}$/.test(raw)) return registry.byCode.get(raw.padStart(2, "0")) ?? null;
  const code = registry.byKey.get(provinceKey(raw));
  return code ? registry.byCode.get(code)! : null;
}

let cached: ProvinceRegistry | null = null;

/** The registry shipped in `data/reference/`. */
export function defaultProvinceRegistry(): ProvinceRegistry {
  if (!cached) {
    cached = parseProvinceRegistry(
      readFileSync(referencePath("provinces.csv"), "utf8"),
      readFileSync(referencePath("province-aliases.csv"), "utf8"),
      readFileSync(referencePath("tile-grid.csv"), "utf8"),
    );
  }
  return cached;
}
