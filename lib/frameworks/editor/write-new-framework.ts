import "server-only";
import { atFields } from "./field-problems";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ScoringMethod } from "@/lib/generated/prisma/enums";
import type { AreaDefinition, NameTranslations } from "@/lib/frameworks/schemas";
import { writeVersionContent } from "@/lib/frameworks/write-version-content";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

export type NewFramework = {
  code: string;
  name: string;
  nameTranslations?: NameTranslations;
  description?: string | null;
  descriptionTranslations?: NameTranslations;
  scoringMethod?: ScoringMethod;
  baseYear?: number | null;
  versionLabel: string;
  areas: AreaDefinition[];
};

/**
 * Writes a new framework with its first version as a draft, in the caller's transaction. Every
 * indicator starts a new identity: a copy of another framework is a new matrix, whose series
 * begin with it. The caller records the audit event.
 */
export async function writeNewFramework(
  tx: Tx,
  workspaceId: string,
  framework: NewFramework,
): Promise<{ frameworkId: string; versionId: string; indicators: number }> {
  const taken = await inWorkspace(workspaceId, tx).framework.findFirst({ where: { code: framework.code }, select: { id: true } });
  if (taken) {
    throw new AppError(
      "CONFLICT",
      libText("importProblems.editorFrameworkExists", { code: framework.code }),
      atFields({ code: [libText("importProblems.editorFrameworkCodeTaken", { code: framework.code })] }),
    );
  }
  const frameworkId = randomUUID();
  const versionId = randomUUID();
  await tx.framework.create({
    data: {
      id: frameworkId,
      workspaceId,
      code: framework.code,
      name: framework.name,
      nameTranslations: framework.nameTranslations ?? undefined,
      description: framework.description ?? null,
      descriptionTranslations: framework.descriptionTranslations ?? undefined,
      scoringMethod: framework.scoringMethod ?? "NORMALISED_ACHIEVEMENT",
      baseYear: framework.baseYear ?? null,
      versions: { create: { id: versionId, number: 1, label: framework.versionLabel, status: "DRAFT" } },
    },
  });
  const content = await writeVersionContent(tx, {
    workspaceId,
    frameworkId,
    versionId,
    areas: framework.areas,
    identityIdsByCode: new Map(),
  });
  return { frameworkId, versionId, indicators: content.indicatorIds.size };
}
