import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { writeMatrixWorkbook } from "@/lib/matrix/write-matrix-workbook";
import { findVersion } from "./find-version";
import { versionAddressSchema } from "./schemas";

/** Any version of a framework as a matrix workbook, which imports back as the same version. */
export async function exportMatrixVersion(access: AccessContext, raw: unknown): Promise<{ fileName: string; bytes: Buffer }> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(versionAddressSchema, raw, "Check the version");
  const version = await findVersion(access, input.frameworkCode, input.versionNumber);
  const { definition, references } = await loadVersionDefinition({ workspaceId: access.workspace.id, versionId: version.id });
  const safeLabel = version.label.replace(/[^A-Za-z0-9._-]+/g, "-");
  return {
    fileName: `${version.framework.code}-v${version.number}-${safeLabel}.xlsx`,
    bytes: await writeMatrixWorkbook(definition, references),
  };
}
