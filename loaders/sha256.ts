import { createHash } from "node:crypto";

/** Hex sha256 of a file's bytes or text, recorded in `sources` so a reader can verify a copy. */
export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
