import "server-only";
import { libText } from "@/lib/i18n/lib-text";
import type { Actor } from "@/lib/audit/audit-actions";
import type { AuditRecorder } from "@/lib/audit/run-mutation";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { installFramework } from "@/lib/frameworks/install-framework";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProgressReporter } from "@/lib/jobs/progress-reporter";
import { applyStagedOpenSdgValues } from "./apply-staged-open-sdg-values";
import { isTargetCode } from "./open-sdg-codes";
import { definitionOf } from "./open-sdg-framework-definition";
import type { ExistingOpenSdgFramework, OpenSdgStagedPlan } from "./open-sdg-plan";

const CHUNK = 500;
type AuditEvent = Parameters<AuditRecorder["many"]>[0][number];

/** Lets the event loop run between chunks: progress messages go out while a long import writes. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK) result.push(rows.slice(start, start + CHUNK));
  return result;
}

/**
 * Writes an import plan in the caller's transaction, with its audit events: one per value and
 * per indicator created or changed, and one summary. The values come from the plan's stage,
 * copied by set-based statements; the framework's structure is written in bulk statements
 * (createMany in chunks), and only renamed indicators or areas are updated one by one.
 */
export async function writeOpenSdgPlan(
  tx: Tx,
  audit: AuditRecorder,
  input: {
    workspaceId: string;
    actor: Actor;
    framework: ExistingOpenSdgFramework | null;
    frameworkCode: string;
    plan: OpenSdgStagedPlan;
    /** The stage holding the plan's values (stage-open-sdg-values.ts). */
    stageId: string;
    progress: ProgressReporter;
  },
): Promise<void> {
  const { workspaceId, actor, plan, progress } = input;

  if (plan.dimensions.create.length > 0) {
    await tx.dimension.createMany({ data: plan.dimensions.create.map((dimension) => ({ ...dimension, workspaceId })) });
  }
  for (const part of chunks(plan.dimensions.createMembers)) await tx.dimensionMember.createMany({ data: part });

  progress(0.05, libText("jobStages.writingFramework"));
  const { frameworkId, versionId, indicatorIds } = input.framework
    ? await extendFramework(tx, input.framework, plan)
    : await installFramework(tx, { workspaceId, actor, definition: definitionOf(input.frameworkCode, plan) });

  const events: AuditEvent[] = [];
  for (const indicator of plan.indicators.create) {
    events.push({
      workspaceId,
      action: "indicator.created",
      entityType: "Indicator",
      entityId: indicatorIds.get(indicator.code)!,
      summary: libText("auditSummaries.openSdgIndicatorCreated", { code: indicator.code, source: plan.report.sourceName }),
      after: {
        code: indicator.code,
        name: indicator.name,
        nameTranslations: indicator.nameTranslations,
        area: indicator.areaCode,
        dimensions: indicator.dimensionCodes,
      },
    });
  }
  for (const indicator of plan.indicators.update) {
    await tx.indicator.update({
      where: { id: indicator.id },
      data: { name: indicator.after.name, nameTranslations: indicator.after.nameTranslations },
    });
    events.push({
      workspaceId,
      action: "indicator.updated",
      entityType: "Indicator",
      entityId: indicator.id,
      summary: libText("auditSummaries.openSdgIndicatorUpdated", { code: indicator.code, source: plan.report.sourceName }),
      before: { ...indicator.before },
      after: { ...indicator.after, addedDimensions: indicator.addDimensions.map((dimension) => dimension.code) },
    });
  }

  // The values were staged in short transactions beforehand (stage-open-sdg-values.ts); here
  // the database copies them with their audit events, after checking nothing moved meanwhile.
  progress(0.2, libText("jobStages.writingValues"));
  const cycles = await tx.reportingCycle.findMany({ where: { frameworkId }, select: { year: true, status: true } });
  if (input.framework && cyclesChanged(input.framework.cycles, cycles))
    throw new AppError("CONFLICT", libText("errors.openSdgCycleChangedMeanwhile"));
  await applyStagedOpenSdgValues(tx, {
    stageId: input.stageId,
    versionId,
    workspaceId,
    actor,
    staged: { create: plan.report.values.created, update: plan.report.values.updated },
    isNewFramework: input.framework === null,
  });

  const { values, indicators, areas } = plan.report;
  // Counts as written, without a language's digit grouping: the English stays what it was.
  const importCounts = {
    source: plan.report.sourceName,
    framework: input.frameworkCode,
    ...Object.fromEntries((["created", "updated", "unchanged", "locked", "repeated"] as const).map((kind) => [kind, String(values[kind])])),
  };
  events.push({
    workspaceId,
    action: "framework.imported",
    entityType: "Framework",
    entityId: frameworkId,
    summary: plan.report.partial
      ? libText("auditSummaries.openSdgImportedPartly", {
          ...importCounts,
          rows: String(plan.report.refused.rows),
          files: String(plan.report.refused.files.length),
        })
      : libText("auditSummaries.openSdgImported", importCounts),
    before: input.framework ? { name: input.framework.name } : null,
    after: {
      name: plan.frameworkName,
      sourceName: plan.report.sourceName,
      values: { ...values },
      refused: plan.report.partial
        ? {
            rows: plan.report.refused.rows,
            byReason: plan.report.refused.byReason,
            files: plan.report.refused.files.map((file) => file.file),
          }
        : null,
      indicators: { total: indicators.total, created: indicators.created, updated: indicators.updated },
      areas: {
        created: plan.areas.create.map((area) => area.code),
        updated: plan.areas.update.map((area) => ({ code: area.code, before: area.before.name, after: area.after.name })),
      },
      areaCounts: { ...areas },
      dimensionsCreated: plan.report.dimensions.created,
    } as Prisma.InputJsonValue,
  });
  for (const [index, part] of chunks(events).entries()) {
    await audit.many(part);
    progress(0.9 + 0.1 * Math.min(1, ((index + 1) * CHUNK) / events.length), libText("jobStages.recordingAudit"));
    await breathe();
  }
}

