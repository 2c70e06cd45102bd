/** The public face of `loaders/model/`: Row types and table schemas (with their unique keys), the taxonomy, the province registry and where the project files are. */
export * from "./assumedFields.ts";
export * from "./model.ts";
export * from "./projectPaths.ts";
export * from "./provinces.ts";
export * from "./tableSchemas.ts";
export * from "./taxonomy.ts";
export * from "./agencies.ts";
export * from "./plans.ts";
