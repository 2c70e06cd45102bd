// One province page's data (see src/components/province/provincePageData.ts), computed at build.
import { parseArgs } from "node:util";
// Its own module, not the room's index: this loader runs once per province, and the index loads every writer.
import { runPageDataLoader } from "../../../loaders/publish/runPageDataLoader.ts";
import { provincePagesOf } from "../../components/province/provincePageData.ts";

const { values } = parseArgs({ options: { slug: { type: "string" } } });
await runPageDataLoader("province", values.slug ?? "", provincePagesOf);
