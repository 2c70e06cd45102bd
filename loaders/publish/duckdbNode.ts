import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Table } from "apache-arrow";

const require = createRequire(import.meta.url);

/** A minimal synchronous connection interface over duckdb-wasm's Node build. */
export interface NodeConnection {
  query(sql: string): Table;
  insertArrowFromIPCStream(bytes: Uint8Array, options: { name: string; create?: boolean }): void;
  close(): void;
}

export interface NodeDuckDB {
  connect(): NodeConnection;
}

/**
 * DuckDB in Node through the same duckdb-wasm package the site ships (one engine for the SQL
 * notebook, the CLI and the tests). Extension auto-install is switched off: nothing is fetched.
 */
export async function openDuckDB(): Promise<NodeDuckDB> {
  const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs");
  const dist = dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs"));
  const bundles = {
    mvp: { mainModule: join(dist, "duckdb-mvp.wasm"), mainWorker: join(dist, "duckdb-node-mvp.worker.cjs") },
    eh: { mainModule: join(dist, "duckdb-eh.wasm"), mainWorker: join(dist, "duckdb-node-eh.worker.cjs") },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  return {
    connect() {
      const conn = db.connect() as NodeConnection;
      conn.query("SET autoinstall_known_extensions = false");
      conn.query("SET autoload_known_extensions = false");
      return conn;
    },
  };
}

/** Loads every published table (Arrow IPC bytes by name) into a fresh connection. */
export async function connectWithTables(tables: Record<string, Uint8Array>): Promise<NodeConnection> {
  const db = await openDuckDB();
  const conn = db.connect();
  for (const [name, bytes] of Object.entries(tables)) conn.insertArrowFromIPCStream(bytes, { name, create: true });
  return conn;
}
