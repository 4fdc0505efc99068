import "server-only";
import { databaseChangeStamp } from "./database-change-stamp";

/** Enough for every framework of a few hundred workspaces; the oldest entry goes first beyond it. */
const MAX_ENTRIES = 2_000;
const remembered = new Map<string, { stamp: string; at: number; value: Promise<unknown> }>();

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
 */
export function rememberUntilDatabaseChanges<T>(key: string, read: () => Promise<T>, options: { maxAgeMs?: number } = {}): Promise<T> {
  const stamp = databaseChangeStamp();
  if (stamp === null) return read();
  const now = Date.now();
  const hit = remembered.get(key);
  if (hit?.stamp === stamp && (options.maxAgeMs === undefined || now - hit.at < options.maxAgeMs)) return hit.value as Promise<T>;
  const value = read();
  remembered.delete(key);
  if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, { stamp, at: now, value });
  // A failed read is not remembered: the next caller tries again.
  value.catch(() => {
    if (remembered.get(key)?.value === value) remembered.delete(key);
  });
  return value;
}

/** Forgets every remembered read: for tests and benchmarks that count the statements of a computation. */
export function forgetRememberedReads(): void {
  remembered.clear();
}
