import JSZip from "jszip";
import { validDataset } from "./validDataset.ts";
import { encodeArrow, encodeCsv, encodeParquet } from "./encodeTable.ts";
import { TABLE_NAMES, type TableName } from "../model/tableSchemas.ts";

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

/** Data loader body for `src/data/<table>.arrow.ts`: Arrow IPC on stdout, summary on stderr. */
export async function runArrowLoader(name: TableName): Promise<void> {
  const dataset = await validDataset();
  const rows = dataset[name] as unknown as Array<Record<string, unknown>>;
  process.stdout.write(encodeArrow(name, rows));
  process.stderr.write(summaryLine(name, rows) + "\n");
}

/** Data loader body for `src/data/downloads.zip.ts`: every table as CSV (UTF-8 with a BOM) and Parquet. */
export async function runDownloadsLoader(): Promise<void> {
  const dataset = await validDataset();
  const zip = new JSZip();
  for (const name of TABLE_NAMES) {
    const rows = dataset[name] as unknown as Array<Record<string, unknown>>;
    // A byte-order mark, so that Excel reads the file as UTF-8 (Vietnamese names intact).
    zip.file(`${name}.csv`, `\ufeff${encodeCsv(name, rows)}`);
    zip.file(`${name}.parquet`, encodeParquet(name, rows));
  }
  process.stdout.write(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  process.stderr.write(`downloads: ${TABLE_NAMES.length} tables as CSV and Parquet\n`);
}
