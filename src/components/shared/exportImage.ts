/**
 * A chart as an image that stands alone: its title, subtitle, legend, the chart, and its source
 * line with n, laid out in one SVG document in the site's font (embedded), at the size it is
 * saved. The PNG is that SVG drawn at twice its size. Used by every chart card's downloads.
 */
import { rangeCovers, registeredFontFaces } from "./fontFaces.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const FAMILY = "Be Vietnam Pro";
const FONT_STACK = `'${FAMILY}', system-ui, sans-serif`;
const PAD = 16;
const MIN_WIDTH = 480;

export interface ImageParts {
  title: string;
  subtitle?: string | null;
  /** "Nguồn: … · n = …" and any note */
  caption: string;
  /** the chart's box: its main SVG, legends (HTML swatches or Plot's) */
  box: Element;
}

interface TextStyle {
  size: number;
  weight: number;
  fill: string;
}

const TITLE: TextStyle = { size: 17, weight: 700, fill: "#1b1e23" };
const SUBTITLE: TextStyle = { size: 13, weight: 400, fill: "#555" };
const LEGEND: TextStyle = { size: 12, weight: 400, fill: "#1b1e23" };
const CAPTION: TextStyle = { size: 11, weight: 400, fill: "#555" };

let measureCtx: CanvasRenderingContext2D | null | undefined;

/** The width of a text in the site font (estimated where there is no canvas). */
function textWidth(text: string, style: TextStyle): number {
  if (measureCtx === undefined) measureCtx = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!measureCtx) return text.length * style.size * 0.56;
  measureCtx.font = `${style.weight} ${style.size}px ${FONT_STACK}`;
  return measureCtx.measureText(text).width;
}

/** Words wrapped into lines no wider than `width`. */
export function wrapText(text: string, style: TextStyle, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, style) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function textLine(text: string, style: TextStyle, x: number, y: number): SVGElement {
  const node = svgEl("text", { x, y, "font-size": style.size, "font-weight": style.weight, fill: style.fill });
  node.textContent = text;
  return node;
}

/** Wrapped text added at `y`; returns the y below it. */
function addText(root: SVGElement, text: string, style: TextStyle, width: number, y: number): number {
  const lh = Math.round(style.size * 1.35);
  for (const line of wrapText(text, style, width)) {
    y += lh;
    root.append(textLine(line, style, PAD, y - Math.round(style.size * 0.3)));
  }
  return y;
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  const width = Number(svg.getAttribute("width")) || svg.clientWidth || box?.width || 0;
  const height = Number(svg.getAttribute("height")) || svg.clientHeight || box?.height || 0;
  return { width, height };
}

/** The chart's main SVG: the largest one in its box that is not a legend swatch. */
export function mainSvg(box: Element): SVGSVGElement | null {
  const svgs = [...box.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg") && !legendItemOf(s));
  if (!svgs.length) return null;
  const area = (s: SVGSVGElement) => sizeOf(s).width * sizeOf(s).height;
  return svgs.reduce((a, b) => (area(b) > area(a) ? b : a));
}

/** The legend item (swatch + label) an SVG is the swatch of, if it is one. */
function legendItemOf(svg: Element): Element | null {
  return svg.closest(".pv-legend-item, [class$='-swatch']");
}

/** A standalone copy of an SVG node (namespaced, with its own size). */
function copyOf(svg: SVGSVGElement, x: number, y: number): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = sizeOf(svg);
  clone.setAttribute("x", String(x));
  clone.setAttribute("y", String(y));
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  clone.removeAttribute("style");
  return clone;
}

/** Legend items (their swatch as drawn and their label) laid out in rows; returns the y below. */
function addLegend(root: SVGElement, box: Element, main: SVGSVGElement, width: number, y: number): number {
  const items = [...box.querySelectorAll(".pv-legend-item, [class$='-swatch']")].filter((i) => !main.contains(i));
  const lh = 20;
  let x = PAD;
  let row = y;
  for (const item of items) {
    const sw = item.querySelector("svg");
    const label = (item.textContent ?? "").trim();
    const swSize = sw ? sizeOf(sw) : { width: 0, height: 0 };
    const w = swSize.width + 5 + textWidth(label, LEGEND) + 16;
    if (x > PAD && x + w > width + PAD) {
      x = PAD;
      row += lh;
    }
    if (sw) {
      const copy = copyOf(sw, x, row + (lh - swSize.height) / 2);
      const fill = getComputedStyle(sw).fill;
      if (!copy.getAttribute("fill") && fill) copy.setAttribute("fill", fill);
      root.append(copy);
    }
    root.append(textLine(label, LEGEND, x + swSize.width + 5, row + lh / 2 + LEGEND.size * 0.35));
    x += w;
  }
  // Plot's continuous legends (ramps) are SVGs of their own.
  let below = items.length ? row + lh + 4 : y;
  for (const ramp of box.querySelectorAll("svg")) {
    if (ramp === main || legendItemOf(ramp) || ramp.parentElement?.closest("svg")) continue;
    root.append(copyOf(ramp, PAD, below));
    below += sizeOf(ramp).height + 4;
  }
  return below;
}

/** @font-face rules with the faces of the site font the text needs, as data URLs. */
async function embeddedFonts(text: string): Promise<string> {
  const rules: string[] = [];
  for (const face of registeredFontFaces()) {
    if (face.style !== "normal" || !["400", "700"].includes(face.weight) || !rangeCovers(face.unicodeRange, text)) continue;
    try {
      const bytes = new Uint8Array(await (await fetch(face.url)).arrayBuffer());
      let bin = "";
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      rules.push(
        `@font-face{font-family:'${FAMILY}';font-style:normal;font-weight:${face.weight};unicode-range:${face.unicodeRange};src:url(data:font/woff2;base64,${btoa(bin)}) format('woff2');}`,
      );
    } catch {
      // A face that cannot be fetched leaves its text to the fallback fonts.
    }
  }
  return rules.join("\n");
}

/** The standalone image as an SVG document, with its size. */
export async function composeImage(parts: ImageParts): Promise<{ svg: string; width: number; height: number } | null> {
  const main = mainSvg(parts.box);
  if (!main) return null;
  const chart = sizeOf(main);
  const width = Math.max(MIN_WIDTH, Math.ceil(chart.width) + 2 * PAD);
  const inner = width - 2 * PAD;
  const root = svgEl("svg", { xmlns: SVG_NS, width, height: 0, "font-family": FONT_STACK });
  const style = svgEl("style", {});
  root.append(svgEl("rect", { width: "100%", height: "100%", fill: "#fff" }), style);
  let y = addText(root, parts.title, TITLE, inner, PAD - 4);
  if (parts.subtitle) y = addText(root, parts.subtitle, SUBTITLE, inner, y + 2);
  y = addLegend(root, parts.box, main, inner, y + 6);
  root.append(copyOf(main, PAD, y + 4));
  y += chart.height + 8;
  y = addText(root, parts.caption, CAPTION, inner, y);
  const height = Math.ceil(y + PAD);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  style.textContent = await embeddedFonts(root.textContent ?? "");
  const xml = new XMLSerializer().serializeToString(root);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`, width, height };
}

/** The image drawn on a canvas at `scale` times its size, as PNG. */
export async function pngOf(image: { svg: string; width: number; height: number }, scale = 2): Promise<Blob | null> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("cannot render SVG"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) return null;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
