/**
 * The registry of agencies plans assign tasks to (`data/reference/agencies.csv`): one id per
 * agency, its Vietnamese and English names, the spellings plans use, and what became of it in
 * the 2025 reorganisation where that is known. Plans name agencies many ways ("UBND cấp huyện",
 * "Ủy ban nhân dân các huyện, thành phố", "Chủ tịch UBND cấp huyện"); they meet here.
 */
import { readFileSync } from "node:fs";
import { parseCsv } from "../text/parseCsv.ts";
import { foldText } from "../text/foldText.ts";
import { referencePath } from "./projectPaths.ts";

export interface AgencyDef {
  id: string;
  name_vi: string;
  name_en: string;
  /** Which tier of government: province, district, commune, or all. */
  level: string;
  /** The 2025 renaming or merger, where known. */
  renamed_2025_vi: string | null;
  renamed_2025_en: string | null;
}

export interface AgencyRegistry {
  agencies: AgencyDef[];
  byId: Map<string, AgencyDef>;
  /** Folded name → agency, every spelling of every agency. */
  byKey: Map<string, AgencyDef>;
  /** The folded spellings as word lists, longest first (for reading names at the start of a sentence). */
  spellings: Array<{ words: string[]; agency: AgencyDef }>;
}

/** Abbreviations plans use in agency names, spelled out before folding. */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bUBND\b/g, "Ủy ban nhân dân"],
  [/\bTTHC\b/g, "thủ tục hành chính"],
  [/\bMTTQ(?:VN)?\b/g, "Mặt trận Tổ quốc"],
  [/\bHĐND\b/g, "Hội đồng nhân dân"],
  [/\bTT\s?ĐT\b/g, "Thông tin điện tử"],
];

/** Titles that stand for their agency ("Chủ tịch UBND cấp xã" is the commune committee's task). */
const TITLES = /^(?:chu tich|thu truong|giam doc|nguoi dung dau)\s+/;

/** The comparison key of an agency name: abbreviations spelled out, folded, a leading title dropped. */
export function agencyKey(name: string): string {
  let s = name;
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return foldText(s)
    .replace(TITLES, "")
    .replace(/^(?:de nghi|cac)\s+(?=uy ban|so\b)/, "");
}

export function parseAgencyRegistry(csv: string): AgencyRegistry {
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string) => header!.fields.indexOf(name);
  const agencies: AgencyDef[] = [];
  const byKey = new Map<string, AgencyDef>();
  for (const { fields: f, line } of rows) {
    const a: AgencyDef = {
      id: f[col("id")]!,
      name_vi: f[col("name_vi")]!,
      name_en: f[col("name_en")]!,
      level: f[col("level")]!,
      renamed_2025_vi: f[col("renamed_2025_vi")] || null,
      renamed_2025_en: f[col("renamed_2025_en")] || null,
    };
    agencies.push(a);
    for (const spelling of [a.name_vi, ...(f[col("aliases")] ?? "").split("|")].filter(Boolean)) {
      const key = agencyKey(spelling);
      const other = byKey.get(key);
      if (other && other.id !== a.id) throw new Error(`agencies.csv:${line}: "${spelling}" is already a spelling of ${other.id}`);
      byKey.set(key, a);
    }
  }
  const spellings = [...byKey].map(([key, agency]) => ({ words: key.split(" "), agency })).sort((a, b) => b.words.length - a.words.length);
  return { agencies, byId: new Map(agencies.map((a) => [a.id, a])), byKey, spellings };
}

let cached: AgencyRegistry | null = null;

export function defaultAgencyRegistry(): AgencyRegistry {
  cached ??= parseAgencyRegistry(readFileSync(referencePath("agencies.csv"), "utf8"));
  return cached;
}

/** The agency a name denotes, or null. */
export function matchAgency(registry: AgencyRegistry, name: string): AgencyDef | null {
  return registry.byKey.get(agencyKey(name)) ?? null;
}

/** A text as the folded words agency spellings are compared with (abbreviations spelled out). */
export function agencyWords(text: string): string[] {
  let s = text;
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  const folded = foldText(s);
  return folded ? folded.split(" ") : [];
}

/** Words between or before agency names that name no agency: "và", "đề nghị", a title, "các". */
function skipJoining(words: string[], at: number): number {
  let p = at;
  for (;;) {
    const w = words[p];
    const next = words[p + 1];
    if (w === "va") p += 1;
    else if (w === "de" && next === "nghi") p += 2;
    else if ((w === "chu" && next === "tich") || (w === "thu" && next === "truong") || (w === "giam" && next === "doc")) p += 2;
    else if (w === "cac" && (next === "so" || next === "uy")) p += 1;
    else return p;
  }
}

/**
 * The agencies named one after another at the start of a folded word list ("so tu phap so noi
 * vu phoi hop …" → Sở Tư pháp, Sở Nội vụ), with how many words they took.
 */
export function leadingAgencies(registry: AgencyRegistry, words: string[]): { agencies: AgencyDef[]; taken: number } {
  const found: AgencyDef[] = [];
  let at = 0;
  for (;;) {
    const p = skipJoining(words, at);
    const hit = registry.spellings.find((s) => s.words.every((w, k) => words[p + k] === w));
    if (!hit) break;
    if (!found.includes(hit.agency)) found.push(hit.agency);
    at = p + hit.words.length;
  }
  return { agencies: found, taken: at };
}
