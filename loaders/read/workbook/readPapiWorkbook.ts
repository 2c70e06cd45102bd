/**
 * Reads an official PAPI workbook (.xlsx) into score rows. Each sheet is read in the layout it
 * is in: provinces in rows (2011–2017: the combined 2011–2016 workbook and the yearly "tổng hợp"
 * sheets) or provinces in columns (2018 onward). Pure: takes the file's bytes and base name.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { foldText } from "../../text/foldText.ts";
import { issue, ReadError, type ReadOptions } from "../../model/model.ts";
import type { IssueRow, ReadResult, SourceRow } from "../../model/model.ts";
import { defaultProvinceRegistry } from "../../model/provinces.ts";
import { readTransposedWorkbookSheet } from "./readTransposedWorkbookSheet.ts";
import { readWideWorkbookSheet } from "./readWideWorkbookSheet.ts";
import { reconcileSheets } from "./reconcileSheets.ts";
import { sha256 } from "../../text/sha256.ts";
import { mergeSurveyDefs } from "./surveyIndicatorDef.ts";
import { defaultTaxonomy } from "../../model/taxonomy.ts";
import type { SheetContext, SheetRead } from "./workbookSheet.ts";
import { worksheetGrid, type SheetGrid } from "./worksheetGrid.ts";

export const WORKBOOK_ISSUER = "CECODES, VFF-CRT, UNDP";

export async function readPapiWorkbook(data: Uint8Array | ArrayBuffer, file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const { grids, title } = await loadWorkbook(bytes, file);
  const ctx: SheetContext = { file, taxonomy: options.taxonomy ?? defaultTaxonomy(), registry: options.registry ?? defaultProvinceRegistry() };
  const { chosen, passedOver } = chooseSheets(grids);
  const reads: SheetRead[] = [];
  const issues: IssueRow[] = passedOver.map((g) =>
    sheetNote(
      file,
      g.name,
      `sheet "${g.name}" not read: the workbook's scores are on its "tổng hợp" sheet(s)`,
      `không đọc trang tính "${g.name}": điểm của bảng tính nằm ở (các) trang tính "tổng hợp"`,
    ),
  );
  for (const grid of chosen) {
    const read = readSheet(grid, ctx, issues);
    if (read) reads.push(read);
    else
      issues.push(
        sheetNote(
          file,
          grid.name,
          `sheet "${grid.name}" is in no known PAPI layout (no indicator header row, no province row); skipped`,
          `trang tính "${grid.name}" không theo bố cục PAPI nào đã biết (không có dòng tiêu đề chỉ số, không có dòng tỉnh/thành phố); bỏ qua`,
        ),
      );
  }
  if (!reads.length)
    throw new ReadError(
      `${file}: cannot read workbook: no sheet in a known PAPI layout (sheets: ${grids.map((g) => g.name).join(", ") || "none"})`,
      `${file}: không đọc được bảng tính: không có trang tính nào theo bố cục PAPI đã biết (các trang tính: ${grids.map((g) => g.name).join(", ") || "không có"})`,
    );
  const merged = reconcileSheets(reads, file);
  const source = workbookSource(file, bytes, title, reads, merged.scores.length);
  const indicators = mergeSurveyDefs(reads.flatMap((r) => r.indicators ?? []));
  return { scores: merged.scores, sources: [source], issues: [...issues, ...merged.issues], indicators };
}

/** Opens the workbook; any failure becomes `${file}: cannot read workbook: <reason>`. */
async function loadWorkbook(bytes: Uint8Array, file: string): Promise<{ grids: SheetGrid[]; title: string | null }> {
  if (bytes.byteLength === 0) throw new ReadError(`${file}: cannot read workbook: empty file`, `${file}: không đọc được bảng tính: tệp rỗng`);
  try {
    // exceljs does not check the entries' CRC-32: a damaged byte would be read as a real value.
    await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).split("\n")[0]!.replace(/\s*:?\s*is this a zip file.*$/i, "");
    throw new ReadError(
      `${file}: cannot read workbook: the file is damaged (${reason}); download it again`,
      `${file}: không đọc được bảng tính: tệp bị hỏng (${reason}); hãy tải lại tệp`,
    );
  }
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    return { grids: wb.worksheets.map(worksheetGrid), title: wb.title?.trim() || null };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ReadError(`${file}: cannot read workbook: ${reason.split("\n")[0]}`, `${file}: không đọc được bảng tính: ${reason.split("\n")[0]}`);
  }
}

/** Reads a sheet in whichever layout it is in; a failure on odd content becomes an error finding for that sheet alone. */
function readSheet(grid: SheetGrid, ctx: SheetContext, issues: IssueRow[]): SheetRead | null {
  try {
    return readWideWorkbookSheet(grid, ctx) ?? readTransposedWorkbookSheet(grid, ctx);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    issues.push(
      issue({
        kind: "unreadable",
        severity: "error",
        message: `sheet "${grid.name}" could not be read: ${reason}`,
        message_vi: `không đọc được trang tính "${grid.name}": ${reason}`,
        source_id: ctx.file,
        source_loc: `${grid.name}!A1`,
        index: "PAPI",
      }),
    );
    return { sheet: grid.name, layout: "wide", year: null, scores: [], issues: [] };
  }
}

/** Yearly 2011–2017 files keep their scores on the "tổng hợp" (summary) sheet: read only those when present. */
function chooseSheets(grids: SheetGrid[]): { chosen: SheetGrid[]; passedOver: SheetGrid[] } {
  const summary = grids.filter((g) => foldText(g.name).includes("tong hop"));
  if (!summary.length) return { chosen: grids, passedOver: [] };
  return { chosen: summary, passedOver: grids.filter((g) => !summary.includes(g)) };
}

function sheetNote(file: string, sheet: string, message: string, message_vi: string): IssueRow {
  return issue({ kind: "unreadable", severity: "info", message, message_vi, source_id: file, source_loc: `${sheet}!A1`, index: "PAPI" });
}

function workbookSource(file: string, bytes: Uint8Array, title: string | null, reads: SheetRead[], figures: number): SourceRow {
  const years = [...new Set(reads.map((r) => r.year).filter((y): y is number => y !== null))].sort();
  const span = years.length ? (years.length === 1 ? `${years[0]}` : `${years[0]}–${years[years.length - 1]}`) : "";
  return {
    id: file,
    kind: "official_workbook",
    file,
    title: title ?? `PAPI provincial scores ${span}`.trim(),
    issuer: WORKBOOK_ISSUER,
    number: null,
    date: null,
    level: "national",
    province_code: null,
    indices: "PAPI",
    sha256: sha256(bytes),
    figures,
    note: `sheets read: ${reads.map((r) => `${r.sheet} (${r.layout}, ${r.year ?? "year unknown"}, ${r.scores.length} figures)`).join("; ")}`,
  };
}
