/**
 * Runs before every `observable build` and `observable preview` (see the
 * "build" and "dev" scripts in package.json). It is idempotent and fast: files
 * are only (re)written when their content would change.
 *
 * 1. Clears Framework's data-loader cache. Framework 1.13.4 caches the output
 *    of every data loader under src/.observablehq/cache/<path> and only
 *    re-runs a loader when the *loader file* is newer than its cached output
 *    (dist/loader.js, `load()`); edits to the inputs a loader reads (e.g. the
 *    source spreadsheets) would otherwise be served stale. Everything in the
 *    cache is removed except `_node/`, Framework's bundles of node_modules
 *    packages, which are keyed by package name@version and are therefore
 *    never stale for a given node_modules tree (and take a while to rebuild).
 *    `_npm/` and `_jsr/` (CDN downloads) are removed too: nothing should ever
 *    be fetched from a CDN, and a stale copy must not hide such an import.
 *
 *    Then `_npm/` is re-seeded with empty `<name>@0.0.0-offline` directories.
 *    Framework's own client bundles (client.js, stdlib.js) refer to CDN
 *    packages for its implicit builtins (Plot, d3, Arrow, React, ...) and, to
 *    write those references, look up each package's latest version on
 *    the public npm registry (a fixed URL, not the configured registry)
 *    unless a version is cached in `_npm/`
 *    (dist/npm.js, resolveNpmVersion). The seeded versions stop those
 *    look-ups, so the build contacts no host at all. The references only
 *    matter to pages that use the implicit builtins, which this site must not
 *    use (they would load from a CDN); such a page fails the build anyway.
 *
 * 2. Vendors browser assets from node_modules into src/vendor/ (git-ignored but for
 *    plot.d.ts):
 *    - Observable Plot with the parts of d3 it uses, as one module (vendorPlot);
 *    - src/vendor/compareProfiles.js, naming /compare's profile file of each province;
 *    - DuckDB-wasm's "eh" build (duckdb-eh.wasm + duckdb-browser-eh.worker.js),
 *      used by src/components/shared/duckdb.ts through FileAttachment;
 *    - the woff2 files of Be Vietnam Pro (latin, latin-ext and vietnamese
 *      subsets; 400, 600, 700 and 400 italic), and src/vendor/fonts.js, which
 *      every page imports: it registers each face with its unicode range
 *      (taken from fontsource) through FileAttachment, so the files are served
 *      as they are and fetched only for the text a page shows;
 *    - src/vendor/inputs.css: Framework's own stylesheet for Observable
 *      Inputs, which Framework only adds for the implicit `npm:` Inputs.
 *
 * Why the fonts are registered from JavaScript and not in the stylesheet:
 * Framework 1.13.4 bundles the custom `style` file with esbuild without any
 * loader for font files, so a url(./file.woff2) in CSS fails the build ("No
 * loader is configured for .woff2 files"; upstream issue
 * observablehq/framework#1573), and data: URLs made every page download all
 * twelve faces (280 KB) before its first chart. FileAttachment gives each
 * woff2 file its hashed address in dist, on no other host.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const srcRoot = join(projectRoot, "src");
const vendorRoot = join(srcRoot, "vendor");
const nodeModules = join(projectRoot, "node_modules");

/** Entries of the Framework cache that are kept between builds. */
const KEEP_IN_CACHE = new Set(["_node"]);

/**
 * Packages whose version Framework 1.13.4 resolves while bundling its client
 * (seen in its build output as "npm:<name>@latest → ..."); see main comment.
 */
export const FRAMEWORK_CLIENT_NPM_PACKAGES = [
  "@observablehq/plot",
  "@observablehq/sample-datasets",
  "apache-arrow",
  "arquero",
  "d3",
  "d3-dsv",
  "echarts",
  "htl",
  "leaflet",
  "lodash",
  "mapbox-gl",
  "parquet-wasm",
  "react",
  "react-dom",
  "topojson-client",
] as const;
export const OFFLINE_NPM_VERSION = "0.0.0-offline";

