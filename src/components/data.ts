/**
 * The published tables, for every page. Reading a table parses its Arrow file in the page
 * (no DuckDB needed: first charts draw from these rows); `sqlTables()` registers tables in
 * DuckDB-wasm for pages that re-query on every selection.
 */
import { FileAttachment } from "observablehq:stdlib";
import { arrowRows } from "./arrowRows.js";
import { registerArrow } from "./duckdb.js";

const FILES = {
  scores: FileAttachment("../data/scores.arrow"),
  facts: FileAttachment("../data/facts.arrow"),
  provinces: FileAttachment("../data/provinces.arrow"),
  indicators: FileAttachment("../data/indicators.arrow"),
  sources: FileAttachment("../data/sources.arrow"),
  issues: FileAttachment("../data/issues.arrow"),
  benchmarks: FileAttachment("../data/benchmarks.arrow"),
  coverage: FileAttachment("../data/coverage.arrow"),
};

export type TableName = keyof typeof FILES;
export const TABLE_NAMES = Object.keys(FILES) as TableName[];

const bytesCache = new Map<TableName, Promise<ArrayBuffer>>();

export function tableBytes(name: TableName): Promise<ArrayBuffer> {
  let p = bytesCache.get(name);
  if (!p) bytesCache.set(name, (p = FILES[name].arrayBuffer()));
  return p;
}

export function tableUrl(name: TableName): Promise<string> {
  return FILES[name].url();
}

/** A table as plain rows (numbers, strings, booleans; missing = null). */
export async function rows<T = Record<string, unknown>>(name: TableName): Promise<T[]> {
  return arrowRows<T>(await tableBytes(name));
}

const registered = new Map<TableName, Promise<void>>();

/** Registers tables in the page's DuckDB-wasm (started on first call). */
export async function sqlTables(names: TableName[] = TABLE_NAMES): Promise<void> {
  await Promise.all(
    names.map((name) => {
      let p = registered.get(name);
      if (!p) registered.set(name, (p = tableBytes(name).then((b) => registerArrow(name, b))));
      return p;
    }),
  );
}

/** The taxonomy (indicators with variants, series breaks, group names). */
export const taxonomyFile = FileAttachment("../data/taxonomy.json");

/** The CSV and Parquet copies of every table, inside one archive produced at build time. */
export const DOWNLOADS = {
  scores: { csv: FileAttachment("../data/downloads/scores.csv"), parquet: FileAttachment("../data/downloads/scores.parquet") },
  facts: { csv: FileAttachment("../data/downloads/facts.csv"), parquet: FileAttachment("../data/downloads/facts.parquet") },
  provinces: { csv: FileAttachment("../data/downloads/provinces.csv"), parquet: FileAttachment("../data/downloads/provinces.parquet") },
  indicators: { csv: FileAttachment("../data/downloads/indicators.csv"), parquet: FileAttachment("../data/downloads/indicators.parquet") },
  sources: { csv: FileAttachment("../data/downloads/sources.csv"), parquet: FileAttachment("../data/downloads/sources.parquet") },
  issues: { csv: FileAttachment("../data/downloads/issues.csv"), parquet: FileAttachment("../data/downloads/issues.parquet") },
  benchmarks: { csv: FileAttachment("../data/downloads/benchmarks.csv"), parquet: FileAttachment("../data/downloads/benchmarks.parquet") },
  coverage: { csv: FileAttachment("../data/downloads/coverage.csv"), parquet: FileAttachment("../data/downloads/coverage.parquet") },
} satisfies Record<TableName, { csv: unknown; parquet: unknown }>;
