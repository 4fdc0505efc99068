import "server-only";
import { z } from "zod";
import { parseOrThrow } from "@/lib/api/api-response";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import type { DefinitionDiff } from "@/lib/matrix/definition-diff";
import { diffDefinitions } from "@/lib/matrix/diff-definitions";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { readCodeMapping } from "./edit-code-mapping";
import { findVersion } from "./find-version";
import { editorCodeSchema } from "./schemas";

const compareSchema = z.strictObject({
  frameworkCode: editorCodeSchema,
  from: z.coerce.number({ message: "Choose the older version" }).int().min(1, "Choose the older version"),
  to: z.coerce.number({ message: "Choose the newer version" }).int().min(1, "Choose the newer version"),
});

/**
 * Any two versions of a framework compared. The newer version's code mapping applies when it
 * was based on the older one; between versions further apart, indicators pair by code.
 */
export async function compareFrameworkVersions(access: AccessContext, raw: unknown): Promise<DefinitionDiff> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(compareSchema, raw, "Choose two versions");
  const [from, to] = await Promise.all([
    findVersion(access, input.frameworkCode, input.from),
    findVersion(access, input.frameworkCode, input.to),
  ]);
  const [before, after] = await Promise.all([
    loadVersionDefinition({ workspaceId: access.workspace.id, versionId: from.id }),
    loadVersionDefinition({ workspaceId: access.workspace.id, versionId: to.id }),
  ]);
  const mapping = to.basedOnId === from.id ? readCodeMapping(to.codeMapping) : [];
  return diffDefinitions(before.definition, after.definition, mapping);
}
