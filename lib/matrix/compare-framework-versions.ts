import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { codeMappingSchema } from "./code-mapping";
import type { DefinitionDiff } from "./definition-diff";
import { diffDefinitions } from "./diff-definitions";
import { loadVersionDefinition } from "./load-version-definition";
import { requireFrameworkVersion } from "./require-framework-version";

/**
 * The changes from one version of a framework to another, field by field. The later version's
 * code mapping (renamed, split, merged, retired codes) applies when it maps from the earlier.
 */
export async function compareFrameworkVersions(
  access: AccessContext,
  frameworkCode: string,
  versions: { from: number; to: number },
): Promise<DefinitionDiff> {
  requirePermission(access, "frameworks.read");
  const [from, to] = await Promise.all([
    requireFrameworkVersion(access, frameworkCode, versions.from),
    requireFrameworkVersion(access, frameworkCode, versions.to),
  ]);
  const [before, after] = await Promise.all([
    loadVersionDefinition({ workspaceId: access.workspace.id, versionId: from.id }),
    loadVersionDefinition({ workspaceId: access.workspace.id, versionId: to.id }),
  ]);
  const mapping = to.number > from.number ? codeMappingSchema.safeParse(to.codeMapping ?? []) : null;
  return diffDefinitions(before.definition, after.definition, mapping?.success ? mapping.data : undefined);
}
