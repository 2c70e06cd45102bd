/**
 * The real-data suite: the tests that read the official PAPI files run when PAPI_SOURCES names
 * their folder, and are skipped otherwise — `scripts/realDataGate.ts` says so in one line before
 * the tests run, and makes a missing folder an error where PAPI_SOURCES_REQUIRED=1 (CI).
 */
import { existsSync } from "node:fs";
import { describe, it } from "vitest";

export const SOURCES_DIR = process.env.PAPI_SOURCES ?? null;
export const HAS_REAL_DATA = SOURCES_DIR !== null && existsSync(SOURCES_DIR);

/** `describe` for real-data tests: skipped without PAPI_SOURCES. */
export const describeReal = describe.skipIf(!HAS_REAL_DATA);
/** `it` for one real-data test among fixture tests. */
export const itReal = it.skipIf(!HAS_REAL_DATA);
