/** The public face of `loaders/feasibility/`: Target feasibility: the panel, change distributions, implied ranks, plan simulation and backtests (also bundled for the /targets page). */
export * from "./assessTargets.ts";
export * from "./browserEngine.ts";
export * from "./changeDistribution.ts";
export * from "./engineData.ts";
export * from "./impliedRank.ts";
export * from "./panel.ts";
export * from "./planTargets.ts";
export * from "./simulatePlan.ts";
