import "server-only";
import { createProcessCache } from "@/lib/cache/process-cache";
import type { CycleStructure } from "@/lib/monitoring/get-cycle-structure";
import type { FrameworkStructure } from "./get-framework-structure";
import { forgetRememberedReads } from "@/lib/database/remember-until-database-changes";

/**
 * Structures of recently asked frameworks, of any workspace: the workspace is part of every
 * key (lib/frameworks/get-framework-structure.ts, decision 048). A few dozen: each is one
 * framework's current version, up to a few hundred kilobytes at 500 indicators.
 */
export const structureCache = createProcessCache<FrameworkStructure>(48);

/**
 * A cycle's version as the entry, review and completeness pages read it (decision 055), under a
 * key of the same fingerprint: a version other than the current one, with contributors and
 * breakdowns, and without definitions or baselines.
 */
export const cycleStructureCache = createProcessCache<CycleStructure>(48);

/** Empties both caches, and the remembered fingerprints: for tests that count the statements of a read, not of a cached answer. */
export function clearStructureCache(): void {
  forgetRememberedReads();
  structureCache.clear();
  cycleStructureCache.clear();
}
