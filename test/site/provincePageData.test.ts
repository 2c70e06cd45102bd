/**
 * The province pages' data is computed at build by src/data/province/[slug].json.ts: run as
 * Framework runs it, it writes exactly what provincePagesOf computes from the published tables,
 * small enough for a first chart, and fails on an unknown province.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../loaders/publish/index.ts";
import { provincePagesOf } from "../../src/components/province/provincePageData.ts";

const LOADER = "src/data/province/[slug].json.ts";
const runLoader = (slug: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", LOADER, "--slug", slug], { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 << 20 });

describe("province page data", () => {
  it("the loader writes provincePages' data for the province, and one summary line", async () => {
    const r = runLoader("lao-cai");
    expect(r.status, r.stderr).toBe(0);
    const d = await loadDataset();
    const want = provincePagesOf(d)["lao-cai"]!;
    const got = JSON.parse(r.stdout);
    expect(got).toEqual(JSON.parse(JSON.stringify(want)));
    expect(got.profile.province.name_vi).toBe("Lào Cai");
    // 45,06 as the plan prints it; the official sheet's unrounded value when the real data is there.
    const total2019 = got.profile.totals.find((p: { year: number }) => p.year === 2019)?.value as number;
    expect(Math.abs(total2019 - 45.06)).toBeLessThan(0.01);
    expect(r.stdout.length).toBeLessThan(500 * 1024);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^province\/lao-cai: \d+ KB of page data$/)]);
  });

  it("fails in one line on an unknown province", () => {
    const r = runLoader("atlantis");
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("province/atlantis: no such page");
  });

  it("fails, naming the error, when a source yields invalid data (as the table loaders do)", () => {
    const dir = mkdtempSync(join(tmpdir(), "papi-bad-sources-"));
    writeFileSync(join(dir, "empty.txt"), "");
    for (const [loader, args] of [
      [LOADER, ["--slug", "lao-cai"]],
      ["src/data/overview.json.ts", []],
      ["src/data/indicator-page/[group].json.ts", ["--group", "total"]],
    ] as const) {
      const r = spawnSync(process.execPath, ["--import", "tsx", loader, ...args], { encoding: "utf8", env: { ...process.env, PAPI_SOURCES: dir } });
      expect(r.status, loader).toBe(1);
      expect(r.stdout, loader).toBe("");
      expect(r.stderr, loader).toMatch(/empty\.txt:1: .*the document has no text[\s\S]*1 error\(s\) in the data/);
    }
  });

  it("fails in one line, without a stack trace, when the sources folder does not exist", () => {
    const r = runLoader("lao-cai", { PAPI_SOURCES: "/does-not-exist" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^\/does-not-exist: the sources directory does not exist/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
