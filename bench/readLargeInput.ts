/**
 * One large input read in a process of its own, so its time and peak memory are its own:
 * `tsx bench/readLargeInput.ts <file>` prints one JSON line {bytes, ms, figures, issues, rss_mb,
 * baseline_rss_mb}. Used by `npm run bench` for the long-line document and the 50 MB CSV.
 */
import { statSync } from "node:fs";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import { readInput } from "../loaders/read/index.ts";
import { readBytes } from "../loaders/read/index.ts";

const file = process.argv[2]!;
const baseline = process.memoryUsage().rss;
let peak = baseline;
const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const t0 = performance.now();
const result = await readInput({ file: basename(file), data: readBytes(file) });
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
const mb = (x: number) => Math.round(x / 1048576);
console.log(
  JSON.stringify({
    bytes: statSync(file).size,
    ms: Math.round(ms),
    figures: result.scores.length,
    issues: result.issues.length,
    rss_mb: mb(peak),
    baseline_rss_mb: mb(baseline),
  }),
);
