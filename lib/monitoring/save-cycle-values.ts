import "server-only";
import { randomUUID } from "node:crypto";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { db, type Tx } from "@/lib/db";
import { AppError, rowsRefused } from "@/lib/errors";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import type { Problem } from "@/lib/problems/problem";
import { memberNamesOf } from "./member-names";
import { loadCycleIndicators } from "./load-cycle-indicators";
import { planValueChanges, type ExistingValue, type RowConflict, type ValuePlan, type ValueRowInput } from "./plan-value-changes";
import { requireCycle, type CycleRef } from "./require-cycle";
import { valueRowSchema } from "./schemas";
import { valueSnapshot } from "./value-snapshot";

export type SaveValuesResult = {
  dryRun: boolean;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** The saved values' new versions, so a form can keep editing without a reload. */
  values: { indicator: string; disaggregation: string; status: string; version: number }[];
};

/**
 * Saves a batch of values of one reporting cycle for the person's institution: the whole
 * entry form, an API request or an uploaded file. All-or-nothing: any problem in any row
 * (reported at its row and field) or any concurrent change (reported with the current
 * value) refuses the whole batch and changes nothing. One transaction for the batch.
 *
 * `rowNumbers` lets an upload report its own line numbers; otherwise rows count from 1.
 */
export async function saveCycleValues(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  rawRows: readonly unknown[],
  options: { dryRun?: boolean; rowNumbers?: readonly number[] } = {},
): Promise<SaveValuesResult> {
  requirePermission(access, "values.enter");
  const institution = access.membership.institution;
  if (!institution) throw new AppError("FORBIDDEN", "You are not attached to an active institution, so you cannot enter values");

  const rowNumber = (index: number) => options.rowNumbers?.[index] ?? index + 1;
  const shapeErrors: Problem[] = [];
  const rows: { row: number; input: ValueRowInput }[] = [];
  rawRows.forEach((raw, index) => {
    const parsed = valueRowSchema.safeParse(raw);
    if (parsed.success) rows.push({ row: rowNumber(index), input: parsed.data });
    else
      for (const issue of parsed.error.issues)
        shapeErrors.push({ row: rowNumber(index), field: String(issue.path[0] ?? "row"), code: issue.code, message: issue.message });
  });
  if (shapeErrors.length > 0) throw rowsRefused(shapeErrors);

  const planWith = async (client: Tx) => {
    const cycle = await requireCycle(access, target.frameworkCode, target.year, client);
    if (cycle.status === "CLOSED")
      throw new AppError("CONFLICT", `The ${cycle.year} cycle of ${cycle.framework.code} is closed; values can no longer change`);
    const plan = await planFor(client, cycle, institution, rows);
    if (plan.errors.length > 0) throw rowsRefused(plan.errors);
    if (plan.conflicts.length > 0) throw conflictRefused(plan.conflicts);
    return { cycle, plan };
  };

  // A read-only plan answers dry runs and unchanged forms without taking the write lock.
  const preview = await planWith(db);
  if (options.dryRun || preview.plan.changes.length === 0) return summarise(preview.plan, options.dryRun ?? false, []);

  return runMutation(actorOf(access), async (tx, audit) => {
    // Planned again inside the transaction, which holds the write lock: exact, whatever
    // happened between the preview and now.
    const { cycle, plan } = await planWith(tx);
    const now = new Date();
    const saved: SaveValuesResult["values"] = [];
    const events: Parameters<typeof audit.many>[0] = [];

    const creates = plan.changes.flatMap((change) => (change.kind === "create" ? [{ ...change, id: randomUUID() }] : []));
    if (creates.length > 0) {
      await tx.indicatorValue.createMany({
        data: creates.map((change) => ({
          id: change.id,
          indicatorId: change.indicator.id,
          year: cycle.year,
          disaggregation: change.disaggregation,
          ...change.next,
          status: "DRAFT" as const,
          createdById: access.user.id,
          updatedById: access.user.id,
        })),
      });
    }
    for (const change of creates) {
      saved.push({ indicator: change.indicator.code, disaggregation: change.disaggregation, status: "DRAFT", version: 1 });
      events.push({
        workspaceId: access.workspace.id,
        action: "value.created",
        entityType: "IndicatorValue",
        entityId: change.id,
        summary: `${change.indicator.code} ${describeDisaggregation(change.disaggregation, memberNamesOf(change.indicator))} ${cycle.year}: entered`,
        after: valueSnapshot({ ...change.next, status: "DRAFT", version: 1 }),
      });
    }

    for (const change of plan.changes) {
      if (change.kind === "create") continue;
      const label = `${change.indicator.code} ${describeDisaggregation(change.disaggregation, memberNamesOf(change.indicator))} ${cycle.year}`;
      if (change.kind === "delete") {
        const removed = await tx.indicatorValue.deleteMany({ where: { id: change.existing.id, version: change.existing.version } });
        if (removed.count !== 1) throw conflictRefused([conflictOf(change.row, change.indicator.code, change.existing)]);
        events.push({
          workspaceId: access.workspace.id,
          action: "value.deleted",
          entityType: "IndicatorValue",
          entityId: change.existing.id,
          summary: `${label}: cleared`,
          before: valueSnapshot(change.existing),
        });
        continue;
      }
      const version = change.existing.version + 1;
      // The version in the condition makes two simultaneous saves exclusive: one wins, the other gets a conflict.
      const updated = await tx.indicatorValue.updateMany({
        where: { id: change.existing.id, version: change.existing.version },
        data: { ...change.next, status: "DRAFT", version, updatedById: access.user.id, updatedAt: now },
      });
      if (updated.count !== 1) throw conflictRefused([conflictOf(change.row, change.indicator.code, change.existing)]);
      saved.push({ indicator: change.indicator.code, disaggregation: change.disaggregation, status: "DRAFT", version });
      events.push({
        workspaceId: access.workspace.id,
        action: "value.updated",
        entityType: "IndicatorValue",
        entityId: change.existing.id,
        summary: `${label}: changed`,
        before: valueSnapshot(change.existing),
        after: valueSnapshot({ ...change.next, status: "DRAFT", version, returnReason: change.existing.returnReason }),
      });
    }
    await audit.many(events);
    return summarise(plan, false, saved);
  });
}

