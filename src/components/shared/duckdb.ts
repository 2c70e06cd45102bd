/**
 * A small DuckDB-wasm client for the site's pages, built for offline use.
 *
 * - DuckDB-wasm (@duckdb/duckdb-wasm, from node_modules) is imported lazily on
 *   the first call to getDb()/registerArrow()/query(), so importing this module
 *   costs nothing and a page can draw its first chart without waiting for it.
 * - Only the "eh" (WebAssembly exceptions) build is shipped: the wasm and worker
 *   files are copied from node_modules to src/vendor/duckdb/ by
 *   scripts/prepare-site.ts and referenced below with FileAttachment, so
 *   Framework copies them into dist with content hashes. The CDN bundles of
 *   duckdb-wasm (getJsDelivrBundles) are never used.
 * - Extension auto-install and auto-load are disabled, and so is external
 *   access (SETUP_STATEMENTS), so DuckDB never tries to download an extension
 *   from DuckDB's extension host or to read a URL. The json and parquet
 *   extensions are therefore not available, nor is reading files (read_csv):
 *   tables are loaded from Arrow IPC bytes with registerArrow().
 *
 * Usage in a page:
 *
 *   import {registerArrow, query} from "./components/duckdb.js";
 *   await registerArrow("scores", await FileAttachment("data/scores.arrow").arrayBuffer());
 *   const {rows} = await query("SELECT province, avg(score) AS score FROM scores WHERE year = ? GROUP BY 1", [2023]);
 */
