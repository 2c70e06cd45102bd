import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { InputFile } from "../model/model.ts";

import { PROJECT_ROOT } from "../model/projectPaths.ts";

/** The embedded plan documents. */
export const DOCUMENTS_DIR = join(PROJECT_ROOT, "data", "documents");

/** Where users drop official workbooks and CSV panels: `$PAPI_SOURCES`, default `data/sources/`. */
export function sourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PAPI_SOURCES ? resolve(env.PAPI_SOURCES) : join(PROJECT_ROOT, "data", "sources");
}

/** Names that are never data: a folder's README, dotfiles (".DS_Store", editors' locks). */
const NOT_DATA = /^(readme(\.(md|txt))?|\..*)$/i;

/**
 * Every file of a directory and its sub-folders, sorted by path; the path relative to `dir` is
 * the file's source id. A file that is not data (README, dotfiles) is kept with the reason it is
 * not read, so the quality report lists it rather than passing over it in silence.
 */
export function readDirectory(dir: string): InputFile[] {
  const out: InputFile[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      const path = join(dir, rel);
      if (statSync(path).isDirectory()) {
        if (!name.startsWith(".")) walk(rel);
        continue;
      }
      const file = rel.normalize("NFC");
      if (NOT_DATA.test(name)) {
        const hidden = name.startsWith(".");
        out.push({
          file,
          data: new Uint8Array(0),
          skip: hidden ? "a hidden file" : "a README (documentation, not data)",
          skip_vi: hidden ? "tệp ẩn" : "tệp README (tài liệu, không phải dữ liệu)",
        });
      } else out.push({ file, data: readBytes(path) });
    }
  };
  walk("");
  return out;
}

/**
 * The embedded documents plus the user's sources directory. A sources directory that does not
 * exist is an error (a mistyped PAPI_SOURCES must not quietly give the embedded data alone).
 */
export function readAllSources(dir = sourcesDir()): InputFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new Error(
      `${dir}: the sources directory does not exist (set PAPI_SOURCES to the folder of the official PAPI files, or leave it unset for data/sources/)`,
    );
  const documents = readDirectory(DOCUMENTS_DIR).filter((f) => !f.skip);
  return [...documents, ...readDirectory(dir)];
}

export function readInputFile(path: string): InputFile {
  return { file: basename(path).normalize("NFC"), data: readBytes(path) };
}

/** A file's bytes as a plain Uint8Array over the buffer Node read (no second copy of a large file). */
export function readBytes(path: string): Uint8Array {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