async function planFor(
  client: Tx,
  cycle: CycleRef,
  institution: { id: string; code: string },
  rows: { row: number; input: ValueRowInput }[],
): Promise<ValuePlan> {
  const codes = [...new Set(rows.map((row) => row.input.indicator.trim()))];
  const indicators = await loadCycleIndicators(cycle.versionId, { code: { in: codes } }, client);
  const existingRows = await client.indicatorValue.findMany({
    where: { year: cycle.year, indicatorId: { in: indicators.map((indicator) => indicator.id) } },
    select: {
      id: true,
      indicatorId: true,
      disaggregation: true,
      number: true,
      levelCode: true,
      text: true,
      comment: true,
      source: true,
      evidenceUrl: true,
      status: true,
      version: true,
      returnReason: true,
      updatedAt: true,
    },
  });
  return planValueChanges(rows, {
    frameworkCode: cycle.framework.code,
    cycle,
    institution,
    indicatorsByCode: new Map(indicators.map((indicator) => [indicator.code, indicator])),
    existing: new Map(existingRows.map((value) => [`${value.indicatorId}|${value.disaggregation}`, value])),
  });
}

function summarise(plan: ValuePlan, dryRun: boolean, values: SaveValuesResult["values"]): SaveValuesResult {
  const count = (kind: string) => plan.changes.filter((change) => change.kind === kind).length;
  return { dryRun, created: count("create"), updated: count("update"), deleted: count("delete"), unchanged: plan.unchanged, values };
}

function conflictOf(row: number, indicator: string, existing: ExistingValue): RowConflict {
  return {
    row,
    indicator,
    disaggregation: existing.disaggregation,
    yourVersion: existing.version,
    current: {
      value: existing.number ?? existing.levelCode ?? existing.text,
      status: existing.status,
      version: existing.version + 1,
      updatedAt: existing.updatedAt,
    },
  };
}

function conflictRefused(conflicts: RowConflict[]): AppError {
  const count = conflicts.length;
  return new AppError(
    "CONFLICT",
    `${count === 1 ? "A value was" : `${count} values were`} changed by someone else since you opened ${count === 1 ? "it" : "them"}; nothing was saved. Check the current ${count === 1 ? "value" : "values"} and save again.`,
    { details: { conflicts } },
  );
}
