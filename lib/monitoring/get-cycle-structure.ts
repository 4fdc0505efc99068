import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { cacheKey } from "@/lib/cache/process-cache";
import { getStructureFingerprint } from "@/lib/frameworks/get-structure-fingerprint";
import { cycleStructureCache } from "@/lib/frameworks/structure-cache";
import { loadAreaRows, type AreaRow } from "./load-area-roots";
import { loadCycleIndicators, type CycleIndicator } from "./load-cycle-indicators";
import { requireCycle, type CycleRef } from "./require-cycle";

/** What the entry, review and completeness pages read of a cycle's version: shared, frozen. */
export type CycleStructure = {
  /** Every indicator of the version, in position order. */
  indicators: readonly CycleIndicator[];
  /** The version's areas in position order (areaRootsOf gives their top-level areas). */
  areas: readonly AreaRow[];
};

/**
 * A cycle and its version's indicators and areas, for pages that only read them (decision 055).
 * Cached in this process under the framework's structure fingerprint (decision 048), read in
 * the same round trip as the cycle, which must not be cached (its status and deadlines change).
 * The key holds the workspace, the code, the version and the fingerprint, so that any write,
 * by this server or another, makes the next request read the version again.
 * Writes never validate against this: they read the indicators inside their transaction.
 */
export async function getCycleStructure(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
): Promise<{ cycle: CycleRef; structure: CycleStructure }> {
  // The fingerprint is read before the structure: a write landing in between leaves a newer
  // structure under an older key, never an older one under a newer key (decision 048).
  const [cycle, fingerprint] = await Promise.all([
    requireCycle(access, target.frameworkCode, target.year),
    getStructureFingerprint(access.workspace.id, target.frameworkCode),
  ]);
  const key = cacheKey({ workspaceId: access.workspace.id, code: target.frameworkCode, versionId: cycle.versionId, fingerprint });
  const cached = cycleStructureCache.read(key);
  if (cached) return { cycle, structure: cached };
  const [indicators, areas] = await Promise.all([loadCycleIndicators(cycle.versionId), loadAreaRows(cycle.versionId)]);
  return { cycle, structure: cycleStructureCache.write(key, { indicators, areas }) };
}
