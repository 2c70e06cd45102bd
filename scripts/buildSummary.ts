/**
 * The build log's last line: how many errors and warnings the data has, and where to read them.
 * Reads the dataset the data loaders just built (from their cache: no second ingest).
 */
import { loadDataset } from "../loaders/publish/index.ts";
import { severityCounts } from "../loaders/pipeline/index.ts";

const d = await loadDataset();
const c = severityCounts(d.issues);
console.log(
  `data: ${d.facts.length} facts from ${d.sources.length} sources — ${c.error} error(s), ${c.warning} warning(s), ${c.info} note(s); read them on the site's Data page (/data) or with npm run papi -- check`,
);
