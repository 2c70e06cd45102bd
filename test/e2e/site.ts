/** Where the e2e tests find the built site and the build log. */
import { readdir } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The built site: dist/, or PAPI_E2E_DIST (a developer's private build folder). */
export const DIST = process.env.PAPI_E2E_DIST ?? join(PROJECT_ROOT, "dist");
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

import { existsSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { expect } from "vitest";
import { launchChromium, openPage, waitForCells, type Browser, type RecordedPage } from "./browser.ts";
import { startStaticServer, type StaticServer } from "./server.ts";

/** Fails (never skips) when the site has not been built. */
export function requireBuilt(root: string, file: string): void {
  if (!existsSync(join(root, file))) throw new Error(`${join(root, file)} not found: run \`npm run build\` before the e2e tests`);
}

/**
 * The built site served on a free local port and one Chromium, for a test file: started before
 * its tests, closed after.
 */
export function useBuiltSite(root = DIST): { readonly server: StaticServer; readonly browser: Browser; open(path: string): Promise<RecordedPage> } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(root);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("the site server is not started yet");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("Chromium is not started yet");
      return browser;
    },
    /** Opens a page, waits for every cell, and fails on a cell that threw. */
    async open(path: string) {
      const opened = await openPage(this.browser.context, this.server.origin, path);
      expect(await waitForCells(opened.page), "cells that failed").toEqual([]);
      return opened;
    },
  };
}
