import "server-only";
import { createHash } from "node:crypto";

/**
 * A cache kept in this process whose keys are hashes of everything its values were computed
 * from (decisions 039 and 048). A write to any input changes the key, so an entry is never
 * invalidated: it simply stops being asked for, and another server's cache cannot answer with
 * data older than the database's. The least recently used entries leave first, so the size is
 * bounded. Values are frozen, since every later request shares them.
 */
export type ProcessCache<T> = {
  read(key: string): T | undefined;
  write(key: string, value: T): T;
  clear(): void;
};

/** The key of a set of inputs: a hash of their JSON. */
export function cacheKey(inputs: unknown): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("base64url");
}

export function createProcessCache<T>(maxEntries: number): ProcessCache<T> {
  const entries = new Map<string, T>();
  return {
    read(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      // Re-inserted, so that the map's order is the order of last use.
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    write(key, value) {
      entries.delete(key);
      entries.set(key, deepFreeze(value));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}

/** Freezes plain objects and arrays all the way down, so that a caller who mutates a shared value fails loudly. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
