import * as aq from "arquero";
import type { FactRow } from "../model/model.ts";
import { issue, type Group, type IssueRow } from "../model/model.ts";
import { MIN_PROVINCES_NATIONAL } from "../../src/components/shared/thresholds.ts";

/** Fewer provinces than this with a value, and no rank is computed (a rank among 3 means nothing). */

const GROUPS: Group[] = ["CN", "TBC", "TBT", "TN"];

/**
 * Fills ranks and performance groups that no source publishes, from the values of all provinces
 * in the same index, year and indicator, and labels them `computed`. Published ranks and groups
 * are never replaced. Rank = 1 + number of provinces with a strictly higher value (ties share a
 * rank); the group is the quartile of that order (16/16/16/15 for 63) — PAPI's own cut rule is
 * unverified, so the result is a computed approximation, labelled as such.
 */
/** Ranks are of actual unweighted scores; survey indicators (higher is not always better) and weighted totals are never ranked. */
function isRankable(f: FactRow): boolean {
  return (
    f.kind === "actual" &&
    f.rank_scope === "national" &&
    f.province_code !== "00" &&
    f.value !== null &&
    f.level !== "indicator" &&
    f.indicator_id !== "papi.total_weighted"
  );
}

export function computeRanks(facts: FactRow[]): FactRow[] {
  const rankable = facts
    .map((f, row) => ({ row, index: f.index, year: f.year, indicator_id: f.indicator_id, value: f.value, ok: isRankable(f) }))
    .filter((r) => r.ok);
  if (!rankable.length) return facts;
  const ranked = aq
    .from(rankable)
    .groupby("index", "year", "indicator_id")
    .orderby(aq.desc("value"))
    .derive({ rank: aq.op.rank(), n: aq.op.count() })
    .params({ min: MIN_PROVINCES_NATIONAL })
    .filter((d: { n: number }, $: { min: number }) => d.n >= $.min)
    .objects() as Array<{ row: number; index: string; rank: number; n: number }>;
  const computed = new Map(ranked.map((r) => [r.row, r]));
  return facts.map((f, row) => {
    const c = computed.get(row);
    if (!c) return f;
    const out = { ...f };
    if (out.rank === null || out.rank_source === "computed") {
      out.rank = c.rank;
      out.rank_of = c.n;
      out.rank_source = "computed";
    }
    if (f.index === "PAPI" && (out.group === null || out.group_source === "computed")) {
      out.group = GROUPS[Math.min(3, Math.floor((4 * (c.rank - 1)) / c.n))]!;
      out.group_source = "computed";
    }
    return out;
  });
}

/**
 * A published rank (a plan document's) that differs from the rank the official scores give:
 * both are kept, the published one shown, and the difference is a conflict naming both.
 */
export function checkPublishedRanks(facts: FactRow[], officialSources: Set<string>): IssueRow[] {
  const out: IssueRow[] = [];
  const groups = new Map<string, FactRow[]>();
  for (const f of facts) {
    if (!isRankable(f)) continue;
    const key = `${f.index}|${f.year}|${f.indicator_id}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    if (list.length < MIN_PROVINCES_NATIONAL || !list.every((f) => f.value_source_id !== null && officialSources.has(f.value_source_id))) continue;
    for (const f of list) {
      if (f.rank === null || f.rank_source !== "published") continue;
      const fromScores = 1 + list.filter((o) => o.value! > f.value!).length;
      if (fromScores === f.rank) continue;
      const where = f.sources.split("; ").find((s) => !officialSources.has(s.split("@")[0]!)) ?? f.sources;
      out.push(
        issue({
          kind: "conflict",
          severity: "warning",
          message: `${f.indicator_id} ${f.year}: published rank ${f.rank}${f.rank_of ? `/${f.rank_of}` : ""} (${where}) but the official scores rank province ${f.province_code} ${fromScores} of the ${list.length} with data; both kept, the published rank shown`,
          message_vi: `${f.indicator_id} ${f.year}: thứ hạng công bố ${f.rank}${f.rank_of ? `/${f.rank_of}` : ""} (${where}) nhưng theo điểm chính thức, tỉnh/thành phố ${f.province_code} xếp thứ ${fromScores} trong ${list.length} tỉnh/thành phố có dữ liệu; giữ cả hai, hiển thị thứ hạng công bố`,
          source_id: where.split("@")[0]!,
          source_loc: where.split("@")[1] ?? "",
          index: f.index,
          province_code: f.province_code,
          year: f.year,
          indicator_id: f.indicator_id,
        }),
      );
    }
  }
  return out;
}

/**
 * A rank whose source does not say how many were ranked (a CSV panel's): `rank_of` becomes the
 * number of provinces with a score for that index, year and indicator — never the rows a file
 * happens to hold. A rank beyond that number is a warning naming its source.
 */
export function fillRankOf(facts: FactRow[]): { facts: FactRow[]; issues: IssueRow[] } {
  const provinces = new Map<string, Set<string>>();
  const key = (f: FactRow) => `${f.index}|${f.year}|${f.indicator_id}`;
  for (const f of facts) {
    if (f.value === null || f.province_code === "00" || f.rank_scope !== "national" || (f.kind !== "actual" && f.kind !== "derived")) continue;
    const set = provinces.get(key(f)) ?? new Set<string>();
    set.add(f.province_code);
    provinces.set(key(f), set);
  }
  const issues: IssueRow[] = [];
  const out = facts.map((f) => {
    if (f.rank === null || f.rank_of !== null || f.rank_scope !== "national") return f;
    const n = provinces.get(key(f))?.size ?? 0;
    if (f.rank > n)
      issues.push(
        issue({
          kind: "out_of_range",
          severity: "warning",
          message: `${f.indicator_id} ${f.year}: rank ${f.rank} but only ${n} province(s) have a score in the data; how many were ranked is unknown`,
          message_vi: `${f.indicator_id} ${f.year}: thứ hạng ${f.rank} nhưng chỉ có ${n} tỉnh/thành phố có điểm trong dữ liệu; không rõ có bao nhiêu tỉnh/thành phố được xếp hạng`,
          source_id: f.value_source_id ?? f.sources.split("@")[0] ?? "",
          source_loc: f.value_source_loc ?? "",
          index: f.index,
          province_code: f.province_code,
          year: f.year,
          indicator_id: f.indicator_id,
        }),
      );
    return f.rank <= n ? { ...f, rank_of: n } : f;
  });
  return { facts: out, issues };
}
