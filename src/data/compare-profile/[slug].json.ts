// One province's profile file for /compare (see src/components/compare/comparePageData.ts), computed at build.
import { parseArgs } from "node:util";
import { runPageDataLoader } from "../../../loaders/publish/runPageDataLoader.ts";
import { compareProfiles } from "../../components/compare/comparePageData.ts";

const { values } = parseArgs({ options: { slug: { type: "string" } } });
await runPageDataLoader("compare-profile", values.slug ?? "", compareProfiles);
