import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db, type Tx } from "@/lib/db";
import { systemActor } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import { installFramework, type InstalledFramework } from "@/lib/frameworks/install-framework";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { DEMO_INSTITUTIONS } from "./demo-institutions";
import { DEMO_MATRIX } from "./demo-matrix";
import { DEMO_PASSWORD, DEMO_USERS, DEMO_WORKSPACE } from "./demo-users";
import { generateDemoValues, type DemoValue } from "./generate-demo-values";

export const DEMO_YEARS = { first: 2016, open: 2025 } as const;

/**
 * Creates the demo workspace of a fictional government: institutions, the three built-in
 * frameworks, one user per role, reporting cycles 2016-2025 (the last one open) and
 * deterministic monitoring data. One transaction: a failed seed leaves nothing behind.
 */
export async function seedDemoWorkspace(): Promise<{ workspaceId: string; values: number }> {
  const actor = systemActor("demo-seed");
  // scrypt is deliberately slow: hash before the transaction opens.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction(
    async (tx) => {
      const { workspaceId } = await createWorkspace(tx, {
        slug: DEMO_WORKSPACE.slug,
        name: DEMO_WORKSPACE.name,
        isDemo: true,
        institutions: DEMO_INSTITUTIONS,
        actor,
      });

      const matrixYears = range(DEMO_YEARS.first, DEMO_YEARS.open);
      // Assessments (MGI, 10.7.2) are complete questionnaires: no gaps, unlike yearly monitoring.
      let values = 0;
      values += await seedFramework(tx, workspaceId, DEMO_MATRIX, { years: matrixYears, openYear: DEMO_YEARS.open });
      values += await seedFramework(tx, workspaceId, MGI_FRAMEWORK, { years: [2019, 2023], gapRate: 0 });
      values += await seedFramework(tx, workspaceId, SDG_10_7_2_FRAMEWORK, { years: [2019, 2021, 2023], gapRate: 0 });

      await createDemoUsers(tx, workspaceId, passwordHash);

      await recordAuditEvent(tx, {
        workspaceId,
        actor,
        action: "workspace.demo-seeded",
        entityType: "Workspace",
        entityId: workspaceId,
        summary: `Seeded demo data: ${values} values`,
        after: { seed: DEMO_WORKSPACE.seed, values },
      });
      return { workspaceId, values };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

async function seedFramework(
  tx: Tx,
  workspaceId: string,
  definition: FrameworkDefinition,
  schedule: { years: number[]; openYear?: number; gapRate?: number },
): Promise<number> {
  const installed = await installFramework(tx, { workspaceId, definition, actor: systemActor("demo-seed") });
  await tx.reportingCycle.createMany({
    data: schedule.years.map((year) => ({
      frameworkId: installed.frameworkId,
      versionId: installed.versionId,
      year,
      submissionDeadline: utcDate(year + 1, 1, 25),
      consolidationDeadline: utcDate(year + 1, 3, 31),
      status: year === schedule.openYear ? "OPEN" : "CLOSED",
      openedAt: utcDate(year, 12, 1),
      closedAt: year === schedule.openYear ? null : utcDate(year + 1, 4, 15),
    })),
  });
  const generated = generateDemoValues(definition, { ...schedule, seed: DEMO_WORKSPACE.seed });
  await tx.indicatorValue.createMany({ data: generated.map((value) => toValueRow(value, installed)) });
  return generated.length;
}

function toValueRow(value: DemoValue, installed: InstalledFramework): Prisma.IndicatorValueCreateManyInput {
  const indicatorId = installed.indicatorIds.get(value.indicatorCode);
  if (!indicatorId) throw new Error(`Demo value for unknown indicator ${value.indicatorCode}`);
  const entered = utcDate(value.year + 1, 1, 10);
  const isPastDraft = value.status !== "DRAFT";
  return {
    indicatorId,
    year: value.year,
    disaggregation: value.disaggregation,
    number: value.number,
    levelCode: value.levelCode,
    text: value.text,
    comment: value.comment,
    source: value.source,
    status: value.status,
    returnReason: value.returnReason,
    submittedAt: isPastDraft ? utcDate(value.year + 1, 1, 20) : null,
    reviewedAt: value.status === "APPROVED" || value.status === "RETURNED" ? utcDate(value.year + 1, 3, 10) : null,
    createdAt: entered,
    updatedAt: entered,
  };
}

async function createDemoUsers(tx: Tx, workspaceId: string, passwordHash: string): Promise<void> {
  const institutions = await tx.institution.findMany({ where: { workspaceId }, select: { id: true, code: true } });
  const institutionIds = new Map(institutions.map((institution) => [institution.code, institution.id]));
  for (const user of DEMO_USERS) {
    // better-auth finds a credential account by the user's id, so the id is chosen here.
    const userId = randomUUID();
    await tx.user.create({
      data: {
        id: userId,
        email: user.email,
        name: user.name,
        emailVerified: true,
        accounts: { create: { providerId: "credential", accountId: userId, password: passwordHash } },
        memberships: {
          create: {
            workspaceId,
            role: user.role,
            institutionId: user.institutionCode ? (institutionIds.get(user.institutionCode) ?? null) : null,
          },
        },
      },
    });
  }
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
