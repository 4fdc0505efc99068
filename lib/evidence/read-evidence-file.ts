import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireVisibleValue } from "@/lib/monitoring/require-visible-value";
import { fileStorage, type StoredFileContent } from "@/lib/storage/file-storage";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/**
 * An evidence file's content, for someone who may read its value; anyone else learns nothing,
 * not even that it exists (NOT_FOUND, as for the value itself).
 */
export async function readEvidenceFile(access: AccessContext, evidenceId: string): Promise<StoredFileContent> {
  const evidence = await inWorkspace(access.workspace.id, db).evidenceFile.findFirst({
    where: { id: evidenceId },
    select: { valueId: true, fileId: true, fileName: true, contentType: true },
  });
  if (!evidence) throw new AppError("NOT_FOUND", libText("errors.noSuchEvidenceFile"));
  await requireVisibleValue(access, evidence.valueId);
  const file = await fileStorage().read(evidence.fileId);
  if (!file) throw new AppError("NOT_FOUND", libText("errors.noSuchEvidenceFile"));
  // Served as it was checked at upload, whatever the stored row says.
  return { bytes: file.bytes, fileName: evidence.fileName, contentType: evidence.contentType };
}