import type { AsyncDuckDB, AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import type { Table } from "apache-arrow";
import { FileAttachment } from "observablehq:stdlib";

// Static strings, so that Framework copies both files into dist.
const WASM_FILE = FileAttachment("../../vendor/duckdb/duckdb-eh.wasm");
const WORKER_FILE = FileAttachment("../../vendor/duckdb/duckdb-browser-eh.worker.js");

/**
 * Statements run once, before anything else. The first two stop DuckDB from
 * downloading and loading extensions on demand; the third also refuses an
 * explicit LOAD/INSTALL (which would fetch from DuckDB's extension host) and
 * any file or URL access (read_csv('http://…'), COPY, ATTACH). Tables can
 * still be created from Arrow bytes (registerArrow) and queried.
 */
export const SETUP_STATEMENTS: readonly string[] = [
  "SET autoinstall_known_extensions = false",
  "SET autoload_known_extensions = false",
  "SET enable_external_access = false",
];

export interface DuckDBFileUrls {
  /** URL of duckdb-eh.wasm (default: the vendored file, via FileAttachment). */
  wasmUrl?: string;
  /** URL of duckdb-browser-eh.worker.js (default: the vendored file). */
  workerUrl?: string;
}

export interface QueryResult<Row = Record<string, unknown>> {
  /** Column names, in result order. */
  columns: string[];
  /** One plain object per row (see plainValue for the conversions). */
  rows: Row[];
  /** The result as returned by DuckDB-wasm (an apache-arrow Table). */
  table: Table;
}

interface Instance {
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
}

let instance: Promise<Instance> | undefined;
/** Serialises operations so that e.g. DROP + CREATE in registerArrow are atomic. */
let queue: Promise<unknown> = Promise.resolve();

function exclusive<T>(task: (conn: AsyncDuckDBConnection) => Promise<T>): Promise<T> {
  const run = queue.then(async () => task((await connect()).conn));
  queue = run.catch(() => undefined);
  return run;
}

function absolute(url: string): string {
  // The worker resolves URLs against its own location, so make them absolute.
  return new URL(url, document.baseURI).href;
}

async function instantiate(urls: DuckDBFileUrls): Promise<Instance> {
  const duckdb = await import("@duckdb/duckdb-wasm");
  const wasmUrl = absolute(urls.wasmUrl ?? (await WASM_FILE.url()));
  const workerUrl = absolute(urls.workerUrl ?? (await WORKER_FILE.url()));
  const worker = new Worker(workerUrl);
  const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
  try {
    await db.instantiate(wasmUrl);
    await db.open({
      query: {
        // Plain JavaScript numbers and dates, as charts expect.
        castBigIntToDouble: true,
        castDecimalToDouble: true,
        castTimestampToDate: true,
      },
    });
    const conn = await db.connect();
    for (const statement of SETUP_STATEMENTS) await conn.query(statement);
    return { db, conn };
  } catch (error) {
    await db.terminate().catch(() => undefined);
    throw error;
  }
}

function connect(urls: DuckDBFileUrls = {}): Promise<Instance> {
  if (!instance) {
    instance = instantiate(urls);
    // Allow a retry after a failed start (e.g. the wasm file did not load).
    instance.catch(() => {
      instance = undefined;
    });
  }
  return instance;
}

/**
 * The page's DuckDB instance, started on first use (later calls return the
 * same instance; `urls` only matter on the first call).
 */
export async function getDb(urls: DuckDBFileUrls = {}): Promise<AsyncDuckDB> {
  return (await connect(urls)).db;
}

/** Quotes an SQL identifier (table or column name). */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** True for the Arrow IPC *file* format (starts with the magic "ARROW1"). */
export function isArrowFileFormat(bytes: Uint8Array): boolean {
  const magic = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
  return bytes.length >= 6 && magic.every((b, i) => bytes[i] === b);
}

/**
 * Creates (or replaces) table `name` from Arrow IPC bytes, e.g. the contents
 * of a .arrow file or apache-arrow's tableToIPC(table). DuckDB-wasm reads the
 * IPC *stream* format only (given the file format it creates no table and
 * reports no error), so file-format bytes are converted first. The bytes are
 * copied, so the caller's buffer stays usable.
 */
export function registerArrow(name: string, bytes: ArrayBuffer | Uint8Array, { replace = true }: { replace?: boolean } = {}): Promise<void> {
  const copy = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes.slice(0));
  return exclusive(async (conn) => {
    let stream: Uint8Array = copy;
    if (isArrowFileFormat(copy)) {
      const arrow = await import("apache-arrow");
      stream = arrow.tableToIPC(arrow.tableFromIPC(copy), "stream");
    }
    if (replace) await conn.query(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
    await conn.insertArrowFromIPCStream(stream, { name, create: true });
  });
}

/**
 * Runs one SQL statement; `params` bind to `?` placeholders (a prepared
 * statement is used when params are given).
 */
export function query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>> {
  return exclusive(async (conn) => {
    let table: Table;
    if (params && params.length > 0) {
      const statement = await conn.prepare(sql);
      try {
        table = await statement.query(...params);
      } finally {
        await statement.close();
      }
    } else {
      table = await conn.query(sql);
    }
    return toResult<Row>(table);
  });
}

// apache-arrow's Type enum (apache-arrow/enum.d.ts), as numbers so that this
// module needs no runtime import of apache-arrow.
const ARROW_DATE = 8;
const ARROW_TIMESTAMP = 10;
const ARROW_LIST = 12;
const ARROW_STRUCT = 13;
const ARROW_FIXED_SIZE_LIST = 16;
const ARROW_DICTIONARY = -1;

interface ArrowTypeLike {
  typeId: number;
  children?: { name: string; type: ArrowTypeLike }[];
  dictionary?: ArrowTypeLike;
}

/**
 * Converts a value of an Arrow result column into a plain JavaScript value:
 * BIGINT → number when exact (else bigint), DATE/TIMESTAMP → Date, LIST →
 * array, STRUCT → object; other values as apache-arrow returns them.
 */
export function plainValue(value: unknown, type?: ArrowTypeLike): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : value;
  }
  const typeId = type?.typeId === ARROW_DICTIONARY ? type.dictionary?.typeId : type?.typeId;
  if ((typeId === ARROW_DATE || typeId === ARROW_TIMESTAMP) && typeof value === "number") return new Date(value);
  if ((typeId === ARROW_LIST || typeId === ARROW_FIXED_SIZE_LIST) && typeof value === "object") {
    const itemType = type?.children?.[0]?.type;
    const items = value as Iterable<unknown>;
    return Array.from(items, (item) => plainValue(item, itemType));
  }
  if (typeId === ARROW_STRUCT && typeof value === "object") {
    const row = value as Record<string, unknown>;
    return Object.fromEntries((type?.children ?? []).map((f) => [f.name, plainValue(row[f.name], f.type)]));
  }
  return value;
}

function toResult<Row>(table: Table): QueryResult<Row> {
  const fields = table.schema.fields;
  const columns = fields.map((field) => field.name);
  const vectors = fields.map((_, i) => table.getChildAt(i));
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; ++r) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; ++c) {
      row[columns[c]!] = plainValue(vectors[c]?.get(r), fields[c]!.type as unknown as ArrowTypeLike);
    }
    rows[r] = row as Row;
  }
  return { columns, rows, table };
}
