import JSZip from "jszip";
import type { Dataset } from "../model/model.ts";
import { loadDataset } from "./loadDataset.ts";
import { encodeArrow, encodeCsv, encodeParquet } from "./encodeTable.ts";
import { TABLE_NAMES, type TableName } from "../model/tableSchemas.ts";
import { formatIssue } from "./formatQualityReport.ts";

/** One line for the build log: rows, provinces, years. */
export function summaryLine(name: string, rows: Array<Record<string, unknown>>): string {
  const provinces = new Set<unknown>();
  const years: number[] = [];
  for (const r of rows) {
    const p = r.province_code ?? r.code;
    if (p !== undefined && p !== null && p !== "00") provinces.add(p);
    if (typeof r.year === "number") years.push(r.year);
  }
  const span = years.length ? `, years ${Math.min(...years)}–${Math.max(...years)}` : "";
  return `${name}: ${rows.length} rows, ${provinces.size} provinces${span}`;
}

/** Fails the loader (and the build) when any source yields invalid data, naming every error. */
export async function validDataset(): Promise<Dataset> {
  let dataset: Dataset;
  try {
    dataset = await loadDataset();
  } catch (e) {
    // A missing sources directory, an unreadable registry: one line naming it, no stack trace.
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  const errors = dataset.issues.filter((i) => i.severity === "error");
  if (errors.length) {
    for (const e of errors) process.stderr.write(formatIssue(e) + "\n");
    process.stderr.write(`${errors.length} error(s) in the data; see \`npm run papi -- check\`\n`);
    process.exit(1);
  }
  return dataset;
}

/** Data loader body for `src/data/<table>.arrow.ts`: Arrow IPC on stdout, summary on stderr. */
export async function runArrowLoader(name: TableName): Promise<void> {
  const dataset = await validDataset();
  const rows = dataset[name] as unknown as Array<Record<string, unknown>>;
  process.stdout.write(encodeArrow(name, rows));
  process.stderr.write(summaryLine(name, rows) + "\n");
}

/** Data loader body for `src/data/downloads.zip.ts`: every table as CSV and Parquet. */
export async function runDownloadsLoader(): Promise<void> {
  const dataset = await validDataset();
  const zip = new JSZip();
  for (const name of TABLE_NAMES) {
    const rows = dataset[name] as unknown as Array<Record<string, unknown>>;
    zip.file(`${name}.csv`, encodeCsv(name, rows));
    zip.file(`${name}.parquet`, encodeParquet(name, rows));
  }
  process.stdout.write(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  process.stderr.write(`downloads: ${TABLE_NAMES.length} tables as CSV and Parquet\n`);
}
