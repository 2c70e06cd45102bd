/**
 * `npm run bench` — prints the project's speed figures (goals in brackets; nothing here fails a
 * test run):
 *   1. ingest: all sources read, validated and reconciled [< 3 s], rows per second, Arrow sizes;
 *   2. target feasibility: one full assessment of the Lào Cai 2020 plan in Node [< 50 ms];
 *   2b. large inputs read in a process of their own: a 6 MB one-line document [< 2 s], a 50 MB
 *      CSV panel [memory < 4× its size]; ingest over N copies of a workbook [linear, figures/s];
 *   3. build time of the site;
 *   4. in headless Chromium against the built site, every load cold (HTTP cache off) and
 *      interleaved with a plain static page showing the same chart: median time to first chart
 *      for /, /province/lao-cai and /compare [≤ 2× plain], and for the same page's HTML with its
 *      scripts taken out (the floor: what the browser needs for the HTML alone); bytes received
 *      before the first chart [≤ 500 KB; gzipped size said too], bytes per page (DuckDB-wasm
 *      files apart), whether the first chart waited for DuckDB-wasm, and the time for a
 *      selection change to redraw [≤ 100 ms].
 *
 * Options: --skip-build (use the existing dist/), --runs N (default 5), --pages-only (4 alone).
 * Uses $PAPI_SOURCES like the site (default data/sources/).
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { ingest } from "../loaders/pipeline/index.ts";
import { readAllSources } from "../loaders/read/index.ts";
import { PROJECT_ROOT } from "../loaders/model/index.ts";
import { encodeArrow } from "../loaders/publish/index.ts";
import { TABLE_NAMES } from "../loaders/model/index.ts";
import { assessTargets } from "../loaders/feasibility/index.ts";
import { engineData } from "../loaders/feasibility/index.ts";
import { plansFrom } from "../loaders/feasibility/index.ts";
import { buildPanel } from "../loaders/feasibility/index.ts";
import { seriesInfo } from "../loaders/feasibility/index.ts";
import { launchChromium } from "../test/e2e/browser.ts";
import { yearlyWideWorkbook } from "../test/fixtures/workbooks/buildWorkbooks.ts";
import { largeCsvPanel, longLineDocument, longLineProse } from "./largeInputs.ts";
import { resolveRequestPath, startStaticServer } from "../test/e2e/server.ts";

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(0)} KB`;
const results: Record<string, unknown> = { date: new Date().toISOString(), sources: process.env.PAPI_SOURCES ?? "data/sources (embedded documents only)" };

const pagesOnly = args.includes("--pages-only");

// 1. Ingest
if (!pagesOnly) {
  const inputs = readAllSources();
  const times: number[] = [];
  let rows = 0;
  let dataset = await ingest(inputs);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    dataset = await ingest(inputs);
    times.push(performance.now() - t0);
  }
  rows = dataset.scores.length;
  const t = median(times);
  console.log(
    `ingest: ${inputs.length} files, ${rows} figures, ${dataset.facts.length} facts, ${dataset.issues.length} findings — median ${ms(t)} (goal < 3000 ms), ${Math.round((rows / t) * 1000)} figures/s`,
  );
  const sizes: Record<string, number> = {};
  for (const name of TABLE_NAMES) sizes[name] = encodeArrow(name, dataset[name] as unknown as Record<string, unknown>[]).byteLength;
  console.log(`arrow sizes: ${TABLE_NAMES.map((n) => `${n} ${kb(sizes[n]!)}`).join(", ")}`);
  results.ingest = { files: inputs.length, figures: rows, median_ms: t, figures_per_s: (rows / t) * 1000, arrow_bytes: sizes };

  // 2. Feasibility
  const data = engineData(dataset);
  const plan = plansFrom(dataset.scores).find((p) => p.province === "10" && p.targetYear === 2020);
  if (plan) {
    const input = { province: plan.province, baseYear: plan.baseYear, targetYear: plan.targetYear, targets: plan.targets, rankTargets: plan.rankTargets };
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      let t0 = performance.now();
      assessTargets(data, input);
      cold.push(performance.now() - t0);
      const prebuilt = { panel: buildPanel(data.facts), series: seriesInfo(data.indicators, data.breaks) };
      t0 = performance.now();
      assessTargets(data, input, prebuilt);
      warm.push(performance.now() - t0);
    }
    console.log(
      `feasibility (Lào Cai 2020 plan, ${data.facts.length} facts): median ${ms(median(cold))} including the panel build, ${ms(median(warm))} with the panel built once (goal < 50 ms)`,
    );
    results.feasibility = { median_ms: median(cold), median_ms_prebuilt_panel: median(warm) };
  }
}

// 2b. Large inputs, each read in a process of its own (time linear in size; memory under 4× the input)
if (!pagesOnly) {
  const dir = join(PROJECT_ROOT, ".tmp", "bench");
  mkdirSync(dir, { recursive: true });
  const cases: Array<[string, string, string]> = [
    ["long-line document, 1 MB", "long-1.txt", longLineDocument(1e6)],
    ["long-line document, 6 MB", "long-6.txt", longLineDocument(6e6)],
    ["long-line prose, 6 MB", "prose-6.txt", longLineProse(6e6)],
    ["CSV panel, 10 MB", "panel-10.csv", largeCsvPanel(10e6)],
    ["CSV panel, 50 MB", "panel-50.csv", largeCsvPanel(50e6)],
  ];
  const large: Record<string, unknown> = {};
  for (const [label, name, text] of cases) {
    const path = join(dir, name);
    writeFileSync(path, text);
    const out = execSync(`npx tsx bench/readLargeInput.ts ${JSON.stringify(path)}`, { cwd: PROJECT_ROOT, encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").pop()!) as { bytes: number; ms: number; figures: number; rss_mb: number; baseline_rss_mb: number };
    const ratio = ((r.rss_mb - r.baseline_rss_mb) * 1048576) / r.bytes;
    console.log(
      `${label}: ${(r.bytes / 1e6).toFixed(1)} MB read in ${ms(r.ms)} (${((r.bytes / 1e6 / r.ms) * 1000).toFixed(1)} MB/s), ${r.figures} figures, peak memory +${r.rss_mb - r.baseline_rss_mb} MB = ${ratio.toFixed(1)}× the input (goals: a 6 MB line < 2 s, memory < 4×)`,
    );
    large[name] = { ...r, memory_ratio: ratio };
  }
  results.large_inputs = large;

  // N copies of a workbook: papi check's ingest stays linear (figures per second).
  const inputs = readAllSources();
  const workbook = inputs.find((i) => i.file.endsWith(".xlsx")) ?? { file: "fixture.xlsx", data: (await yearlyWideWorkbook()).data };
  const copies: Record<string, unknown> = {};
  for (const n of [1, 2, 4, 8]) {
    const many = Array.from({ length: n }, (_, k) => ({ file: `copy-${k + 1}-${workbook.file}`, data: workbook.data }));
    const t0 = performance.now();
    const d = await ingest(many);
    const t = performance.now() - t0;
    console.log(
      `papi check over ${n} cop${n === 1 ? "y" : "ies"} of ${workbook.file}: ${d.scores.length} figures in ${ms(t)} = ${Math.round((d.scores.length / t) * 1000)} figures/s`,
    );
    copies[n] = { figures: d.scores.length, ms: t, figures_per_s: (d.scores.length / t) * 1000 };
  }
  results.workbook_copies = copies;
}

// 3. Build
if (!args.includes("--skip-build") && !pagesOnly) {
  const t0 = performance.now();
  execSync("npm run build", { cwd: PROJECT_ROOT, stdio: "ignore" });
  const t = performance.now() - t0;
  console.log(`build: ${(t / 1000).toFixed(1)} s (npm run build, loader cache cleared)`);
  results.build_s = t / 1000;
}

// 4. Browser
const dist = join(PROJECT_ROOT, "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.log("browser: no dist/ — run without --skip-build");
} else {
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  /**
   * One cold load (the HTTP cache disabled through CDP). The first chart is the first svg in the
   * page's main area at least 150 px wide (icons are smaller), seen by a script in the page that
   * looks every 4 ms — it can only run between tasks, when the browser may also paint. Its time
   * is the page's own clock from navigation start; bytes before it are the files whose response
   * ended by then (Resource Timing: decoded sizes, as served uncompressed), gzip computed here.
   */
  const FIRST_CHART_PROBE = `
    const probe = setInterval(() => {
      const svg = [...document.querySelectorAll("main svg")].find((s) => s.getBoundingClientRect().width >= 150);
      if (svg) { window.__firstChart = performance.now(); window.__firstChartSvg = shown(svg); clearInterval(probe); }
    }, 4);
    // The chart as seen: without the parts the page hides (the comparison page's first view holds
    // every province's layer and shows the selected ones). Elements that are never drawn but are
    // part of the chart (a mark's <title> tooltip, the chart's own <style>) also compute as
    // display: none; they stay, so the plain page parses the same chart.
    const UNDRAWN = "title, desc, style, metadata, defs, clipPath, linearGradient, radialGradient, pattern, mask, marker, symbol";
    const shown = (svg) => {
      const copy = svg.cloneNode(true);
      const from = [...svg.querySelectorAll("*")];
      const to = [...copy.querySelectorAll("*")];
      from.forEach((e, i) => {
        const style = getComputedStyle(e);
        if (style.display === "none" && !e.closest(UNDRAWN)) to[i].remove();
        else to[i].style.color = style.color;
      });
      return copy.outerHTML;
    };`;
  const firstChart = async (path: string) => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.addInitScript({ content: FIRST_CHART_PROBE });
    const bodies = new Map<string, Promise<Buffer>>();
    page.on("response", (r) =>
      bodies.set(
        r.url(),
        r.body().catch(() => Buffer.alloc(0)),
      ),
    );
    await page.goto(new URL(path, server.origin).href, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart !== undefined, undefined, { timeout: 60_000, polling: 50 });
    await page.waitForLoadState("networkidle").catch(() => undefined);
    const t = await page.evaluate(() => {
      const w = window as unknown as { __firstChart: number; __firstChartSvg: string };
      const nav = window.performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const files = (window.performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((e) => ({
        url: e.name,
        end: e.responseEnd,
        size: e.decodedBodySize,
      }));
      files.push({ url: location.href, end: nav.responseEnd, size: nav.decodedBodySize });
      return { first: w.__firstChart, svg: w.__firstChartSvg, files };
    });
    let bytes = 0;
    let bytesBefore = 0;
    let gzipBefore = 0;
    let duckBytes = 0;
    for (const f of t.files) {
      if (/duckdb/.test(f.url)) duckBytes += f.size;
      else bytes += f.size;
      if (f.end <= t.first && !/duckdb/.test(f.url)) {
        bytesBefore += f.size;
        gzipBefore += gzipSync((await bodies.get(f.url)) ?? Buffer.alloc(0)).length;
      }
    }
    const duckBefore = t.files.some((f) => /duckdb-eh/.test(f.url) && f.end <= t.first);
    await page.close();
    return { first: t.first, bytes, bytesBefore, gzipBefore, duckBytes, duckBefore, svg: t.svg };
  };
  const pages = ["/", "/province/lao-cai", "/compare?p=lao-cai,dak-lak,ha-noi"];
  const table: Array<Record<string, unknown>> = [];
  mkdirSync(join(dist, "_bench"), { recursive: true });
  for (const path of pages) {
    // The plain page holds the same chart as an inline SVG; page and plain page alternate, cold.
    const probe = await firstChart(path);
    const plainFile = `/_bench/plain-${table.length}.html`;
    writeFileSync(join(dist, plainFile), `<!doctype html><meta charset="utf-8"><title>plain</title><main>${probe.svg}</main>`);
    // The floor: the page's own HTML and stylesheet as built, with every script taken out (so no
    // module, no data file), from the page's folder. What the page takes beyond it is what its
    // scripts and data cost before the first chart; what it takes below it is the HTML's own.
    const builtPage = new URL(path, server.origin);
    const built = await resolveRequestPath(dist, builtPage.pathname);
    const bareFile = `/_bench/bare-${table.length}.html`;
    const bareBuilt = built !== undefined && "file" in built;
    if (bareBuilt) {
      const folder = new URL(".", builtPage).pathname;
      const html = readFileSync(built.file, "utf8")
        .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
        .replace("<head>", `<head><base href="${folder}">`);
      writeFileSync(join(dist, bareFile), html);
    }
    const samples = [];
    const plain = [];
    const bare = [];
    for (let i = 0; i < runs; i++) {
      samples.push(await firstChart(path));
      plain.push((await firstChart(plainFile)).first);
      if (bareBuilt) bare.push((await firstChart(`${bareFile}${builtPage.search}`)).first);
    }
    const m = median(samples.map((s) => s.first));
    const row = {
      page: path,
      first_chart_ms: m,
      plain_page_ms: median(plain),
      ratio: m / Math.max(1, median(plain)),
      without_scripts_ms: bare.length ? median(bare) : null,
      bytes_before_first_chart: median(samples.map((s) => s.bytesBefore)),
      gzip_bytes_before_first_chart: median(samples.map((s) => s.gzipBefore)),
      bytes: median(samples.map((s) => s.bytes)),
      duckdb_bytes: median(samples.map((s) => s.duckBytes)),
      duckdb_before_first_chart: samples.some((s) => s.duckBefore),
    };
    table.push(row);
    console.log(
      `${path}: first chart median ${ms(m)} cold (plain page ${ms(row.plain_page_ms)}, ×${row.ratio.toFixed(1)}; goal ≤ ×2; ` +
        `the same HTML without its scripts ${row.without_scripts_ms === null ? "n/a" : `${ms(row.without_scripts_ms)}, ×${(row.without_scripts_ms / Math.max(1, row.plain_page_ms)).toFixed(1)}`}), ` +
        `${kb(row.bytes_before_first_chart)} before the first chart (${kb(row.gzip_bytes_before_first_chart)} gzipped; goal ≤ 500 KB), ` +
        `${kb(row.bytes)} in all + ${kb(row.duckdb_bytes)} DuckDB-wasm, DuckDB-wasm loaded before the first chart: ${row.duckdb_before_first_chart ? "yes" : "no"}`,
    );
  }
  results.pages = table;

  // Redraw after a selection change: /compare's year select.
  const page = await browser.context.newPage();
  await page.goto(new URL("/compare?p=lao-cai,dak-lak,ha-noi", server.origin).href);
  await page.waitForSelector("main svg");
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const redraws: number[] = [];
  for (let i = 0; i < runs; i++) {
    const took = await page.evaluate(async () => {
      const select = [...document.querySelectorAll("main select")].find((s) =>
        [...(s as HTMLSelectElement).options].some((o) => /^\d{4}$/.test(o.value) || /^\d{4}$/.test(o.text)),
      ) as HTMLSelectElement | undefined;
      if (!select) return NaN;
      const options = [...select.options];
      const next = options[(select.selectedIndex + 1) % options.length]!;
      return await new Promise<number>((resolve) => {
        const t0 = performance.now();
        const obs = new MutationObserver((records) => {
          if (records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && (n.matches("svg, figure, .chart-card") || n.querySelector("svg"))))) {
            obs.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        obs.observe(document.querySelector("main")!, { childList: true, subtree: true });
        select.value = next.value;
        select.dispatchEvent(new Event("input", { bubbles: true }));
        setTimeout(() => {
          obs.disconnect();
          resolve(NaN);
        }, 10_000);
      });
    });
    redraws.push(took);
    await page.waitForTimeout(200);
  }
  const valid = redraws.filter(Number.isFinite);
  console.log(
    `redraw after a selection change (/compare year): median ${valid.length ? ms(median(valid)) : "n/a"} over ${valid.length} changes (goal ≤ 100 ms)`,
  );
  results.redraw_ms = valid.length ? median(valid) : null;
  await page.close();
  await browser.close();
  await server.close();
  // The plain pages are the bench's own: the built site must not keep them.
  rmSync(join(dist, "_bench"), { recursive: true, force: true });
}

mkdirSync(join(PROJECT_ROOT, "bench-results"), { recursive: true });
writeFileSync(join(PROJECT_ROOT, "bench-results", "latest.json"), JSON.stringify(results, null, 1));
console.log("(figures also in bench-results/latest.json)");
