import { runDownloadsLoader } from "../../loaders/runTableLoader.ts";

await runDownloadsLoader();
