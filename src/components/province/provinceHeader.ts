/**
 * The top of the province page: the province picker, the title block and the key figures
 * (latest total, rank, group, with the 95 % interval where the official sheet prints one).
 */
import { L, fmt, href, lang, t } from "../shared/i18n.js";
import { GROUP_NAMES, LABELS, provenance, provinceName, rankText } from "../shared/profileUi.js";
import { el } from "../shared/dom.js";
import type { ProvinceInfo } from "./provinceFacts.js";
import type { RankRange } from "./totalInterval.js";
import { MIN_PROVINCES_NATIONAL } from "../shared/thresholds.js";
import { type ViewContext, nameOf } from "./provinceViewContext.js";

export function provincePicker(provinces: readonly ProvinceInfo[], current: string): HTMLElement {
  const id = "province-picker";
  const select = el("select", { id, name: "province" });
  const sorted = [...provinces].sort((a, b) => provinceName(a).localeCompare(provinceName(b), lang === "vi" ? "vi" : "en"));
  for (const p of sorted) {
    const o = el("option", { value: p.slug }, provinceName(p));
    if (p.slug === current) o.selected = true;
    select.append(o);
  }
  select.addEventListener("change", () => {
    location.href = href(`/province/${select.value}`);
  });
  return el("div", { class: "pv-picker" }, el("label", { for: id }, t({ vi: "Chọn tỉnh, thành phố: ", en: "Choose a province: " })), select);
}

/** Name, region, Northwest group, 2025 unit, and what data the page has. */
export function header(ctx: ViewContext): HTMLElement {
  const p = ctx.profile.province;
  const div = el("div", { class: "pv-header" });
  div.append(el("h1", {}, `${t({ vi: "Hồ sơ", en: "Profile:" })} ${nameOf(ctx)}`));
  const bits = [
    `${t({ vi: "Vùng", en: "Region" })}: ${lang === "vi" ? p.region_vi : p.region_en}`,
    p.northwest ? t({ vi: "Một trong sáu tỉnh Tây Bắc", en: "One of the six Northwest provinces" }) : null,
    `${t({ vi: "Đơn vị hành chính từ 1/7/2025", en: "Unit from 1 July 2025" })}: ${p.unit_2025}`,
    `${t({ vi: "Mã GSO", en: "GSO code" })} ${p.code}`,
  ].filter(Boolean);
  div.append(el("p", { class: "pv-meta" }, bits.join(" · ")));
  if (ctx.profile.provincesWithTotals < MIN_PROVINCES_NATIONAL) {
    div.append(
      el(
        "div",
        { class: "pv-warning", role: "note" },
        el("strong", {}, t({ vi: "Chỉ có số liệu nhúng sẵn từ các văn bản kế hoạch. ", en: "Only the data embedded from plan documents is available. " })),
        t({
          vi: `Các con số toàn quốc (trung bình, tỉnh cao nhất, bách phân vị) cần số liệu của ít nhất ${MIN_PROVINCES_NATIONAL} tỉnh. `,
          en: `National figures (means, best province, percentiles) need at least ${MIN_PROVINCES_NATIONAL} provinces' data. `,
        }),
        t(LABELS.howToAdd),
      ),
    );
  }
  return div;
}

