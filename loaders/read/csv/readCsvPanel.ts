import { issue, ReadError, scoreRow, type ReadOptions } from "../../model/model.ts";
import type { Group, IssueRow, Kind, ProvinceRow, ReadResult, ScoreRow } from "../../model/model.ts";
import { CsvError, parseCsv, type CsvRecord } from "../../text/parseCsv.ts";
import { defaultProvinceRegistry, matchProvince, type ProvinceRegistry } from "../../model/provinces.ts";
import { COMPILER_RANK, type PanelColumns, panelColumns, parsePanelNumber } from "./panelColumns.ts";
import { panelSource } from "./panelSource.ts";
import { defaultTaxonomy, matchGroup, matchIndicator, type IndicatorDef, type Taxonomy } from "../../model/taxonomy.ts";

interface Ctx {
  file: string;
  tax: Taxonomy;
  registry: ProvinceRegistry;
  cols: PanelColumns;
  header: string[];
  issues: IssueRow[];
}

interface PanelRow {
  line: number;
  province: ProvinceRow;
  year: number;
  fields: string[];
}

export function readCsvPanel(text: string, file: string, options: ReadOptions = {}): ReadResult {
  if (!text.replace(/^\uFEFF/, "").trim()) throw new ReadError(`${file}: empty file`, `${file}: tệp rỗng`);
  const records = parseRecords(text, file);
  const tax = options.taxonomy ?? defaultTaxonomy();
  const cols = panelColumns(records[0]!.fields, file, tax);
  const ctx: Ctx = { file, tax, registry: options.registry ?? defaultProvinceRegistry(), cols, header: records[0]!.fields.map((h) => h.trim()), issues: [] };
  const rows = records.slice(1).flatMap((rec) => identifyRow(rec, ctx) ?? []);
  const scores = cols.layout === "wide" ? readWideRows(rows, ctx) : readLongRows(rows, ctx);
  const kept = dropDuplicates(scores, ctx);
  const source = panelSource(text, file, cols, kept);
  return { scores: kept, sources: [source], issues: byLine(ctx.issues) };
}

/** Issues in file order (stable within a line). */
function byLine(issues: IssueRow[]): IssueRow[] {
  const line = (i: IssueRow) => Number(i.source_loc.slice(i.source_loc.lastIndexOf(":") + 1)) || 0;
  return issues
    .map((i, n) => ({ i, n }))
    .sort((a, b) => line(a.i) - line(b.i) || a.n - b.n)
    .map(({ i }) => i);
}

function parseRecords(text: string, file: string): CsvRecord[] {
  try {
    return parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) throw new ReadError(`${file}:${e.line}: ${e.message}`, `${file}:${e.line}: ${e.message_vi}`);
    throw e;
  }
}

function csvIssue(ctx: Ctx, line: number, f: Pick<IssueRow, "kind" | "severity" | "message" | "message_vi"> & Partial<IssueRow>): void {
  ctx.issues.push(
    issue({
      index: "PAPI",
      ...f,
      message: `${ctx.file}:${line}: ${f.message}`,
      message_vi: `${ctx.file}:${line}: ${f.message_vi}`,
      source_id: ctx.file,
      source_loc: `${ctx.file}:${line}`,
    }),
  );
}

