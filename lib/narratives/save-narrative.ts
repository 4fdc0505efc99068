import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { requireCycle, type CycleRef } from "@/lib/monitoring/require-cycle";
import { ownInstitutionIndicatorsWhere } from "@/lib/monitoring/visible-values";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { saveNarrativeSchema } from "./narrative-schemas";

const CHANGED_MEANWHILE = libText("errors.narrativeChangedMeanwhile");

/**
 * Writes, changes or (with an empty text) removes a narrative of a cycle: the secretariat's
 * summary and area analyses, a reporting institution's explanation of an indicator. The save
 * names the version it read; a text changed meanwhile is refused, never overwritten.
 */
export async function saveNarrative(access: AccessContext, raw: unknown): Promise<{ version: number }> {
  const input = parseOrThrow(saveNarrativeSchema, raw, libText("errors.checkText"));
  requirePermission(access, input.kind === "INDICATOR" ? "values.enter" : "cycles.manage");
  return runMutation(actorOf(access), async (tx, audit) => {
    const cycle = await requireCycle(access, input.frameworkCode, input.year, tx);
    const subject = await resolveSubject(access, cycle, input.kind, input.subject, tx);
    const scoped = inWorkspace(access.workspace.id, tx);
    const key = { cycleId: cycle.id, kind: input.kind, subject: subject.key };
    const current = await scoped.narrative.findFirst({ where: key, select: { id: true, version: true, body: true } });
    if ((current?.version ?? 0) !== input.version) throw new AppError("CONFLICT", CHANGED_MEANWHILE);
    if (current && current.body === input.body) return { version: current.version };
    if (!current && input.body === "") throw new AppError("BAD_REQUEST", libText("errors.writeText"));

    const who = { updatedById: access.user.id, updatedByLabel: access.user.name };
    let version = 0;
    if (!current) {
      await scoped.narrative.create({ data: { ...key, body: input.body, ...who }, select: { id: true } });
      version = 1;
    } else if (input.body === "") {
      const { count } = await scoped.narrative.deleteMany({ where: { id: current.id, version: current.version } });
      if (count === 0) throw new AppError("CONFLICT", CHANGED_MEANWHILE);
    } else {
      const { count } = await scoped.narrative.updateMany({
        where: { id: current.id, version: current.version },
        data: { body: input.body, version: { increment: 1 }, ...who },
      });
      if (count === 0) throw new AppError("CONFLICT", CHANGED_MEANWHILE);
      version = current.version + 1;
    }
    await audit({
      workspaceId: access.workspace.id,
      action: "narrative.saved",
      entityType: "ReportingCycle",
      entityId: cycle.id,
      summary:
        input.body === ""
          ? libText("auditSummaries.narrativeRemoved", {
              framework: cycle.framework.code,
              year: String(cycle.year),
              subject: subject.label,
            })
          : libText("auditSummaries.narrativeSaved", { framework: cycle.framework.code, year: String(cycle.year), subject: subject.label }),
      before: current ? { kind: input.kind, subject: subject.key, body: current.body } : null,
      after: input.body === "" ? null : { kind: input.kind, subject: subject.key, body: input.body },
    });
    return { version };
  });
}

/** The key a narrative is stored under, checked against the cycle's version and the person's institution. */
async function resolveSubject(access: AccessContext, cycle: CycleRef, kind: string, code: string, tx: Tx) {
  const scoped = inWorkspace(access.workspace.id, tx);
  if (kind === "SUMMARY") return { key: "", label: libText("auditSummaries.narrativeOfSummary") };
  if (kind === "AREA") {
    const area = await scoped.area.findFirst({ where: { versionId: cycle.versionId, code }, select: { code: true } });
    if (!area) throw new AppError("NOT_FOUND", code ? libText("errors.noAreaInCycle", { code }) : libText("errors.noAreaGivenInCycle"));
    return { key: area.code, label: libText("auditSummaries.narrativeOfArea", { code: area.code }) };
  }
  const indicator = await scoped.indicator.findFirst({
    where: { versionId: cycle.versionId, code },
    select: { id: true, identityId: true, code: true },
  });
  if (!indicator)
    throw new AppError("NOT_FOUND", code ? libText("errors.noIndicatorInCycle", { code }) : libText("errors.noIndicatorGivenInCycle"));
  const institution = access.membership.institution;
  const isOwn =
    institution !== null &&
    (await scoped.indicator.count({ where: { id: indicator.id, ...ownInstitutionIndicatorsWhere(institution.id) } })) > 0;
  if (!isOwn) throw new AppError("FORBIDDEN", libText("errors.onlyReportersExplain"));
  // Kept under the identity, so that the explanation follows the indicator across versions' codes.
  return { key: indicator.identityId, label: libText("auditSummaries.narrativeOfIndicator", { code: indicator.code }) };
}
