// Static scan of the built site (dist/) and of the log of the build that made
// it (.tmp/build.log, written by `npm run build`): the site must load nothing
// from another host, and the build must not have contacted one.
//
// Rules:
// - build log: no http(s)/ws(s) URL of a non-local host at all (Framework
//   prints the URL of every CDN download and npm version look-up, and
//   scripts/offline-guard.mjs prints every blocked connection);
// - HTML and CSS: no URL of a non-local host, except XML namespace names;
// - JavaScript and wasm: no URL of a non-local host except the exact
//   (file, URL) pairs in ALLOWED below, each with the reason it is never
//   loaded. Anything else fails, including new URLs after a dependency update,
//   which must then be looked at and listed here.
// Whether a page actually loads something from elsewhere at run time is
// checked in Chromium by pages.test.ts; this scan also covers code paths that
// the pages' tests do not exercise.
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_LOG, DIST, walk } from "./site.ts";

if (!existsSync(`${DIST}/index.html`)) {
  throw new Error(`${DIST}/index.html not found: run \`npm run build\` before the e2e tests`);
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

/** XML namespace names: identifiers compared as strings, never fetched. */
const XML_NAMESPACES = new Set([
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/2000/xmlns/",
]);

interface Allowed {
  /** Path in dist, with content hashes replaced by "*". */
  file: RegExp;
  url: string;
  reason: string;
}

const ALLOWED: Allowed[] = [
  {
    file: /^_node\/@duckdb\/duckdb-wasm@1\.32\.0\/index\.[0-9a-f]+\.js$/,
    url: "https://cdn.jsdelivr.net/npm/",
    reason:
      "duckdb-wasm's getJsDelivrBundles() builds CDN bundle URLs from this prefix; src/components/shared/duckdb.ts never calls it " +
      "(it passes the vendored wasm and worker URLs), and rollup cannot drop it because it is an exported function.",
  },
  {
    file: /^_file\/vendor\/duckdb\/duckdb-browser-eh\.worker\.[0-9a-f]+\.js$/,
    url: "https://github.com/emn178/js-sha256}",
    reason: "license comment of the js-sha256 library bundled in the DuckDB worker (a comment, not code).",
  },
  ...["https://extensions.duckdb.org", "https://community-extensions.duckdb.org", "https://nightly-extensions.duckdb.org"].map((url) => ({
    file: /^_file\/vendor\/duckdb\/duckdb-eh\.[0-9a-f]+\.wasm$/,
    url,
    reason:
      "DuckDB's default extension repositories, used only by INSTALL/LOAD and extension auto-loading, which " +
      "src/components/shared/duckdb.ts disables (autoinstall/autoload off, enable_external_access = false; tested in pages.test.ts).",
  })),
  {
    file: /^_file\/vendor\/duckdb\/duckdb-eh\.[0-9a-f]+\.wasm$/,
    url: "https://unpkg.com/treeflex/dist/css/treeflex.css",
    reason: "stylesheet link inside the HTML text that DuckDB's EXPLAIN (FORMAT HTML) returns; the site never renders it.",
  },
  ...[
    "https://duckdb.org",
    "https://duckdb.org/docs/stable/connect/concurrency",
    "https://duckdb.org/docs/stable/data/multiple_files/combining_schemas",
    "https://duckdb.org/docs/stable/dev/internal_errors",
    "https://duckdb.org/docs/stable/extensions/troubleshooting",
    "https://duckdb.org/docs/stable/guides/performance/how_to_tune_workloads",
    "https://duckdb.org/docs/stable/sql/functions/lambda.html.",
    "https://duckdb.org/internals/storage",
  ].map((url) => ({
    file: /^_file\/vendor\/duckdb\/duckdb-eh\.[0-9a-f]+\.wasm$/,
    url,
    reason: "documentation links in DuckDB's error and help messages (text, never fetched).",
  })),
];

/** Hosts that the tests name explicitly, to give a clear message if they appear anywhere. */
const KNOWN_REMOTE_HOSTS = [
  "cdn.jsdelivr.net",
  "data.jsdelivr.com",
  "fonts.googleapis.com",
  "fonts.gstatic.com",
  "extensions.duckdb.org",
  "observablehq.com",
  "esm.sh",
  "unpkg.com",
];

// Scheme + "//" + an authority; stops at characters that cannot be part of a
// URL in source text. "https://" alone (a prefix test in code) has no host and
// is ignored.
const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s"'`<>()\\,;]+/gi;

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.replace(/:\d+$/, "");
  } catch {
    const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url);
    return m?.[1];
  }
}

