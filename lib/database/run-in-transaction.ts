import "server-only";
import { db, type Tx } from "@/lib/db";
import { isSerializationFailure } from "@/lib/errors";

export type TransactionOptions = { timeoutMs?: number; maxWaitMs?: number };

/** Tries of a transaction that lost a race on PostgreSQL before the conflict reaches the caller. */
const SERIALIZATION_TRIES = 3;

/**
 * The one way lib/ runs a transaction, on either database (decision 026). On SQLite, writes
 * already run one at a time (decision 014). On PostgreSQL, transactions are SERIALIZABLE and
 * one that lost a race to a concurrent one is rolled back by the database: it is run again,
 * from the start, on fresh data, and after the last try its failure reaches the caller, where
 * asAppError (lib/errors.ts) answers it as a conflict (409).
 */
export async function runInTransaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { timeout: options.timeoutMs ?? 20_000, maxWait: options.maxWaitMs ?? 10_000 });
    } catch (error) {
      if (attempt >= SERIALIZATION_TRIES || !isSerializationFailure(error)) throw error;
    }
  }
}
