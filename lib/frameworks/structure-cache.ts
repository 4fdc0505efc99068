import "server-only";
import { createProcessCache } from "@/lib/cache/process-cache";
import type { FrameworkStructure } from "./get-framework-structure";

/**
 * Structures of recently asked frameworks, of any workspace: the workspace is part of every
 * key (lib/frameworks/get-framework-structure.ts, decision 048). A few dozen: each is one
 * framework's current version, up to a few hundred kilobytes at 500 indicators.
 */
export const structureCache = createProcessCache<FrameworkStructure>(48);

/** Empties the cache: for tests that count the statements of a read, not of a cached answer. */
export function clearStructureCache(): void {
  structureCache.clear();
}
