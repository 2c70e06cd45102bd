// The build date and sources a printed report names (see src/components/shared/reportFacts.ts).
import { runJsonLoader } from "../../loaders/publish/runPageDataLoader.ts";
import { reportFacts } from "../components/shared/reportFacts.ts";

await runJsonLoader("report", (d) => reportFacts(d));
