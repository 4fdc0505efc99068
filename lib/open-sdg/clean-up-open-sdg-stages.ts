import "server-only";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db } from "@/lib/db";

/**
 * A stage untouched this long belongs to an import that died (killed process, lost server):
 * a live one touches its stage every batch, a few seconds apart at most, and its apply, the
 * one step that does not touch it, is a single transaction far shorter than this.
 */
export const ABANDONED_STAGE_MS = 15 * 60 * 1000;
/** Staged rows deleted per transaction, so that a clean-up never holds the write lock for long. */
const DELETE_BATCH_ROWS = 5000;

/** Deletes a stage and its staged values, in short transactions. Safe to call for a stage already gone. */
export async function deleteOpenSdgStage(stageId: string): Promise<void> {
  for (;;) {
    // By a subquery, on both databases: a list of ids as parameters passes Prisma's parameter limit.
    const deleted = await runInTransaction(
      (tx) =>
        tx.$executeRaw`DELETE FROM "StagedOpenSdgValue" WHERE "id" IN (SELECT "id" FROM "StagedOpenSdgValue" WHERE "stageId" = ${stageId} LIMIT ${DELETE_BATCH_ROWS})`,
    );
    if (deleted === 0) break;
  }
  await db.openSdgImportStage.deleteMany({ where: { id: stageId } });
}

/**
 * Deletes what killed imports of the workspace left staged. Their values were never applied
 * (the apply is one transaction), so the tracker is as it was; this only frees the space.
 * Called when an import starts.
 */
export async function cleanUpAbandonedOpenSdgStages(workspaceId: string, now: Date = new Date()): Promise<number> {
  const abandoned = await db.openSdgImportStage.findMany({
    where: { workspaceId, touchedAt: { lt: new Date(now.getTime() - ABANDONED_STAGE_MS) } },
    select: { id: true },
  });
  for (const stage of abandoned) await deleteOpenSdgStage(stage.id);
  return abandoned.length;
}
