import { Prisma } from "@/lib/generated/prisma/client";

export type CycleVersionYear = { year: number; versionId: string };

/**
 * The one definition of "waiting for review" (issue 14, trap 9): every submitted value row of
 * the cycle's year among the indicators of the cycle's framework version, breakdown rows
 * included, since each row is approved or returned on its own. The dashboard counts it and
 * the review page lists it, so the two always agree.
 *
 * Written as SQL over values `v` joined to their indicators `i`, because both readers read it
 * raw (decision 061): each indicator of the version looks up its rows through
 * (indicatorId, year, status), with none of Prisma's per-statement cost. The status is a
 * literal: PostgreSQL compares its enum with a literal, not with a text parameter. The version
 * comes from a cycle the caller has already found in the person's workspace.
 */
export function waitingForReviewSql(cycle: CycleVersionYear): Prisma.Sql {
  return Prisma.sql`i."versionId" = ${cycle.versionId} AND v."indicatorId" = i."id" AND v."year" = ${cycle.year} AND v."status" = 'SUBMITTED'`;
}
