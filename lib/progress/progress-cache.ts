import "server-only";
import { cacheKey, createProcessCache } from "@/lib/cache/process-cache";
import { forgetRememberedReads } from "@/lib/database/remember-until-database-changes";

/**
 * Results of progress computations, kept in this process and keyed by everything they were
 * computed from (decision 039): the key is a hash of the framework's structure key (decision
 * 048), its cycles, who reads (workspace and value visibility), the options, and a fingerprint
 * of the counted values read just before. A write changes an input, so it changes the key.
 */
const results = createProcessCache<unknown>(32);

export function progressCacheKey(inputs: unknown): string {
  return cacheKey(inputs);
}

export function readProgressCache<T>(key: string): T | undefined {
  return results.read(key) as T | undefined;
}

export function writeProgressCache<T>(key: string, value: T): T {
  return results.write(key, value) as T;
}

/** Empties the cache, and the remembered fingerprints: for tests that count the statements of a computation, not of a cached answer. */
export function clearProgressCache(): void {
  forgetRememberedReads();
  results.clear();
}
