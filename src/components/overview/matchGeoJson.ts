/**
 * A user-supplied GeoJSON for the overview's map (tileGridMap.ts draws it with `geoChoropleth`):
 * each feature matched to a province by a name (Vietnamese, ASCII, English, with or without
 * prefixes) or a GSO code, its rings re-wound for d3-geo. The file is read in the browser,
 * nothing is sent.
 */
import type { Province } from "./overview.js";

/** Folds a name for matching: no diacritics (đ → d), lower case, no "Tỉnh"/"Thành phố"/"TP." prefix, letters and digits only. */
export function foldName(s: string): string {
  let x = s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().trim();
  x = x.replace(/^(tinh|thanh pho|tp\.?|t\.p\.?|province of|city of)\s*/u, "");
  x = x.replace(/\s+(province|city|municipality)$/u, "");
  return x.replace(/[^a-z0-9]/g, "");
}

/** Spellings the provinces table does not carry (folded). */
const EXTRA_ALIASES: Record<string, string> = {
  hcm: "79",
  tphcm: "79",
  hcmc: "79",
  hochiminhcity: "79",
  saigon: "79",
  thanhphohochiminh: "79",
  hue: "46",
  thuathien: "46",
  daclac: "66",
  daclak: "66",
  daklac: "66",
  dacnong: "67",
  baccan: "06",
  contum: "62",
  bariavungtau: "77",
  baria: "77",
  vungtau: "77",
  hoabinh: "17",
  thanhhoa: "38",
  khanhhoa: "56",
};

export interface ProvinceMatcher {
  byName(value: string): string | null;
  byCode(value: string | number): string | null;
}

/** Matches names (Vietnamese, ASCII, English, with or without prefixes) and GSO codes to province codes. */
export function provinceMatcher(provinces: Array<Pick<Province, "code" | "name_vi" | "name_en" | "name_ascii">>): ProvinceMatcher {
  const names = new Map<string, string>();
  for (const p of provinces) for (const n of [p.name_vi, p.name_en, p.name_ascii]) names.set(foldName(n), p.code);
  for (const [k, code] of Object.entries(EXTRA_ALIASES)) if (!names.has(k)) names.set(k, code);
  const codes = new Set(provinces.map((p) => p.code));
  return {
    byName: (value) => names.get(foldName(value)) ?? null,
    byCode: (value) => {
      const s = String(value).trim();
      if (!/^\d{1,3}$/.test(s)) return null;
      const c = s.padStart(2, "0");
      return codes.has(c) ? c : null;
    },
  };
}

type Position = number[];
interface Geometry {
  type: string;
  coordinates?: unknown;
  geometries?: Geometry[];
}
export interface Feature {
  type: "Feature";
  properties: Record<string, unknown> | null;
  geometry: Geometry | null;
}
export interface FeatureCollection {
  type: "FeatureCollection";
  features: Feature[];
}

export interface GeoMatch {
  /** features matched to a province, with its code (rings re-wound for d3-geo) */
  features: Array<Feature & { code: string }>;
  /** names (or indices) of features that matched no province */
  unmatched: string[];
  /** provinces no feature matched */
  missing: string[];
}

const CODE_KEY = /(^|_)(ma|code|gso|id|tinhid|matinh|ma_tinh|province_id|provincecode)($|_)/i;

/** The province a feature is about: a property holding a province name first, else one holding a GSO code. */
export function featureProvince(properties: Record<string, unknown> | null, matcher: ProvinceMatcher): string | null {
  if (!properties) return null;
  const entries = Object.entries(properties);
  for (const [, v] of entries)
    if (typeof v === "string" && v.trim()) {
      const c = matcher.byName(v);
      if (c) return c;
    }
  for (const [k, v] of entries)
    if ((typeof v === "string" || typeof v === "number") && CODE_KEY.test(k)) {
      const c = matcher.byCode(v);
      if (c) return c;
    }
  return null;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % n]!;
    s += x1! * y2! - x2! * y1!;
  }
  return s / 2;
}

/**
 * d3-geo (used by Plot.geo) wants exterior rings clockwise; RFC 7946 GeoJSON has them
 * counter-clockwise, which d3 reads as "the whole globe except this province". Re-wind.
 */
export function rewindGeometry(g: Geometry | null): Geometry | null {
  if (!g) return g;
  const fixPolygon = (rings: Position[][]) =>
    rings.map((ring, i) => {
      const a = signedArea(ring);
      const wantClockwise = i === 0;
      return (wantClockwise && a > 0) || (!wantClockwise && a < 0) ? [...ring].reverse() : ring;
    });
  if (g.type === "Polygon") return { ...g, coordinates: fixPolygon(g.coordinates as Position[][]) };
  if (g.type === "MultiPolygon") return { ...g, coordinates: (g.coordinates as Position[][][]).map(fixPolygon) };
  if (g.type === "GeometryCollection") return { ...g, geometries: (g.geometries ?? []).map((x) => rewindGeometry(x)!) };
  return g;
}

/** Reads a parsed GeoJSON (FeatureCollection, Feature or bare geometry list) and matches its features. */
export function matchGeoJson(geo: unknown, provinces: Array<Pick<Province, "code" | "name_vi" | "name_en" | "name_ascii">>): GeoMatch {
  const g = geo as Partial<FeatureCollection> & Partial<Feature>;
  const features: Feature[] = g && g.type === "FeatureCollection" && Array.isArray(g.features) ? g.features : g && g.type === "Feature" ? [g as Feature] : [];
  if (!features.length) throw new Error("not a GeoJSON FeatureCollection");
  const matcher = provinceMatcher(provinces);
  const out: GeoMatch = { features: [], unmatched: [], missing: [] };
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const code = featureProvince(f.properties, matcher);
    if (!code) {
      const label = Object.values(f.properties ?? {}).find((v) => typeof v === "string") as string | undefined;
      out.unmatched.push(label ?? `#${i + 1}`);
      return;
    }
    seen.add(code);
    out.features.push({ ...f, geometry: rewindGeometry(f.geometry), code });
  });
  out.missing = provinces.filter((p) => !seen.has(p.code)).map((p) => p.name_vi);
  return out;
}
