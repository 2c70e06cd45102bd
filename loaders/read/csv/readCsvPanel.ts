/**
 * Reads a province × year CSV panel compiled by a third party, wide (one column per indicator:
 * `province_vi, year, D1…D8, total_papi, total_papi_6dim, total_official, rank_year, tier`) or
 * long (`province, year, indicator, value[, rank][, group]`). Provinces by name or by GSO code
 * (only a column named code/gso_code/tinhid/province_code/ma_tinh is a code: a panel's own
 * `province_id` numbering never is). Empty cells are missing, never 0.
 *
 * Totals in the wide panel: `total_official` is the published total (kind "actual");
 * `total_papi` is the compiler's own sum of the dimensions and `total_papi_6dim` its sum of
 * D1–D6 (kind "derived", papi.total and papi.total_6d). So one file never gives two different
 * actual totals for a province-year, and the compiler's sums stay visible next to it. The
 * compiler's rank and tier are ranks of its own sums: they go on the derived total row,
 * marked computed.
 */
import { foldText } from "../../text/foldText.ts";
import { issue, scoreRow, type ReadOptions } from "../../model/model.ts";
import type { Group, IssueRow, Kind, ProvinceRow, ReadResult, ScoreRow, SourceRow } from "../../model/model.ts";
import { CsvError, parseCsv, type CsvRecord } from "../../text/parseCsv.ts";
import { defaultProvinceRegistry, matchProvince, type ProvinceRegistry } from "../../model/provinces.ts";
import { sha256 } from "../../text/sha256.ts";
import { defaultTaxonomy, matchGroup, matchIndicator, type IndicatorDef, type Taxonomy } from "../../model/taxonomy.ts";

const COMPILER_SUM = "sum of dimensions computed by the panel's compiler";
const COMPILER_SUM_6D = "sum of D1–D6 computed by the panel's compiler";
const COMPILER_RANK = "rank and group computed by the panel's compiler, not official";

type ValueColumn = { col: number; header: string; def: IndicatorDef; kind: Kind; note: string | null };

export interface PanelColumns {
  layout: "wide" | "long";
  name: number | null;
  code: number | null;
  year: number;
  rank: number | null;
  group: number | null;
  /** wide: one column per indicator */
  values: ValueColumn[];
  /** long: the indicator and value columns */
  indicator: number | null;
  value: number | null;
  ignored: string[];
}

const NAME = /^(province|province_(vi|en|name|name_vi|name_en)|tinh|ten_tinh|tinh_thanh_pho|tinh_thanh|tentinh|tentinh_(vie|eng)|name|name_vi|name_en)$/;
const CODE = /^(code|gso|gso_code|tinhid|province_code|ma_tinh)$/;
const YEAR = /^(year|nam)$/;
const RANK = /^(rank|rank_year|xep_hang|thu_hang)$/;
const GROUP = /^(tier|group|nhom|xep_loai)$/;
const INDICATOR = /^(indicator|indicator_id|chi_so)$/;
const VALUE = /^(value|score|diem|gia_tri)$/;

function headerKey(h: string): string {
  return foldText(h).replace(/ /g, "_");
}

/** What each column of the header holds; throws when it is not a panel header. */
export function panelColumns(header: string[], file: string, tax: Taxonomy): PanelColumns {
  const find = (re: RegExp) => {
    const i = header.findIndex((h) => re.test(headerKey(h)));
    return i < 0 ? null : i;
  };
  const cols: PanelColumns = {
    layout: "wide",
    name: find(NAME),
    code: find(CODE),
    year: -1,
    rank: find(RANK),
    group: find(GROUP),
    values: [],
    indicator: find(INDICATOR),
    value: find(VALUE),
    ignored: [],
  };
  const year = find(YEAR);
  const roles = new Set([cols.name, cols.code, year, cols.rank, cols.group, cols.indicator, cols.value].filter((i) => i !== null));
  header.forEach((h, col) => {
    if (roles.has(col)) return;
    const v = valueColumn(h, col, tax);
    if (v) cols.values.push(v);
    else if (h.trim()) cols.ignored.push(h.trim());
  });
  cols.layout = cols.indicator !== null && cols.value !== null ? "long" : "wide";
  const hasValues = cols.layout === "long" || cols.values.length > 0;
  if (year === null || (cols.name === null && cols.code === null) || !hasValues)
    throw new Error(
      `${file}: no recognisable panel header (need a province name or GSO code column, a year column and indicator columns); first line: ${header.join(",").slice(0, 120)}`,
    );
  cols.year = year;
  return cols;
}

