import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { loadVersionDefinition, type VersionDefinition } from "./load-version-definition";
import { requireFrameworkVersion } from "./require-framework-version";

/** One version of a framework as its portable definition, with the reference lists it names. */
export async function getVersionDefinition(
  access: AccessContext,
  frameworkCode: string,
  versionNumber: number,
): Promise<VersionDefinition> {
  requirePermission(access, "frameworks.read");
  const version = await requireFrameworkVersion(access, frameworkCode, versionNumber);
  return loadVersionDefinition({ workspaceId: access.workspace.id, versionId: version.id });
}
