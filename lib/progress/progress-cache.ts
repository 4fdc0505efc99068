import "server-only";
import { createHash } from "node:crypto";

/**
 * Results of progress computations, kept in this process and keyed by everything they were
 * computed from (decision 039): the key is a hash of the framework's structure, its cycles,
 * who reads (workspace and value visibility), the options, and a fingerprint of the counted
 * values read just before. A write changes an input, so it changes the key: an entry is never
 * invalidated, it simply stops being asked for, and another server's cache cannot answer
 * with data older than the database's. Least recently used entries leave first.
 */
const MAX_ENTRIES = 32;
const entries = new Map<string, unknown>();

export function progressCacheKey(inputs: unknown): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url");
}

export function readProgressCache<T>(key: string): T | undefined {
  const value = entries.get(key);
  if (value === undefined) return undefined;
  // Re-inserted, so that the map's order is the order of last use.
  entries.delete(key);
  entries.set(key, value);
  return value as T;
}

export function writeProgressCache<T>(key: string, value: T): T {
  entries.delete(key);
  entries.set(key, value);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** Empties the cache: for tests that count the statements of a computation, not of a cached answer. */
export function clearProgressCache(): void {
  entries.clear();
}
