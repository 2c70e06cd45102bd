import { toNfc } from "../text/toNfc.ts";
import { issue, ReadError, type InputFile, type ReadResult, type ReadOptions } from "../model/model.ts";
import { readPlanDocument } from "./document/readPlanDocument.ts";
import { readPapiWorkbook } from "./workbook/readPapiWorkbook.ts";
import { readCsvPanel } from "./csv/readCsvPanel.ts";
import { sha256 } from "../text/sha256.ts";

/** Reads one file with the reader its extension calls for; an unreadable file becomes an error finding. */
export async function readInput(input: InputFile, options: ReadOptions = {}): Promise<ReadResult> {
  const result = await readWith(input, options);
  // The sha256 in `sources` is always of the file's bytes (a text reader sees the decoded text).
  const digest = sha256(input.data);
  for (const s of result.sources) if (s.id === input.file) s.sha256 = digest;
  // A workbook or panel exists to give figures: one that gives none lost them all (a header-only
  // CSV, every row rejected), which warnings alone would not say loudly enough.
  for (const src of result.sources)
    if ((src.kind === "csv_panel" || src.kind === "official_workbook") && src.figures === 0)
      result.issues.push(
        issue({
          kind: "unreadable",
          severity: "error",
          message: `${src.file}: gave no figure at all (see its other findings)`,
          message_vi: `${src.file}: không cho ra số liệu nào (xem các phát hiện khác của tệp này)`,
          source_id: src.id,
          source_loc: src.id,
        }),
      );
  return result;
}

async function readWith(input: InputFile, options: ReadOptions): Promise<ReadResult> {
  if (input.skip)
    return {
      scores: [],
      sources: [],
      issues: [
        issue({
          kind: "unreadable",
          severity: "info",
          message: `${input.file}: not read: ${input.skip}`,
          message_vi: `${input.file}: không đọc: ${input.skip_vi ?? input.skip}`,
          source_id: input.file,
          source_loc: input.file,
        }),
      ],
    };
  const ext = input.file.toLowerCase().replace(/^.*(\.[^.]+)$/, "$1");
  try {
    if (ext === ".xlsx") return await readPapiWorkbook(input.data, input.file, options);
    if (ext === ".txt" || ext === ".md" || ext === ".csv") {
      const { text, encoding } = decodeText(input.data);
      const result = ext === ".csv" ? readCsvPanel(text, input.file, options) : readPlanDocument(text, input.file, options);
      if (encoding !== "utf-8")
        result.issues.unshift(
          issue({
            kind: "parse",
            severity: encoding === "windows-1258" ? "warning" : "info",
            message: `${input.file}: not UTF-8; read as ${encoding}${encoding === "windows-1258" ? " (the Vietnamese Windows code page): check the accents, or save the file as UTF-8 to be sure" : " (from its byte-order mark)"}`,
            message_vi: `${input.file}: không phải UTF-8; đọc theo ${encoding}${encoding === "windows-1258" ? " (bảng mã tiếng Việt của Windows): hãy kiểm tra dấu, hoặc lưu tệp dưới dạng UTF-8 cho chắc chắn" : " (theo dấu thứ tự byte của tệp)"}`,
            source_id: input.file,
            source_loc: input.file,
          }),
        );
      return result;
    }
    return {
      scores: [],
      sources: [],
      issues: [
        issue({
          kind: "unreadable",
          severity: "warning",
          message: `${input.file}: not a plan document (.txt/.md), workbook (.xlsx) or CSV panel (.csv); ignored`,
          message_vi: `${input.file}: không phải văn bản kế hoạch (.txt/.md), bảng tính (.xlsx) hay bảng dữ liệu CSV (.csv); bỏ qua`,
          source_id: input.file,
          source_loc: input.file,
        }),
      ],
    };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const message = reason.startsWith(input.file) ? reason : `${input.file}: cannot read: ${reason}`;
    // A reader's own failure says it in Vietnamese too; anything else (a library's) is quoted as is.
    const reasonVi = e instanceof ReadError ? e.message_vi : reason;
    const message_vi = e instanceof ReadError && reasonVi.startsWith(input.file) ? reasonVi : `${input.file}: không đọc được: ${reasonVi}`;
    return {
      scores: [],
      sources: [],
      issues: [issue({ kind: "unreadable", severity: "error", message, message_vi, source_id: input.file, source_loc: input.file })],
    };
  }
}

/**
 * A text file as the readers see it, in Unicode NFC (so a document saved with decomposed accents,
 * NFD, reads exactly as its composed twin): UTF-16 by its byte-order mark, UTF-8 when the bytes
 * are UTF-8, else Windows-1258, the Vietnamese code page older Windows tools save in (reported).
 */
export function decodeText(data: Uint8Array): { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" } {
  const decode = (encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258", fatal = false) => ({
    text: toNfc(new TextDecoder(encoding, { fatal }).decode(data)),
    encoding,
  });
  if (data[0] === 0xff && data[1] === 0xfe) return decode("utf-16le");
  if (data[0] === 0xfe && data[1] === 0xff) return decode("utf-16be");
  try {
    return decode("utf-8", true);
  } catch {
    return decode("windows-1258");
  }
}
