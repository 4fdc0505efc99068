import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Tx } from "@/lib/db";
import { runMutation, type AuditRecorder } from "@/lib/audit/run-mutation";
import { systemActor } from "@/lib/audit/audit-actions";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import { installFramework, type InstalledFramework } from "@/lib/frameworks/install-framework";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { writeValues, type ValueWrite } from "@/lib/monitoring/write-values";
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
  // Values are written by the operation every source uses (lib/monitoring/write-values.ts), each with its audit event.
  return runMutation(
    actor,
    async (tx, audit) => {
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
      values += await seedFramework(tx, audit, workspaceId, DEMO_MATRIX, { years: matrixYears, openYear: DEMO_YEARS.open });
      values += await seedFramework(tx, audit, workspaceId, MGI_FRAMEWORK, { years: [2019, 2023], gapRate: 0 });
      values += await seedFramework(tx, audit, workspaceId, SDG_10_7_2_FRAMEWORK, { years: [2019, 2021, 2023], gapRate: 0 });

      await createDemoUsers(tx, workspaceId, passwordHash);

      await audit({
        workspaceId,
        action: "workspace.demo-seeded",
        entityType: "Workspace",
        entityId: workspaceId,
        summary: `Seeded demo data: ${values} values`,
        after: { seed: DEMO_WORKSPACE.seed, values },
      });
      return { workspaceId, values };
    },
    { timeoutMs: 120_000 },
  );
}

/** Installs a framework and writes its generated values year by year; past cycles end closed. */
export async function seedFramework(
  tx: Tx,
  audit: AuditRecorder,
  workspaceId: string,
  definition: FrameworkDefinition,
  schedule: { years: number[]; openYear?: number; gapRate?: number },
): Promise<number> {
  const installed = await installFramework(tx, { workspaceId, definition, actor: systemActor("demo-seed") });
  // Cycles open while their values are written, as in real use, and past ones close afterwards.
  await tx.reportingCycle.createMany({
    data: schedule.years.map((year) => ({
      frameworkId: installed.frameworkId,
      versionId: installed.versionId,
      year,
      submissionDeadline: utcDate(year + 1, 1, 25),
      consolidationDeadline: utcDate(year + 1, 3, 31),
      status: "OPEN" as const,
      openedAt: utcDate(year, 12, 1),
    })),
  });
  const generated = generateDemoValues(definition, { ...schedule, seed: DEMO_WORKSPACE.seed });
  for (const year of schedule.years) {
    const writes = generated.filter((value) => value.year === year).map((value, index) => toValueWrite(value, index + 1, installed));
    await writeValues(tx, audit, {
      workspaceId,
      userId: null,
      year,
      cycle: { status: "OPEN", year },
      source: "seed",
      writes,
      onLocked: "refuse",
    });
  }
  for (const year of schedule.years.filter((year) => year !== schedule.openYear)) {
    await tx.reportingCycle.update({
      where: { frameworkId_year: { frameworkId: installed.frameworkId, year } },
      data: { status: "CLOSED", closedAt: utcDate(year + 1, 4, 15) },
    });
  }
  return generated.length;
}

function toValueWrite(value: DemoValue, row: number, installed: InstalledFramework): ValueWrite {
  const indicatorId = installed.indicatorIds.get(value.indicatorCode);
  const identityId = installed.identityIds.get(value.indicatorCode);
  if (!indicatorId || !identityId) throw new Error(`Demo value for unknown indicator ${value.indicatorCode}`);
  const isPastDraft = value.status !== "DRAFT";
  return {
    row,
    indicator: { id: indicatorId, identityId, code: value.indicatorCode },
    disaggregation: value.disaggregation,
    breakdownLabel: describeDisaggregation(value.disaggregation),
    next: {
      number: value.number,
      levelCode: value.levelCode,
      text: value.text,
      comment: value.comment,
      source: value.source,
      evidenceUrl: null,
    },
    status: value.status,
    history: {
      at: utcDate(value.year + 1, 1, 10),
      submittedAt: isPastDraft ? utcDate(value.year + 1, 1, 20) : null,
      reviewedAt: value.status === "APPROVED" || value.status === "RETURNED" ? utcDate(value.year + 1, 3, 10) : null,
      returnReason: value.returnReason,
    },
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
