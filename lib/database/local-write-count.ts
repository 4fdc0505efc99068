/**
 * How many times this process has taken or released SQLite's write lock: with `PRAGMA
 * data_version` (which counts the commits of other connections), what tells that the database
 * may have changed since a read (lib/database/database-change-stamp.ts). Kept apart, without
 * imports, because the write lock (lib/database/sqlite-write-lock.ts) is part of the client
 * that the stamp reads through.
 *
 * Kept on globalThis, like the client itself (lib/db.ts): Next bundles a page, a server action
 * and a route handler apart, each with its own copy of this module, while they share the one
 * client. A count per copy let a page keep a read that an API route's write had made stale
 * (a session signed out through better-auth's route stayed signed in).
 */
const shared = globalThis as unknown as { capacitasLocalWrites?: { count: number } };
const writes = (shared.capacitasLocalWrites ??= { count: 0 });

/** Called when a write takes the lock and again when it commits or rolls back. */
export function noteLocalWrite(): void {
  writes.count += 1;
}

export function localWriteCount(): number {
  return writes.count;
}
