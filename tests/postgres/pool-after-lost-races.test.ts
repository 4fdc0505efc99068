/**
 * Lost races must not cost connections (found by `npm run check:two-servers`): Prisma 6.19 did
 * not hand a connection back to the pool when COMMIT failed, and under SERIALIZABLE a transaction
 * that lost a race fails at COMMIT. After many lost races, every connection of the pool
 * (DATABASE_POOL_SIZE) must still be usable at once.
 */
import { describe, expect, it } from "vitest";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { isSerializationFailure } from "@/lib/errors";
import { withoutAuditGuard } from "../setup/audit-guard";

/** Each reads how many rows of the race there are, then adds one: all but one per round lose. */
async function loseRaces(key: string, transactions: number): Promise<number> {
  const results = await Promise.allSettled(
    Array.from({ length: transactions }, (_, index) =>
      db.$transaction(async (tx) => {
        const count = await tx.rateLimitBucket.count({ where: { key: { startsWith: key } } });
        await tx.rateLimitBucket.create({ data: { key: `${key}-${count}-${index}`, count: 0, windowStartedAt: new Date() } });
      }),
    ),
  );
  return results.filter((result) => result.status === "rejected" && isSerializationFailure(result.reason)).length;
}

/** Holds `size` transactions open at once: only possible when the pool has `size` free connections. */
async function holdEveryConnection(size: number): Promise<void> {
  let started = 0;
  let release!: () => void;
  const allStarted = new Promise<void>((resolve) => (release = resolve));
  await Promise.all(
    Array.from({ length: size }, () =>
      runInTransaction(
        async (tx) => {
          await tx.rateLimitBucket.count();
          started += 1;
          if (started === size) release();
          await allStarted;
        },
        { maxWaitMs: 5_000 },
      ),
    ),
  );
}

describe("the connection pool after lost races (PostgreSQL)", () => {
  it("keeps every connection usable after transactions lost their race at COMMIT", async () => {
    const poolSize = getEnv().DATABASE_POOL_SIZE;
    let lost = 0;
    for (let round = 0; round < 3; round += 1) lost += await withoutAuditGuard(() => loseRaces(`race-${round}`, 8));
    expect(lost).toBeGreaterThanOrEqual(poolSize);
    await withoutAuditGuard(() => holdEveryConnection(poolSize));
  }, 60_000);
});
