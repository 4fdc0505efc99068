import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireVisibleValue } from "@/lib/monitoring/require-visible-value";
import { ownInstitutionIndicatorsWhere } from "@/lib/monitoring/visible-values";
import { checkValueWritable } from "@/lib/monitoring/value-workflow";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/**
 * A value whose evidence the person may change: a focal point of an institution that leads or
 * contributes to the indicator, while the value is a draft or returned and its cycle is open
 * (the same rule as changing the value itself). Others who may read it get FORBIDDEN; those who
 * may not read it, NOT_FOUND.
 */
export async function requireEditableValue(access: AccessContext, valueId: string, tx: Tx) {
  requirePermission(access, "values.enter");
  const value = await requireVisibleValue(access, valueId, tx);
  const scoped = inWorkspace(access.workspace.id, tx);
  const institution = access.membership.institution;
  const isOwn =
    institution !== null &&
    (await scoped.indicator.count({ where: { id: value.indicatorId, ...ownInstitutionIndicatorsWhere(institution.id) } })) > 0;
  if (!isOwn) throw new AppError("FORBIDDEN", libText("errors.evidenceOnlyByReporters"));
  const cycle = await scoped.reportingCycle.findFirst({
    where: { year: value.year, frameworkId: value.indicator.version.framework.id },
    select: { status: true, year: true },
  });
  const writable = checkValueWritable(value.status, cycle);
  if (!writable.ok) throw new AppError("CONFLICT", writable.message);
  return value;
}
