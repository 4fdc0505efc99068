import "server-only";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db, type Tx } from "@/lib/db";
import { runMutation } from "@/lib/audit/run-mutation";
import { pauseForOtherWriters } from "@/lib/database/sqlite-write-lock";
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
import { libText } from "@/lib/i18n/lib-text";

export const DEMO_YEARS = { first: 2016, open: 2025 } as const;

/**
 * The most values one transaction of the seed writes. A batch holds SQLite's write lock for
 * tens of milliseconds, and the seed pauses between batches (pauseForOtherWriters), so that a
 * person saving while the demo is seeded waits well under a second (issue 18).
 */
export const SEED_BATCH_SIZE = 200;

/**
 * Creates the demo workspace of a fictional government: institutions, the three built-in
 * frameworks, one user per role, reporting cycles 2016-2025 (the last one open) and
 * deterministic monitoring data. Written in short transactions, each with its audit events;
 * the demo accounts come last, with the event that marks the seed done, so nobody can sign
 * in to a half-seeded workspace. A seed that fails midway removes what it wrote.
 */
export async function seedDemoWorkspace(): Promise<{ workspaceId: string; values: number }> {
  const actor = systemActor("demo-seed");
  // scrypt is deliberately slow: hash before any transaction opens.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // createWorkspace and installFramework record their own audit events in the transaction they are given.
  const { workspaceId } = await db.$transaction((tx) =>
    createWorkspace(tx, { slug: DEMO_WORKSPACE.slug, name: DEMO_WORKSPACE.name, isDemo: true, institutions: DEMO_INSTITUTIONS, actor }),
  );
  try {
    const matrixYears = range(DEMO_YEARS.first, DEMO_YEARS.open);
    // Assessments (MGI, 10.7.2) are complete questionnaires: no gaps, unlike yearly monitoring.
    let values = 0;
    values += await seedFramework(workspaceId, DEMO_MATRIX, { years: matrixYears, openYear: DEMO_YEARS.open });
    values += await seedFramework(workspaceId, MGI_FRAMEWORK, { years: [2019, 2023], gapRate: 0 });
    values += await seedFramework(workspaceId, SDG_10_7_2_FRAMEWORK, { years: [2019, 2021, 2023], gapRate: 0 });

    await runMutation(actor, async (tx, audit) => {
      await createDemoUsers(tx, workspaceId, passwordHash);
      await audit({
        workspaceId,
        action: "workspace.demo-seeded",
        entityType: "Workspace",
        entityId: workspaceId,
        summary: libText("auditSummaries.demoSeeded", { values: String(values) }),
        after: { seed: DEMO_WORKSPACE.seed, values },
      });
    });
    return { workspaceId, values };
  } catch (error) {
    await removeUnfinishedSeed(workspaceId);
    throw error;
  }
}

/**
 * Installs a framework and writes its generated values year by year, in short batches, through
 * the operation every source uses (lib/monitoring/write-values.ts), each with its audit event;
 * past cycles end closed.
 */
export async function seedFramework(
  workspaceId: string,
  definition: FrameworkDefinition,
  schedule: { years: number[]; openYear?: number; gapRate?: number },
): Promise<number> {
  const actor = systemActor("demo-seed");
  const installed = await db.$transaction(
    async (tx) => {
      const framework = await installFramework(tx, { workspaceId, definition, actor });
      // Cycles open while their values are written, as in real use, and past ones close afterwards.
      await tx.reportingCycle.createMany({
        data: schedule.years.map((year) => ({
          frameworkId: framework.frameworkId,
          versionId: framework.versionId,
          year,
          submissionDeadline: utcDate(year + 1, 1, 25),
          consolidationDeadline: utcDate(year + 1, 3, 31),
          status: "OPEN" as const,
          openedAt: utcDate(year, 12, 1),
        })),
      });
      return framework;
    },
    // Installing a national-scale framework (500 indicators) outlasts Prisma's default 5 s on a busy machine.
    { timeout: 60_000 },
  );
  const generated = generateDemoValues(definition, { ...schedule, seed: DEMO_WORKSPACE.seed });
  for (const year of schedule.years) {
    const writes = generated.filter((value) => value.year === year).map((value, index) => toValueWrite(value, index + 1, installed));
    for (let start = 0; start < writes.length; start += SEED_BATCH_SIZE) {
      await pauseForOtherWriters();
      await runMutation(actor, (tx, audit) =>
        writeValues(tx, audit, {
          workspaceId,
          userId: null,
          year,
          cycle: { status: "OPEN", year },
          source: "seed",
          writes: writes.slice(start, start + SEED_BATCH_SIZE),
          onLocked: "refuse",
        }),
      );
    }
  }
  await pauseForOtherWriters();
  await runMutation(actor, async (tx, audit) => {
    const closing = schedule.years.filter((year) => year !== schedule.openYear);
    for (const year of closing)
      await tx.reportingCycle.update({
        where: { frameworkId_year: { frameworkId: installed.frameworkId, year } },
        data: { status: "CLOSED", closedAt: utcDate(year + 1, 4, 15) },
      });
    await audit({
      workspaceId,
      action: "cycle.closed",
      entityType: "Framework",
      entityId: installed.frameworkId,
      summary: libText("auditSummaries.demoCyclesClosed", { code: definition.code, years: closing.join(", ") }),
    });
  });
  return generated.length;
}

/** A seed that failed midway leaves no half workspace behind (the workspace's rows cascade). */
async function removeUnfinishedSeed(workspaceId: string): Promise<void> {
  await runMutation(systemActor("demo-seed"), async (tx, audit) => {
    await tx.workspace.delete({ where: { id: workspaceId } });
    await audit({
      workspaceId: null,
      action: "workspace.deleted",
      entityType: "Workspace",
      entityId: workspaceId,
      summary: libText("auditSummaries.demoSeedFailed"),
    });
  });
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
