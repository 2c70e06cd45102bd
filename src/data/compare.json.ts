// The comparison page's first file (see src/components/compare/comparePageData.ts), computed at build.
import { runJsonLoader } from "../../loaders/publish/runPageDataLoader.ts";
import { compareBase } from "../components/compare/comparePageData.ts";

await runJsonLoader("compare", (d) => compareBase(d));
