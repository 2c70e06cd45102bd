/**
 * A small static file server for the built site (dist/), for the e2e tests.
 * Binds to 127.0.0.1 on a free port; clean URLs like Framework's: /foo serves
 * /foo.html, /dir/ serves /dir/index.html and /dir redirects to /dir/.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

export const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".zip": "application/zip",
  ".pdf": "application/pdf",
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  origin: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Extra in-memory routes (path → body), used by the tests of the test helpers. */
  routes?: Record<string, { body: string | Uint8Array; type: string }>;
  /** The path the site is served under ("/papi/", as on GitHub Pages or an intranet); "/" by default. Anything outside it is a 404. */
  base?: string;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file under root, following Framework's clean URLs. */
export async function resolveRequestPath(root: string, pathname: string): Promise<{ file: string } | { redirect: string } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const base = resolve(root);
  const target = resolve(base, `.${decoded.startsWith("/") ? decoded : `/${decoded}`}`);
  if (target !== base && !target.startsWith(base + sep)) return undefined; // path traversal
  if (decoded.endsWith("/")) {
    const index = await fileAt(join(target, "index.html"));
    return index ? { file: index } : undefined;
  }
  const file = await fileAt(target);
  if (file) return { file };
  const html = await fileAt(`${target}.html`);
  if (html) return { file: html };
  if (await isDirectory(target)) return { redirect: `${pathname}/` };
  return undefined;
}

export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const routes = options.routes ?? {};
  const base = options.base ?? "/";
  if (!base.startsWith("/") || !base.endsWith("/")) throw new Error(`base must start and end with "/": ${base}`);
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = routes[url.pathname];
    if (!route && base !== "/") {
      if (url.pathname === base.slice(0, -1)) {
        res.writeHead(301, { Location: base + url.search }).end();
        return;
      }
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: outside ${base}`);
        return;
      }
      url.pathname = url.pathname.slice(base.length - 1);
    }
    if (route) {
      res.writeHead(200, { "Content-Type": route.type, "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : route.body);
      return;
    }
    const resolved = await resolveRequestPath(root, url.pathname);
    if (resolved && "redirect" in resolved) {
      res.writeHead(301, { Location: base.slice(0, -1) + resolved.redirect + url.search }).end();
      return;
    }
    if (!resolved) {
      const notFound = await fileAt(join(root, "404.html"));
      res.writeHead(404, { "Content-Type": notFound ? MIME_TYPES[".html"] : "text/plain; charset=utf-8" });
      if (notFound && req.method === "GET") createReadStream(notFound).pipe(res);
      else res.end(req.method === "HEAD" ? undefined : "Not found");
      return;
    }
    const { size } = await stat(resolved.file);
    res.writeHead(200, {
      "Content-Type": MIME_TYPES[extname(resolved.file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": size,
      "Cache-Control": "no-store",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(resolved.file).pipe(res);
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolvePromise()));
      }),
  };
}
