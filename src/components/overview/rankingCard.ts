/**
 * The overview's first chart: the provinces' totals in one year, ranked, split by dimension, with
 * its table, source and notes. The page draws it live; at build the same function writes it into
 * the page's HTML (src/index.md.ts), so that it shows before any script has run.
 */
import { chartCard } from "../shared/chartCard.js";
import { el } from "../shared/dom.js";
import { gridSpanWidth } from "../shared/firstViewWidth.js";
import { L, t } from "../shared/i18n.js";
import { num, rankingChart } from "./overviewCharts.js";
import {
  coverageNote,
  coverageSentence,
  groupLabel,
  INDEX_SHORT,
  indexUnit,
  kindLabel,
  type IndexId,
  type Province,
  type RankedProvince,
  rankLabel,
  sourceFiles,
} from "./overviewData.js";

/** The width the first view is written at build: the ranking's column, two of the grid's three (shared/firstViewWidth.ts). */
export const STATIC_RANKING_WIDTH = gridSpanWidth(2, 3);

/** The line above the ranking: how many provinces have a score in the year shown. */
export function coverageLine(totals: RankedProvince[], provinces: Province[], index: string, year: number | null): HTMLElement {
  const label = `${INDEX_SHORT[index as IndexId] ?? index} ${year ?? ""}:`;
  return el("p", { class: "coverage-note", id: "coverage-note" }, el("strong", {}, label), " ", coverageSentence(coverageNote(totals, provinces)));
}

export interface RankingCardOptions {
  index: string;
  year: number | null;
  provinceLink: (slug: string) => string;
  /** Draws the chart at a width: the page's resize(), or a fixed width at build. */
  draw: (render: (width: number) => Element) => Element;
}

export function rankingCard(totals: RankedProvince[], o: RankingCardOptions): HTMLElement {
  const { index, year, provinceLink } = o;
  const short = INDEX_SHORT[index as IndexId] ?? index;
  const dims = [...new Set(totals.flatMap((d) => [...d.dims.keys()]))].sort((a, b) => a - b);
  const anyDerived = totals.some((d) => d.kind === "derived");
  const anyComputed = totals.some((d) => d.rank_source === "computed");
  const card = chartCard({
    // Only an index split into dimensions (PAPI) can say which dimension a lead comes from.
    title: dims.length
      ? {
          vi: `Tỉnh nào đứng đầu ${short} năm ${year ?? ""}, và nhờ chỉ số nội dung nào?`,
          en: `Which provinces lead ${short} in ${year ?? ""}, and on which dimensions?`,
        }
      : { vi: `Tỉnh nào đứng đầu ${short} năm ${year ?? ""}?`, en: `Which provinces lead ${short} in ${year ?? ""}?` },
    subtitle: dims.length
      ? {
          vi: `Điểm tổng hợp, chia theo ${dims.length} chỉ số nội dung; xếp theo điểm tổng. Thứ hạng công bố hoặc tính toán (ghi rõ).`,
          en: `Total score, split into its ${dims.length} dimensions; sorted by total. Ranks published or computed (labelled).`,
        }
      : { vi: "Điểm tổng hợp, xếp theo điểm. Thứ hạng công bố hoặc tính toán (ghi rõ).", en: "Total score, sorted. Ranks published or computed (labelled)." },
    source: sourceFiles(totals).join(", ") || t(L.noData),
    n: totals.length,
    chart: totals.length
      ? o.draw((w) => rankingChart(totals, { width: w, index, href: provinceLink }))
      : el("p", { class: "empty" }, t({ vi: "Không có điểm tổng cho lựa chọn này.", en: "No totals for this selection." })),
    columns: [
      { key: "position", label: "#", align: "right" },
      { key: "name", label: L.province, format: (v: unknown, r: Record<string, unknown>) => el("a", { href: provinceLink(String(r.slug)) }, String(v)) },
      { key: "value", label: L.total, align: "right", format: num(2, undefined, indexUnit(index)) },
      { key: "kind", label: { vi: "Loại", en: "Kind" }, format: (v: unknown) => kindLabel(String(v)) },
      { key: "rank_text", label: L.rank },
      { key: "group_text", label: L.group },
      ...dims.map((n) => ({ key: `d${n}`, label: `D${n}`, align: "right" as const, format: num(2) })),
    ],
    rows: totals.map((d, i) => ({
      position: i + 1,
      name: d.name,
      slug: d.slug,
      value: d.value,
      kind: d.kind,
      rank_text: rankLabel(d) || "—",
      group_text: groupLabel(d.group, d.group_source),
      ...Object.fromEntries(dims.map((n) => [`d${n}`, d.dims.get(n) ?? null])),
    })),
    filename: `xep-hang-${index}-${year}`,
    note:
      [
        anyDerived
          ? t({
              vi: "* suy ra: không có điểm tổng chính thức năm này; dùng tổng các chỉ số nội dung (bảng CSV tổng hợp) hoặc giá trị suy từ mức thay đổi được nêu",
              en: "* derived: no official total this year; the sum of the dimensions (CSV panel) or a value derived from a stated change is shown",
            })
          : "",
        anyComputed
          ? t({
              vi: "thứ hạng (tính toán) xếp trong số các tỉnh có điểm, có thể khác thứ hạng công bố",
              en: "computed ranks are among the provinces with a score and may differ from published ones",
            })
          : "",
        index === "PAPI" && year !== null && year < 2018
          ? t({ vi: "trước 2018: 6 chỉ số nội dung (thang 6–60)", en: "before 2018: 6 dimensions (6–60 scale)" })
          : "",
      ]
        .filter(Boolean)
        .join(" · ") || null,
  });
  card.id = "ranking";
  return card;
}
