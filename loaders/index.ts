/**
 * The library's types for the pages (`src/`): one entry point, types only, so browser code never
 * pulls a Node module in. Node code (data loaders, scripts, tests) imports a room's `index.ts`.
 */
export type * from "./model/index.ts";
export type * from "./pipeline/index.ts";
export type * from "./feasibility/index.ts";
