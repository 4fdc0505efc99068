import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { db, type Tx } from "@/lib/db";
import { AppError, rowsRefused } from "@/lib/errors";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import type { Problem } from "@/lib/problems/problem";
import { memberNamesOf } from "./member-names";
import { loadCycleIndicators } from "./load-cycle-indicators";
import { planValueChanges, type ValuePlan, type ValueRowInput } from "./plan-value-changes";
import { requireCycle, type CycleRef } from "./require-cycle";
import { valueRowSchema } from "./schemas";
import { conflictRefused } from "./value-refusals";
import { EXISTING_VALUE_SELECT, writeValues, type ValueSource } from "./write-values";
import { libText } from "@/lib/i18n/lib-text";
import { issueProblem } from "@/lib/validation/parse-input";

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
  /** locale: the language the person typed the numbers in (an entry form); absent for API bodies and files. */
  options: { dryRun?: boolean; rowNumbers?: readonly number[]; source?: ValueSource; locale?: Locale } = {},
): Promise<SaveValuesResult> {
  requirePermission(access, "values.enter");
  const institution = access.membership.institution;
  if (!institution) throw new AppError("FORBIDDEN", libText("errors.noInstitutionToSave"));

  const rowNumber = (index: number) => options.rowNumbers?.[index] ?? index + 1;
  const shapeErrors: Problem[] = [];
  const rows: { row: number; input: ValueRowInput }[] = [];
  rawRows.forEach((raw, index) => {
    // The input is reported only so that a refusal can name the type it received in the reader's language.
    const parsed = valueRowSchema.safeParse(raw, { reportInput: true });
    if (parsed.success) rows.push({ row: rowNumber(index), input: parsed.data });
    else
      for (const issue of parsed.error.issues)
        shapeErrors.push(issueProblem(issue, { row: rowNumber(index), field: String(issue.path[0] ?? "row") }));
  });
  if (shapeErrors.length > 0) throw rowsRefused(shapeErrors);

  const planWith = async (client: Tx) => {
    const cycle = await requireCycle(access, target.frameworkCode, target.year, client);
    if (cycle.status === "CLOSED")
      throw new AppError("CONFLICT", libText("errors.cycleClosedForChange", { year: String(cycle.year), framework: cycle.framework.code }));
    const plan = await planFor(client, cycle, institution, rows, options.locale);
    if (plan.errors.length > 0) throw rowsRefused(plan.errors);
    if (plan.conflicts.length > 0) throw conflictRefused(plan.conflicts);
    return { cycle, plan };
  };

  // A read-only plan answers dry runs and unchanged forms without taking the write lock.
  const preview = await planWith(db);
  if (options.dryRun || preview.plan.changes.length === 0) return summarise(preview.plan, options.dryRun ?? false, []);

  return runMutation(actorOf(access), async (tx, audit) => {
    // Planned again inside the transaction, which holds the write lock: exact, whatever
    // happened between the preview and now. The write path decides once more, by the same rule.
    const { cycle, plan } = await planWith(tx);
    const written = await writeValues(tx, audit, {
      workspaceId: access.workspace.id,
      userId: access.user.id,
      year: cycle.year,
      cycle,
      source: options.source ?? "entry",
      onLocked: "refuse",
      writes: plan.changes.map((change) => ({
        row: change.row,
        indicator: change.indicator,
        disaggregation: change.disaggregation,
        breakdownLabel: describeDisaggregation(change.disaggregation, memberNamesOf(change.indicator)),
        next: change.kind === "delete" ? null : change.next,
        expectedVersion: change.kind === "create" ? null : change.existing.version,
        status: "DRAFT" as const,
      })),
    });
    return summarise(plan, false, written.saved);
  });
}

async function planFor(
  client: Tx,
  cycle: CycleRef,
  institution: { id: string; code: string },
  rows: { row: number; input: ValueRowInput }[],
  locale: Locale | undefined,
): Promise<ValuePlan> {
  const codes = [...new Set(rows.map((row) => row.input.indicator.trim()))];
  const indicators = await loadCycleIndicators(cycle.versionId, { code: { in: codes } }, client);
  const existingRows = await client.indicatorValue.findMany({
    where: { year: cycle.year, identityId: { in: indicators.map((indicator) => indicator.identityId) } },
    select: EXISTING_VALUE_SELECT,
  });
  return planValueChanges(rows, {
    frameworkCode: cycle.framework.code,
    cycle,
    institution,
    indicatorsByCode: new Map(indicators.map((indicator) => [indicator.code, indicator])),
    existing: new Map(existingRows.map((value) => [`${value.identityId}|${value.disaggregation}`, value])),
    locale,
  });
}

function summarise(plan: ValuePlan, dryRun: boolean, values: SaveValuesResult["values"]): SaveValuesResult {
  const count = (kind: string) => plan.changes.filter((change) => change.kind === kind).length;
  return { dryRun, created: count("create"), updated: count("update"), deleted: count("delete"), unchanged: plan.unchanged, values };
}
