import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { zodProblems } from "@/lib/validation/parse-input";
import { frameworkDefinitionSchema, type FrameworkDefinition } from "./schemas";
import { writeVersionContent, type VersionContent } from "./write-version-content";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type InstalledFramework = { frameworkId: string; versionId: string } & VersionContent;

/**
 * Creates a framework, its first version, areas and indicators from a definition, in the
 * caller's transaction. Institution and dimension codes are resolved within the workspace;
 * an unknown code refuses the whole installation. The number of statements is fixed
 * (one createMany per table), whatever the size of the matrix.
 */
export async function installFramework(
  tx: Tx,
  input: { workspaceId: string; definition: FrameworkDefinition; actor: Actor },
): Promise<InstalledFramework> {
  const parsed = frameworkDefinitionSchema.safeParse(input.definition);
  if (!parsed.success) {
    throw new AppError("BAD_REQUEST", libText("errors.frameworkDefinitionNotValid"), {
      problems: zodProblems(parsed.error),
    });
  }
  const definition = parsed.data;

  const existing = await inWorkspace(input.workspaceId, tx).framework.findFirst({
    where: { code: definition.code },
    select: { id: true },
  });
  if (existing) throw new AppError("CONFLICT", libText("errors.frameworkCodeExists", { framework: definition.code }));

  const frameworkId = randomUUID();
  const versionId = randomUUID();
  await tx.framework.create({
    data: {
      id: frameworkId,
      workspaceId: input.workspaceId,
      code: definition.code,
      name: definition.name,
      nameTranslations: definition.nameTranslations ?? undefined,
      description: definition.description ?? null,
      descriptionTranslations: definition.descriptionTranslations ?? undefined,
      scoringMethod: definition.scoringMethod,
      baseYear: definition.baseYear ?? null,
      versions: {
        create: {
          id: versionId,
          number: definition.version.number,
          label: definition.version.label,
          status: definition.version.status,
          approvedAt: definition.version.approvedAt ? new Date(definition.version.approvedAt) : null,
        },
      },
    },
  });
  const content = await writeVersionContent(tx, {
    workspaceId: input.workspaceId,
    frameworkId,
    versionId,
    areas: definition.areas,
    identityIdsByCode: new Map(),
  });

  await recordAuditEvent(tx, {
    workspaceId: input.workspaceId,
    actor: input.actor,
    action: "framework.installed",
    entityType: "Framework",
    entityId: frameworkId,
    summary: libText("auditSummaries.frameworkInstalled", {
      framework: definition.code,
      version: definition.version.label,
      indicators: String(content.indicatorIds.size),
    }),
    after: { code: definition.code, name: definition.name, version: definition.version.label, indicators: content.indicatorIds.size },
  });

  return { frameworkId, versionId, ...content };
}
