import type { Database } from "better-sqlite3";

/** Rows ANALYZE samples per index: enough for the planner, a few milliseconds for any table. */
const ANALYSIS_LIMIT = 1000;

/**
 * Gives SQLite's query planner statistics (decision 048). Without them it plans every value
 * query through `IndicatorValue_status_idx`, scanning the approved values of every workspace.
 * `PRAGMA optimize` runs ANALYZE only on tables that lack statistics or whose size changed a
 * lot, with a sampling limit, so it is cheap when nothing changed; 0x10002 also checks tables
 * this connection has not used yet, as SQLite advises when a connection opens. It writes, so it
 * does not wait for another writer's lock: statistics are an optimisation, and the next
 * opening or seed tries again.
 */
export function refreshSqliteStatistics(connection: Database): void {
  // Inside a caller's transaction ANALYZE would become part of it; the next opening does it.
  if (connection.inTransaction) return;
  const timeout = connection.pragma("busy_timeout", { simple: true }) as number;
  try {
    connection.pragma("busy_timeout = 0");
    connection.pragma(`analysis_limit = ${ANALYSIS_LIMIT}`);
    connection.pragma("optimize = 0x10002");
  } catch (error) {
    if (!(error instanceof Error && "code" in error && /^SQLITE_(BUSY|LOCKED)/.test(String(error.code)))) throw error;
  } finally {
    connection.pragma(`busy_timeout = ${timeout}`);
  }
}