/** The province and year of a record; issues and null when either cannot be read. */
function identifyRow(rec: CsvRecord, ctx: Ctx): PanelRow | null {
  const { cols } = ctx;
  const f = rec.fields;
  if (f.every((x) => !x.trim())) return null;
  // A ragged row: the fields after the header's last column are not read, missing ones are missing.
  if (f.length !== ctx.header.length)
    csvIssue(ctx, rec.line, {
      kind: "parse",
      severity: "warning",
      message: `${f.length} field(s) where the header has ${ctx.header.length}: ${f.length > ctx.header.length ? `the extra "${f.slice(ctx.header.length).join(",")}" not read` : "the missing ones read as missing"}`,
      message_vi: `dòng có ${f.length} trường trong khi dòng tiêu đề có ${ctx.header.length}: ${f.length > ctx.header.length ? `không đọc phần thừa "${f.slice(ctx.header.length).join(",")}"` : "các trường thiếu được coi là thiếu giá trị"}`,
    });
  const name = cols.name === null ? "" : (f[cols.name] ?? "").trim();
  const code = cols.code === null ? "" : (f[cols.code] ?? "").trim();
  const byName = name && !/^\d+$/.test(name) ? matchProvince(ctx.registry, name) : null;
  const byCode = /^\d{1,2}$/.test(code) ? (ctx.registry.byCode.get(code.padStart(2, "0")) ?? null) : null;
  if (byName && byCode && byName.code !== byCode.code) {
    csvIssue(ctx, rec.line, {
      kind: "conflict",
      severity: "error",
      message: `province name "${name}" (${byName.code}) and code ${code} (${byCode.name_vi}) disagree; row skipped`,
      message_vi: `tên tỉnh/thành phố "${name}" (${byName.code}) và mã ${code} (${byCode.name_vi}) mâu thuẫn nhau; bỏ qua dòng này`,
    });
    return null;
  }
  const province = byCode ?? byName;
  if (!province || (name && !byName) || (code && !byCode)) {
    const what = [name && !byName ? `"${name}"` : "", code && !byCode ? `code "${code}"` : ""].filter(Boolean).join(" / ") || "(no province)";
    const whatVi = [name && !byName ? `"${name}"` : "", code && !byCode ? `mã "${code}"` : ""].filter(Boolean).join(" / ") || "(không có tỉnh/thành phố)";
    csvIssue(ctx, rec.line, {
      kind: "unknown_province",
      severity: "warning",
      message: `${what} is not a known province; row skipped`,
      message_vi: `${whatVi} không phải là tỉnh/thành phố đã biết; bỏ qua dòng này`,
    });
    return null;
  }
  const yearText = (f[cols.year] ?? "").trim();
  if (!/^\d{4}$/.test(yearText)) {
    csvIssue(ctx, rec.line, {
      kind: "parse",
      severity: "warning",
      province_code: province.code,
      message: `column "${ctx.header[cols.year] || "year"}": "${yearText}" is not a year; row skipped`,
      message_vi: `cột "${ctx.header[cols.year] || "năm"}": "${yearText}" không phải là năm; bỏ qua dòng này`,
    });
    return null;
  }
  return { line: rec.line, province, year: Number(yearText), fields: f };
}

function cellValue(row: PanelRow, col: number, header: string, ctx: Ctx, indicator: string | null): { value: number; text: string } | null | "empty" {
  const raw = (row.fields[col] ?? "").trim();
  if (!raw) return "empty";
  const n = parsePanelNumber(raw);
  if (!n)
    csvIssue(ctx, row.line, {
      kind: "parse",
      severity: "warning",
      province_code: row.province.code,
      year: row.year,
      indicator_id: indicator,
      message: `column "${header}": "${raw}" is not a number; no value read`,
      message_vi: `cột "${header}": "${raw}" không phải là số; không đọc giá trị`,
    });
  return n;
}

function panelScore(def: IndicatorDef, kind: Kind, row: PanelRow, ctx: Ctx, v: { value: number; text: string } | null, note: string | null): ScoreRow {
  return scoreRow({
    index: def.index,
    province_code: row.province.code,
    year: row.year,
    indicator_id: def.id,
    level: def.level,
    dimension: def.dimension,
    kind,
    unit: def.unit,
    value: v?.value ?? null,
    value_text: v?.text ?? null,
    source_id: ctx.file,
    source_loc: `${ctx.file}:${row.line}`,
    note,
  });
}

// ── wide ────────────────────────────────────────────────────────────────────────────────

