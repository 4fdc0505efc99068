import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/postgres/client";

/** Connections per server process; two servers and the scripts stay well under PostgreSQL's default 100. */
const POOL_SIZE = 10;

/**
 * The PostgreSQL client (decision 026). Transactions run SERIALIZABLE: the code was written
 * against SQLite, where write transactions run one at a time, and serializable isolation keeps
 * that meaning (a read-then-write check cannot be overtaken) while letting unrelated writes run
 * together. A transaction that loses a race fails with a serialization error, which
 * runInTransaction retries and asAppError turns into a conflict (lib/errors.ts).
 */
export function createPostgresClient(url: string, onBegin: () => void) {
  const factory = new PrismaPg({ connectionString: url, max: POOL_SIZE });
  const connect = factory.connect.bind(factory);
  // Prisma logs COMMIT and ROLLBACK but not the start of a transaction; listeners (the audit
  // guard of the test suite) are told about it, as on SQLite.
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const transaction = await startTransaction(isolationLevel);
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
