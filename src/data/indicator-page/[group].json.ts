// One picker group of the /indicators page (see src/components/indicators/indicatorPageData.ts), computed at build.
import { parseArgs } from "node:util";
import { defaultTaxonomy } from "../../../loaders/model/index.ts";
import { runPageDataLoader } from "../../../loaders/publish/runPageDataLoader.ts";
import { indicatorGroupFiles } from "../../components/indicators/indicatorPageData.ts";

const { values } = parseArgs({ options: { group: { type: "string" } } });
await runPageDataLoader("indicator-group", values.group ?? "", (d) => indicatorGroupFiles(d, defaultTaxonomy().breaks));
