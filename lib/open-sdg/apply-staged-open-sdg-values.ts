import "server-only";
import type { Actor } from "@/lib/audit/audit-actions";
import { databaseProvider, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { libText } from "@/lib/i18n/lib-text";

/** Provider spellings (decision 026: raw SQL runs on both): the few types the statements convert to. */
function dialect() {
  return databaseProvider() === "postgresql"
    ? {
        real: Prisma.raw("DOUBLE PRECISION"),
        json: Prisma.raw("JSONB"),
        approved: Prisma.sql`CAST('APPROVED' AS "ValueStatus")`,
        quote: (column: Prisma.Sql) => Prisma.sql`CAST(to_json(${column}) AS TEXT)`,
      }
    : {
        real: Prisma.raw("REAL"),
        json: Prisma.raw("TEXT"),
        approved: Prisma.sql`'APPROVED'`,
        quote: (column: Prisma.Sql) => Prisma.sql`json_quote(${column})`,
      };
}

const enteredMeanwhile = (count: number) => new AppError("CONFLICT", libText("errors.openSdgValuesEnteredMeanwhile", { count }));
const changedMeanwhile = (count: number) => new AppError("CONFLICT", libText("errors.openSdgValuesChangedMeanwhile", { count }));

/**
 * Applies a stage's values in the caller's transaction, as a few set-based statements: the
 * database copies the rows and their audit events, so the write lock is held for the copy
 * alone, not for planning or building statements row by row. Values are written as
 * writeValues writes an import's values (approved, reviewed by the importer); the decision of
 * what to write was made by the plan, by the rule every source shares, and this checks that
 * nothing it read has changed since: no value has appeared where the import creates one, and
 * every value it replaces still has the version the plan read (a value saved, submitted or
 * approved meanwhile has moved on). Otherwise the whole import is refused as a conflict.
 */
export async function applyStagedOpenSdgValues(
  tx: Tx,
  input: {
    stageId: string;
    versionId: string;
    workspaceId: string;
    actor: Actor;
    /** How many values the stage creates and changes (the plan's counts). */
    staged: { create: number; update: number };
    /** A framework created by this import holds no value yet: nothing to look for. */
    isNewFramework: boolean;
  },
): Promise<{ created: number; updated: number }> {
  const { stageId, versionId, workspaceId, actor, staged } = input;
  const sql = dialect();
  // The stage's rows, typed at staging time (decision 047): nothing is parsed under the lock. Read
  // first: SQLite's CROSS JOIN keeps the stage the outer loop, so each staged value finds its
  // indicator and stored value by index.
  const s = Prisma.sql`"StagedOpenSdgValue" s`;
  const ofStage = Prisma.sql`s."stageId" = ${stageId}`;
  const now = new Date();
  const userId = actor.userId;
  if (staged.create + staged.update === 0) return { created: 0, updated: 0 };

  if (!input.isNewFramework && staged.create > 0) {
    const [found] = await tx.$queryRaw<{ taken: bigint | number }[]>`
      SELECT COUNT(*) AS "taken" FROM ${s} CROSS JOIN "Indicator" i CROSS JOIN "IndicatorValue" v
      WHERE ${ofStage} AND s."kind" = 'create' AND i."versionId" = ${versionId} AND i."code" = s."indicatorCode"
        AND v."identityId" = i."identityId" AND v."year" = s."year" AND v."disaggregation" = s."disaggregation"`;
    const taken = Number(found?.taken ?? 0);
    if (taken > 0) throw enteredMeanwhile(taken);
  }

  const created =
    staged.create === 0
      ? 0
      : await tx.$executeRaw`
    INSERT INTO "IndicatorValue" ("id", "identityId", "indicatorId", "year", "disaggregation", "number", "levelCode", "text", "comment", "source", "evidenceUrl", "periodLabel", "status", "version", "createdById", "updatedById", "submittedAt", "reviewedAt", "reviewedById", "returnReason", "createdAt", "updatedAt")
    SELECT s."valueId", i."identityId", i."id", s."year", s."disaggregation", CAST(s."number" AS ${sql.real}), NULL, NULL, NULL, s."source", NULL, s."periodLabel", ${sql.approved}, 1, ${userId}, ${userId}, NULL, ${now}, ${userId}, NULL, ${now}, ${now}
    FROM ${s} CROSS JOIN "Indicator" i
    WHERE ${ofStage} AND s."kind" = 'create' AND i."versionId" = ${versionId} AND i."code" = s."indicatorCode"`;
  // Every staged value names an indicator the same transaction wrote or found: anything else is a bug.
  if (created !== staged.create) throw new Error(`Staged values without their indicator: ${staged.create - created}`);

  const updated =
    staged.update === 0
      ? 0
      : await tx.$executeRaw`
    UPDATE "IndicatorValue" AS v SET "number" = CAST(s."number" AS ${sql.real}), "levelCode" = NULL, "text" = NULL, "comment" = NULL,
      "source" = s."source", "evidenceUrl" = NULL, "periodLabel" = s."periodLabel", "indicatorId" = i."id", "status" = ${sql.approved},
      "version" = v."version" + 1, "updatedById" = ${userId}, "updatedAt" = ${now}, "reviewedAt" = ${now}, "reviewedById" = ${userId}, "returnReason" = NULL
    FROM ${s} CROSS JOIN "Indicator" i
    WHERE ${ofStage} AND s."kind" = 'update' AND i."versionId" = ${versionId} AND i."code" = s."indicatorCode"
      AND v."id" = s."valueId" AND v."version" = s."expectedVersion"`;
  if (updated !== staged.update) throw changedMeanwhile(staged.update - updated);

  // One event per value, as writeValues records them, in the same transaction as the values: the
  // same summary, and a new value's snapshot as valueSnapshot writes it (keys in its order, the
  // number as staged: the shortest text of the double, which is also its JSON).
  // The summary's key and values as storedAuditText writes them (decision 058), for the audit page's languages.
  const summaryText = Prisma.sql`CAST('{"key":"auditSummaries.' || CASE s."kind" WHEN 'create' THEN 'valueEntered' ELSE 'valueChanged' END ||
    '","values":{"code":' || ${sql.quote(Prisma.sql`s."indicatorCode"`)} || ',"breakdown":' || ${sql.quote(Prisma.sql`s."breakdown"`)} ||
    ',"year":"' || CAST(s."year" AS TEXT) || '"}}' AS ${sql.json})`;
  const createdSnapshot = Prisma.sql`'{"value":' || s."number" || ',"status":"APPROVED","version":1,"comment":null,"source":' || ${sql.quote(Prisma.sql`s."source"`)} || ',"evidenceUrl":null}'`;
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "workspaceId", "actorId", "actorLabel", "action", "entityType", "entityId", "summary", "summaryText", "before", "after", "createdAt")
    SELECT s."auditId", ${workspaceId}, ${userId}, ${actor.label}, CASE s."kind" WHEN 'create' THEN 'value.created' ELSE 'value.updated' END,
      'IndicatorValue', s."valueId",
      s."indicatorCode" || ' ' || s."breakdown" || ' ' || CAST(s."year" AS TEXT) || CASE s."kind" WHEN 'create' THEN ': entered' ELSE ': changed' END,
      ${summaryText},
      CAST(s."auditBefore" AS ${sql.json}), CAST(COALESCE(s."auditAfter", ${createdSnapshot}) AS ${sql.json}), ${now}
    FROM ${s} WHERE ${ofStage}`;
  return { created, updated };
}
