/**
 * After `observable build`, for a page whose first view is written into its HTML
 * (id="first-view": src/index.md.ts, src/province/[slug].md.ts, src/compare.md.ts):
 * - its <link rel="modulepreload"> tags go. They make the browser fetch and compile every module
 *   of the page (Plot alone is 284 KB) before it paints; without them it paints the first view
 *   first, and the page's module script loads the same modules right after.
 * - its stylesheet is written into the page as a <style> element. The page's inline scripts must
 *   wait for a linked stylesheet, and the browser paints nothing before it has it: measured cold,
 *   that round trip was about a fifth of the time to the first chart. A stylesheet that points to
 *   other files (a url() that is not data:) stays linked, since its paths would change meaning.
 *   The <style> keeps the stylesheet's path in data-from: the page finds the site's root from it
 *   (siteRoot, src/components/shared/i18n.ts).
 * - its module script (Framework writes it inline in <head>, with the page's cells: 10–30 KB)
 *   moves to the end of <body>. A module script runs once the document is parsed wherever it
 *   stands, so nothing changes for the page's code; the browser reaches the first view that many
 *   bytes sooner (measured cold on /compare, about 3 ms of 60).
 * Pages without a first view (they draw their first chart with their scripts) are left as built.
 *
 * Usage: tsx scripts/paintFirst.ts [dist]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PRELOAD = /<link rel="modulepreload" href="[^"]*">\n?/g;
const STYLE_PRELOAD = /<link rel="preload" as="style" href="([^"]*)">\n?/g;
const STYLESHEET = /<link rel="stylesheet" type="text\/css" href="([^"]*)">/g;
const MODULE = /<script type="module">[\s\S]*?<\/script>\n?/;

/** Whether a stylesheet can move into a page unchanged: every url() it has is a data: URL. */
export function selfContained(css: string): boolean {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)].every((m) => m[2]!.startsWith("data:")) && !/@import\b/.test(css);
}

/**
 * The page's HTML as it should be served: unchanged without a first view; else without module
 * preloads, with each self-contained stylesheet (read by `readCss` from its href) inlined, and
 * with its module script at the end of the body.
 */
export function paintFirst(html: string, readCss: (href: string) => string | null = () => null): string {
  if (!html.includes('id="first-view"')) return html;
  const inlined = new Set<string>();
  const out = html.replace(PRELOAD, "").replace(STYLESHEET, (link, href: string) => {
    const css = readCss(href);
    if (css === null || !selfContained(css) || /<\/style/i.test(css)) return link;
    inlined.add(href);
    return `<style data-from="${href}">${css}</style>`;
  });
  const styled = out.replace(STYLE_PRELOAD, (link, href: string) => (inlined.has(href) ? "" : link));
  return moduleToEnd(styled);
}

/** The page's module script moved from <head> to the end of <body> (unchanged if either is not there). */
export function moduleToEnd(html: string): string {
  const headEnd = html.indexOf("</head>");
  const module = html.slice(0, Math.max(0, headEnd)).match(MODULE);
  const bodyEnd = html.lastIndexOf("</body>");
  if (!module || bodyEnd < 0) return html;
  const from = module.index!;
  const to = from + module[0].length;
  return `${html.slice(0, from)}${html.slice(to, bodyEnd)}${module[0].trimEnd()}\n${html.slice(bodyEnd)}`;
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
    const readCss = (href: string) => {
      if (/^[a-z]+:|^\//i.test(href)) return null;
      try {
        return readFileSync(join(dirname(file), href.replace(/[?#].*$/, "")), "utf8");
      } catch {
        return null;
      }
    };
    const out = paintFirst(html, readCss);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  console.log(`paint-first: ${changed} page(s) with a first view written at build now paint before loading their modules, their stylesheet inline`);
}