function isLocal(url: string): boolean {
  const host = hostOf(url);
  return host === undefined || host === "" || LOCAL_HOSTS.has(host) || host.endsWith(".localhost");
}

function findUrls(text: string): string[] {
  return Array.from(text.matchAll(URL_PATTERN), (m) => m[0]).filter((u) => hostOf(u));
}

/** Printable strings of a binary file (like strings(1)), joined by newlines. */
function printableStrings(bytes: Uint8Array, min = 6): string {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= bytes.length; ++i) {
    const b = i < bytes.length ? bytes[i]! : 0;
    const printable = b >= 0x20 && b < 0x7f;
    if (printable && start < 0) start = i;
    else if (!printable && start >= 0) {
      if (i - start >= min) out.push(Buffer.from(bytes.subarray(start, i)).toString("latin1"));
      start = -1;
    }
  }
  return out.join("\n");
}

/** The build log without terminal colour codes (Framework colours its output when CI is set). */
async function readBuildLog(): Promise<string> {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
  return (await readFile(BUILD_LOG, "utf8")).replace(/\x1b\[[0-9;]*[A-Za-z]/g, "");
}

const files = await walk(DIST);
const rel = (f: string) => relative(DIST, f).split("\\").join("/");

describe("the build log", () => {
  it("belongs to the build that produced dist/", async () => {
    expect(existsSync(BUILD_LOG), `${BUILD_LOG} missing: run \`npm run build\``).toBe(true);
    const [log, index] = await Promise.all([stat(BUILD_LOG), stat(`${DIST}/index.html`)]);
    expect(log.mtimeMs).toBeGreaterThanOrEqual(index.mtimeMs - 1000);
    const text = await readBuildLog();
    expect(text).toMatch(/render \/index → dist\/index\.html/);
  });

  it("shows no contact with another host (no CDN download, npm look-up or blocked connection)", async () => {
    const text = await readBuildLog();
    const remote = findUrls(text).filter((u) => !isLocal(u));
    expect(remote, "URLs of other hosts in the build log").toEqual([]);
    expect(text).not.toMatch(/offline-guard: blocked/);
    // Framework prints "npm:<name>@<range> → npm:<name>@<version>" when it asks the npm registry.
    expect(text).not.toMatch(/npm:\S+ → npm:/);
    for (const host of KNOWN_REMOTE_HOSTS) expect(text).not.toContain(host);
  });
});

describe("the built site", () => {
  it("has HTML and CSS that name no other host", async () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => /\.(html|css)$/.test(f))) {
      const text = await readFile(file, "utf8");
      for (const url of findUrls(text)) {
        if (!isLocal(url) && !XML_NAMESPACES.has(url)) problems.push(`${rel(file)}: ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has JavaScript and wasm that name no other host, but for the documented exceptions", async () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => /\.(js|mjs|wasm)$/.test(f))) {
      const bytes = await readFile(file);
      const text = file.endsWith(".wasm") ? printableStrings(bytes) : bytes.toString("utf8");
      const path = rel(file);
      for (const url of new Set(findUrls(text))) {
        if (isLocal(url) || XML_NAMESPACES.has(url)) continue;
        if (ALLOWED.some((a) => a.file.test(path) && a.url === url)) continue;
        problems.push(`${path}: ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("ships exactly one apache-arrow and only DuckDB's EH build, no CDN packages", () => {
    const paths = files.map(rel);
    const arrows = new Set(paths.filter((p) => p.includes("apache-arrow@")).map((p) => /apache-arrow@[^/]+/.exec(p)?.[0]));
    expect([...arrows]).toEqual(["apache-arrow@17.0.0"]);
    expect(paths.filter((p) => /duckdb-(mvp|coi)|duckdb-browser-(mvp|coi)/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith(".wasm"))).toEqual([expect.stringMatching(/^_file\/vendor\/duckdb\/duckdb-eh\.[0-9a-f]+\.wasm$/)]);
    // _npm (CDN packages), _jsr and _duckdb (extensions) would mean implicit imports or `sql`.
    expect(paths.filter((p) => /^(_npm|_jsr|_duckdb)\//.test(p))).toEqual([]);
  });

  it("has pages that import nothing from _npm (Framework's CDN imports)", async () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const text = await readFile(file, "utf8");
      if (/_npm\//.test(text)) problems.push(rel(file));
    }
    expect(problems).toEqual([]);
  });

  it("documents every exception it allows", () => {
    for (const a of ALLOWED) expect(a.reason.length).toBeGreaterThan(20);
  });
});
