// The overview page's data (see src/components/overview/overviewPageData.ts), computed at build.
import { runJsonLoader } from "../../loaders/publish/runPageDataLoader.ts";
import { overviewPage } from "../components/overview/overviewPageData.ts";

await runJsonLoader("overview", (d) => overviewPage(d));
