/**
 * A notebook result: its row count with CSV and JSON downloads, the link that reproduces it, the
 * rows as a paged table, then the quick chart.
 */
import { dataTable, download, type TableColumn } from "../shared/chartCard.js";
import { el } from "../shared/dom.js";
import { fmt, t } from "../shared/i18n.js";
import { formatCell } from "./formatCell.js";
import { button } from "./notebookButton.js";
import { NOTEBOOK_LABELS as T } from "./notebookLabels.js";
import { describeColumns, pageOf, shareUrl, toCsv, toJson } from "./notebookLogic.js";
import type { NotebookResult } from "./notebookResult.js";
import { drawChartSection } from "./quickChart.js";

export const PAGE_SIZE = 25;

/** Replaces the result and chart boxes' content with `res`; `root` gives the chart's width. */
export function showResult(resultBox: HTMLElement, chartBox: HTMLElement, res: NotebookResult, root: HTMLElement): void {
  resultBox.replaceChildren();
  chartBox.replaceChildren();
  resultBox.append(resultHead(res), shareRow(res.sql));
  if (!res.rows.length) {
    resultBox.append(el("p", "nb-hint", t(T.noRows)));
    return;
  }
  resultBox.append(...pagedTable(res));
  drawChartSection(chartBox, res, root);
}

/** The row, column and time count, with the CSV and JSON download buttons. */
function resultHead(res: NotebookResult): HTMLElement {
  const head = el("div", "nb-result-head");
  const count = el("p", "nb-count", `${res.rows.length} ${t(T.rows)} · ${res.columns.length} ${t({ vi: "cột", en: "columns" })} · ${fmt(res.ms, 0)} ms`);
  count.dataset.testid = "row-count";
  count.dataset.rows = String(res.rows.length);
  const stem = `papi-sql-${new Date().toISOString().slice(0, 10)}`;
  head.append(
    count,
    button(t(T.downloadCsv), "download-csv", () => download(new Blob([toCsv(res.columns, res.rows)], { type: "text/csv;charset=utf-8" }), `${stem}.csv`)),
    button(t(T.downloadJson), "download-json", () => download(new Blob([toJson(res.columns, res.rows)], { type: "application/json" }), `${stem}.json`)),
  );
  return head;
}

/** The read-only link that reproduces the result, with a copy button. */
function shareRow(sql: string): HTMLElement {
  const share = el("div", "nb-share");
  const shareLabel = el("label", "", t(T.share));
  const shareInput = el("input", "nb-share-url");
  shareInput.id = "nb-share-url";
  shareLabel.htmlFor = shareInput.id;
  shareInput.readOnly = true;
  shareInput.dataset.testid = "share-url";
  shareInput.value = shareUrl(sql, location.href);
  const copy = button(t(T.copy), "copy-link", () => {
    shareInput.select();
    const done = () => (copy.textContent = t(T.copied));
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(shareInput.value).then(done, () => undefined);
  });
  share.append(shareLabel, shareInput, copy);
  return share;
}

/** The rows as a table of PAGE_SIZE rows a page, and its pager (shown when there are more pages). */
function pagedTable(res: NotebookResult): [HTMLElement, HTMLElement] {
  const info = describeColumns(res.columns, res.rows);
  const columns: TableColumn[] = info.map((c) => ({ key: c.name, label: c.name, align: c.numeric ? "right" : "left", format: (v) => formatCell(v) }));
  const tableBox = el("div", "nb-table-box");
  tableBox.dataset.testid = "result-table";
  const pager = el("div", "nb-pager");
  let page = 0;
  const drawPage = () => {
    const p = pageOf(res.rows, page, PAGE_SIZE);
    page = p.page;
    tableBox.replaceChildren(dataTable(columns, p.rows, t(T.resultTitle)));
    pager.replaceChildren();
    if (p.pages > 1) {
      const prev = button(t(T.prev), "page-prev", () => {
        page -= 1;
        drawPage();
      });
      prev.disabled = p.page === 0;
      const next = button(t(T.next), "page-next", () => {
        page += 1;
        drawPage();
      });
      next.disabled = p.page === p.pages - 1;
      const where = el("span", "nb-page", `${t(T.page)} ${p.page + 1}/${p.pages}`);
      where.dataset.testid = "page";
      pager.append(prev, where, next);
    }
  };
  drawPage();
  return [tableBox, pager];
}
