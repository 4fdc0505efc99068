import "server-only";
import { databaseChangeStamp } from "./database-change-stamp";

type Remember = <T>(key: string, read: () => Promise<T>, options?: { maxAgeMs?: number }) => Promise<T>;

/** Every set of remembered reads of this copy of the module, for forgetRememberedReads. */
const allReads = new Set<Map<string, unknown>>();

/**
 * A set of remembered reads holding at most `maxEntries` answers (the oldest goes first beyond
 * it). Answers of a stamp that has passed can never be used again, so they are all dropped as
 * soon as the stamp moves: what is held is only what the database still says.
 * Answers are shared between requests: callers never change them.
 */
export function createRememberedReads(maxEntries: number): Remember {
  const remembered = new Map<string, { at: number; value: Promise<unknown> }>();
  allReads.add(remembered);
  let currentStamp: string | null = null;
  return <T>(key: string, read: () => Promise<T>, options: { maxAgeMs?: number } = {}): Promise<T> => {
    const stamp = databaseChangeStamp();
    if (stamp === null) return read();
    if (stamp !== currentStamp) {
      remembered.clear();
      currentStamp = stamp;
    }
    const now = Date.now();
    const hit = remembered.get(key);
    if (hit && (options.maxAgeMs === undefined || now - hit.at < options.maxAgeMs)) return hit.value as Promise<T>;
    const value = read();
    remembered.delete(key);
    if (remembered.size >= maxEntries) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, { at: now, value });
    // A failed read is not remembered: the next caller tries again.
    value.catch(() => {
      if (remembered.get(key)?.value === value) remembered.delete(key);
    });
    return value;
  };
}

/**
 * `read()`'s answer, read again only when the database may have changed since
 * (databaseChangeStamp). For reads whose answer is a function of the database alone, such as
 * the fingerprints that key the structure and progress caches (decisions 048, 049): on SQLite a
 * page of a 500-indicator framework read two fingerprints over every row of it on the server's
 * one thread, although nothing had changed. Where the stamp cannot tell (PostgreSQL, an open
 * transaction), it reads every time.
 * The stamp is taken before the read: a write landing during the read changes the stamp, so the
 * answer is never kept under a stamp newer than the data it saw.
 * `maxAgeMs` bounds it for answers that also depend on the time, such as a session that expires.
 * Small answers: enough for every framework of a few hundred workspaces. Large ones (a whole
 * page's data) take a set of their own with createRememberedReads.
 */
export const rememberUntilDatabaseChanges: Remember = createRememberedReads(2_000);

/** Forgets every remembered read: for tests and benchmarks that count the statements of a computation. */
export function forgetRememberedReads(): void {
  for (const remembered of allReads) remembered.clear();
}