const translationsOrNothing = (translations: Record<string, string>) => (Object.keys(translations).length > 0 ? translations : undefined);

/** Adds what is new to an existing framework's current version, and renames what the source renamed. */
async function extendFramework(
  tx: Tx,
  framework: ExistingOpenSdgFramework,
  plan: OpenSdgStagedPlan,
): Promise<{ frameworkId: string; versionId: string; indicatorIds: Map<string, string> }> {
  if (plan.frameworkName !== framework.name) await tx.framework.update({ where: { id: framework.id }, data: { name: plan.frameworkName } });
  const areaIds = new Map(framework.areas.map((area) => [area.code, area.id]));
  for (const area of plan.areas.create) areaIds.set(area.code, area.id);
  if (plan.areas.create.length > 0) {
    // Goals come before their targets in the plan, so every parent exists when its child is written.
    await tx.area.createMany({
      data: plan.areas.create.map((area) => ({
        id: area.id,
        versionId: framework.versionId,
        parentId: area.parentCode ? areaIds.get(area.parentCode)! : null,
        code: area.code,
        name: area.name,
        nameTranslations: translationsOrNothing(area.nameTranslations),
        description: area.description,
        position: area.position,
      })),
    });
  }
  for (const area of plan.areas.update) {
    await tx.area.update({
      where: { id: area.id },
      data: { name: area.after.name, nameTranslations: area.after.nameTranslations, description: area.after.description },
    });
  }

  const indicatorIds = new Map(framework.indicators.map((indicator) => [indicator.code, indicator.id]));
  for (const indicator of plan.indicators.create) indicatorIds.set(indicator.code, indicator.id);
  for (const part of chunks(plan.indicators.create)) {
    await tx.indicatorIdentity.createMany({ data: part.map((indicator) => ({ id: indicator.id, frameworkId: framework.id })) });
    await tx.indicator.createMany({
      data: part.map((indicator) => ({
        id: indicator.id,
        identityId: indicator.id,
        versionId: framework.versionId,
        areaId: areaIds.get(indicator.areaCode)!,
        code: indicator.code,
        name: indicator.name,
        nameTranslations: translationsOrNothing(indicator.nameTranslations),
        valueType: "NUMBER" as const,
        unit: indicator.unit,
        position: indicator.position,
      })),
    });
  }
  const links = [
    ...plan.indicators.create.flatMap((indicator) =>
      indicator.dimensionIds.map((dimensionId, position) => ({ indicatorId: indicator.id, dimensionId, position })),
    ),
    ...plan.indicators.update.flatMap((indicator) =>
      indicator.addDimensions.map((link) => ({ indicatorId: indicator.id, dimensionId: link.dimensionId, position: link.position })),
    ),
  ];
  for (const part of chunks(links)) await tx.indicatorDimension.createMany({ data: part });
  const mappings = plan.indicators.create.flatMap((indicator) =>
    indicator.targetCode && isTargetCode(indicator.targetCode)
      ? [{ indicatorId: indicator.id, scheme: "SDG_TARGET" as const, code: indicator.targetCode }]
      : [],
  );
  for (const part of chunks(mappings)) await tx.indicatorMapping.createMany({ data: part });
  return { frameworkId: framework.id, versionId: framework.versionId, indicatorIds };
}

/** The plan judged each value against the cycles it read; one opened or closed since then invalidates it. */
function cyclesChanged(
  planned: readonly { year: number; status: string }[],
  current: readonly { year: number; status: string }[],
): boolean {
  const key = (cycles: readonly { year: number; status: string }[]) =>
    cycles
      .map((cycle) => `${cycle.year}:${cycle.status}`)
      .sort()
      .join(",");
  return key(planned) !== key(current);
}
