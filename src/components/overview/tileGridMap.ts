/**
 * The overview's map: one equal square tile per province at (tile_row, tile_col) from the
 * provinces table (layout: data/reference/tile-grid.csv), coloured by score (sequential, single
 * hue, colour-blind safe) or by performance group, each tile labelled with a short name and
 * linked to the province's page. A user's own GeoJSON can replace it with a geographic
 * choropleth (`matchGeoJson` + `geoChoropleth`): the file is read in the browser, nothing is sent.
 * The GeoJSON matching is in matchGeoJson.ts (re-exported here).
 */
import * as Plot from "../../vendor/plot.js";
import { fmt, L, lang as pageLang, t, type Lang } from "../shared/i18n.js";
import { GROUP_COLORS, GROUP_ORDER } from "../shared/palette.js";
import { groupLabel, rankLabel, type Province, type RankedProvince } from "./overview.js";
import type { GeoMatch } from "./matchGeoJson.js";

export * from "./matchGeoJson.js";

/** Short tile labels by GSO code (unique; the full name is in each tile's tooltip). */
export const SHORT_NAMES: Record<string, string> = {
  "01": "HN",
  "02": "HG",
  "04": "CB",
  "06": "BK",
  "08": "TQ",
  "10": "LCa",
  "11": "ĐB",
  "12": "LCh",
  "14": "SL",
  "15": "YB",
  "17": "HB",
  "19": "TN",
  "20": "LS",
  "22": "QNi",
  "24": "BG",
  "25": "PT",
  "26": "VP",
  "27": "BN",
  "30": "HD",
  "31": "HP",
  "33": "HY",
  "34": "TB",
  "35": "HNa",
  "36": "NĐ",
  "37": "NB",
  "38": "TH",
  "40": "NA",
  "42": "HT",
  "44": "QB",
  "45": "QT",
  "46": "Huế",
  "48": "ĐNg",
  "49": "QNa",
  "51": "QNg",
  "52": "BĐ",
  "54": "PY",
  "56": "KH",
  "58": "NT",
  "60": "BTh",
  "62": "KT",
  "64": "GL",
  "66": "ĐL",
  "67": "ĐNô",
  "68": "LĐ",
  "70": "BP",
  "72": "TNi",
  "74": "BD",
  "75": "ĐNa",
  "77": "BRVT",
  "79": "HCM",
  "80": "LA",
  "82": "TG",
  "83": "BT",
  "84": "TV",
  "86": "VL",
  "87": "ĐT",
  "89": "AG",
  "91": "KG",
  "92": "CT",
  "93": "HậG",
  "94": "ST",
  "95": "BL",
  "96": "CM",
};

export function shortName(code: string, fallback = ""): string {
  return SHORT_NAMES[code] ?? fallback.slice(0, 3);
}

export type ColorBy = "value" | "group";

export interface Tile {
  code: string;
  slug: string;
  name: string;
  short: string;
  row: number;
  col: number;
  value: number | null;
  kind: string | null;
  group: string | null;
  group_source: string | null;
  rank: string;
}

/** Every province placed on the grid, with its score for the year or null (no score). */
export function tiles(provinces: Province[], totals: RankedProvince[], l: Lang = pageLang): Tile[] {
  const byCode = new Map(totals.map((d) => [d.code, d]));
  return provinces
    .filter((p) => p.tile_row !== null && p.tile_col !== null)
    .map((p) => {
      const d = byCode.get(p.code);
      return {
        code: p.code,
        slug: p.slug,
        name: l === "en" ? p.name_en : p.name_vi,
        short: shortName(p.code, p.name_ascii),
        row: p.tile_row!,
        col: p.tile_col!,
        value: d ? d.value : null,
        kind: d ? d.kind : null,
        group: d ? d.group : null,
        group_source: d ? d.group_source : null,
        rank: d ? rankLabel(d, l) : "",
      };
    });
}

function tileTitle(d: Tile, l: Lang): string {
  if (d.value === null) return `${d.name}\n— ${t(L.notSurveyed, l)}`;
  const lines = [`${d.name}`, `${t(L.score, l)}: ${fmt(d.value, 2, l)}${d.kind === "derived" ? ` (${t({ vi: "suy ra", en: "derived" }, l)})` : ""}`];
  if (d.rank) lines.push(`${t(L.rank, l)}: ${d.rank}`);
  if (d.group) lines.push(`${t(L.group, l)}: ${groupLabel(d.group, d.group_source, l)}`);
  return lines.join("\n");
}

export interface TileMapOptions {
  colorBy: ColorBy;
  /** width available; the tile size follows (equal squares) */
  width: number;
  href: (slug: string) => string;
  lang?: Lang;
  maxTile?: number;
}

