import { readFileSync } from "node:fs";

// The indicator taxonomy with its series breaks and group names, for the pages that draw
// breaks in a series and for the target-feasibility engine in the browser.
const text = readFileSync(new URL("../../data/reference/taxonomy.json", import.meta.url), "utf8");
const taxonomy = JSON.parse(text) as { indicators: unknown[]; breaks: unknown[] };
process.stdout.write(JSON.stringify(taxonomy));
process.stderr.write(`taxonomy: ${taxonomy.indicators.length} indicators, ${taxonomy.breaks.length} series breaks\n`);
