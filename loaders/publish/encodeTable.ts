import * as aq from "arquero";
import { bool, dictionary, float64, int32, utf8, type DataType } from "@uwdata/flechette";
import { parquetWriteBuffer } from "hyparquet-writer";
import { csvField } from "../text/parseCsv.ts";
import { TABLES, TABLE_NAMES, type ColumnType, type TableName } from "../model/tableSchemas.ts";
import type { Dataset } from "../model/model.ts";

type Row = Record<string, unknown>;

const ARROW_TYPES: Record<ColumnType, () => DataType> = {
  string: utf8,
  int: () => int32(),
  float: () => float64(),
  bool: () => bool(),
};

/** Keeps a table's declared columns, in order; a missing field becomes null (never 0). */
export function columnsOf(name: TableName, rows: Row[]): Record<string, unknown[]> {
  const cols: Record<string, unknown[]> = {};
  for (const c of TABLES[name].columns) {
    cols[c.name] = rows.map((r) => {
      const v = r[c.name];
      if (v === undefined || v === null) return null;
      if (c.type === "int" || c.type === "float") return typeof v === "number" && Number.isFinite(v) ? v : null;
      if (c.type === "bool") return Boolean(v);
      return String(v);
    });
  }
  return cols;
}

/** Arrow IPC stream bytes with the table's declared column types. */
export function encodeArrow(name: TableName, rows: Row[]): Uint8Array {
  const types = Object.fromEntries(TABLES[name].columns.map((c) => [c.name, c.dict ? dictionary(utf8()) : ARROW_TYPES[c.type]()]));
  return aq.toArrowIPC(aq.table(columnsOf(name, rows)), { format: "stream", types }) as Uint8Array;
}

/** CSV (RFC 4180, UTF-8, header row, empty cell for missing values, dot decimals). */
export function encodeCsv(name: TableName, rows: Row[]): string {
  const spec = TABLES[name].columns;
  const cols = columnsOf(name, rows);
  const lines = [spec.map((c) => c.name).join(",")];
  for (let i = 0; i < rows.length; i++) lines.push(spec.map((c) => csvField(cols[c.name]![i])).join(","));
  return lines.join("\n") + "\n";
}

const PARQUET_TYPES = { string: "STRING", int: "INT32", float: "DOUBLE", bool: "BOOLEAN" } as const;

/** Parquet bytes (nullable columns of the declared types), written in pure JavaScript. */
export function encodeParquet(name: TableName, rows: Row[]): Uint8Array {
  const cols = columnsOf(name, rows);
  const buffer = parquetWriteBuffer({
    columnData: TABLES[name].columns.map((c) => ({ name: c.name, data: cols[c.name]!, type: PARQUET_TYPES[c.type] })),
  });
  return new Uint8Array(buffer);
}

/** Every published table of a dataset as Arrow IPC bytes, by name (for DuckDB in Node: the CLI's `sql`, the tests). */
export function datasetTables(dataset: Dataset): Record<string, Uint8Array> {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, encodeArrow(name, dataset[name] as unknown as Record<string, unknown>[])]));
}