/** A province-year given on two lines of a wide panel: one error naming both, the whole later line skipped. */
function dropRepeatedLines(rows: PanelRow[], ctx: Ctx): PanelRow[] {
  const seen = new Map<string, number>();
  return rows.filter((row) => {
    const key = `${row.province.code}|${row.year}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row.line);
      return true;
    }
    csvIssue(ctx, row.line, {
      kind: "duplicate",
      severity: "error",
      province_code: row.province.code,
      year: row.year,
      message: `${row.province.name_vi} ${row.year} given again on line ${row.line} (first on line ${first}); the first is kept, this line is not read`,
      message_vi: `${row.province.name_vi} ${row.year} bị trùng lặp ở dòng ${row.line} (lần đầu ở dòng ${first}); giữ dòng đầu tiên, không đọc dòng này`,
    });
    return false;
  });
}

function readWideRows(allRows: PanelRow[], ctx: Ctx): ScoreRow[] {
  const { cols } = ctx;
  const rows = dropRepeatedLines(allRows, ctx);
  const filled = filledByYear(rows, [...cols.values.map((v) => v.col), ...[cols.rank, cols.group].filter((c): c is number => c !== null)]);
  const missing: Array<{ row: PanelRow; headers: string[] }> = [];
  const out: ScoreRow[] = [];
  let ranked = 0;
  for (const row of rows) {
    const empty: string[] = [];
    const scores: ScoreRow[] = [];
    for (const v of cols.values) {
      const n = cellValue(row, v.col, v.header, ctx, v.def.id);
      if (n === "empty") {
        if (filled.has(`${v.col}|${row.year}`)) empty.push(v.header);
      } else if (n) scores.push(panelScore(v.def, v.kind, row, ctx, n, v.note));
    }
    for (const c of [cols.rank, cols.group]) if (c !== null && !(row.fields[c] ?? "").trim() && filled.has(`${c}|${row.year}`)) empty.push(headerOf(ctx, c));
    const rg = rankAndGroup(row, ctx, "papi.total");
    if (rg) {
      attachRank(scores, rg, row, ctx);
      ranked++;
    }
    if (empty.length) missing.push({ row, headers: empty });
    out.push(...scores);
  }
  if (missing.length) missingIssue(ctx, missing);
  if (ranked) thirdPartyRankIssue(ctx, rows[0]!.line, ranked);
  return out;
}

function headerOf(ctx: Ctx, col: number): string {
  return ctx.header[col] || `column ${col + 1}`;
}

/** `col|year` pairs that have a value somewhere in the file: an empty cell elsewhere is missing, not "not published". */
function filledByYear(rows: PanelRow[], cols: number[]): Set<string> {
  const out = new Set<string>();
  for (const row of rows) for (const c of cols) if ((row.fields[c] ?? "").trim()) out.add(`${c}|${row.year}`);
  return out;
}

interface RankGroup {
  rank: number | null;
  group: Group | null;
}

function rankAndGroup(row: PanelRow, ctx: Ctx, indicator: string): RankGroup | null {
  const { cols } = ctx;
  const rankRaw = cols.rank === null ? "" : (row.fields[cols.rank] ?? "").trim();
  const groupRaw = cols.group === null ? "" : (row.fields[cols.group] ?? "").trim();
  let rank: number | null = null;
  let group: Group | null = null;
  const bad = (what: "rank" | "group", raw: string) =>
    csvIssue(ctx, row.line, {
      kind: "parse",
      severity: "warning",
      province_code: row.province.code,
      year: row.year,
      indicator_id: indicator,
      message: `column "${what}": "${raw}" is not a ${what}; not read`,
      message_vi: `cột "${what}": "${raw}" không phải là ${what === "rank" ? "thứ hạng" : "nhóm"} hợp lệ; không đọc`,
    });
  if (rankRaw) {
    if (/^\d+$/.test(rankRaw) && Number(rankRaw) >= 1) rank = Number(rankRaw);
    else bad("rank", rankRaw);
  }
  if (groupRaw) {
    group = matchGroup(ctx.tax, groupRaw);
    if (!group) bad("group", groupRaw);
  }
  return rank === null && group === null ? null : { rank, group };
}

/**
 * Puts a third-party rank/group on the total it ranks: the compiler's own (derived) total when
 * present, else the actual total, else a row carrying only the rank.
 */
function attachRank(scores: ScoreRow[], rg: RankGroup, row: PanelRow, ctx: Ctx): void {
  let target = scores.find((s) => s.indicator_id === "papi.total" && s.kind === "derived") ?? scores.find((s) => s.indicator_id === "papi.total");
  if (!target) {
    target = panelScore(ctx.tax.byId.get("papi.total")!, "derived", row, ctx, null, null);
    scores.push(target);
  }
  Object.assign(target, rankFields(rg), { note: [target.note, COMPILER_RANK].filter(Boolean).join("; ") });
}

/**
 * A panel's rank as the compiler gives it. A panel does not say how many were ranked, and the
 * rows a file happens to hold are not that number: `rank_of` stays empty here, and the pipeline
 * gives it the number of provinces with a score that year (computeRanks).
 */
function rankFields(rg: RankGroup): Partial<ScoreRow> {
  return {
    rank: rg.rank,
    rank_of: null,
    rank_scope: rg.rank === null ? null : "national",
    rank_source: rg.rank === null ? null : "computed",
    group: rg.group,
    group_source: rg.group === null ? null : "computed",
  };
}

function missingIssue(ctx: Ctx, missing: Array<{ row: PanelRow; headers: string[] }>): void {
  const cells = missing.reduce((n, m) => n + m.headers.length, 0);
  const list = missing.map((m) => `line ${m.row.line} ${m.row.province.name_vi} ${m.row.year} (${m.headers.join(", ")})`).join("; ");
  const listVi = missing.map((m) => `dòng ${m.row.line} ${m.row.province.name_vi} ${m.row.year} (${m.headers.join(", ")})`).join("; ");
  csvIssue(ctx, missing[0]!.row.line, {
    kind: "missing_value",
    severity: "info",
    message: `${cells} empty cell(s) on ${missing.length} line(s) left missing (no row emitted): ${list}`,
    message_vi: `${cells} ô trống trên ${missing.length} dòng được để thiếu (không tạo dòng số liệu): ${listVi}`,
  });
}

function thirdPartyRankIssue(ctx: Ctx, line: number, n: number): void {
  const names = [ctx.cols.rank, ctx.cols.group].filter((c): c is number => c !== null).map((c) => `"${headerOf(ctx, c)}"`);
  csvIssue(ctx, line, {
    kind: "third_party_rank",
    severity: "info",
    message: `${n} rank/group value(s) from column(s) ${names.join(" and ")} are the panel compiler's own computation, imported with rank_source/group_source "computed" — not official PAPI ranks or groups`,
    message_vi: `${n} giá trị thứ hạng/nhóm từ (các) cột ${names.join(" và ")} do người tổng hợp bảng dữ liệu tự tính, được nhập với rank_source/group_source "computed" — không phải thứ hạng hay nhóm PAPI chính thức`,
  });
}

