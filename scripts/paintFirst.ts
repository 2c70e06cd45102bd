/**
 * After `observable build`: a page whose first view is written into its HTML (id="first-view",
 * src/index.md.ts, src/province/[slug].md.ts) loses Framework's <link rel="modulepreload"> tags.
 * Those make the browser fetch and compile every module of the page (Plot alone is 284 KB)
 * before it paints; without them it paints the first view as soon as the stylesheet is in, and
 * the page's module script loads the same modules right after. Pages without a first view
 * (they draw their first chart with their scripts) keep the preloads.
 *
 * Usage: tsx scripts/paintFirst.ts [dist]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PRELOAD = /<link rel="modulepreload" href="[^"]*">\n?/g;

/** The page's HTML without its module preloads when it carries a first view; else unchanged. */
export function paintFirst(html: string): string {
  return html.includes('id="first-view"') ? html.replace(PRELOAD, "") : html;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith("_") ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? "dist";
  let changed = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, "utf8");
    const out = paintFirst(html);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  console.log(`paint-first: ${changed} page(s) with a first view written at build now paint before loading their modules`);
}
