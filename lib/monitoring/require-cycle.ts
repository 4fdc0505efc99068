import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CycleStatus } from "@/lib/generated/prisma/enums";
import { libText } from "@/lib/i18n/lib-text";

export type CycleRef = {
  id: string;
  year: number;
  status: CycleStatus;
  versionId: string;
  submissionDeadline: Date;
  consolidationDeadline: Date;
  openedAt: Date;
  closedAt: Date | null;
  framework: { id: string; code: string; name: string };
};

/**
 * The reporting cycle of a framework (of the person's workspace) and year, or NOT_FOUND. One
 * statement written out (decision 061): every cycle page and write starts here, and Prisma read
 * the cycle and its framework as two model queries at three to four times their cost.
 */
export async function requireCycle(access: AccessContext, frameworkCode: string, year: number, client: Tx = db): Promise<CycleRef> {
  const [row] = await client.$queryRaw<Record<string, unknown>[]>`
    SELECT c."id", c."year", CAST(c."status" AS TEXT) AS "status", c."versionId", c."submissionDeadline",
      c."consolidationDeadline", c."openedAt", c."closedAt", f."id" AS "frameworkId", f."code" AS "frameworkCode", f."name" AS "frameworkName"
    FROM "Framework" f CROSS JOIN "ReportingCycle" c
    WHERE f."workspaceId" = ${access.workspace.id} AND f."code" = ${frameworkCode} AND c."frameworkId" = f."id" AND c."year" = ${year}`;
  if (!row) throw new AppError("NOT_FOUND", libText("errors.noSuchCycle", { year: String(year), framework: frameworkCode }));
  // SQLite gives ISO text and numbers, PostgreSQL dates and integers: one shape.
  const date = (value: unknown) => new Date(value as string | Date);
  return {
    id: row.id as string,
    year: Number(row.year),
    status: row.status as CycleStatus,
    versionId: row.versionId as string,
    submissionDeadline: date(row.submissionDeadline),
    consolidationDeadline: date(row.consolidationDeadline),
    openedAt: date(row.openedAt),
    closedAt: row.closedAt === null ? null : date(row.closedAt),
    framework: { id: row.frameworkId as string, code: row.frameworkCode as string, name: row.frameworkName as string },
  };
}
