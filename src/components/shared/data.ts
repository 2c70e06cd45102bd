/**
 * The published tables, for every page. Reading a table parses its Arrow file in the page
 * (no DuckDB needed: first charts draw from these rows); `sqlTables()` registers tables in
 * DuckDB-wasm for pages that re-query on every selection.
 */
import { FileAttachment } from "observablehq:stdlib";
import { arrowRows } from "./arrowRows.js";
import { registerArrow } from "./duckdb.js";
import type { PublishedTable } from "./tableNames.js";

// `.valueOf()` (the same handle) after each FileAttachment of a .arrow, .csv or .parquet file:
// Framework 1.13.4 infers a "file method" from the extension of a FileAttachment that is not
// followed by a method call, and adds the matching implicit CDN import (npm:apache-arrow,
// npm:d3-dsv, npm:parquet-wasm) to every page that imports this module — which the offline
// build refuses. A member call names the method instead, and `valueOf` implies no import.
const FILES = {
  scores: FileAttachment("../../data/scores.arrow").valueOf(),
  facts: FileAttachment("../../data/facts.arrow").valueOf(),
  provinces: FileAttachment("../../data/provinces.arrow").valueOf(),
  indicators: FileAttachment("../../data/indicators.arrow").valueOf(),
  sources: FileAttachment("../../data/sources.arrow").valueOf(),
  issues: FileAttachment("../../data/issues.arrow").valueOf(),
  benchmarks: FileAttachment("../../data/benchmarks.arrow").valueOf(),
  coverage: FileAttachment("../../data/coverage.arrow").valueOf(),
  plans: FileAttachment("../../data/plans.arrow").valueOf(),
  plan_targets: FileAttachment("../../data/plan_targets.arrow").valueOf(),
  plan_tasks: FileAttachment("../../data/plan_tasks.arrow").valueOf(),
  plan_agencies: FileAttachment("../../data/plan_agencies.arrow").valueOf(),
};

export type TableName = keyof typeof FILES;
// Every published table has its file here, and nothing else does.
FILES satisfies Record<PublishedTable, unknown>;
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

/** Size in bytes of a table's Arrow file (known at build time; nothing is fetched). */
export function tableSize(name: TableName): number {
  return FILES[name].size;
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
export const taxonomyFile = FileAttachment("../../data/taxonomy.json");

/** The CSV and Parquet copies of every table, inside one archive produced at build time. */
export const DOWNLOADS = {
  scores: { csv: FileAttachment("../../data/downloads/scores.csv").valueOf(), parquet: FileAttachment("../../data/downloads/scores.parquet").valueOf() },
  facts: { csv: FileAttachment("../../data/downloads/facts.csv").valueOf(), parquet: FileAttachment("../../data/downloads/facts.parquet").valueOf() },
  provinces: {
    csv: FileAttachment("../../data/downloads/provinces.csv").valueOf(),
    parquet: FileAttachment("../../data/downloads/provinces.parquet").valueOf(),
  },
  indicators: {
    csv: FileAttachment("../../data/downloads/indicators.csv").valueOf(),
    parquet: FileAttachment("../../data/downloads/indicators.parquet").valueOf(),
  },
  sources: { csv: FileAttachment("../../data/downloads/sources.csv").valueOf(), parquet: FileAttachment("../../data/downloads/sources.parquet").valueOf() },
  issues: { csv: FileAttachment("../../data/downloads/issues.csv").valueOf(), parquet: FileAttachment("../../data/downloads/issues.parquet").valueOf() },
  benchmarks: {
    csv: FileAttachment("../../data/downloads/benchmarks.csv").valueOf(),
    parquet: FileAttachment("../../data/downloads/benchmarks.parquet").valueOf(),
  },
  coverage: { csv: FileAttachment("../../data/downloads/coverage.csv").valueOf(), parquet: FileAttachment("../../data/downloads/coverage.parquet").valueOf() },
  plans: { csv: FileAttachment("../../data/downloads/plans.csv").valueOf(), parquet: FileAttachment("../../data/downloads/plans.parquet").valueOf() },
  plan_targets: {
    csv: FileAttachment("../../data/downloads/plan_targets.csv").valueOf(),
    parquet: FileAttachment("../../data/downloads/plan_targets.parquet").valueOf(),
  },
  plan_tasks: {
    csv: FileAttachment("../../data/downloads/plan_tasks.csv").valueOf(),
    parquet: FileAttachment("../../data/downloads/plan_tasks.parquet").valueOf(),
  },
  plan_agencies: {
    csv: FileAttachment("../../data/downloads/plan_agencies.csv").valueOf(),
    parquet: FileAttachment("../../data/downloads/plan_agencies.parquet").valueOf(),
  },
} satisfies Record<TableName, { csv: unknown; parquet: unknown }>;
