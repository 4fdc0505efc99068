import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { libText } from "@/lib/i18n/lib-text";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { findVersion } from "./find-version";
import { versionAddressSchema } from "./schemas";

const CHECK_VERSION = libText("errors.checkVersion");

/**
 * What every export of one version starts with (the matrix workbook, the translation
 * workbook): the right to manage frameworks, the version's address checked, its definition,
 * and the file name's stem "CODE-v2-2025-revision" (the label kept to safe characters).
 */
export async function findVersionToExport(access: AccessContext, raw: unknown) {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(versionAddressSchema, raw, CHECK_VERSION);
  const version = await findVersion(access, input.frameworkCode, input.versionNumber);
  const { definition, references } = await loadVersionDefinition({ workspaceId: access.workspace.id, versionId: version.id });
  const safeLabel = version.label.replace(/[^A-Za-z0-9._-]+/g, "-");
  return { definition, references, fileStem: `${version.framework.code}-v${version.number}-${safeLabel}` };
}