// ── long ────────────────────────────────────────────────────────────────────────────────

function readLongRows(rows: PanelRow[], ctx: Ctx): ScoreRow[] {
  const { cols } = ctx;
  const out: ScoreRow[] = [];
  const missing: Array<{ row: PanelRow; headers: string[] }> = [];
  const indicatorOf = (row: PanelRow) => (row.fields[cols.indicator!] ?? "").trim();
  let ranked = 0;
  const defs = new Map<string, IndicatorDef | null>();
  for (const row of rows) {
    const label = indicatorOf(row);
    if (!defs.has(label)) defs.set(label, ctx.tax.byId.get(label) ?? longIndicator(ctx.tax, label));
    const def = defs.get(label)!;
    if (!def) {
      csvIssue(ctx, row.line, {
        kind: "unknown_indicator",
        severity: "warning",
        province_code: row.province.code,
        year: row.year,
        message: `indicator "${label}" is not in the taxonomy; row skipped`,
        message_vi: `chỉ số "${label}" không có trong danh mục chỉ số; bỏ qua dòng này`,
      });
      continue;
    }
    const n = cellValue(row, cols.value!, headerOf(ctx, cols.value!), ctx, def.id);
    const rg = rankAndGroup(row, ctx, def.id);
    if (n === "empty" && !rg) {
      missing.push({ row, headers: [label] });
      continue;
    }
    const s = panelScore(def, def.id === "papi.total_6d" ? "derived" : "actual", row, ctx, n === "empty" ? null : n, null);
    if (n === null && !rg) continue;
    if (rg) {
      Object.assign(s, rankFields(rg), { note: COMPILER_RANK });
      ranked++;
    }
    out.push(s);
  }
  if (missing.length) missingIssue(ctx, missing);
  if (ranked) thirdPartyRankIssue(ctx, rows[0]!.line, ranked);
  return out;
}

