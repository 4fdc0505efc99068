import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { parseDatabaseUrl } from "@/lib/database/database-url";
import { getEnv } from "@/lib/env";

type QueryListener = (query: { sql: string; durationMs: number }) => void;

const queryListeners = new Set<QueryListener>();

function createClient() {
  const location = parseDatabaseUrl(getEnv().DATABASE_URL);
  const adapter = new PrismaBetterSQLite3({ url: location.filePath, timeout: 10_000 });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  // Query events feed the query-count tests and benchmarks; without listeners this is a no-op.
  client.$on("query", (event) => {
    for (const listener of queryListeners) listener({ sql: event.query, durationMs: event.duration });
  });
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
