import type { Dataset } from "../model/model.ts";
import { loadDataset } from "./loadDataset.ts";
import { formatIssue } from "./formatQualityReport.ts";

/**
 * The rule every data loader applies before it writes: invalid data fails the loader (and the
 * build), naming every error. Returns the dataset unchanged when it has none.
 */
export function exitOnDataErrors(dataset: Dataset): Dataset {
  const errors = dataset.issues.filter((i) => i.severity === "error");
  if (errors.length) {
    for (const e of errors) process.stderr.write(formatIssue(e) + "\n");
    process.stderr.write(`${errors.length} error(s) in the data; see \`npm run papi -- check\`\n`);
    process.exit(1);
  }
  return dataset;
}

/** A missing sources folder or an unreadable registry: one line naming it and exit 1, no stack trace. */
export async function orExit<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}

/** The dataset, for a loader: fails the loader when it cannot be read or has errors. */
export async function validDataset(): Promise<Dataset> {
  return exitOnDataErrors(await orExit(() => loadDataset()));
}
