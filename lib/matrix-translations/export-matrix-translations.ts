import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { findVersion } from "@/lib/frameworks/editor/find-version";
import { versionAddressSchema } from "@/lib/frameworks/editor/schemas";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { listTextRows } from "./translation-rows";
import { writeTranslationWorkbook } from "./write-translation-workbook";

/** Any version's texts as a translation workbook (decision 042), to fill in and import into a draft. */
export async function exportMatrixTranslations(access: AccessContext, raw: unknown): Promise<{ fileName: string; bytes: Buffer }> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(versionAddressSchema, raw, "Check the version");
  const version = await findVersion(access, input.frameworkCode, input.versionNumber);
  const { definition, references } = await loadVersionDefinition({ workspaceId: access.workspace.id, versionId: version.id });
  const safeLabel = version.label.replace(/[^A-Za-z0-9._-]+/g, "-");
  return {
    fileName: `${version.framework.code}-v${version.number}-${safeLabel}-translations.xlsx`,
    bytes: await writeTranslationWorkbook(listTextRows(definition, references), `${definition.code} ${definition.version.label}`),
  };
}
