import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { fileStorage } from "@/lib/storage/file-storage";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { requireEditableValue } from "./require-editable-value";
import { libText } from "@/lib/i18n/lib-text";

/** Removes an evidence file (and its stored bytes) while its value may still change. */
export async function removeEvidenceFile(access: AccessContext, evidenceId: string): Promise<{ valueId: string }> {
  return runMutation(actorOf(access), async (tx, audit) => {
    const evidence = await inWorkspace(access.workspace.id, tx).evidenceFile.findFirst({
      where: { id: evidenceId },
      select: { id: true, valueId: true, fileId: true, fileName: true, size: true, contentType: true },
    });
    if (!evidence) throw new AppError("NOT_FOUND", libText("errors.noSuchEvidenceFile"));
    const value = await requireEditableValue(access, evidence.valueId, tx);
    // Deleting the stored file deletes its evidence row with it (cascade).
    await fileStorage().delete(evidence.fileId, tx);
    await audit({
      workspaceId: access.workspace.id,
      action: "value.evidence-removed",
      entityType: "IndicatorValue",
      entityId: value.id,
      summary: libText("auditSummaries.evidenceRemoved", {
        code: value.indicator.code,
        breakdown: describeDisaggregation(value.disaggregation),
        year: String(value.year),
        file: evidence.fileName,
      }),
      before: { evidence: evidence.fileName, size: evidence.size, type: evidence.contentType },
    });
    return { valueId: value.id };
  });
}
