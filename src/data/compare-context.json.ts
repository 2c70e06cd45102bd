// The comparison page's context file: national means and indicator names (see src/components/compare/comparePageData.ts).
import { runJsonLoader } from "../../loaders/publish/runPageDataLoader.ts";
import { compareContext } from "../components/compare/comparePageData.ts";

await runJsonLoader("compare-context", (d) => compareContext(d));
