import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type { Database } from "better-sqlite3";
import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { getEnv } from "@/lib/env";
import { databaseBusyError } from "@/lib/errors";
import { noteLocalWrite } from "./local-write-count";

/**
 * How writes get SQLite's single write lock without wedging the client or freezing the
 * server (docs/decisions/014-sqlite-write-lock.md):
 * - The adapter's own startTransaction leaks its mutex when BEGIN fails, after which every
 *   transaction hangs. We start transactions ourselves and never take that mutex.
 * - SQLite's busy wait is synchronous and would block the event loop. BEGIN IMMEDIATE is
 *   tried without it and retried after short asynchronous sleeps until the wait runs out.
 * - Writes of this process queue in order (first come, first served) for the connection,
 *   so a save queued behind a batch gets its turn as soon as the batch commits.
 */

/** SQLite's synchronous wait, for the statements that still use it (readers meeting a checkpoint, DDL). */
export const SQLITE_BUSY_TIMEOUT_MS = 250;

/** Pauses between two tries of BEGIN IMMEDIATE; the last one repeats. */
const RETRY_DELAYS_MS = [2, 5, 10, 15, 25];

const writeWait = new AsyncLocalStorage<number>();

/** Runs `work` with its own longest wait for the write lock, e.g. a health probe that must answer fast. */
export function withWriteWait<T>(maxWaitMs: number, work: () => Promise<T>): Promise<T> {
  return writeWait.run(maxWaitMs, work);
}

/**
 * For batch writers (imports, seeding) between two batches: a writer in another process polls
 * for the lock, so the batch leaves it free for longer than one poll before taking it again.
 */
export function pauseForOtherWriters(): Promise<void> {
  return sleep(2 * RETRY_DELAYS_MS.at(-1)!);
}

type Release = () => void;

/** First come, first served: the writes of this process, one at a time on the shared connection. */
class WriteQueue {
  #held = false;
  readonly #waiting: Release[] = [];

  acquire(deadline: number): Promise<Release> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve(this.#releaser());
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(turn), 1);
        reject(databaseBusyError());
      }, deadline - Date.now());
      this.#waiting.push(turn);
    });
  }

  #releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#held = false;
    };
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** One try that never blocks: SQLite's busy wait is off for the duration of the BEGIN. */
function tryBeginImmediate(connection: Database): boolean {
  connection.pragma("busy_timeout = 0");
  try {
    connection.exec("BEGIN IMMEDIATE");
    return true;
  } catch (error) {
    if (isBusy(error)) return false;
    throw error;
  } finally {
    connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  }
}

async function beginImmediate(connection: Database, deadline: number): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    if (tryBeginImmediate(connection)) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
    if (Date.now() + delay > deadline) throw databaseBusyError();
    await sleep(delay);
  }
}

function rollbackIfOpen(connection: Database) {
  if (!connection.inTransaction) return;
  try {
    connection.exec("ROLLBACK");
  } catch (error) {
    console.warn("Capacitas: could not roll back a failed transaction", error instanceof Error ? error.message : error);
  }
}

/** Statements that change data; anything else outside a transaction runs as the adapter runs it. */
const CHANGE = /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i;

/**
 * Takes over the adapter's transactions and its writes outside a transaction. `connection` is
 * the adapter's better-sqlite3 database; `onBegin` is told when a transaction has started.
 */
export function guardSqliteWrites(adapter: SqlDriverAdapter, connection: Database, onBegin: () => void): SqlDriverAdapter {
  connection.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  const queue = new WriteQueue();
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);

  /**
   * The write lock, in this process and in SQLite, or UNAVAILABLE once the wait runs out. Taking
   * and releasing it are counted, so that reads remembered until the database changes are read
   * again (lib/database/remember-until-database-changes.ts).
   */
  async function acquireWriteLock(): Promise<Release> {
    const deadline = Date.now() + (writeWait.getStore() ?? getEnv().DATABASE_BUSY_WAIT_MS);
    const release = await queue.acquire(deadline);
    try {
      await beginImmediate(connection, deadline);
      noteLocalWrite();
      return () => {
        noteLocalWrite();
        release();
      };
    } catch (error) {
      release();
      throw error;
    }
  }

  /** A write outside a transaction waits its turn like a transaction, so it cannot land inside someone else's. */
  async function writeAlone<T>(run: () => Promise<T>): Promise<T> {
    const release = await acquireWriteLock();
    try {
      const result = await run();
      connection.exec("COMMIT");
      return result;
    } finally {
      rollbackIfOpen(connection);
      release();
    }
  }

  adapter.queryRaw = (query: SqlQuery) => (CHANGE.test(query.sql) ? writeAlone(() => queryRaw(query)) : queryRaw(query));
  adapter.executeRaw = (query: SqlQuery) => (CHANGE.test(query.sql) ? writeAlone(() => executeRaw(query)) : executeRaw(query));

  adapter.startTransaction = async (isolationLevel) => {
    // SQLite transactions are serializable; the adapter refuses any other level, before touching its mutex.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return startTransaction(isolationLevel);
    const release = await acquireWriteLock();
    onBegin();
    let closed = false;
    // Prisma sends COMMIT or ROLLBACK, then calls commit() or rollback(); when the statement
    // fails it calls neither, so its failure must end the transaction and free the lock too.
    const close = async () => {
      if (closed) return;
      closed = true;
      rollbackIfOpen(connection);
      release();
    };
    const transaction: Transaction = {
      provider: adapter.provider,
      adapterName: adapter.adapterName,
      options: { usePhantomQuery: false },
      queryRaw,
      executeRaw: async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) await close();
          throw error;
        }
      },
      commit: close,
      rollback: close,
    };
    return transaction;
  };
  return adapter;
}
