/**
 * How many times this process has taken or released SQLite's write lock: with `PRAGMA
 * data_version` (which counts the commits of other connections), what tells that the database
 * may have changed since a read (lib/database/database-change-stamp.ts). Kept apart, without
 * imports, because the write lock (lib/database/sqlite-write-lock.ts) is part of the client
 * that the stamp reads through.
 */
let count = 0;

/** Called when a write takes the lock and again when it commits or rolls back. */
export function noteLocalWrite(): void {
  count += 1;
}

export function localWriteCount(): number {
  return count;
}
