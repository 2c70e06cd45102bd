// Tests of the e2e helpers themselves: the site tests are only as good as the
// server's URL handling and the recorder's ability to see foreign requests.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openPage, placesMoved, type Browser } from "./browser.ts";
import { startStaticServer, type StaticServer } from "./server.ts";
import { pagePath } from "./site.ts";

let root: string;
let server: StaticServer;
let browser: Browser;

const PROBE_PAGE = `<!doctype html><meta charset="utf-8"><title>probe</title>
<script>
  console.error("page-error-probe");
  fetch("http://page-fetch.invalid/x").catch(() => {});
  new Worker("/probe-worker.js");
  const img = new Image(); img.src = "https://image.invalid/a.png";
</script>`;
// Note: playwright-core 1.55 reports the *requests* of dedicated workers (on
// the context) but not their console output, so worker console errors are not
// recorded; DuckDB worker failures surface as rejected queries in the page.
const PROBE_WORKER = `fetch("https://worker-fetch.invalid/y").catch(() => {});
importScripts("/local-script.js");`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "papi-e2e-site-"));
  await mkdir(join(root, "dir"));
  await writeFile(join(root, "index.html"), "<!doctype html><title>home</title>");
  await writeFile(join(root, "about.html"), "<!doctype html><title>about</title>");
  await writeFile(join(root, "dir", "index.html"), "<!doctype html><title>dir</title>");
  await writeFile(join(root, "x.wasm"), new Uint8Array([0, 97, 115, 109]));
  await writeFile(join(root, "local-script.js"), "self.ok = 1;");
  server = await startStaticServer(root, {
    routes: {
      "/probe": { body: PROBE_PAGE, type: "text/html; charset=utf-8" },
      "/probe-worker.js": { body: PROBE_WORKER, type: "text/javascript" },
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe("static server", () => {
  it("serves clean URLs, directory indexes and wasm with the right type", async () => {
    const get = (path: string) => fetch(server.origin + path, { redirect: "manual" });
    expect(await (await get("/")).text()).toContain("home");
    expect(await (await get("/about")).text()).toContain("about");
    expect(await (await get("/about.html")).text()).toContain("about");
    expect(await (await get("/dir/")).text()).toContain("dir");
    const redirect = await get("/dir");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe("/dir/");
    expect((await get("/x.wasm")).headers.get("content-type")).toBe("application/wasm");
    expect((await get("/missing")).status).toBe(404);
    expect((await get("/..%2f..%2fetc%2fpasswd")).status).toBe(404);
  });

  it("maps built HTML files to clean URL paths", () => {
    expect(pagePath("/d/index.html", "/d")).toBe("/");
    expect(pagePath("/d/about.html", "/d")).toBe("/about");
    expect(pagePath("/d/a/index.html", "/d")).toBe("/a/");
    expect(pagePath("/d/a/b.html", "/d")).toBe("/a/b");
  });
});

describe("page recorder", () => {
  it("sees console errors and foreign requests of the page and of its workers", async () => {
    const { page, record } = await openPage(browser.context, server.origin, "/probe");
    await expect.poll(() => record.foreignRequests.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    await page.close();
    const foreign = record.foreignRequests.join("\n");
    expect(foreign).toContain("http://page-fetch.invalid/x");
    expect(foreign).toContain("https://image.invalid/a.png");
    expect(foreign).toContain("https://worker-fetch.invalid/y");
    expect(record.errors.join("\n")).toContain("page-error-probe");
    // Local requests, including the worker's importScripts, are not foreign.
    expect(record.requests.some((u) => u.endsWith("/local-script.js"))).toBe(true);
    expect(foreign).not.toContain(server.host);
  });
});

describe("placesMoved", () => {
  it("names what moved by half a pixel or more, and what is missing on one side", () => {
    const before = { a: [10, 20], b: [40.2, 5], c: [60, 5] };
    expect(placesMoved(before, { a: [10.3, 20.2], b: [40.2, 5], c: [60, 5] })).toEqual([]);
    expect(placesMoved(before, { a: [10.5, 20], b: [40.2, 6], c: null })).toEqual(["a: top 10 → 10.5", "b: height 5 → 6", "c: there → missing"]);
  });
});
