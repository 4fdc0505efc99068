import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one definition of "waiting for review" (issue 14, trap 9): every submitted value row of
 * the cycle's year among the indicators of the cycle's framework version, breakdown rows
 * included, since each row is approved or returned on its own. The dashboard counts it and
 * the review page lists it, so the two always agree.
 */
export function waitingForReviewWhere(cycle: { year: number; versionId: string }): Prisma.IndicatorValueWhereInput {
  return { year: cycle.year, status: "SUBMITTED", indicator: { versionId: cycle.versionId } };
}
