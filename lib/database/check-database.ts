import "server-only";
import { db } from "@/lib/db";
import { withWriteWait } from "./sqlite-write-lock";

/** A health probe answers within this; a write lock held longer than this elsewhere counts as "cannot write". */
const WRITE_PROBE_WAIT_MS = 2_000;

export type DatabaseHealth = { isHealthy: true } | { isHealthy: false; problem: string };

/**
 * For the health check: the database answers a query, and a write transaction can start
 * (it takes the write lock and ends at once without writing). A server that reads but
 * cannot write (lock held elsewhere, read-only file, full disk) is not healthy.
 */
export async function checkDatabase(): Promise<DatabaseHealth> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    console.warn("Health check: database unavailable", error instanceof Error ? error.message : error);
    return { isHealthy: false, problem: "The database does not answer" };
  }
  try {
    await withWriteWait(WRITE_PROBE_WAIT_MS, () => db.$transaction(async () => undefined, { maxWait: 2 * WRITE_PROBE_WAIT_MS }));
  } catch (error) {
    console.warn("Health check: database cannot write", error instanceof Error ? error.message : error);
    return { isHealthy: false, problem: "The database cannot take writes" };
  }
  return { isHealthy: true };
}
