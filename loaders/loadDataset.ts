import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingest, type Dataset, type InputFile } from "./ingest.ts";
import { PROJECT_ROOT, readAllSources, sourcesDir } from "./readSourceFiles.ts";
import { sha256 } from "./sha256.ts";

const CACHE_DIR = join(PROJECT_ROOT, ".tmp", "dataset-cache");

/** A fingerprint of the inputs and of the code and registries that read them. */
export function fingerprint(inputs: InputFile[]): string {
  const parts: string[] = [];
  for (const i of inputs) parts.push(i.file, sha256(i.data));
  for (const dir of ["loaders", join("data", "reference")]) {
    for (const name of readdirSync(join(PROJECT_ROOT, dir)).sort()) {
      if (/\.(ts|json|csv)$/.test(name)) parts.push(name, sha256(readFileSync(join(PROJECT_ROOT, dir, name))));
    }
  }
  return sha256(parts.join("\n")).slice(0, 24);
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
