import "server-only";
import { db } from "@/lib/db";
import { codeMappingSchema } from "./code-mapping";
import type { DefinitionDiff } from "./definition-diff";
import { diffDefinitions } from "./diff-definitions";
import { loadVersionDefinition } from "./load-version-definition";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/**
 * What changed in a version against the one it replaced (its basedOn version, else the newest
 * earlier approved or superseded one), with the version's own code mapping; null for a first
 * version. Read for the report's annex and the versions page.
 */
export async function loadVersionChanges(input: { workspaceId: string; versionId: string }): Promise<DefinitionDiff | null> {
  const version = await inWorkspace(input.workspaceId).frameworkVersion.findFirst({
    where: { id: input.versionId },
    select: { frameworkId: true, number: true, basedOnId: true, codeMapping: true },
  });
  if (!version) return null;
  const previous = version.basedOnId
    ? { id: version.basedOnId }
    : await db.frameworkVersion.findFirst({
        where: { frameworkId: version.frameworkId, number: { lt: version.number }, status: { in: ["APPROVED", "SUPERSEDED"] } },
        orderBy: { number: "desc" },
        select: { id: true },
      });
  if (!previous) return null;
  const [before, after] = await Promise.all([
    loadVersionDefinition({ workspaceId: input.workspaceId, versionId: previous.id }),
    loadVersionDefinition({ workspaceId: input.workspaceId, versionId: input.versionId }),
  ]);
  // A stored mapping was validated when it was saved; one that no longer parses is left out rather than failing a report.
  const mapping = codeMappingSchema.safeParse(version.codeMapping ?? []);
  return diffDefinitions(before.definition, after.definition, mapping.success ? mapping.data : undefined);
}