export const FONT_FAMILY = "Be Vietnam Pro";
export const FONT_PACKAGE = "@fontsource/be-vietnam-pro";
export const FONT_SUBSETS = ["vietnamese", "latin-ext", "latin"] as const;
export const FONT_STYLES = [
  { weight: 400, style: "normal", css: "400.css" },
  { weight: 400, style: "italic", css: "400-italic.css" },
  { weight: 600, style: "normal", css: "600.css" },
  { weight: 700, style: "normal", css: "700.css" },
] as const;

export const DUCKDB_FILES = ["duckdb-eh.wasm", "duckdb-browser-eh.worker.js"] as const;

const changed: string[] = [];

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes `contents` to `path` unless the file already holds exactly that. */
async function writeIfChanged(path: string, contents: string | Uint8Array): Promise<void> {
  const next = typeof contents === "string" ? Buffer.from(contents, "utf8") : Buffer.from(contents);
  try {
    const current = await readFile(path);
    if (current.equals(next)) return;
  } catch {
    // missing: write it
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, next);
  changed.push(relative(projectRoot, path));
}

/** Copies a (large) file unless the destination has the same size and mtime. */
async function copyIfChanged(from: string, to: string): Promise<void> {
  const source = await stat(from);
  try {
    const target = await stat(to);
    if (target.size === source.size && Math.trunc(target.mtimeMs) === Math.trunc(source.mtimeMs)) return;
  } catch {
    // missing: copy it
  }
  await mkdir(dirname(to), { recursive: true });
  await copyFile(from, to);
  await utimes(to, source.atime, source.mtime);
  changed.push(relative(projectRoot, to));
}

