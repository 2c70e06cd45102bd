/**
 * Headless Chromium for the e2e tests: Debian's /usr/bin/chromium (never a
 * downloaded browser), driven by playwright-core, with the flags that keep it
 * from contacting Google's services on a closed network, and a fresh profile.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Request } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; install it with: apt-get install -y chromium`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), "papi-e2e-chromium-"));
  // launchPersistentContext takes the profile directory (--user-data-dir);
  // headless: true makes Playwright pass --headless.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    locale: "vi-VN",
    serviceWorkers: "block",
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageRecord {
  url: string;
  /** console.error messages and uncaught exceptions (page and workers). */
  errors: string[];
  /** Requests to any host other than the local server (any scheme but data:/blob:). */
  foreignRequests: string[];
  /** Local requests that failed or answered with an HTTP error. */
  failedRequests: string[];
  /** Every request URL seen (for debugging). */
  requests: string[];
}

export interface RecordedPage {
  page: Page;
  record: PageRecord;
}

/** True for a URL on the local server (`origin`, e.g. "http://127.0.0.1:1234"). */
export function isLocalUrl(url: string, origin: string): boolean {
  if (/^(data|blob|about|chrome-error):/i.test(url)) return true;
  try {
    return new URL(url).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

/**
 * Opens `path` on the local server in a new page of `context` and records
 * console errors and every request that does not go to the server. Listens on
 * the context (not only the page) so requests of dedicated workers, e.g. the
 * DuckDB worker, are seen too.
 */
export async function openPage(
  context: BrowserContext,
  origin: string,
  path: string,
  {
    waitUntil = "load",
    beforeGoto,
  }: {
    waitUntil?: "load" | "domcontentloaded" | "networkidle";
    /** Runs after the listeners are attached and before navigation (e.g. page.route). */
    beforeGoto?: (page: Page) => Promise<void>;
  } = {},
): Promise<RecordedPage> {
  const url = new URL(path, origin).href;
  const record: PageRecord = { url, errors: [], foreignRequests: [], failedRequests: [], requests: [] };
  const page = await context.newPage();
  const onRequest = (request: Request): void => {
    const frame = safeFrame(request);
    if (frame && frame.page() !== page) return;
    const requestUrl = request.url();
    record.requests.push(requestUrl);
    if (!isLocalUrl(requestUrl, origin)) record.foreignRequests.push(`${request.method()} ${requestUrl}`);
  };
  context.on("request", onRequest);
  page.on("close", () => context.off("request", onRequest));
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") record.errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => record.errors.push(`uncaught: ${error.stack ?? error.message}`));
  page.on("requestfailed", (request) => {
    if (isLocalUrl(request.url(), origin)) {
      const reason = request.failure()?.errorText ?? "failed";
      // duckdb-wasm sometimes aborts its own streaming download of the wasm file and fetches it
      // again; DuckDB then works. That abort is not a failure of the site.
      if (reason === "net::ERR_ABORTED" && /\/duckdb-eh\.[0-9a-f]+\.wasm$/.test(request.url())) return;
      record.failedRequests.push(`${request.url()}: ${reason}`);
    }
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && isLocalUrl(response.url(), origin)) {
      record.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    }
  });
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url, { waitUntil });
  return { page, record };
}

function safeFrame(request: Request) {
  try {
    return request.frame();
  } catch {
    return undefined; // requests of workers have no frame
  }
}

/**
 * Waits until Framework has rendered every cell of the page: no
 * <observablehq-loading> placeholders left. Returns the texts of cells that
 * failed (Framework renders them with class "observablehq--error").
 */
export async function waitForCells(page: Page, timeout = 60_000): Promise<string[]> {
  // A first view written at build (#first-view) is there before any cell has run: the page's
  // cells are done once it has given way to the live view.
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0 && !document.getElementById("first-view"), undefined, {
    timeout,
    polling: 100,
  });
  return page.$$eval(".observablehq--error", (nodes) => nodes.map((n) => (n.textContent ?? "").trim()));
}

/** The page's modules (Framework's client): held back, only the HTML and its inline scripts run. */
export const CLIENT_MODULE = /\/_observablehq\/client\.[0-9a-f]+\.js$/;

/**
 * Where each of `selectors` is (page top and height, in px) on `path` at `width`: once
 * with the page's modules held back (its first view, written at build), once live (after
 * `ready`). Web fonts are held back both times, so that only the page's own layout is compared.
 */
export async function firstViewAndLive(
  context: BrowserContext,
  origin: string,
  path: string,
  selectors: Record<string, string>,
  { width = 1280, ready }: { width?: number; ready?: (page: Page) => Promise<void> } = {},
): Promise<{ firstView: Record<string, number[] | null>; live: Record<string, number[] | null> }> {
  const load = async (firstViewOnly: boolean) => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.route(/\.woff2$/, (route) => route.abort());
      if (firstViewOnly) await page.route(CLIENT_MODULE, (route) => route.abort());
      await page.goto(new URL(path, origin).href);
      if (!firstViewOnly) {
        await waitForCells(page);
        await ready?.(page);
      } else if ((await page.locator("#first-view").count()) !== 1) throw new Error(`${path}: no first view`);
      return (await page.evaluate(`(() => {
        const out = {};
        for (const [name, selector] of Object.entries(${JSON.stringify(selectors)})) {
          const e = document.querySelector(selector);
          if (!e) { out[name] = null; continue; }
          const r = e.getBoundingClientRect();
          out[name] = [Math.round((r.top + scrollY) * 100) / 100, Math.round(r.height * 100) / 100];
        }
        return out;
      })()`)) as Record<string, number[] | null>;
    } finally {
      await page.close();
    }
  };
  return { firstView: await load(true), live: await load(false) };
}

/**
 * What moved between two measures of `firstViewAndLive`: "name: top a → b" or "name: height a → b"
 * for each difference of half a pixel or more (less is the layout's rounding, never seen).
 */
export function placesMoved(before: Record<string, number[] | null>, after: Record<string, number[] | null>): string[] {
  const moved: string[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[name] ?? null;
    const b = after[name] ?? null;
    if (!a || !b) {
      moved.push(`${name}: ${a ? "there" : "missing"} → ${b ? "there" : "missing"}`);
      continue;
    }
    ["top", "height"].forEach((what, i) => {
      if (Math.abs(a[i]! - b[i]!) >= 0.5) moved.push(`${name}: ${what} ${a[i]} → ${b[i]}`);
    });
  }
  return moved;
}
