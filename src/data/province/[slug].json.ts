// One province page's data (see src/components/province/provincePageData.ts), computed at build.
import { parseArgs } from "node:util";
import { defaultTaxonomy, type Dataset } from "../../../loaders/model/index.ts";
// Its own module, not the room's index: this loader runs once per province, and the index loads every writer.
import { runPageDataLoader } from "../../../loaders/publish/runPageDataLoader.ts";
import { provincePages } from "../../components/province/provincePageData.ts";

const { values } = parseArgs({ options: { slug: { type: "string" } } });
const all = (d: Dataset) =>
  provincePages({ facts: d.facts, provinces: d.provinces, benchmarks: d.benchmarks, indicators: d.indicators, breaks: defaultTaxonomy().breaks });
await runPageDataLoader("province", values.slug ?? "", all);
