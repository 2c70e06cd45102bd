import { createHash } from "node:crypto";

/** Characters of a text hashed at a time (its UTF-8 copy is made a piece at a time, not whole). */
const TEXT_CHUNK = 1 << 20;

/** Hex sha256 of a file's bytes or text, recorded in `sources` so a reader can verify a copy. */
export function sha256(data: Uint8Array | string): string {
  const h = createHash("sha256");
  if (typeof data !== "string") return h.update(data).digest("hex");
  for (let i = 0; i < data.length; ) {
    let end = Math.min(data.length, i + TEXT_CHUNK);
    // Never cut a surrogate pair: its halves would be encoded as two replacement characters.
    if (end < data.length && data.charCodeAt(end - 1) >= 0xd800 && data.charCodeAt(end - 1) <= 0xdbff) end++;
    h.update(data.slice(i, end));
    i = end;
  }
  return h.digest("hex");
}
