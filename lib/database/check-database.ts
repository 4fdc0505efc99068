import "server-only";
import { db } from "@/lib/db";

/** True when the database answers a trivial query; used by the health check. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    console.warn("Health check: database unavailable", error instanceof Error ? error.message : error);
    return false;
  }
}
