import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { fileStorage } from "@/lib/storage/file-storage";
import { checkEvidenceFile, type CheckedEvidenceFile } from "./check-evidence-file";
import { EVIDENCE_LIMITS, formatFileSize } from "./evidence-limits";
import { requireEditableValue } from "./require-editable-value";
import { libText } from "@/lib/i18n/lib-text";

export type UploadedFile = { fileName: string; bytes: Uint8Array };

/**
 * Attaches files to a value, all or none: each file is checked (name, size, content) before
 * anything is written, then stored with its evidence row and an audit event per file in one
 * transaction. The request's own caps (file count, bytes) are checked first, before any
 * content is read.
 */
export async function addEvidenceFiles(access: AccessContext, valueId: string, files: UploadedFile[]): Promise<{ evidenceIds: string[] }> {
  if (files.length === 0) throw new AppError("BAD_REQUEST", libText("errors.chooseAtLeastOneFile"));
  if (files.length > EVIDENCE_LIMITS.filesPerRequest)
    throw new AppError(
      "UNPROCESSABLE",
      libText("errors.tooManyEvidenceFiles", { max: EVIDENCE_LIMITS.filesPerRequest, sent: files.length }),
    );
  const total = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  if (total > EVIDENCE_LIMITS.requestBytes && files.length > 1)
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      libText("errors.evidenceRequestTooLarge", { size: formatFileSize(EVIDENCE_LIMITS.requestBytes) }),
    );
  const checked: CheckedEvidenceFile[] = [];
  for (const file of files) checked.push(await checkEvidenceFile(file));

  return runMutation(actorOf(access), async (tx, audit) => {
    const value = await requireEditableValue(access, valueId, tx);
    const kept = await tx.evidenceFile.aggregate({ where: { valueId: value.id }, _sum: { size: true } });
    const keptBytes = kept._sum.size ?? 0;
    if (keptBytes + total > EVIDENCE_LIMITS.valueBytes)
      throw new AppError(
        "UNPROCESSABLE",
        libText("errors.evidenceOfValueFull", { size: formatFileSize(EVIDENCE_LIMITS.valueBytes), kept: formatFileSize(keptBytes) }),
      );
    const place = { code: value.indicator.code, breakdown: describeDisaggregation(value.disaggregation), year: String(value.year) };
    const evidenceIds: string[] = [];
    for (const file of checked) {
      const fileId = await fileStorage().save({ bytes: file.bytes, fileName: file.fileName, contentType: file.contentType }, tx);
      const evidence = await tx.evidenceFile.create({
        data: {
          valueId: value.id,
          fileId,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.bytes.byteLength,
          uploadedById: access.user.id,
          uploadedByLabel: access.user.name,
        },
        select: { id: true },
      });
      evidenceIds.push(evidence.id);
      await audit({
        workspaceId: access.workspace.id,
        action: "value.evidence-added",
        entityType: "IndicatorValue",
        entityId: value.id,
        summary: libText("auditSummaries.evidenceAdded", { ...place, file: file.fileName }),
        after: { evidence: file.fileName, size: file.bytes.byteLength, type: file.contentType },
      });
    }
    return { evidenceIds };
  });
}
