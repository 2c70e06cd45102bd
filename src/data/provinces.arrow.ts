import { runArrowLoader } from "../../loaders/runTableLoader.ts";

await runArrowLoader("provinces");
