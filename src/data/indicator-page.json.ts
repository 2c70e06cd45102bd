// The /indicators page's head file (see src/components/indicators/indicatorPageData.ts), computed at build.
import { runJsonLoader } from "../../loaders/publish/runPageDataLoader.ts";
import { indicatorPageHead } from "../components/indicators/indicatorPageData.ts";

await runJsonLoader("indicator-page", (d) => indicatorPageHead(d));
