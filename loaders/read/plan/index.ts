/** Plan structure readers: targets in words, tasks, lead agencies (re-exported by `loaders/read/index.ts`). */
export * from "./planOutline.ts";
export * from "./planStructureContext.ts";
export * from "./readAgencyList.ts";
export * from "./readAgencyTable.ts";
export * from "./readAreaAssignments.ts";
export * from "./readPlanStructure.ts";
export * from "./readPlanTargets.ts";
export * from "./readPlanTasks.ts";
export * from "./targetPhrases.ts";
export * from "./taskSections.ts";
