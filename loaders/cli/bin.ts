#!/usr/bin/env tsx
/** The `papi` command (`npm run papi -- …`): runs the CLI and exits once its output is flushed. */
import { main } from "./cli.ts";

for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    exitAfterFlush(code);
  },
  (e) => {
    process.stderr.write(`papi: ${e instanceof Error ? e.message : String(e)}\n`);
    exitAfterFlush(1);
  },
);

/**
 * Ends the process once everything written has reached the reader: on a pipe stdout is
 * asynchronous, and exiting at once cut output off after the first 64 KiB. A reader that closes
 * early (`| head -1`) ends the run quietly (EPIPE is not an error of ours).
 */
function exitAfterFlush(code: number): void {
  let done = 0;
  const finish = () => ++done === 2 && process.exit(code);
  process.stdout.write("", finish);
  process.stderr.write("", finish);
}
