// The CLI is not a library: no module outside loaders/cli/ (and the CLI's own tests) imports it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../loaders/model/index.ts";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? files(path) : /\.(ts|js|md)$/.test(name) ? [path] : [];
  });
}

describe("the CLI", () => {
  it("is imported by no library module, page, script or other test", () => {
    const importers = ["loaders", "src", "scripts", "bench", "test"]
      .flatMap((d) => files(join(PROJECT_ROOT, d)))
      .map((f) => relative(PROJECT_ROOT, f))
      .filter((f) => !f.startsWith("loaders/cli/") && !f.startsWith("test/cli/") && !f.startsWith("src/vendor/"))
      .filter((f) => /from\s+["'][^"']*\/cli\/[^"']*["']|import\(["'][^"']*\/cli\//.test(readFileSync(join(PROJECT_ROOT, f), "utf8")));
    expect(importers).toEqual([]);
  });
});