function valueColumn(header: string, col: number, tax: Taxonomy): ValueColumn | null {
  const key = headerKey(header);
  const by = (id: string, kind: Kind, note: string | null) => ({ col, header, def: tax.byId.get(id)!, kind, note });
  if (key === "total_official") return by("papi.total", "actual", null);
  if (key === "total_papi") return by("papi.total", "derived", COMPILER_SUM);
  if (key === "total_papi_6dim") return by("papi.total_6d", "derived", COMPILER_SUM_6D);
  const def = tax.byId.get(header.trim()) ?? exactIndicator(tax, header);
  if (!def) return null;
  // The six-dimension total is never published: any column of it is someone's computation.
  return def.id === "papi.total_6d" ? by(def.id, "derived", COMPILER_SUM_6D) : by(def.id, "actual", null);
}

function exactIndicator(tax: Taxonomy, label: string): IndicatorDef | null {
  const m = matchIndicator(tax, label);
  return m && m.method === "exact" ? m.def : null;
}

// ── numbers ─────────────────────────────────────────────────────────────────────────────

/**
 * Dot decimals, and a decimal comma ("45,06"): in a `;`-delimited file as it stands, in a
 * comma-delimited one when quoted (a spreadsheet in Vietnamese number format exports it so; an
 * unquoted comma there splits the field before it gets here). Returns the value and its
 * dot-decimal text.
 */
export function parsePanelNumber(raw: string): { value: number; text: string } | null {
  const s = raw.trim();
  if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return { value: Number(s), text: s.replace(/^\+/, "") };
  if (/^[-+]?\d+,\d+$/.test(s)) {
    const text = s.replace(",", ".").replace(/^\+/, "");
    return { value: Number(text), text };
  }
  return null;
}

// ── reading ─────────────────────────────────────────────────────────────────────────────

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
  if (!text.replace(/^\uFEFF/, "").trim()) throw new Error(`${file}: empty file`);
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
    if (e instanceof CsvError) throw new Error(`${file}:${e.line}: ${e.message}`);
    throw e;
  }
}

