/**
 * The site's published tables, built from the real sources exactly as the data loaders do, in a
 * DuckDB connection (the same duckdb-wasm engine as the pages) — to test the SQL every page runs.
 * Needs PAPI_SOURCES (CI points it at ../shared/papi-data): the tests that use it are in the
 * real-data suite (test/realData.ts), skipped without it and mandatory in CI.
 */
import { existsSync } from "node:fs";
import { loadDataset } from "../loaders/publish/index.ts";
import { datasetTables } from "../loaders/publish/index.ts";
import { connectWithTables, type NodeConnection } from "../loaders/publish/index.ts";
import type { Dataset } from "../loaders/model/index.ts";

export function requiredSourcesDir(): string {
  const dir = process.env.PAPI_SOURCES;
  if (!dir || !existsSync(dir)) throw new Error(`PAPI_SOURCES must name the folder with the official PAPI data (got ${dir ?? "nothing"})`);
  return dir;
}

let dataset: Promise<Dataset> | null = null;
export function fullDataset(): Promise<Dataset> {
  dataset ??= loadDataset(requiredSourcesDir());
  return dataset;
}

let conn: Promise<NodeConnection> | null = null;
export function siteConnection(): Promise<NodeConnection> {
  conn ??= fullDataset().then((d) => connectWithTables(datasetTables(d)));
  return conn;
}

/** Runs a page's SQL (with `?` parameters) and returns plain rows. */
export async function sqlRows(sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  const c = (await siteConnection()) as NodeConnection & { prepare(sql: string): { query(...p: unknown[]): import("apache-arrow").Table; close(): void } };
  const table = params.length ? c.prepare(sql).query(...params) : c.query(sql);
  return table.toArray().map((r) => {
    const o = r.toJSON() as Record<string, unknown>;
    for (const k of Object.keys(o)) if (typeof o[k] === "bigint") o[k] = Number(o[k]);
    return o;
  });
}
