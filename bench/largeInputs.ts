/**
 * Large inputs the bench generates (never committed): a plan document of 6 MB on one line, and a
 * valid long-format CSV panel of 50 MB (every PAPI indicator in force for every province and
 * year 2011–2024, with a note column long enough to reach the size).
 */
import { readFileSync } from "node:fs";
import { defaultTaxonomy, inForce, scaleOf } from "../loaders/model/index.ts";
import { defaultProvinceRegistry } from "../loaders/model/index.ts";

/** The seed Lào Cai plan joined into one line and repeated to `bytes` (UTF-8). */
export function longLineDocument(bytes: number): string {
  const one = readFileSync("data/documents/lao-cai-papi-plan-2020-151-kh-ubnd.txt", "utf8").replace(/\r?\n/g, " ");
  const size = Buffer.byteLength(one) + 1;
  return Array.from({ length: Math.ceil(bytes / size) }, () => one).join(" ");
}

/** Prose with no bullet, heading or table on one line: the same result sentence, repeated. */
export function longLineProse(bytes: number): string {
  const s = "Năm 2019, Chỉ số PAPI của tỉnh Lào Cai đạt 45,06 điểm, xếp thứ 13/63 tỉnh, thành phố. ";
  return s.repeat(Math.ceil(bytes / Buffer.byteLength(s)));
}

/** A valid long CSV panel of about `bytes` (UTF-8): each value inside its indicator's scale. */
export function largeCsvPanel(bytes: number): string {
  const tax = defaultTaxonomy();
  const provinces = defaultProvinceRegistry().provinces;
  const defs = tax.indicators.filter((d) => d.index === "PAPI" && d.level !== "indicator" && d.unit === "points" && !d.id.includes("weighted"));
  const rows: Array<[string, number, string, string]> = [];
  let n = 0;
  for (const p of provinces)
    for (let y = 2011; y <= 2024; y++)
      for (const d of defs)
        if (inForce(d, y)) {
          const { min, max } = scaleOf(tax, d, y);
          rows.push([p.name_vi, y, d.id, (min + ((n++ % 97) / 97) * (max - min)).toFixed(4)]);
        }
  const plain = rows.reduce((s, r) => s + r.join(",").length + 4, 0);
  const noteChars = Math.max(0, Math.floor((bytes - plain) / rows.length / 1.35));
  const unit = "Đối chiếu với bảng công bố chính thức; ";
  const note = unit.repeat(Math.ceil(noteChars / unit.length)).slice(0, noteChars);
  return ["province,year,indicator,value,ghi_chu", ...rows.map((r) => `${r.join(",")},"${note}"`)].join("\n") + "\n";
}
