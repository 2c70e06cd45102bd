import { defaultTaxonomy } from "../../model/taxonomy.ts";
import { defaultProvinceRegistry } from "../../model/provinces.ts";
import { issue, type IssueRow, type ReadResult, type ScoreRow, type SourceRow, type ReadOptions } from "../../model/model.ts";
import { sha256 } from "../../text/sha256.ts";
import { findRepeatedBlocks, type RepeatedBlock } from "./findRepeatedBlocks.ts";
import { readDocumentMeta } from "./readDocumentMeta.ts";
import { parseMarkdownTables, splitTableRow, type MarkdownTable } from "./parseMarkdownTables.ts";
import { readScoreTables } from "./readScoreTables.ts";
import { readProseFigures } from "./readProseFigures.ts";
import { mergeScoreRows } from "./mergeScoreRows.ts";
import { checkChangeClaims } from "./checkChangeClaims.ts";
import { checkTargetSums } from "./checkTargetSums.ts";
import { recoverLineBreaks, MAX_PARAGRAPH_CHARS } from "./recoverLineBreaks.ts";
import type { ChangeClaim, PlanContext } from "./planContext.ts";
import { defaultAgencyRegistry } from "../../model/agencies.ts";
import { readPlanStructure } from "../plan/readPlanStructure.ts";

/**
 * Reads a plan document (plain text extracted from a provincial or commune plan to improve
 * PAPI, PAR INDEX or SIPAS): its metadata, every figure printed in its tables and its prose
 * (results, national means, targets, changes on earlier years), and what is wrong with it.
 * Pure: `file` is the document's base name, used only as the source id and in `file:line`.
 */
export function readPlanDocument(text: string, file: string, options: ReadOptions = {}): ReadResult {
  const taxonomy = options.taxonomy ?? defaultTaxonomy();
  const registry = options.registry ?? defaultProvinceRegistry();
  const { lines, split } = recoverLineBreaks(text);
  const repeats = findRepeatedBlocks(lines);
  const repeated = new Set(repeats.flatMap((b) => Array.from({ length: b.length }, (_, k) => b.repeat + k)));
  const skip = (line: number) => repeated.has(line);
  const { meta, issues: metaIssues } = readDocumentMeta(lines, file, registry, skip);
  const ctx: PlanContext = { file, taxonomy, registry, provinceCode: meta.province_code, indices: meta.indices, planYear: meta.planYear };
  const tables = parseMarkdownTables(lines, { skip });
  const inTables = tableLines(tables, lines);
  const fromTables = readScoreTables(tables, lines, ctx);
  const fromProse = readProseFigures(lines, ctx, (line) => skip(line) || inTables.has(line));
  const merged = mergeScoreRows([...fromTables.scores, ...fromProse.scores], file);
  attachStatedChanges(merged.scores, fromProse.claims);
  const structure = readPlanStructure(
    {
      file,
      lines,
      taxonomy,
      agencies: options.agencies ?? defaultAgencyRegistry(),
      provinceCode: meta.province_code,
      indices: meta.indices,
      planYear: meta.planYear,
      skip,
    },
    meta,
    tables,
    merged.scores,
  );
  const issues: IssueRow[] = [
    ...(lines.some((l) => l.trim())
      ? []
      : [
          issue({
            kind: "unreadable",
            severity: "error",
            message: `${file}: the document has no text`,
            message_vi: `${file}: văn bản không có nội dung`,
            source_id: file,
            source_loc: `${file}:1`,
          }),
        ]),
    ...split.map((s) => lineBreaksIssue(s, file, meta.province_code)),
    ...metaIssues.map((i) => ({ ...i, province_code: i.province_code ?? meta.province_code })),
    ...repeats.map((b) => repeatIssue(b, file, meta.province_code)),
    ...fromTables.issues,
    ...fromProse.issues,
    ...merged.issues,
    ...checkChangeClaims(merged.scores, fromProse.claims, ctx),
    ...checkTargetSums(merged.scores, ctx),
    ...structure.issues,
  ];
  const source: SourceRow = {
    id: file,
    kind: "plan_document",
    file,
    title: meta.title,
    issuer: meta.issuer,
    number: meta.number,
    date: meta.date,
    level: meta.level,
    province_code: meta.province_code,
    indices: meta.indices.join(","),
    sha256: sha256(text),
    figures: merged.scores.length,
    note: meta.planYear ? `plan for ${meta.planYear}` : null,
  };
  return { scores: merged.scores, sources: [source], issues, plans: structure.parts };
}

/**
 * A target keeps the increase its plan states ("tăng 0,05 điểm so với năm 2019"), so the
 * feasibility engine can check it against target − base with the real base-year value.
 */
function attachStatedChanges(rows: ScoreRow[], claims: ChangeClaim[]): void {
  for (const c of claims) {
    if (c.kind !== "target" || !c.valueDelta) continue;
    const row = rows.find(
      (r) =>
        r.kind === "target" &&
        r.value !== null &&
        r.index === c.index &&
        r.province_code === c.province_code &&
        r.indicator_id === c.indicator_id &&
        r.year === c.year,
    );
    if (row && row.stated_change == null) {
      row.stated_change = c.valueDelta.value;
      row.stated_base_year = c.baseYear;
    }
  }
}

/** Lines that are table rows (header, separator, body), which prose reading leaves alone. */
function tableLines(tables: MarkdownTable[], lines: string[]): Set<number> {
  const out = new Set<number>();
  for (const t of tables) for (let l = t.line; l <= t.endLine; l++) if (splitTableRow(lines[l - 1] ?? "")) out.add(l);
  return out;
}

function lineBreaksIssue(s: { line: number; chars: number; pieces: number }, file: string, province: string | null): IssueRow {
  return issue({
    kind: "parse",
    severity: "warning",
    message: `${file}:${s.line}: a line of ${s.chars} characters (no paragraph is longer than ${MAX_PARAGRAPH_CHARS}): the text lost its line breaks; ${s.pieces} lines were recovered from its tables, bullets and numbered headings, and line numbers from here on count the recovered lines. Check the figures against the original, or extract the text again with its line breaks`,
    message_vi: `${file}:${s.line}: một dòng dài ${s.chars} ký tự (không đoạn văn nào dài quá ${MAX_PARAGRAPH_CHARS}): văn bản đã mất các dấu xuống dòng; đã khôi phục ${s.pieces} dòng từ các bảng, gạch đầu dòng và đề mục đánh số, và số dòng từ đây trở đi được đếm theo các dòng đã khôi phục. Hãy đối chiếu số liệu với bản gốc, hoặc trích xuất lại văn bản với đầy đủ dấu xuống dòng`,
    source_id: file,
    source_loc: `${file}:${s.line}`,
    province_code: province,
  });
}

function repeatIssue(b: RepeatedBlock, file: string, province: string | null): IssueRow {
  const range = (start: number) => `${start}–${start + b.length - 1}`;
  return issue({
    kind: "repeated_block",
    severity: "warning",
    message: `${file}: lines ${range(b.repeat)} repeat lines ${range(b.first)} verbatim; the repeat is not read again`,
    message_vi: `${file}: các dòng ${range(b.repeat)} lặp lại nguyên văn các dòng ${range(b.first)}; không đọc lại phần lặp`,
    source_id: file,
    source_loc: `${file}:${b.repeat}`,
    province_code: province,
  });
}
