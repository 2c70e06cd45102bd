import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project root (the folder holding `data/` and `loaders/`): the one place the library finds
 * its own files from, whatever folder it is run from.
 */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** A file of the reference registries (`data/reference/`: taxonomy, provinces, group bands …). */
export function referencePath(name: string): string {
  return join(PROJECT_ROOT, "data", "reference", name);
}
