/**
 * `npm run papi -- <command>`: the command-line face of the library.
 *
 *   extract <file>...        every figure read from the files, as CSV on stdout
 *   check [--sources DIR]    full ingest and the quality report; exit 1 on errors
 *   sql "<query>"            DuckDB SQL over the published tables
 *   plans [--province X]     plan registry, targets with outcomes, agency matrix
 */
import { existsSync, statSync } from "node:fs";
import { EXTRACT_HEADER, extractCsvRow } from "../publish/extractCsv.ts";
import { ingest, severityCounts, taxonomyFor } from "../pipeline/ingest.ts";
import { readInput } from "../read/readInput.ts";
import { readInputFile, sourcesDir } from "../read/readSourceFiles.ts";
import { loadDataset } from "../publish/loadDataset.ts";
import { validateScores } from "../pipeline/validateScores.ts";
import { csvField } from "../text/parseCsv.ts";
import { datasetTables } from "../publish/encodeTable.ts";
import { connectWithTables } from "../publish/duckdbNode.ts";
import { formatIssue, formatQualityReport } from "../publish/formatQualityReport.ts";

const USAGE = `Cách dùng / usage: npm run papi -- <command>

  extract <file>...          in mọi con số đọc được (CSV ra stdout) / print every figure read, as CSV
  check [--sources DIR]      đọc toàn bộ nguồn và in báo cáo chất lượng / full ingest + quality report
  sql "<query>" [--csv|--json]  chạy SQL DuckDB trên các bảng đã xuất bản / DuckDB SQL over the tables
  feasibility --province <tên|mã> --base <năm> --target-year <năm> [...]  đánh giá mục tiêu / assess targets
  plans [--province <tên|mã>] [--json]  kế hoạch, mục tiêu và kết quả, cơ quan đầu mối / plans, targets with outcomes, lead agencies

Sources directory: $PAPI_SOURCES (default data/sources/).`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

export async function extract(files: string[], io: Io = stdio): Promise<number> {
  if (!files.length) {
    io.err("extract: give at least one file\n");
    return 2;
  }
  let status = 0;
  const lines = [EXTRACT_HEADER];
  for (const path of files) {
    if (!existsSync(path) || !statSync(path).isFile()) {
      io.err(`${path}: cannot read: ${existsSync(path) ? "a directory, not a file (give its files, or use check --sources DIR)" : "no such file"}\n`);
      status = 1;
      continue;
    }
    const result = await readInput(readInputFile(path));
    const findings = [...result.issues, ...validateScores(result.scores, taxonomyFor([result]))];
    for (const i of findings) if (i.severity !== "info") io.err(formatIssue(i) + "\n");
    if (findings.some((i) => i.severity === "error")) status = 1;
    for (const s of result.scores) lines.push(extractCsvRow(s));
  }
  io.out(lines.join("\n") + "\n");
  return status;
}

export async function check(args: string[], io: Io = stdio): Promise<number> {
  const at = args.indexOf("--sources");
  const dir = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !dir) {
    io.err("check: --sources needs a directory\n");
    return 2;
  }
  if (dir && (!existsSync(dir) || !statSync(dir).isDirectory())) {
    io.err(`${dir}: no such directory\n`);
    return 1;
  }
  const { readAllSources } = await import("../read/readSourceFiles.ts");
  const dataset = await ingest(readAllSources(dir ?? sourcesDir()));
  io.out(formatQualityReport(dataset));
  return severityCounts(dataset.issues).error > 0 ? 1 : 0;
}

export async function sql(args: string[], io: Io = stdio): Promise<number> {
  const query = args.find((a) => !a.startsWith("--"));
  if (!query) {
    io.err('sql: give a query, e.g. npm run papi -- sql "select * from facts limit 5"\n');
    return 2;
  }
  const format = args.includes("--json") ? "json" : args.includes("--csv") ? "csv" : "table";
  const conn = await connectWithTables(datasetTables(await loadDataset()));
  let table: ReturnType<typeof conn.query>;
  try {
    table = conn.query(query);
  } catch (e) {
    io.err(`sql: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const columns = table.schema.fields.map((f) => f.name);
  const rows = table.toArray().map((r) => plain(r.toJSON() as Record<string, unknown>));
  if (format === "json") io.out(JSON.stringify(rows, null, 1) + "\n");
  else if (format === "csv") io.out([columns.join(","), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(","))].join("\n") + "\n");
  else io.out(textTable(columns, rows) + `\n(${rows.length} rows)\n`);
  return 0;
}

function plain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === "bigint" ? Number(v) : v;
  return out;
}

function textTable(columns: string[], rows: Record<string, unknown>[]): string {
  const cells = rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? "" : String(r[c]))));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((row) => row[i]!.length))));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => v.slice(0, 60).padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case "extract":
      return extract(args, io);
    case "check":
      return check(args, io);
    case "sql":
      return sql(args, io);
    case "plans": {
      const { plansCommand } = await import("./plansCommand.ts");
      return plansCommand(args, io);
    }
    case "feasibility": {
      const { feasibilityCommand } = await import("./feasibilityCommand.ts");
      return feasibilityCommand(args, io);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      io.out(USAGE + "\n");
      return command === undefined ? 2 : 0;
    default:
      io.err(`unknown command: ${command}\n\n${USAGE}\n`);
      return 2;
  }
}
