// One workspace of the scale benchmark (issue 12): a workspace with the demo institutions, a
// national framework of n indicators (the demo matrix's repeated, every quantitative indicator
// broken down by sex, counts also by age group), its reporting cycles, the demo's generated
// values of every year (past cycles approved and closed, the open year in every status), one
// audit event per value, and a discussion on one open-year total in forty.
//
// The workspace, framework and cycles go through the app's operations. The values and their
// audit events are the rows writeValues writes (same columns, ids, dates, snapshots and
// summaries), inserted in bulk by bulk-insert-values.ts: writeValues on PostgreSQL inserts
// through Prisma's createMany at ~1 ms of CPU a row, which would take an hour for 2 million
// values and their events.
import type { Actor } from "@/lib/audit/audit-actions";
import { libText } from "@/lib/i18n/lib-text";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { bulkInsertValues, type SeededValue } from "./bulk-insert-values";

export const OPEN_YEAR = 2025;
export const FRAMEWORK_CODE = "NAT";

export type ScaleWorkspace = { index: number; slug: string; indicators: number; years: number[] };
export type SeededWorkspace = { workspaceId: string; values: number };

/** The scaled demo matrix with breakdowns on every quantitative indicator, for ~2 million values over 200 workspaces. */
export async function scaleDefinition(indicators: number): Promise<FrameworkDefinition> {
  const { breakDownQuantitative, scaleDemoMatrix } = await import("@/lib/demo/scale-demo-matrix");
  return breakDownQuantitative(scaleDemoMatrix(indicators, FRAMEWORK_CODE));
}

export async function seedScaleWorkspace(plan: ScaleWorkspace): Promise<SeededWorkspace> {
  const { randomUUID } = await import("node:crypto");
  const { runInTransaction } = await import("@/lib/database/run-in-transaction");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const { runMutation } = await import("@/lib/audit/run-mutation");
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const { installFramework } = await import("@/lib/frameworks/install-framework");
  const { DEMO_INSTITUTIONS } = await import("@/lib/demo/demo-institutions");
  const { generateDemoValues } = await import("@/lib/demo/generate-demo-values");
  const { describeDisaggregation } = await import("@/lib/indicators/disaggregation");
  const { valueSnapshot } = await import("@/lib/monitoring/value-snapshot");

  const actor: Actor = systemActor("scale-seed");
  const definition = await scaleDefinition(plan.indicators);
  // runInTransaction retries a transaction that lost a race to a concurrent workspace's (PostgreSQL).
  const { workspaceId, installed } = await runInTransaction(
    async (tx) => {
      const { workspaceId } = await createWorkspace(tx, {
        slug: plan.slug,
        name: `Scale workspace ${plan.index + 1}`,
        institutions: DEMO_INSTITUTIONS,
        actor,
      });
      const installed = await installFramework(tx, { workspaceId, definition, actor });
      await tx.reportingCycle.createMany({
        data: plan.years.map((year) => ({
          frameworkId: installed.frameworkId,
          versionId: installed.versionId,
          year,
          submissionDeadline: utcDate(year + 1, 1, 25),
          consolidationDeadline: utcDate(year + 1, 3, 31),
          status: "OPEN" as const,
          openedAt: utcDate(year, 12, 1),
        })),
      });
      return { workspaceId, installed };
    },
    { timeoutMs: 120_000 },
  );

  // As seed-demo-workspace.ts's toValueWrite and writeValues build them.
  const generated = generateDemoValues(definition, { years: plan.years, openYear: OPEN_YEAR, seed: `scale-${plan.index}` });
  const values: SeededValue[] = generated.map((value) => {
    const id = randomUUID();
    const at = utcDate(value.year + 1, 1, 10);
    return {
      row: {
        id,
        identityId: installed.identityIds.get(value.indicatorCode)!,
        indicatorId: installed.indicatorIds.get(value.indicatorCode)!,
        year: value.year,
        disaggregation: value.disaggregation,
        number: value.number,
        levelCode: value.levelCode,
        text: value.text,
        comment: value.comment,
        source: value.source,
        evidenceUrl: null,
        periodLabel: null,
        status: value.status,
        createdById: null,
        submittedAt: value.status !== "DRAFT" ? utcDate(value.year + 1, 1, 20) : null,
        reviewedAt: value.status === "APPROVED" || value.status === "RETURNED" ? utcDate(value.year + 1, 3, 10) : null,
        reviewedById: null,
        returnReason: value.returnReason,
        createdAt: at,
        updatedAt: at,
      },
      event: {
        workspaceId,
        actor,
        action: "value.created",
        entityType: "IndicatorValue",
        entityId: id,
        summary: libText("auditSummaries.valueEntered", {
          code: value.indicatorCode,
          breakdown: describeDisaggregation(value.disaggregation),
          year: String(value.year),
        }),
        after: valueSnapshot({ ...value, evidenceUrl: null, version: 1 }),
      },
    };
  });
  await bulkInsertValues(values);

  await runMutation(
    actor,
    async (tx, audit) => {
      const closing = plan.years.filter((year) => year !== OPEN_YEAR);
      await tx.reportingCycle.updateMany({
        where: { frameworkId: installed.frameworkId, year: { in: closing } },
        data: { status: "CLOSED", closedAt: utcDate(OPEN_YEAR, 4, 15) },
      });
      const discussed = values
        .filter(({ row }) => row.year === OPEN_YEAR && row.disaggregation === "")
        .filter((_, index) => index % 40 === 0);
      await tx.valueComment.createMany({
        data: discussed.flatMap(({ row }) => [
          {
            valueId: row.id,
            identityId: row.identityId,
            year: row.year,
            disaggregation: "",
            authorLabel: "Secretariat",
            body: "Please confirm the source of this figure.",
          },
          {
            valueId: row.id,
            identityId: row.identityId,
            year: row.year,
            disaggregation: "",
            authorLabel: "Focal point",
            body: "Confirmed with the annual activity report.",
          },
        ]),
      });
      await audit({
        workspaceId,
        action: "workspace.demo-seeded",
        entityType: "Workspace",
        entityId: workspaceId,
        summary: libText("auditSummaries.demoCyclesClosed", { code: definition.code, years: closing.join(", ") }),
        after: { framework: definition.code, values: values.length, comments: discussed.length * 2 },
      });
    },
    { timeoutMs: 120_000 },
  );
  return { workspaceId, values: values.length };
}

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
