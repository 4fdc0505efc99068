import "server-only";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db } from "@/lib/db";

/**
 * A stage untouched this long belongs to an import that died (killed process, lost server):
 * a live one touches its stage every batch, a few seconds apart at most, and its apply, the
 * one step that does not touch it, is a single transaction far shorter than this.
 */
export const ABANDONED_STAGE_MS = 15 * 60 * 1000;
/** Staging batches deleted per transaction (a few thousand values each), so that a clean-up never holds the write lock for long. */
const DELETE_BATCHES = 10;

/** Deletes a stage and its staged values, in short transactions. Safe to call for a stage already gone. */
export async function deleteOpenSdgStage(stageId: string): Promise<void> {
  const { _max } = await db.stagedOpenSdgValue.aggregate({ where: { stageId }, _max: { batch: true } });
  const last = _max.batch ?? -1;
  // By the key's prefix (stage, batch): each statement finds its rows by index.
  for (let from = 0; from <= last; from += DELETE_BATCHES) {
    await runInTransaction((tx) =>
      tx.stagedOpenSdgValue.deleteMany({ where: { stageId, batch: { gte: from, lt: from + DELETE_BATCHES } } }),
    );
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
