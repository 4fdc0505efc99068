import "server-only";
import type { Statement } from "better-sqlite3";
import { sqliteConnection } from "@/lib/db";
import { localWriteCount } from "./local-write-count";

let dataVersion: { connection: object; statement: Statement } | null = null;

/**
 * A stamp that changes whenever the SQLite database may have changed: `PRAGMA data_version`
 * changes when another connection (another server process, a script) commits, and this
 * process's own writes are counted when they take and release the write lock. Reading it costs
 * microseconds on the server's one thread, against milliseconds for a fingerprint that reads
 * every row of a large framework (decision 061).
 * Null when it cannot tell: on PostgreSQL (whose statements do not run on this thread), before
 * the client has connected, and while any transaction is open on the connection, since a
 * transaction's own reads see its uncommitted writes.
 */
export function databaseChangeStamp(): string | null {
  const connection = sqliteConnection();
  if (!connection || connection.inTransaction) return null;
  if (dataVersion?.connection !== connection) {
    dataVersion = { connection, statement: connection.prepare("PRAGMA data_version").pluck() };
  }
  return `${String(dataVersion.statement.get())}:${localWriteCount()}`;
}
