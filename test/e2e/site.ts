/** Where the e2e tests find the built site and the build log. */
import { readdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(PROJECT_ROOT, "dist");
/** Written by `npm run build` (package.json "build" tees its output here). */
export const BUILD_LOG = join(PROJECT_ROOT, ".tmp", "build.log");

/** All files under `dir`, recursively (absolute paths, sorted). */
export async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** The clean URL path of a built HTML file: index.html → "/", a/b.html → "/a/b", a/index.html → "/a/". */
export function pagePath(htmlFile: string, root = DIST): string {
  const rel = relative(root, htmlFile).split(sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel.replace(/\.html$/, "")}`;
}

/** The URL path of the one built file whose dist-relative path matches `pattern`. */
export async function builtFile(pattern: RegExp, root = DIST): Promise<string> {
  const matches = (await walk(root)).map((f) => relative(root, f).split(sep).join("/")).filter((f) => pattern.test(f));
  if (matches.length !== 1) throw new Error(`expected one built file matching ${pattern}, found: ${matches.join(", ") || "none"}`);
  return `/${matches[0]}`;
}
