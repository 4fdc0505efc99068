import "server-only";
import { sqliteConnection } from "@/lib/db";
import { refreshSqliteStatistics } from "./refresh-sqlite-statistics";

/**
 * After a bulk load into an open database (the demo seed at start-up): SQLite's statistics were
 * taken when its tables were empty (decision 048). PostgreSQL's autovacuum analyses on its own.
 */
export function refreshDatabaseStatistics(): void {
  const connection = sqliteConnection();
  if (connection) refreshSqliteStatistics(connection);
}