/** The headline figures: latest total, rank and group; latest PAR INDEX and SIPAS. */
export function keyFigures(ctx: ViewContext): HTMLElement {
  const { profile } = ctx;
  const latest = profile.totals.at(-1);
  const box = el("div", { class: "pv-cards" });
  const card = (label: string, value: string, sub: string) =>
    el(
      "div",
      { class: "pv-card" },
      el("div", { class: "pv-card-label" }, label),
      el("div", { class: "pv-card-value" }, value),
      el("div", { class: "pv-card-sub" }, sub),
    );
  if (latest) {
    box.append(
      card(
        `${t({ vi: "Điểm PAPI", en: "PAPI total" })} ${latest.year}`,
        fmt(latest.value),
        latest.kind === "derived" ? t(LABELS.derived) : t({ vi: "điểm tổng hợp chính thức", en: "official total" }),
      ),
      card(
        `${t(L.rank)} ${latest.year}`,
        latest.rank === null ? "—" : `${latest.rank}/${latest.rank_of ?? "?"}`,
        latest.rank === null ? t(L.noData) : provenance(latest.rank_source),
      ),
      card(
        `${t(L.group)} ${latest.year}`,
        latest.group ? t(GROUP_NAMES[latest.group] ?? latest.group) : "—",
        latest.group ? provenance(latest.group_source) : t(L.noData),
      ),
    );
  }
  const best = profile.totals.filter((p) => p.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number) || b.year - a.year)[0];
  if (best && profile.totals.length > 1)
    box.append(card(t({ vi: "Thứ hạng tốt nhất", en: "Best rank" }), `${best.rank}/${best.rank_of ?? "?"}`, `${best.year} · ${provenance(best.rank_source)}`));
  for (const f of profile.otherIndices.filter((x) => x.kind === "actual")) {
    box.append(
      card(
        `${f.index === "PAR_INDEX" ? "PAR INDEX" : f.index} ${f.year}`,
        `${fmt(f.value)}%`,
        f.rank === null ? "" : `${t(L.rank)} ${rankText(f.rank, f.rank_of, f.rank_source)}`,
      ),
    );
  }
  if (!box.childElementCount) {
    box.append(
      el(
        "p",
        { class: "pv-empty" },
        t({ vi: `Chưa có số liệu nào của ${nameOf(ctx)} trong dữ liệu của trang.`, en: `There are no figures for ${nameOf(ctx)} in the site's data yet.` }),
        // the header already says how to add the official data when only the embedded data is there
        profile.provincesWithTotals >= MIN_PROVINCES_NATIONAL ? ` ${t(LABELS.howToAdd)}` : "",
      ),
    );
  }
  return box;
}

/**
 * What the intervals say, in words: the latest interval, the rank range it allows, and whether
 * a change between two years with intervals is distinguishable at 95 %.
 */
export function intervalNote(ctx: ViewContext): HTMLElement | string {
  const r: RankRange | null = ctx.profile.rankRange;
  if (!r) return "";
  const rank = r.best === r.worst ? `${r.best}` : `${r.best}–${r.worst}`;
  const change = ctx.profile.intervalChange;
  return el(
    "p",
    { class: "pv-note pv-interval" },
    t({
      vi: `Năm ${r.year}: ${fmt(r.value)} điểm, khoảng tin cậy 95 % từ ${fmt(r.ci_low)} đến ${fmt(r.ci_high)} — nghĩa là nếu khảo sát lặp lại nhiều lần, 95 % các khoảng tính theo cách này chứa điểm thật của tỉnh. ${r.overlapping} tỉnh có khoảng chồng lấn nên điểm không phân biệt được ở mức 95 %: thứ hạng thực chất nằm trong khoảng ${rank} trên ${r.of}.`,
      en: `${r.year}: ${fmt(r.value)} points, 95 % confidence interval ${fmt(r.ci_low)} to ${fmt(r.ci_high)} — if the survey were repeated many times, 95 % of intervals computed this way would contain the province's true score. ${r.overlapping} provinces have overlapping intervals, so their scores are not distinguishable at 95 %: the rank is effectively anywhere from ${rank} of ${r.of}.`,
    }),
    change
      ? ` ${t({
          vi: `Thay đổi ${change.from}→${change.to} (${fmt(change.change)}): ${change.distinguishable ? "phân biệt được ở mức 95 %" : "không phân biệt được ở mức 95 %"}.`,
          en: `Change ${change.from}→${change.to} (${fmt(change.change)}): ${change.distinguishable ? "distinguishable at 95 %" : "not distinguishable at 95 %"}.`,
        })}`
      : "",
  );
}

/** A survey indicator's value in its unit: shares as %, the rest as numbers. */
