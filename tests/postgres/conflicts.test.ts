import { describe, expect, it } from "vitest";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db } from "@/lib/db";
import { asAppError, CONCURRENT_CHANGE_MESSAGE, UNIQUE_CONFLICT_MESSAGE } from "@/lib/errors";
import { withoutAuditGuard } from "../setup/audit-guard";

/** A promise with its resolver, to interleave two transactions step by step. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/**
 * Two transactions read the same counter, then both write it: under SERIALIZABLE the second
 * writer loses (40001). `second` runs the loser's transaction body; it is told when the winner
 * has read, and the winner commits once the loser has read too.
 */
async function race(second: (work: Parameters<typeof runInTransaction<void>>[0]) => Promise<void>, key: string) {
  const winnerRead = signal();
  const loserRead = signal();
  let loserAttempts = 0;
  const winner = db.$transaction(async (tx) => {
    await tx.rateLimitBucket.findUnique({ where: { key } });
    winnerRead.resolve();
    await loserRead.promise;
    await tx.rateLimitBucket.update({ where: { key }, data: { count: { increment: 1 } } });
  });
  const loser = (async () => {
    await winnerRead.promise;
    await second(async (tx) => {
      loserAttempts += 1;
      await tx.rateLimitBucket.findUnique({ where: { key } });
      loserRead.resolve();
      // Let the winner commit first, so that this write meets a row changed after our snapshot.
      if (loserAttempts === 1) await winner;
      await tx.rateLimitBucket.update({ where: { key }, data: { count: { increment: 10 } } });
    });
  })();
  const [winnerResult, loserResult] = await Promise.allSettled([winner, loser]);
  return { winnerResult, loserResult, loserAttempts };
}

describe("conflicts on PostgreSQL (decision 026)", () => {
  it("answers a unique key taken by another change as a 409 conflict, not a bug", async () => {
    await withoutAuditGuard(() => db.rateLimitBucket.create({ data: { key: "unique-key", count: 1, windowStartedAt: new Date() } }));
    const error = await withoutAuditGuard(() =>
      db.rateLimitBucket.create({ data: { key: "unique-key", count: 1, windowStartedAt: new Date() } }).then(
        () => null,
        (caught: unknown) => caught,
      ),
    );
    const conflict = asAppError(error);
    expect(conflict?.code).toBe("CONFLICT");
    expect(conflict?.status).toBe(409);
    expect(conflict?.message).toBe(UNIQUE_CONFLICT_MESSAGE);
  });

  it("answers a transaction that lost a serialization race as a 409 conflict", async () => {
    await withoutAuditGuard(async () => {
      await db.rateLimitBucket.create({ data: { key: "race-plain", count: 0, windowStartedAt: new Date() } });
      const { winnerResult, loserResult } = await race((work) => db.$transaction(work), "race-plain");
      expect(winnerResult.status).toBe("fulfilled");
      expect(loserResult.status).toBe("rejected");
      const conflict = asAppError((loserResult as PromiseRejectedResult).reason);
      expect(conflict?.status).toBe(409);
      expect(conflict?.message).toBe(CONCURRENT_CHANGE_MESSAGE);
      expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "race-plain" } })).count).toBe(1);
    });
  });

  it("runs the loser of a race again on fresh data through runInTransaction, so both changes land", async () => {
    await withoutAuditGuard(async () => {
      await db.rateLimitBucket.create({ data: { key: "race-retried", count: 0, windowStartedAt: new Date() } });
      const { winnerResult, loserResult, loserAttempts } = await race((work) => runInTransaction(work), "race-retried");
      expect([winnerResult.status, loserResult.status]).toEqual(["fulfilled", "fulfilled"]);
      expect(loserAttempts).toBe(2);
      expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "race-retried" } })).count).toBe(11);
    });
  });
});
