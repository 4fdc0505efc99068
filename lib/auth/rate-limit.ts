import "server-only";
import { db } from "@/lib/db";

export type RateLimitRule = { limit: number; windowMs: number };

/** The outcome of asking for an attempt: refused, or allowed as the n-th of its window. */
export type RateLimitSlot = { allowed: false } | { allowed: true; attempt: number; isLast: boolean };

/**
 * Counts an attempt against a fixed-window limit, atomically: one statement inserts the
 * counter, restarts an expired window, or adds one, but only while the count is under the
 * limit. So 40 concurrent guesses get exactly `limit` slots, however they interleave (a read
 * followed by a write let 15 of 40 through), and a refused attempt writes nothing. Counters
 * live in the database, so limits hold across restarts and across processes.
 */
export async function takeRateLimitSlot(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitSlot> {
  const expiredBefore = new Date(now.getTime() - rule.windowMs);
  // SQLite stores dates as ISO 8601 texts of one format (its adapter's), so they compare as texts;
  // PostgreSQL compares them as timestamps. The statement is the same on both (decision 026);
  // columns are named with their table, as PostgreSQL's upsert requires.
  const rows = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStartedAt") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStartedAt" <= ${expiredBefore} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStartedAt" = CASE WHEN "RateLimitBucket"."windowStartedAt" <= ${expiredBefore} THEN excluded."windowStartedAt" ELSE "RateLimitBucket"."windowStartedAt" END
    WHERE "RateLimitBucket"."windowStartedAt" <= ${expiredBefore} OR "RateLimitBucket"."count" < ${rule.limit}
    RETURNING "count"`;
  const row = rows[0];
  if (!row) return { allowed: false };
  const attempt = Number(row.count);
  return { allowed: true, attempt, isLast: attempt >= rule.limit };
}

/**
 * Whether a limit is reached, by reading only. Not a guard by itself (takeRateLimitSlot is);
 * it lets a refusal that is certain write nothing, not even another key's counter.
 */
export async function isRateLimited(key: string, rule: RateLimitRule, now = new Date()): Promise<boolean> {
  const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
  return bucket !== null && now.getTime() - bucket.windowStartedAt.getTime() < rule.windowMs && bucket.count >= rule.limit;
}

/** Gives back a slot taken for an attempt that turned out not to count (a success, or a refusal by another limit). */
export async function releaseRateLimitSlot(key: string): Promise<void> {
  // CASE rather than MAX/GREATEST: the same SQL on SQLite and PostgreSQL.
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = CASE WHEN "count" > 0 THEN "count" - 1 ELSE 0 END WHERE "key" = ${key}`;
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