function longIndicator(tax: Taxonomy, label: string): IndicatorDef | null {
  const m = matchIndicator(tax, label);
  return m && (m.method === "exact" || m.score >= 0.9) ? m.def : null;
}

// ── duplicates ──────────────────────────────────────────────────────────────────────────

/** The same province-year-indicator (and kind) twice (long panels): one error per pair of lines, the first kept. */
function dropDuplicates(scores: ScoreRow[], ctx: Ctx): ScoreRow[] {
  const first = new Map<string, ScoreRow>();
  const pairs = new Map<string, { a: ScoreRow; b: ScoreRow; ids: string[]; idsVi: string[] }>();
  const kept: ScoreRow[] = [];
  for (const s of scores) {
    const key = `${s.province_code}|${s.year}|${s.indicator_id}|${s.kind}`;
    const a = first.get(key);
    if (!a) {
      first.set(key, s);
      kept.push(s);
      continue;
    }
    const pair = `${a.source_loc}|${s.source_loc}`;
    const p = pairs.get(pair) ?? { a, b: s, ids: [], idsVi: [] };
    const shown = (r: ScoreRow) => r.value_text ?? (r.value === null ? "blank" : String(r.value));
    const shownVi = (r: ScoreRow) => r.value_text ?? (r.value === null ? "trống" : String(r.value));
    p.ids.push(a.value === s.value ? s.indicator_id : `${s.indicator_id} ${shown(s)} (first ${shown(a)})`);
    p.idsVi.push(a.value === s.value ? s.indicator_id : `${s.indicator_id} ${shownVi(s)} (lần đầu ${shownVi(a)})`);
    pairs.set(pair, p);
  }
  for (const { a, b, ids, idsVi } of pairs.values()) {
    const line = Number(b.source_loc.slice(b.source_loc.lastIndexOf(":") + 1));
    const firstLine = a.source_loc.slice(a.source_loc.lastIndexOf(":") + 1);
    csvIssue(ctx, line, {
      kind: "duplicate",
      severity: "error",
      province_code: b.province_code,
      year: b.year,
      indicator_id: ids.length === 1 ? ids[0]!.split(" ")[0]! : null,
      message: `${b.province_code} ${b.year} given again on line ${line} (first on line ${firstLine}): ${[...new Set(ids)].join(", ")}; the first is kept`,
      message_vi: `${b.province_code} ${b.year} bị trùng lặp ở dòng ${line} (lần đầu ở dòng ${firstLine}): ${[...new Set(idsVi)].join(", ")}; giữ giá trị đầu tiên`,
    });
  }
  return kept;
}

export { panelColumns, parsePanelNumber, type PanelColumns } from "./panelColumns.ts";
