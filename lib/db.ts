import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database } from "better-sqlite3";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { parseDatabaseUrl } from "@/lib/database/database-url";
import { createPostgresClient } from "@/lib/database/postgres-client";
import { guardSqliteWrites, SQLITE_BUSY_TIMEOUT_MS } from "@/lib/database/sqlite-write-lock";
import { reusePreparedStatements } from "@/lib/database/sqlite-statement-cache";
import { getEnv } from "@/lib/env";

type QueryListener = (query: { sql: string; durationMs: number }) => void;

const queryListeners = new Set<QueryListener>();

function notify(sql: string, durationMs: number) {
  for (const listener of queryListeners) listener({ sql, durationMs });
}

/**
 * Three adjustments to the SQLite adapter's connection. Its statements are prepared once per
 * SQL text, not once per query (lib/database/sqlite-statement-cache.ts, decision 056). Two are
 * about writes:
 * - Transactions start with BEGIN IMMEDIATE and wait for the write lock without blocking the
 *   event loop or wedging the adapter (lib/database/sqlite-write-lock.ts, decision 014).
 * - Prisma logs COMMIT and ROLLBACK but not the start of a transaction; listeners (the audit
 *   guard of the test suite) are told about it.
 */
function adjustTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const connection = (adapter as unknown as { client: Database }).client;
    globalForDb.capacitasSqlite = connection;
    reusePreparedStatements(adapter as unknown as { client: Database });
    // Announced once the transaction holds the lock, so concurrent transactions are reported in the order they run.
    return guardSqliteWrites(adapter, connection, () => notify("BEGIN", 0));
  };
  return factory;
}

function createSqliteClient(filePath: string) {
  const adapter = adjustTransactions(new PrismaBetterSQLite3({ url: filePath, timeout: SQLITE_BUSY_TIMEOUT_MS }));
  const client = new PrismaClient({
    adapter,
    log: [{ emit: "event", level: "query" }],
    // Prisma's own limit on starting a transaction stays above the write lock's wait, so a busy
    // database is answered with its own clear error rather than Prisma's.
    transactionOptions: { maxWait: 10_000 },
  });
  return client;
}

export type DbClient = ReturnType<typeof createSqliteClient>;

/**
 * The client for DATABASE_URL: SQLite for file:, PostgreSQL for postgres:// (decision 026).
 * Both are generated from the same data model, so the PostgreSQL client is used through the
 * SQLite client's type; provider differences stay in lib/database/.
 */
function createClient(): DbClient {
  const env = getEnv();
  const location = parseDatabaseUrl(env.DATABASE_URL);
  const client =
    location.provider === "sqlite"
      ? createSqliteClient(location.filePath)
      : (createPostgresClient(location.url, env.DATABASE_POOL_SIZE, () => notify("BEGIN", 0)) as unknown as DbClient);
  // Query events feed the query-count tests and benchmarks; without listeners this is a no-op.
  client.$on("query", (event) => notify(event.query, event.duration));
  return client;
}
/** The client inside `db.$transaction(async (tx) => ...)`. Operations that must join a caller's transaction take one. */
export type Tx = Prisma.TransactionClient;

// One client per process. Next's dev server re-evaluates modules on change, so keep it on globalThis.
const globalForDb = globalThis as unknown as { capacitasDb?: DbClient; capacitasSqlite?: Database };

export const db: DbClient = globalForDb.capacitasDb ?? createClient();
globalForDb.capacitasDb = db;

/** Calls the listener for every SQL statement the client sends. Returns the unsubscribe function. */
export function onQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

/** Runs `work` and counts the SQL statements it sent (transaction control statements excluded). */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  let queries = 0;
  const stop = onQuery(({ sql }) => {
    if (!/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(sql.trim())) queries += 1;
  });
  try {
    const result = await work();
    return { result, queries };
  } finally {
    stop();
  }
}

/**
 * The SQLite connection under the client, once it has connected (null on PostgreSQL): for bulk
 * inserts in a transaction, which Prisma's handling of each parameter makes slow
 * (lib/database/insert-many-rows.ts). It is the one connection every statement of the client
 * runs on, so a statement run on it inside a transaction is part of that transaction.
 */
export function sqliteConnection(): Database | null {
  return globalForDb.capacitasSqlite ?? null;
}

/** Which database DATABASE_URL selects, for the few places that must be told: better-auth's adapter, and the dialect of the bulk inserts (insert-value-rows.ts, record-audit-event.ts). */
export function databaseProvider(): "sqlite" | "postgresql" {
  return parseDatabaseUrl(getEnv().DATABASE_URL).provider;
}
