/** The public face of `loaders/pipeline/`: From every file read to the published tables: validate, reconcile, derive, rank, group, benchmark, coverage. */
export * from "./applyGroupBands.ts";
export * from "./computeBenchmarks.ts";
export * from "./computeRanks.ts";
export * from "./deriveSixDimensionTotal.ts";
export * from "./findIdenticalSources.ts";
export * from "./ingest.ts";
export * from "./reconcileScores.ts";
export * from "./validateScores.ts";
