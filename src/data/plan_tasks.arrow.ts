import { runArrowLoader } from "../../loaders/publish/index.ts";

await runArrowLoader("plan_tasks");
