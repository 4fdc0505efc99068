import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { parseDatabaseUrl } from "@/lib/database/database-url";
import { getEnv } from "@/lib/env";

type QueryListener = (query: { sql: string; durationMs: number }) => void;

const queryListeners = new Set<QueryListener>();

function notify(sql: string, durationMs: number) {
  for (const listener of queryListeners) listener({ sql, durationMs });
}

type BetterSqliteConnection = { prepare(sql: string): unknown };

/**
 * Two adjustments to the SQLite adapter's connection, both about transactions:
 * - Transactions start with BEGIN IMMEDIATE instead of a plain BEGIN. A plain (deferred)
 *   transaction that reads and then writes fails at once with SQLITE_BUSY when another
 *   process (a command-line import, a second server) wrote meanwhile; IMMEDIATE takes the
 *   write lock first, so the busy timeout makes it wait its turn instead.
 * - Prisma logs COMMIT and ROLLBACK but not the start of a transaction; listeners (the audit
 *   guard of the test suite) are told about it.
 */
function adjustTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const connection = (adapter as unknown as { client: BetterSqliteConnection }).client;
    const prepare = connection.prepare.bind(connection);
    connection.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => {
      // Announced once the adapter holds its lock, so concurrent transactions are reported in the order they run.
      const transaction = await startTransaction(...args);
      notify("BEGIN", 0);
      return transaction;
    };
    return adapter;
  };
  return factory;
}

function createClient() {
  const location = parseDatabaseUrl(getEnv().DATABASE_URL);
  const adapter = adjustTransactions(new PrismaBetterSQLite3({ url: location.filePath, timeout: 10_000 }));
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  // Query events feed the query-count tests and benchmarks; without listeners this is a no-op.
  client.$on("query", (event) => notify(event.query, event.duration));
  return client;
}

export type DbClient = ReturnType<typeof createClient>;
/** The client inside `db.$transaction(async (tx) => ...)`. Operations that must join a caller's transaction take one. */
export type Tx = Prisma.TransactionClient;

// One client per process. Next's dev server re-evaluates modules on change, so keep it on globalThis.
const globalForDb = globalThis as unknown as { capacitasDb?: DbClient };

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