async function clearLoaderCache(): Promise<string[]> {
  const cache = join(srcRoot, ".observablehq", "cache");
  if (!(await exists(cache))) return [];
  const removed: string[] = [];
  for (const entry of await readdir(cache)) {
    if (KEEP_IN_CACHE.has(entry)) continue;
    await rm(join(cache, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

async function seedNpmVersionCache(): Promise<void> {
  const npmCache = join(srcRoot, ".observablehq", "cache", "_npm");
  for (const name of FRAMEWORK_CLIENT_NPM_PACKAGES) {
    await mkdir(join(npmCache, ...`${name}@${OFFLINE_NPM_VERSION}`.split("/")), { recursive: true });
  }
}

async function vendorDuckDB(): Promise<void> {
  const dist = join(nodeModules, "@duckdb", "duckdb-wasm", "dist");
  const out = join(vendorRoot, "duckdb");
  await copyIfChanged(join(dist, "duckdb-eh.wasm"), join(out, "duckdb-eh.wasm"));
  // The worker ends with a sourceMappingURL comment for a .map file we do not
  // ship; drop it so that browser dev tools do not request a missing file.
  const worker = await readFile(join(dist, "duckdb-browser-eh.worker.js"), "utf8");
  await writeIfChanged(join(out, "duckdb-browser-eh.worker.js"), worker.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "\n"));
}

interface FontFaceRule {
  subset: string;
  weight: number;
  style: string;
  file: string;
  unicodeRange: string;
}

/** Reads the @font-face rules of one fontsource CSS file (e.g. 400.css). */
export function parseFontsourceCss(css: string): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  const re = /\/\*\s*([\w-]+)\s*\*\/\s*@font-face\s*{([^}]*)}/g;
  for (const [, name = "", body = ""] of css.matchAll(re)) {
    const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(body)?.[1];
    const weight = /font-weight:\s*(\d+)/.exec(body)?.[1];
    const style = /font-style:\s*(\w+)/.exec(body)?.[1];
    const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim();
    // name is e.g. "be-vietnam-pro-latin-ext-400-normal"
    const subset = /^be-vietnam-pro-(.+)-\d+-(?:normal|italic)$/.exec(name)?.[1];
    if (!file || !weight || !style || !unicodeRange || !subset) {
      throw new Error(`unexpected @font-face rule in fontsource CSS: ${name}`);
    }
    rules.push({ subset, weight: Number(weight), style, file, unicodeRange });
  }
  return rules;
}

/** A CSS unicode-range ("U+0100-02BA,U+0304") without the code points of another. */
export function subtractRanges(range: string, minus: string): string {
  const parse = (r: string) =>
    r
      .split(",")
      .map((x) => x.trim().replace(/^U\+/i, ""))
      .filter(Boolean)
      .map((x) => {
        const [a, b] = x.split("-");
        return [Number.parseInt(a!, 16), Number.parseInt(b ?? a!, 16)] as [number, number];
      });
  let out = parse(range);
  for (const [c, d] of parse(minus)) {
    out = out.flatMap(([a, b]): [number, number][] => {
      if (d < a || c > b) return [[a, b]];
      const kept: [number, number][] = [];
      if (a < c) kept.push([a, c - 1]);
      if (d < b) kept.push([d + 1, b]);
      return kept;
    });
  }
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
  return out.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(",");
}

async function vendorFonts(): Promise<void> {
  const pkg = join(nodeModules, ...FONT_PACKAGE.split("/"));
  const out = join(vendorRoot, "fonts");
  const faces: string[] = [];
  const version = JSON.parse(await readFile(join(pkg, "package.json"), "utf8")).version as string;
  for (const { weight, style, css } of FONT_STYLES) {
    const rules = parseFontsourceCss(await readFile(join(pkg, css), "utf8"));
    const vietnamese = rules.find((r) => r.subset === "vietnamese" && r.weight === weight && r.style === style);
    for (const subset of FONT_SUBSETS) {
      const found = rules.find((r) => r.subset === subset && r.weight === weight && r.style === style);
      if (!found) throw new Error(`${FONT_PACKAGE}/${css} has no ${subset} ${weight} ${style} face`);
      // latin-ext shares ă, đ, ơ, ư … with the vietnamese subset: without them in its range, a
      // Vietnamese page fetches the latin and vietnamese files only.
      const rule = subset === "latin-ext" && vietnamese ? { ...found, unicodeRange: subtractRanges(found.unicodeRange, vietnamese.unicodeRange) } : found;
      const bytes = await readFile(join(pkg, "files", rule.file));
      await writeIfChanged(join(out, rule.file), bytes);
      faces.push(
        `  [FileAttachment("./fonts/${rule.file}"), { style: "${style}", weight: "${weight}", unicodeRange: "${rule.unicodeRange.replace(/\s+/g, "")}" }],`,
      );
    }
  }
  const header = `// Generated by scripts/prepare-site.ts from ${FONT_PACKAGE}@${version} (SIL OFL 1.1). Do not edit.\n`;
  const body = `// Be Vietnam Pro, served as its own woff2 files: each face is registered with its unicode range,
// so the browser fetches only the subsets a page's text uses, after the page has drawn.
// Each face is also registered with the page's components, which embed the faces an exported
// image needs (src/components/shared/fontFaces.ts).
import { FileAttachment } from "observablehq:stdlib";
import { registerFontFace } from "../components/shared/fontFaces.js";

const FACES = [
${faces.join("\n")}
];

for (const [file, descriptors] of FACES) {
  const url = await file.url();
  document.fonts.add(new FontFace("${FONT_FAMILY}", \`url(\${url}) format("woff2")\`, { display: "swap", ...descriptors }));
  registerFontFace({ url, ...descriptors });
}
`;
  await writeIfChanged(join(vendorRoot, "fonts.js"), header + body);
  await rm(join(vendorRoot, "fonts.css"), { force: true });
}

async function vendorInputsCss(): Promise<void> {
  // Framework's stylesheet for Observable Inputs (themed with Framework's CSS
  // variables); Framework itself substitutes __ns__ in dist/rollup.js.
  const source = join(nodeModules, "@observablehq", "framework", "dist", "client", "stdlib", "inputs.css");
  const css = (await readFile(source, "utf8")).replace(/\b__ns__\b/g, "inputs-3a86ea");
  await writeIfChanged(
    join(vendorRoot, "inputs.css"),
    `/* Generated by scripts/prepare-site.ts from @observablehq/framework/dist/client/stdlib/inputs.css. */\n${css}`,
  );
}

/**
 * 3. Bundles the target-feasibility engine (loaders/feasibility/browserEngine.ts — plain TypeScript, no
 *    DOM) into src/vendor/feasibility.js for the /targets page: Framework serves only files
 *    under src/, and the engine must stay one implementation for the CLI and the page.
 */
async function vendorEngine(): Promise<void> {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(projectRoot, "loaders", "feasibility", "browserEngine.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    legalComments: "none",
    banner: { js: "// Generated by scripts/prepare-site.ts from loaders/feasibility/browserEngine.ts — do not edit." },
  });
  await writeIfChanged(join(vendorRoot, "feasibility.js"), result.outputFiles[0]!.text);
}

