import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ingest } from "../pipeline/ingest.ts";
import { type Dataset, type InputFile } from "../model/model.ts";
import { PROJECT_ROOT } from "../model/projectPaths.ts";
import { readAllSources, sourcesDir } from "../read/readSourceFiles.ts";
import { sha256 } from "../text/sha256.ts";

const CACHE_DIR = join(PROJECT_ROOT, ".tmp", "dataset-cache");

/** A fingerprint of the inputs and of the code and registries that read them. */
export function fingerprint(inputs: InputFile[]): string {
  const parts: string[] = [];
  for (const i of inputs) parts.push(i.file, sha256(i.data));
  for (const dir of ["loaders", join("data", "reference")])
    for (const path of filesUnder(join(PROJECT_ROOT, dir))) if (/\.(ts|json|csv)$/.test(path)) parts.push(relative(PROJECT_ROOT, path), sha256(readFileSync(path)));
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
  const key = fingerprint(inputs);
  const path = join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Dataset;
  } catch {
    // not cached yet
  }
  const dataset = await ingest(inputs);
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const old of readdirSync(CACHE_DIR)) if (!old.startsWith(key)) rmSync(join(CACHE_DIR, old), { force: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(dataset));
  renameSync(tmp, path);
  return dataset;
}
