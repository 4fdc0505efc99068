import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeValueChanges, type ValueChange } from "./describe-value-changes";
import { requireVisibleValue, VALUE_INDICATOR_SELECT } from "./require-visible-value";
import { ownInstitutionIndicatorsWhere, visibleValuesWhere } from "./visible-values";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

export type ValueHistoryEntry = {
  id: string;
  at: Date;
  who: string;
  action: string;
  summary: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  /** Only what this entry changed, field by field (issue 14, trap 7). */
  changes: ValueChange[];
};

export type ValueHistoryComment = { id: string; author: string; body: string; createdAt: Date };

/** Labels were stored as "Name (e-mail)" or as the e-mail alone: people are shown by name. */
function withoutAddress(label: string): string {
  return label.replace(/\s*\([^()]*@[^()]*\)\s*$/, "").replace(/^[^\s@]+@[^\s@]+$/, "a former member");
}

/**
 * A value's place (indicator, year, breakdown) with every change made there (from the audit
 * log) and its discussion. The id may be a cleared draft's (issue 18, item 10): its page then
 * shows the place as it is now, the value entered since if any, and the history and thread
 * that the clearing kept.
 */
export async function getValueHistory(access: AccessContext, valueId: string) {
  const { value, place } = await findValuePlace(access, valueId);
  const key = { identityId: place.identityId, year: place.year, disaggregation: place.disaggregation };
  const cleared = await db.clearedValue.findMany({ where: key, select: { id: true } });
  const ids = [...new Set([...cleared.map((row) => row.id), ...(value ? [value.id] : [])])];
  const [events, comments] = await Promise.all([
    inWorkspace(access.workspace.id).auditEvent.findMany({
      where: { entityType: "IndicatorValue", entityId: { in: ids }, action: { not: "value.commented" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, createdAt: true, actorId: true, actorLabel: true, action: true, summary: true, before: true, after: true },
    }),
    db.valueComment.findMany({
      where: key,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, authorId: true, authorLabel: true, body: true, createdAt: true },
    }),
  ]);
  const personIds = [...events.map((event) => event.actorId), ...comments.map((comment) => comment.authorId)];
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(personIds.filter((id): id is string => id !== null))] } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null, label: string) => people.find((person) => person.id === id)?.name ?? withoutAddress(label);
  const history: ValueHistoryEntry[] = events.map((event) => ({
    id: event.id,
    at: event.createdAt,
    who: nameOf(event.actorId, event.actorLabel),
    action: event.action,
    summary: event.summary,
    before: event.before,
    after: event.after,
    changes: describeValueChanges(event.before, event.after),
  }));
  const thread: ValueHistoryComment[] = comments.map((comment) => ({
    id: comment.id,
    author: nameOf(comment.authorId, comment.authorLabel),
    body: comment.body,
    createdAt: comment.createdAt,
  }));
  return { value, place, history, comments: thread };
}

/**
 * The live value of the id, or of the place a cleared draft of that id left. A cleared draft
 * was visible only to its institution, like every draft; a person who may not see it gets
 * "not found", as for any value.
 */
async function findValuePlace(access: AccessContext, valueId: string) {
  const live = await requireVisibleValue(access, valueId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (live) return { value: live, place: live };

  const cleared = await db.clearedValue.findFirst({
    where: { id: valueId, indicator: { version: { framework: { workspaceId: access.workspace.id } } } },
    include: { indicator: { select: VALUE_INDICATOR_SELECT } },
  });
  if (!cleared) throw new AppError("NOT_FOUND", libText("errors.noSuchValue"));
  const since = await db.indicatorValue.findFirst({
    where: {
      identityId: cleared.identityId,
      year: cleared.year,
      disaggregation: cleared.disaggregation,
      AND: [visibleValuesWhere(access)],
    },
    select: { id: true },
  });
  if (since) {
    const value = await requireVisibleValue(access, since.id);
    return { value, place: value };
  }
  const institution = access.membership.institution;
  const mayRead =
    institution !== null &&
    can(access, "values.read-own-institution") &&
    (await db.indicator.count({ where: { id: cleared.indicatorId, ...ownInstitutionIndicatorsWhere(institution.id) } })) > 0;
  if (!mayRead) throw new AppError("NOT_FOUND", libText("errors.noSuchValue"));
  return { value: null, place: cleared };
}
