import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputFile } from "./ingest.ts";

/** The project root (the folder holding `data/` and `loaders/`). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** The embedded plan documents. */
export const DOCUMENTS_DIR = join(PROJECT_ROOT, "data", "documents");

/** Where users drop official workbooks and CSV panels: `$PAPI_SOURCES`, default `data/sources/`. */
export function sourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PAPI_SOURCES ? resolve(env.PAPI_SOURCES) : join(PROJECT_ROOT, "data", "sources");
}

const IGNORED = /^(readme(\.md)?|\..*)$/i;

/** Reads every data file of a directory (not recursive; README and dotfiles skipped), sorted by name. */
export function readDirectory(dir: string): InputFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => !IGNORED.test(n) && statSync(join(dir, n)).isFile())
    .sort()
    .map((n) => ({ file: n, data: new Uint8Array(readFileSync(join(dir, n))) }));
}

/** The embedded documents plus the user's sources directory. */
export function readAllSources(dir = sourcesDir()): InputFile[] {
  return [...readDirectory(DOCUMENTS_DIR), ...readDirectory(dir)];
}

export function readInputFile(path: string): InputFile {
  return { file: basename(path), data: new Uint8Array(readFileSync(path)) };
}
