import "server-only";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db } from "@/lib/db";

/**
 * A stage untouched this long belongs to an import that died (killed process, lost server):
 * a live one touches its stage every batch, a few seconds apart at most, and its apply, the
 * one step that does not touch it, is a single transaction far shorter than this.
 */
export const ABANDONED_STAGE_MS = 15 * 60 * 1000;
/** Chunks deleted per transaction (a few thousand values each), so that a clean-up never holds the write lock for long. */
const DELETE_BATCH_CHUNKS = 10;

/** Deletes a stage and its staged values, in short transactions. Safe to call for a stage already gone. */
export async function deleteOpenSdgStage(stageId: string): Promise<void> {
  for (;;) {
    const batch = await db.stagedOpenSdgChunk.findMany({ where: { stageId }, select: { id: true }, take: DELETE_BATCH_CHUNKS });
    if (batch.length === 0) break;
    await runInTransaction((tx) => tx.stagedOpenSdgChunk.deleteMany({ where: { id: { in: batch.map((chunk) => chunk.id) } } }));
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
