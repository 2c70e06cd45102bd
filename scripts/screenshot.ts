/**
 * Takes the README's screenshot (docs/screenshot.png) of the built site in Debian's Chromium:
 * `PAPI_SOURCES=../shared/papi-data npm run build && npx tsx scripts/screenshot.ts [path]`.
 */
import { join } from "node:path";
import { launchChromium, openPage, waitForCells } from "../test/e2e/browser.ts";
import { startStaticServer } from "../test/e2e/server.ts";
import { PROJECT_ROOT } from "../loaders/model/index.ts";

const path = process.argv[2] ?? "/province/lao-cai";
const server = await startStaticServer(join(PROJECT_ROOT, "dist"));
const browser = await launchChromium();
try {
  const { page } = await openPage(browser.context, server.origin, path);
  await waitForCells(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(PROJECT_ROOT, "docs", "screenshot.png"), clip: { x: 0, y: 0, width: 1280, height: 1100 } });
  console.log(`docs/screenshot.png ← ${path}`);
} finally {
  await browser.close();
  await server.close();
}
