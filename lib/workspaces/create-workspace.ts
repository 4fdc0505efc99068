import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { STANDARD_DIMENSIONS } from "@/lib/frameworks/builtin/dimensions";
import { withBuiltinDimensionTranslations } from "@/lib/frameworks/builtin/translations/with-builtin-translations";
import type { InstitutionDefinition } from "@/lib/frameworks/schemas";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { randomUUID } from "node:crypto";

export type CreateWorkspaceInput = {
  slug: string;
  name: string;
  countryCode?: string | null;
  isDemo?: boolean;
  institutions?: InstitutionDefinition[];
  actor: Actor;
};

/** Creates a workspace with the standard disaggregation dimensions and, optionally, its institutions. */
export async function createWorkspace(tx: Tx, input: CreateWorkspaceInput): Promise<{ workspaceId: string }> {
  const taken = await tx.workspace.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", libText("errors.workspaceAddressTaken", { slug: input.slug }));

  const workspace = await tx.workspace.create({
    data: { slug: input.slug, name: input.name, countryCode: input.countryCode ?? null, isDemo: input.isDemo ?? false },
  });

  const dimensionRows = withBuiltinDimensionTranslations(STANDARD_DIMENSIONS).map((dimension, position) => ({
    ...dimension,
    id: randomUUID(),
    position,
  }));
  await tx.dimension.createMany({
    data: dimensionRows.map(({ id, code, name, nameTranslations, position }) => ({
      id,
      workspaceId: workspace.id,
      code,
      name,
      nameTranslations: nameTranslations ?? undefined,
      position,
    })),
  });
  await tx.dimensionMember.createMany({
    data: dimensionRows.flatMap((dimension) =>
      dimension.members.map((member, position) => ({
        dimensionId: dimension.id,
        code: member.code,
        name: member.name,
        nameTranslations: member.nameTranslations ?? undefined,
        position,
      })),
    ),
  });
  if (input.institutions?.length) {
    await tx.institution.createMany({
      data: input.institutions.map((institution) => ({ workspaceId: workspace.id, code: institution.code, name: institution.name })),
    });
  }

  await recordAuditEvent(tx, {
    workspaceId: workspace.id,
    actor: input.actor,
    action: "workspace.created",
    entityType: "Workspace",
    entityId: workspace.id,
    summary: libText("auditSummaries.workspaceCreated", { name: input.name }),
    after: { slug: input.slug, name: input.name, isDemo: input.isDemo ?? false, institutions: input.institutions?.length ?? 0 },
  });
  return { workspaceId: workspace.id };
}
