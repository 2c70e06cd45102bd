import type { Dataset } from "../model/model.ts";
import { loadDerivedPart } from "./loadDataset.ts";
import { exitOnDataErrors, orExit, validDataset } from "./validDataset.ts";

/**
 * One page's part of the data of every page of its kind, computed once per build
 * (`loadDerivedPart`) and shared by the loaders of that kind (the page's JSON, the page itself);
 * an unknown page or invalid data fails the loader.
 */
export async function pageDataPart<T>(kind: string, page: string, buildAll: (d: Dataset) => Record<string, T>): Promise<T> {
  // Invalid data fails this loader as it fails the table loaders (checked when the parts are computed).
  const data = await orExit(() => loadDerivedPart(`pages-${kind}`, page, (d) => buildAll(exitOnDataErrors(d))));
  if (data === undefined) {
    process.stderr.write(`${kind}/${page}: no such page\n`);
    process.exit(1);
  }
  return data;
}

/** Data loader body for one page's data (`src/data/province/[slug].json.ts`): JSON on stdout, one summary line. */
export async function runPageDataLoader<T>(kind: string, page: string, buildAll: (d: Dataset) => Record<string, T>): Promise<void> {
  const json = JSON.stringify(await pageDataPart(kind, page, buildAll));
  process.stdout.write(json);
  process.stderr.write(`${kind}/${page}: ${(json.length / 1024).toFixed(0)} KB of page data\n`);
}

/** Data loader body for a page with one data file (`src/data/overview.json.ts`): JSON on stdout, one summary line. */
export async function runJsonLoader(name: string, build: (d: Dataset) => unknown): Promise<void> {
  const json = JSON.stringify(build(await validDataset()));
  process.stdout.write(json);
  process.stderr.write(`${name}: ${(json.length / 1024).toFixed(0)} KB of page data\n`);
}
