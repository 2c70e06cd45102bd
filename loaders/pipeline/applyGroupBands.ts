/**
 * Performance groups from the score bands PAPI published (`data/reference/group-bands.csv`):
 * a province whose score lies in a published band has that group as published, with the band's
 * source in its note. A group a source already publishes is kept; one that disagrees with the
 * band is a conflict naming both. Scores outside every band keep their computed group.
 */
import { readFileSync } from "node:fs";
import { referencePath } from "../model/projectPaths.ts";
import { issue, type Group, type IssueRow } from "../model/model.ts";
import { parseCsv } from "../text/parseCsv.ts";
import type { FactRow } from "../model/model.ts";

export interface GroupBand {
  year: number;
  indicator_id: string;
  group: Group;
  min: number;
  max: number;
  count: number | null;
  source_url: string;
  /** Decimals the band is printed with: values are compared rounded to them. */
  decimals: number;
}

const GROUPS = new Set<Group>(["CN", "TBC", "TBT", "TN"]);

/** Reads the bands file; a malformed row is an error naming its line. */
export function parseGroupBands(text: string, file = "group-bands.csv"): GroupBand[] {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  const col = (name: string) => head.fields.indexOf(name);
  return rows.map((r) => {
    const get = (name: string) => (r.fields[col(name)] ?? "").trim();
    const band = {
      year: Number(get("year")),
      indicator_id: get("indicator_id"),
      group: get("group") as Group,
      min: Number(get("min")),
      max: Number(get("max")),
      count: get("count") ? Number(get("count")) : null,
      source_url: get("source_url"),
      decimals: Math.max(...[get("min"), get("max")].map((t) => (t.split(".")[1] ?? "").length)),
    };
    if (
      !Number.isInteger(band.year) ||
      !band.indicator_id ||
      !GROUPS.has(band.group) ||
      !Number.isFinite(band.min) ||
      !Number.isFinite(band.max) ||
      band.min > band.max
    )
      throw new Error(`${file}:${r.line}: not a group band (year, indicator_id, group CN/TBC/TBT/TN, min ≤ max)`);
    return band;
  });
}

let cached: GroupBand[] | null = null;
export function defaultGroupBands(): GroupBand[] {
  cached ??= parseGroupBands(readFileSync(referencePath("group-bands.csv"), "utf8"));
  return cached;
}

/** The published band a value lies in, the value rounded to the decimals the bands are printed with. */
function bandOf(bands: GroupBand[], value: number): GroupBand | null {
  return (
    bands.find((b) => {
      const v = Math.round(value * 10 ** b.decimals) / 10 ** b.decimals;
      return v >= b.min - 1e-9 && v <= b.max + 1e-9;
    }) ?? null
  );
}

export function applyGroupBands(facts: FactRow[], bands: GroupBand[]): { facts: FactRow[]; issues: IssueRow[] } {
  const byKey = new Map<string, GroupBand[]>();
  for (const b of bands) byKey.set(`${b.year}|${b.indicator_id}`, [...(byKey.get(`${b.year}|${b.indicator_id}`) ?? []), b]);
  const issues: IssueRow[] = [];
  const out = facts.map((f) => {
    const set = byKey.get(`${f.year}|${f.indicator_id}`);
    if (!set || f.index !== "PAPI" || f.kind !== "actual" || f.value === null || f.province_code === "00" || f.rank_scope !== "national") return f;
    const band = bandOf(set, f.value);
    if (!band) return f;
    if (f.group !== null && f.group_source === "published") {
      if (f.group !== band.group)
        issues.push(
          issue({
            kind: "conflict",
            severity: "warning",
            message: `${f.indicator_id} ${f.year}: published group ${f.group} but the score ${f.value_text ?? f.value} lies in the published ${band.group} band ${band.min}–${band.max} (${band.source_url})`,
            message_vi: `${f.indicator_id} ${f.year}: nhóm công bố là ${f.group} nhưng điểm ${f.value_text ?? f.value} nằm trong khoảng điểm công bố của nhóm ${band.group} ${band.min}–${band.max} (${band.source_url})`,
            source_id: f.value_source_id ?? "",
            source_loc: f.value_source_loc ?? "",
            index: f.index,
            province_code: f.province_code,
            year: f.year,
            indicator_id: f.indicator_id,
          }),
        );
      return f;
    }
    const note = `group ${band.group} from the published ${f.year} band ${band.min}–${band.max} (${band.source_url})`;
    return { ...f, group: band.group, group_source: "published" as const, note: f.note ? `${f.note} | ${note}` : note };
  });
  for (const [key, set] of byKey) {
    const [year, id] = key.split("|");
    const inYear = out.filter(
      (f) =>
        f.year === Number(year) && f.indicator_id === id && f.kind === "actual" && f.value !== null && f.province_code !== "00" && f.rank_scope === "national",
    );
    if (!inYear.length) continue;
    const outside = inYear.filter((f) => !bandOf(set, f.value!));
    for (const b of set) {
      const n = inYear.filter((f) => f.group === b.group && f.group_source === "published").length;
      if (b.count !== null && n !== b.count)
        issues.push(
          issue({
            kind: "conflict",
            severity: "warning",
            message: `${id} ${year}: ${n} province(s) lie in the published ${b.group} band ${b.min}–${b.max}, which the source counts as ${b.count} (${b.source_url})`,
            message_vi: `${id} ${year}: ${n} tỉnh/thành phố nằm trong khoảng điểm công bố của nhóm ${b.group} ${b.min}–${b.max}, trong khi nguồn ghi ${b.count} tỉnh/thành phố (${b.source_url})`,
            source_id: "group-bands.csv",
            source_loc: "group-bands.csv",
            index: "PAPI",
            year: Number(year),
            indicator_id: id!,
          }),
        );
    }
    if (outside.length)
      issues.push(
        issue({
          kind: "conflict",
          severity: "warning",
          message: `${id} ${year}: ${outside.length} score(s) lie in no published band (${outside.map((f) => `${f.province_code} ${f.value_text ?? f.value}`).join(", ")}); their groups stay computed`,
          message_vi: `${id} ${year}: ${outside.length} điểm không nằm trong khoảng điểm công bố nào (${outside.map((f) => `${f.province_code} ${f.value_text ?? f.value}`).join(", ")}); nhóm của chúng vẫn là nhóm tính toán`,
          source_id: "group-bands.csv",
          source_loc: "group-bands.csv",
          index: "PAPI",
          year: Number(year),
          indicator_id: id!,
        }),
      );
  }
  return { facts: out, issues };
}
