import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/postgres/client";

type PostgresAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PostgresTransaction = Awaited<ReturnType<PostgresAdapter["startTransaction"]>>;

/**
 * The PostgreSQL client (decision 026). Transactions run SERIALIZABLE: the code was written
 * against SQLite, where write transactions run one at a time, and serializable isolation keeps
 * that meaning (a read-then-write check cannot be overtaken) while letting unrelated writes run
 * together. A transaction that loses a race fails with a serialization error, which
 * runInTransaction retries and asAppError turns into a conflict (lib/errors.ts).
 * `poolSize` is the connections this process keeps (DATABASE_POOL_SIZE, lib/env.ts).
 */
export function createPostgresClient(url: string, poolSize: number, onBegin: () => void) {
  const factory = new PrismaPg({ connectionString: url, max: poolSize });
  const connect = factory.connect.bind(factory);
  // Prisma logs COMMIT and ROLLBACK but not the start of a transaction; listeners (the audit
  // guard of the test suite) are told about it, as on SQLite.
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
      releaseWhenEndFails(transaction);
      onBegin();
      return transaction;
    };
    return adapter;
  };
  return new PrismaClient({
    adapter: factory,
    log: [{ emit: "event", level: "query" }],
    transactionOptions: { maxWait: 10_000, isolationLevel: "Serializable" },
  });
}

/**
 * Prisma 6.19 ends a transaction by sending COMMIT (or ROLLBACK), then hands the connection back
 * to the pool, but not when that statement fails, and under SERIALIZABLE a transaction that
 * lost a race usually fails at COMMIT (40001). Each lost race kept one connection forever, until
 * every query of the server waited for a connection that never came (found by
 * `npm run check:two-servers`). PostgreSQL has ended the transaction when COMMIT fails, so the
 * connection is handed back here, through the adapter's own rollback (which only releases it).
 */
function releaseWhenEndFails(transaction: PostgresTransaction): void {
  const executeRaw = transaction.executeRaw.bind(transaction);
  transaction.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (/^\s*(COMMIT|ROLLBACK)\s*$/i.test(query.sql)) await transaction.rollback();
      throw error;
    }
  };
}