function csvIssue(ctx: Ctx, line: number, f: Pick<IssueRow, "kind" | "severity" | "message"> & Partial<IssueRow>): void {
  ctx.issues.push(issue({ index: "PAPI", ...f, message: `${ctx.file}:${line}: ${f.message}`, source_id: ctx.file, source_loc: `${ctx.file}:${line}` }));
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
    });
    return null;
  }
  const province = byCode ?? byName;
  if (!province || (name && !byName) || (code && !byCode)) {
    const what = [name && !byName ? `"${name}"` : "", code && !byCode ? `code "${code}"` : ""].filter(Boolean).join(" / ") || "(no province)";
    csvIssue(ctx, rec.line, { kind: "unknown_province", severity: "warning", message: `${what} is not a known province; row skipped` });
    return null;
  }
  const yearText = (f[cols.year] ?? "").trim();
  if (!/^\d{4}$/.test(yearText)) {
    csvIssue(ctx, rec.line, {
      kind: "parse",
      severity: "warning",
      province_code: province.code,
      message: `column "${ctx.header[cols.year] || "year"}": "${yearText}" is not a year; row skipped`,
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
  const bad = (what: string, raw: string) =>
    csvIssue(ctx, row.line, {
      kind: "parse",
      severity: "warning",
      province_code: row.province.code,
      year: row.year,
      indicator_id: indicator,
      message: `column "${what}": "${raw}" is not a ${what}; not read`,
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
  csvIssue(ctx, missing[0]!.row.line, {
    kind: "missing_value",
    severity: "info",
    message: `${cells} empty cell(s) on ${missing.length} line(s) left missing (no row emitted): ${list}`,
  });
}

function thirdPartyRankIssue(ctx: Ctx, line: number, n: number): void {
  const names = [ctx.cols.rank, ctx.cols.group].filter((c): c is number => c !== null).map((c) => `"${headerOf(ctx, c)}"`);
  csvIssue(ctx, line, {
    kind: "third_party_rank",
    severity: "info",
    message: `${n} rank/group value(s) from column(s) ${names.join(" and ")} are the panel compiler's own computation, imported with rank_source/group_source "computed" — not official PAPI ranks or groups`,
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

// ── duplicates and source ───────────────────────────────────────────────────────────────

/** The same province-year-indicator (and kind) twice (long panels): one error per pair of lines, the first kept. */
function dropDuplicates(scores: ScoreRow[], ctx: Ctx): ScoreRow[] {
  const first = new Map<string, ScoreRow>();
  const pairs = new Map<string, { a: ScoreRow; b: ScoreRow; ids: string[] }>();
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
    const p = pairs.get(pair) ?? { a, b: s, ids: [] };
    const shown = (r: ScoreRow) => r.value_text ?? (r.value === null ? "blank" : String(r.value));
    p.ids.push(a.value === s.value ? s.indicator_id : `${s.indicator_id} ${shown(s)} (first ${shown(a)})`);
    pairs.set(pair, p);
  }
  for (const { a, b, ids } of pairs.values()) {
    const line = Number(b.source_loc.slice(b.source_loc.lastIndexOf(":") + 1));
    const firstLine = a.source_loc.slice(a.source_loc.lastIndexOf(":") + 1);
    csvIssue(ctx, line, {
      kind: "duplicate",
      severity: "error",
      province_code: b.province_code,
      year: b.year,
      indicator_id: ids.length === 1 ? ids[0]!.split(" ")[0]! : null,
      message: `${b.province_code} ${b.year} given again on line ${line} (first on line ${firstLine}): ${[...new Set(ids)].join(", ")}; the first is kept`,
    });
  }
  return kept;
}

function panelSource(text: string, file: string, cols: PanelColumns, scores: ScoreRow[]): SourceRow {
  const years = scores.map((s) => s.year);
  const span = years.length ? `${years.reduce((a, b) => Math.min(a, b))}–${years.reduce((a, b) => Math.max(a, b))}` : "";
  const indices = [...new Set(scores.map((s) => s.index))].sort().join(",") || "PAPI";
  return {
    id: file,
    kind: "csv_panel",
    file,
    title: `Province × year ${indices} panel ${span} (${cols.layout} CSV, third-party compilation)`.replace(/\s+/g, " "),
    issuer: null,
    number: null,
    date: null,
    level: "national",
    province_code: null,
    indices,
    sha256: sha256(text),
    figures: scores.length,
    note:
      [
        cols.ignored.length ? `columns not read: ${cols.ignored.join(", ")} (a panel's own province numbering is never taken for a GSO code)` : "",
        singlePrecisionNote(scores),
      ]
        .filter(Boolean)
        .join("; ") || null,
  };
}

/**
 * A value printed with 12+ significant digits that is exactly a 32-bit float (45.05506134033203)
 * was stored in single precision: only about 7 significant digits mean anything, so sums and
 * comparisons differ from other sources by a few millionths.
 */
function singlePrecisionNote(scores: ScoreRow[]): string {
  const widened = scores.find(
    (s) => s.value !== null && (s.value_text ?? "").replace(/\D/g, "").replace(/^0+/, "").length >= 12 && Math.fround(s.value) === s.value,
  );
  return widened
    ? `values are single-precision floats (e.g. ${widened.value_text} at ${widened.source_loc}); about 7 significant digits are meaningful, differences of a few millionths are storage noise`
    : "";
}
