import "server-only";
import { db } from "@/lib/db";

export type RateLimitRule = { limit: number; windowMs: number };

/**
 * Fixed-window counters kept in the database, so limits hold across restarts and across
 * several server processes sharing one database.
 */
export async function isRateLimited(key: string, rule: RateLimitRule, now = new Date()): Promise<boolean> {
  const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!bucket) return false;
  const inWindow = now.getTime() - bucket.windowStartedAt.getTime() < rule.windowMs;
  return inWindow && bucket.count >= rule.limit;
}

export async function recordRateLimitHit(key: string, rule: RateLimitRule, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const bucket = await tx.rateLimitBucket.findUnique({ where: { key } });
    const expired = !bucket || now.getTime() - bucket.windowStartedAt.getTime() >= rule.windowMs;
    await tx.rateLimitBucket.upsert({
      where: { key },
      create: { key, count: 1, windowStartedAt: now },
      update: expired ? { count: 1, windowStartedAt: now } : { count: { increment: 1 } },
    });
  });
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
