import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Dataset, InputFile } from "../model/model.ts";
import { PROJECT_ROOT } from "../model/projectPaths.ts";
import { readAllSources, sourcesDir } from "../read/readSourceFiles.ts";
import { sha256 } from "../text/sha256.ts";

const CACHE_DIR = join(PROJECT_ROOT, ".tmp", "dataset-cache");

/** A fingerprint of the inputs and of the code and registries that read them. */
export function fingerprint(inputs: InputFile[]): string {
  const parts: string[] = [];
  for (const i of inputs) parts.push(i.file, sha256(i.data));
  for (const dir of ["loaders", join("data", "reference")])
    for (const path of filesUnder(join(PROJECT_ROOT, dir)))
      if (/\.(ts|json|csv)$/.test(path)) parts.push(relative(PROJECT_ROOT, path), sha256(readFileSync(path)));
  return sha256(parts.join("\n")).slice(0, 24);
}

/** Every file below a folder, sorted, sub-folders included (a reader moved into a room still counts). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * The full dataset for the site's data loaders. Several loaders run per build; they share one
 * ingest through a cache keyed by the fingerprint of every input, loader module and registry,
 * so a changed document, workbook or reader is always re-read.
 */
export async function loadDataset(dir = sourcesDir()): Promise<Dataset> {
  const inputs = readAllSources(dir);
  return datasetOf(inputs, fingerprint(inputs));
}

/** The dataset of these inputs, from the cache or ingested (the sources are read once either way). */
function datasetOf(inputs: InputFile[], key: string): Promise<Dataset> {
  // The pipeline (and its workbook reader) is loaded only when the cache misses: a data loader
  // that finds its data cached starts in a fraction of the time.
  return cached(key, "dataset", async () => (await import("../pipeline/ingest.ts")).ingest(inputs));
}

/**
 * One part of data computed from the dataset for many pages at once (every province's page
 * data): the first data loader of a build computes every part and caches each as a file of
 * its own, keyed by the dataset's fingerprint and by the code that computes it (`codeDirs`);
 * each later loader reads its own part only. Undefined for a part the build did not make.
 */
export async function loadDerivedPart<T>(
  name: string,
  part: string,
  buildAll: (d: Dataset) => Record<string, T>,
  codeDirs: string[] = [join("src", "components")],
  dir = sourcesDir(),
): Promise<T | undefined> {
  const inputs = readAllSources(dir);
  const code = codeDirs.flatMap((d) => filesUnder(join(PROJECT_ROOT, d))).map((f) => `${relative(PROJECT_ROOT, f)}:${sha256(readFileSync(f))}`);
  const dataKey = fingerprint(inputs);
  const key = sha256([dataKey, ...code].join("\n")).slice(0, 24);
  const folder = join(CACHE_DIR, `${name}-${key}`);
  if (existsSync(join(folder, ".complete"))) {
    // A part the build did not make is undefined; a damaged cache file is an error, not "no such page".
    const file = join(folder, `${encodeURIComponent(part)}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
  }
  const all = buildAll(await datasetOf(inputs, dataKey));
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const old of readdirSync(CACHE_DIR)) if (staleCacheEntry(old, name, key)) rmSync(join(CACHE_DIR, old), { recursive: true, force: true });
  const tmp = `${folder}.${process.pid}.tmp`;
  mkdirSync(tmp, { recursive: true });
  for (const [k, v] of Object.entries(all)) writeFileSync(join(tmp, `${encodeURIComponent(k)}.json`), JSON.stringify(v));
  writeFileSync(join(tmp, ".complete"), "");
  try {
    renameSync(tmp, folder);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another loader finished first: same content
  }
  return all[part];
}

/** One JSON file per key and name in the cache folder (older keys of the name removed); written atomically. */
async function cached<T>(key: string, name: string, make: () => Promise<T>): Promise<T> {
  const file = `${name}-${key}.json`;
  const path = join(CACHE_DIR, file);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    // not cached yet
  }
  const value = await make();
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const old of readdirSync(CACHE_DIR)) if (staleCacheEntry(old, name, key)) rmSync(join(CACHE_DIR, old), { recursive: true, force: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, path);
  return value;
}

/**
 * True for an entry of the cache folder that belongs to `name` under another key than `key`: an
 * older folder or file of it, or a loader's unfinished copy of one (`<entry>.<pid>.tmp`). Never
 * an entry of another name that starts like it ("pages-compare" against "pages-compare-profile"),
 * nor another loader's copy under the same key: loaders run at once, and each writes its own.
 */
export function staleCacheEntry(entry: string, name: string, key: string): boolean {
  const m = /^(.+)-([0-9a-f]{24})(?:\.json)?(?:\.\d+\.tmp)?$/.exec(entry);
  return m !== null && m[1] === name && m[2] !== key;
}
