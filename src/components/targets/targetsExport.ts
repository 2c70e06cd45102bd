/**
 * The /targets page's exports: the assessment as CSV (formula-safe) and as a short Markdown note in
 * Vietnamese, and the buttons that download them; the names and plain numbers they write.
 */
import { download } from "../shared/chartCard.js";
import { fmt, fmtChange, fmtPercent, lang, t, type Text } from "../shared/i18n.js";
import { csvCell } from "../shared/csv.js";
import type { Assessment } from "../../../loaders/index.ts";

/** The province part of an exported file's name: its slug (lao-cai), else its GSO code. */
export function fileStemOf(a: Pick<Assessment, "province">): string {
  return a.province?.slug ?? a.province?.code ?? "tinh";
}

/** A province's name in the page language. */
export function name(a: { name_vi: string; name_en: string }): string {
  return lang === "vi" ? a.name_vi : a.name_en;
}

/** A number as the CSV and Markdown exports write it (point decimals), or empty. */
function plain(x: number | null, d = 2): string {
  return x === null ? "" : x.toFixed(d);
}

export function assessmentCsv(a: Assessment): string {
  const head = [
    "province_code",
    "province",
    "base_year",
    "target_year",
    "indicator_id",
    "indicator_vi",
    "base",
    "target",
    "target_group",
    "required",
    "percentile",
    "share_achieving",
    "largest_gain",
    "n_changes",
    "implied_rank_base",
    "implied_group_base",
    "implied_rank_projected",
    "outcome",
    "met",
    "history",
  ];
  const lines = [head.join(",")];
  for (const i of a.indicators) {
    lines.push(
      [
        a.province?.code,
        a.province?.name_vi,
        a.baseYear,
        a.targetYear,
        i.indicator_id,
        i.name_vi,
        plain(i.base, 4),
        plain(i.target),
        i.target_group,
        plain(i.required, 4),
        plain(i.history.percentile, 3),
        plain(i.history.shareAchieved, 3),
        plain(i.history.largest, 4),
        i.history.n,
        i.implied_base?.rank,
        i.implied_base?.group,
        i.implied_projected?.rank,
        plain(i.outcome, 4),
        i.met === null ? "" : String(i.met),
        a.history,
      ]
        .map(csvCell)
        .join(","),
    );
  }
  return lines.join("\n") + "\n";
}

/** A short note in Vietnamese, for a Department of Home Affairs memo. */
export function assessmentMarkdown(a: Assessment, planLabel: string | null): string {
  const v = (x: number | null, d = 2) => fmt(x, d, "vi");
  const c = (x: number | null) => fmtChange(x, 2, "vi");
  const p = (x: number | null) => fmtPercent(x, 0, "vi");
  const out: string[] = [];
  out.push(`# Đánh giá mục tiêu PAPI ${a.targetYear} — ${a.province?.name_vi ?? ""}`);
  out.push("");
  out.push(
    `Năm gốc ${a.baseYear}, năm mục tiêu ${a.targetYear}${planLabel ? `; mục tiêu theo ${planLabel}` : ""}. Lịch sử so sánh: các thay đổi một năm của mọi tỉnh trong cùng phiên bản chỉ số${a.history === "until-base" ? `, chỉ tính đến năm ${a.baseYear}` : ""}.`,
  );
  out.push("");
  if (a.total) {
    const s = a.simulation.joint ?? a.simulation.independent;
    out.push(
      `- **Tổng điểm:** ${v(a.total.base)} → mục tiêu ${v(a.total.target)} (cần ${c(a.total.required)}); ${p(a.total.history.shareAchieved)} số tỉnh-năm đã tăng được chừng đó.${a.total.implied_base ? ` Nếu đạt, tổng điểm này xếp hạng ${a.total.implied_base.rank}/${a.total.implied_base.of} trong phân bố năm ${a.baseYear}.` : ""}`,
    );
    out.push(`- **Khả năng đạt tổng điểm mục tiêu:** ${s ? p(s.probability) : "chưa ước tính được (thiếu lịch sử)"}. ${a.simulation.assumption_vi}`);
  }
  if (a.gap.length)
    out.push(
      `- **Phần lớn mức tăng nằm ở:** ${a.gap
        .slice(0, 3)
        .map((g) => `${a.indicators.find((i) => i.indicator_id === g.indicator_id)?.name_vi ?? g.indicator_id} (${p(g.share)})`)
        .join("; ")}.`,
    );
  out.push("");
  out.push("| Chỉ số | Điểm gốc | Mục tiêu | Cần tăng | Tỷ lệ tỉnh-năm đã đạt | Kết quả |");
  out.push("|---|---:|---:|---:|---:|---:|");
  for (const i of a.indicators)
    out.push(
      `| ${i.name_vi} | ${v(i.base)} | ${v(i.target)}${i.target_group ? ` (${i.target_group})` : ""} | ${c(i.required)} | ${p(i.history.shareAchieved)} | ${i.outcome === null ? "—" : `${v(i.outcome)}${i.met ? " ✓" : " ✗"}`} |`,
    );
  out.push("");
  if (a.consistency.length) {
    out.push("**Tính nhất quán của kế hoạch**");
    out.push("");
    for (const x of a.consistency) out.push(`- ${x.ok ? "✓" : "✗"} ${x.vi}`);
    out.push("");
  }
  if (a.messages.length) {
    out.push("**Lưu ý**");
    out.push("");
    for (const m of a.messages) out.push(`- ${m.vi}`);
    out.push("");
  }
  out.push("_Nhóm và hạng tính theo tứ phân vị là số liệu tính toán, không phải số liệu công bố. Tạo bởi PAPI Explorer._");
  return out.join("\n") + "\n";
}

export function exportButtons(a: Assessment, planLabel: string | null): HTMLElement {
  const div = document.createElement("div");
  div.className = "chart-actions export-actions";
  const stem = `danh-gia-muc-tieu-${fileStemOf(a)}-${a.baseYear}-${a.targetYear}`;
  const mk = (label: Text, onClick: () => void) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "chart-button";
    b.textContent = t(label);
    b.addEventListener("click", onClick);
    return b;
  };
  div.append(
    mk({ vi: "Tải đánh giá (CSV)", en: "Download assessment (CSV)" }, () =>
      download(new Blob(["\ufeff" + assessmentCsv(a)], { type: "text/csv;charset=utf-8" }), `${stem}.csv`),
    ),
    mk({ vi: "Tải ghi chú (Markdown, tiếng Việt)", en: "Download note (Markdown, Vietnamese)" }, () =>
      download(new Blob([assessmentMarkdown(a, planLabel)], { type: "text/markdown;charset=utf-8" }), `${stem}.md`),
    ),
  );
  return div;
}
