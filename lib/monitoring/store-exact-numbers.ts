import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Prisma 6.19's query compiler rounds a Float parameter to 16 significant digits before the
 * driver sees it (0.30000000000000004 arrives as 0.3), for model writes and raw queries alike.
 * A text parameter is not touched, and the database's own conversion of the shortest decimal
 * string of a double gives that double back exactly. So after the bulk write, the numbers that
 * the rounding changed are written again from text: the stored double is the one given.
 */
export function losesPrecisionInPrisma(value: number): boolean {
  return Number.isFinite(value) && Number(value.toPrecision(16)) !== value;
}

/** Rewrites, exactly, the numbers of the given values that Prisma's write rounded (few or none in practice). */
export async function storeExactNumbers(tx: Tx, values: readonly { id: string; number: number | null }[]): Promise<void> {
  for (const { id, number } of values) {
    if (number === null || !losesPrecisionInPrisma(number)) continue;
    // DOUBLE PRECISION is a 64-bit float in PostgreSQL and has REAL affinity in SQLite.
    await tx.$executeRaw`UPDATE "IndicatorValue" SET "number" = CAST(${String(number)} AS DOUBLE PRECISION) WHERE "id" = ${id}`;
  }
}
