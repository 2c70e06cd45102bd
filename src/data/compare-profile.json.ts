// The comparison page's profile file (see src/components/compare/comparePageData.ts), computed at build.
import { runJsonLoader } from "../../loaders/publish/runPageDataLoader.ts";
import { compareProfile } from "../components/compare/comparePageData.ts";

await runJsonLoader("compare-profile", (d) => compareProfile(d));
