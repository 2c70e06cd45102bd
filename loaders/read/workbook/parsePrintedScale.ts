/**
 * Reads the scale an official sheet prints beside a row ("0.33-3.33 điểm", "0%-100%",
 * "0-150,000VND", "1-5 điểm", "Tối thiểu - Tối đa") into bounds and a unit.
 */
import { foldText } from "../../text/foldText.ts";
import type { Unit } from "../../model/model.ts";

export interface PrintedScale {
  /** The text as printed. */
  text: string;
  min: number | null;
  max: number | null;
  /** What the printed scale says the figures are: shares (0–1 printed as %), points, … */
  unit: Unit;
}

const RANGE = /(-?\d[\d,]*(?:\.\d+)?)\s*(%?)\s*[-–]\s*(-?\d[\d,]*(?:\.\d+)?)\s*(%?)/;

function number(text: string): number {
  // "150,000" is a thousands separator: the sheets print decimals with a dot.
  return Number(text.replace(/,(?=\d{3}\b)/g, ""));
}

/**
 * The scale of a row. `label` decides the unit where the scale does not ("Tối thiểu - Tối đa"
 * beside "Quãng đường đi bộ tới trường (KM …)" is kilometres; "… (PHÚT …)" minutes).
 */
export function parsePrintedScale(text: string, label = ""): PrintedScale | null {
  const raw = text.trim();
  if (!raw) return null;
  const key = foldText(raw);
  const labelKey = foldText(label);
  const m = RANGE.exec(raw);
  if (m) {
    const lo = number(m[1]!);
    const hi = number(m[3]!);
    if (m[2] === "%" || m[4] === "%") return { text: raw, min: lo / 100, max: hi / 100, unit: "share" };
    if (/vnd/.test(key)) return { text: raw, min: lo, max: hi, unit: "thousand_vnd" };
    return { text: raw, min: lo, max: hi, unit: /diem|points?|pt/.test(key) ? "points" : "rating" };
  }
  if (/toi thieu|minimum|min/.test(key)) {
    const unit: Unit = /\bkm\b/.test(labelKey) ? "km" : /\bphut\b|minutes?/.test(labelKey) ? "minutes" : "count";
    return { text: raw, min: null, max: null, unit };
  }
  return { text: raw, min: null, max: null, unit: "count" };
}

/** True for the header of the scale column ("Thang điểm", "Thang điểm/Scale", "Scale"). */
export function isScaleHeader(text: string): boolean {
  return /^(thang diem|scale)( scale)?$/.test(foldText(text).replace(/\s*\/\s*/g, " "));
}
