// Loaded with `node --import` (via NODE_OPTIONS in the "build" and "dev"
// scripts of package.json) into Observable Framework and every process it
// starts (data loaders). It makes any network connection to a host other than
// this machine fail at once, with a message naming the host, so that a page
// or loader that would need the Internet (e.g. Framework's implicit `npm:`
// imports from the jsDelivr CDN, or its npm version look-ups on
// the public npm registry) breaks the build instead of silently depending on a
// network that the site's users do not have.
//
// Unix-domain sockets and loopback addresses stay allowed (tsx, the preview
// server and its live reload use them).
import net from "node:net";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "0.0.0.0", "::", ""]);

function isLocal(host) {
  if (host === undefined || host === null) return true; // Node defaults to localhost
  const h = String(host)
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return LOCAL_HOSTS.has(h) || h.endsWith(".localhost") || /^127\./.test(h) || h === "::ffff:127.0.0.1";
}

function blocked(what) {
  const error = new Error(`offline-guard: blocked network access to ${what} (the build must not use the network)`);
  error.code = "EOFFLINEGUARD";
  process.stderr.write(`${error.message}\n`);
  return error;
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  let options = args[0];
  if (Array.isArray(options)) options = options[0]; // internal normalized form
  let host;
  let path;
  if (options !== null && typeof options === "object") {
    host = options.host ?? options.hostname;
    path = options.path;
  } else if (typeof options === "string" && !/^\d+$/.test(options)) {
    path = options;
  } else {
    host = typeof args[1] === "string" ? args[1] : undefined;
  }
  if ((path === undefined || path === null || path === "") && !isLocal(host)) {
    const error = blocked(`${host}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return Reflect.apply(connect, this, args);
};

if (typeof globalThis.fetch === "function") {
  const fetch = globalThis.fetch;
  globalThis.fetch = async function guardedFetch(input, init) {
    const url = new URL(typeof input === "string" || input instanceof URL ? String(input) : input.url);
    if ((url.protocol === "http:" || url.protocol === "https:") && !isLocal(url.hostname)) {
      throw blocked(url.href);
    }
    return fetch(input, init);
  };
}