function colorOptions(data: Array<{ value: number | null; group: string | null }>, colorBy: ColorBy, l: Lang): Plot.ScaleOptions {
  if (colorBy === "group") {
    const present = GROUP_ORDER.filter((g) => data.some((d) => d.group === g));
    return {
      type: "ordinal",
      legend: true,
      domain: present,
      range: present.map((g) => GROUP_COLORS[g]!),
      tickFormat: (g: string) => groupLabel(g, null, l),
    };
  }
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  // One hue, light to dark (readable in every form of colour blindness); the light end stays
  // visible on white, unlike the full "blues" scheme.
  return {
    type: "linear",
    range: ["#cfe1f2", "#08306b"],
    interpolate: "lab",
    legend: true,
    domain: lo === hi ? [lo - 1, hi + 1] : [lo, hi],
    label: t(L.score, l),
    tickFormat: (x: number) => fmt(x, 1, l),
  };
}

/** White text on the darker half of the ramp (or on the two outer group colours). */
function textFill(d: { value: number | null; group: string | null }, colorBy: ColorBy, lo: number, hi: number): string {
  if (colorBy === "group") return d.group === "CN" || d.group === "TN" ? "white" : "black";
  if (d.value === null) return "#555";
  return hi > lo && (d.value - lo) / (hi - lo) > 0.55 ? "white" : "black";
}

export function tileGridMap(data: Tile[], o: TileMapOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const rows = Math.max(...data.map((d) => d.row)) + 1;
  const cols = Math.max(...data.map((d) => d.col)) + 1;
  const size = Math.max(26, Math.min(o.maxTile ?? 40, Math.floor((o.width - 20) / cols)));
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const lo = Math.min(...values),
    hi = Math.max(...values);
  const scored = data.filter((d) => (o.colorBy === "group" ? d.group !== null : d.value !== null));
  const unscored = data.filter((d) => !scored.includes(d));
  return Plot.plot({
    width: cols * size + 20,
    height: rows * size + 20,
    margin: 10,
    x: { domain: Array.from({ length: cols }, (_, i) => i), axis: null, padding: 0 },
    y: { domain: Array.from({ length: rows }, (_, i) => i), axis: null, padding: 0 },
    color: colorOptions(data, o.colorBy, l),
    style: { fontSize: size < 34 ? "9px" : "10px" },
    marks: [
      Plot.cell(unscored, {
        x: "col",
        y: "row",
        inset: 1.5,
        fill: "#f4f4f4",
        stroke: "#aaa",
        strokeDasharray: "3,2",
        href: (d: Tile) => o.href(d.slug),
        title: (d: Tile) => tileTitle(d, l),
        ariaLabel: (d: Tile) => `${d.name}: ${t(L.notSurveyed, l)}`,
      }),
      Plot.cell(scored, {
        x: "col",
        y: "row",
        inset: 1.5,
        fill: (d: Tile) => (o.colorBy === "group" ? d.group : d.value),
        href: (d: Tile) => o.href(d.slug),
        title: (d: Tile) => tileTitle(d, l),
        ariaLabel: (d: Tile) => `${d.name}: ${fmt(d.value, 2, l)}`,
      }),
      Plot.text(data, {
        x: "col",
        y: "row",
        text: "short",
        fill: (d: Tile) => textFill(d, o.colorBy, lo, hi),
        pointerEvents: "none",
        fontWeight: 600,
        ariaHidden: "true",
      }),
    ],
  });
}

export interface GeoChoroplethOptions extends Omit<TileMapOptions, "maxTile"> {}

/** The matched features coloured like the tile map (same scales, same links and tooltips). */
export function geoChoropleth(match: GeoMatch, data: Tile[], o: GeoChoroplethOptions): SVGSVGElement | HTMLElement {
  const l = o.lang ?? pageLang;
  const byCode = new Map(data.map((d) => [d.code, d]));
  const features = match.features.filter((f) => byCode.has(f.code)).map((f) => ({ ...f, tile: byCode.get(f.code)! }));
  const scored = features.filter((f) => (o.colorBy === "group" ? f.tile.group !== null : f.tile.value !== null));
  const unscored = features.filter((f) => !scored.includes(f));
  const collection = { type: "FeatureCollection", features } as unknown as NonNullable<Plot.ProjectionOptions["domain"]>;
  const width = Math.max(240, Math.min(o.width, 420));
  return Plot.plot({
    width,
    height: Math.round(width * 1.6),
    projection: { type: "mercator", domain: collection },
    color: colorOptions(data, o.colorBy, l),
    marks: [
      Plot.geo(unscored, {
        fill: "#f4f4f4",
        stroke: "#999",
        strokeWidth: 0.5,
        href: (f: { tile: Tile }) => o.href(f.tile.slug),
        title: (f: { tile: Tile }) => tileTitle(f.tile, l),
      }),
      Plot.geo(scored, {
        fill: (f: { tile: Tile }) => (o.colorBy === "group" ? f.tile.group : f.tile.value),
        stroke: "white",
        strokeWidth: 0.5,
        href: (f: { tile: Tile }) => o.href(f.tile.slug),
        title: (f: { tile: Tile }) => tileTitle(f.tile, l),
      }),
    ],
  });
}
