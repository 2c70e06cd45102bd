import type { Io } from "./cli.ts";

/** `papi feasibility`: assessment of a province's targets (see loaders/assessTargets.ts). */
export async function feasibilityCommand(_args: string[], io: Io): Promise<number> {
  io.err("feasibility: not available yet\n");
  return 2;
}