/**
 * Observable Plot for the pages: the functions src/vendor/plot.d.ts lists, bundled with the parts
 * of d3 they use into one minified module (about 290 KB instead of Plot's 200 KB plus the whole of
 * d3 in some thirty modules).
 */
export function plotExports(declarations: string): string[] {
  const m = /export\s*\{([^}]*)\}\s*from\s*"@observablehq\/plot"/.exec(declarations);
  if (!m) throw new Error('src/vendor/plot.d.ts: no `export { … } from "@observablehq/plot"` list');
  return m[1]!
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

async function vendorPlot(): Promise<void> {
  const { build } = await import("esbuild");
  const names = plotExports(await readFile(join(vendorRoot, "plot.d.ts"), "utf8"));
  const version = JSON.parse(await readFile(join(nodeModules, "@observablehq", "plot", "package.json"), "utf8")).version as string;
  const result = await build({
    stdin: { contents: `export { ${names.join(", ")} } from "@observablehq/plot";`, resolveDir: projectRoot, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    legalComments: "none",
    banner: { js: `// Generated by scripts/prepare-site.ts from @observablehq/plot@${version} and d3 (ISC licences) — do not edit.` },
  });
  await writeIfChanged(join(vendorRoot, "plot.js"), result.outputFiles[0]!.text);
}

/**
 * src/vendor/compareProfiles.js: one FileAttachment per province of the registry for /compare's
 * profile files (src/data/compare-profile/[slug].json.ts). Framework builds a file only when a
 * page names it literally; the page fetches the files of the provinces it compares.
 */
async function vendorCompareProfiles(): Promise<void> {
  const csv = await readFile(join(projectRoot, "data", "reference", "provinces.csv"), "utf8");
  const [head, ...lines] = csv.trim().split(/\r?\n/);
  const at = head!.split(",").indexOf("slug");
  const slugs = lines.map((l) => l.split(",")[at]!).filter(Boolean);
  const body = `// Generated by scripts/prepare-site.ts from data/reference/provinces.csv — do not edit.
import { FileAttachment } from "observablehq:stdlib";

export const PROFILE_FILES = {
${slugs.map((s) => `  ${JSON.stringify(s)}: FileAttachment(${JSON.stringify(`../data/compare-profile/${s}.json`)}),`).join("\n")}
};
`;
  await writeIfChanged(join(vendorRoot, "compareProfiles.js"), body);
}

async function main(): Promise<void> {
  const start = performance.now();
  const removed = await clearLoaderCache();
  await seedNpmVersionCache();
  await Promise.all([vendorDuckDB(), vendorFonts(), vendorInputsCss(), vendorEngine(), vendorPlot(), vendorCompareProfiles()]);
  const elapsed = Math.round(performance.now() - start);
  console.log(
    `prepare-site: cleared cache [${removed.join(", ") || "nothing"}]; ` +
      `${changed.length ? `updated ${changed.length} vendored file(s)` : "vendored files up to date"}; ${elapsed}ms`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
