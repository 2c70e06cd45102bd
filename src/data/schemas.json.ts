import { TABLES } from "../../loaders/model/index.ts";
import { loadDataset } from "../../loaders/publish/index.ts";

// The published tables' descriptions and columns (loaders/model/tableSchemas.ts, the one description
// behind the Arrow, CSV and Parquet files) with their row counts, for the data page.
const dataset = await loadDataset();
const out = Object.values(TABLES).map((spec) => ({
  ...spec,
  rows: (dataset[spec.name] as unknown[]).length,
}));
process.stdout.write(JSON.stringify(out));
process.stderr.write(`schemas: ${out.length} tables\n`);
