// The /plans page's data (see src/components/plans/plansPageData.ts), computed at build.
import { runJsonLoader } from "../../loaders/publish/runPageDataLoader.ts";
import { plansPage } from "../components/plans/plansPageData.ts";

await runJsonLoader("plans", (d) => plansPage(d));
