/** The public face of `loaders/publish/`: The published tables as bytes (Arrow, CSV, Parquet), the dataset cache, the data loaders' runner, reports and DuckDB in Node. */
export * from "./duckdbNode.ts";
export * from "./encodeTable.ts";
export * from "./extractCsv.ts";
export * from "./formatQualityReport.ts";
export * from "./loadDataset.ts";
export * from "./runPageDataLoader.ts";
export * from "./runTableLoader.ts";
export * from "./validDataset.ts";
export * from "./renderStatic.ts";
