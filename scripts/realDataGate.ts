/**
 * Run by `npm test` before the suites: says in one line whether the real-data suite runs.
 * PAPI_SOURCES unset: the suite is skipped, and how to run it is printed. PAPI_SOURCES naming a
 * folder that does not exist is always an error (a mistyped path must not pass silently); so is
 * an unset PAPI_SOURCES where PAPI_SOURCES_REQUIRED=1 (CI).
 */
import { existsSync, statSync } from "node:fs";

const dir = process.env.PAPI_SOURCES;
const required = process.env.PAPI_SOURCES_REQUIRED === "1";
if (dir === undefined || dir === "") {
  if (required) {
    console.error("real-data suite: PAPI_SOURCES_REQUIRED=1 but PAPI_SOURCES is not set; point it at the folder of the official PAPI files");
    process.exit(1);
  }
  console.log(
    "real-data suite: not run (PAPI_SOURCES is not set) — run it with PAPI_SOURCES=/path/to/papi-data npm test, e.g. PAPI_SOURCES=../shared/papi-data",
  );
} else if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`real-data suite: PAPI_SOURCES=${dir} is not a folder`);
  process.exit(1);
} else console.log(`real-data suite: runs on PAPI_SOURCES=${dir}`);
