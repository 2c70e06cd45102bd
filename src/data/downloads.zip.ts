import { runDownloadsLoader } from "../../loaders/publish/index.ts";

await runDownloadsLoader();
