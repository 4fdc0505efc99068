import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireVisibleValue } from "./require-visible-value";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type ValueHistoryEntry = {
  id: string;
  at: Date;
  who: string;
  action: string;
  summary: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

/** A value with every change made to it (from the audit log) and its discussion. Three queries. */
export async function getValueHistory(access: AccessContext, valueId: string) {
  const value = await requireVisibleValue(access, valueId);
  const [events, comments] = await Promise.all([
    inWorkspace(access.workspace.id).auditEvent.findMany({
      where: { entityType: "IndicatorValue", entityId: value.id, action: { not: "value.commented" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, createdAt: true, actorLabel: true, action: true, summary: true, before: true, after: true },
    }),
    db.valueComment.findMany({
      where: { valueId: value.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, authorLabel: true, body: true, createdAt: true },
    }),
  ]);
  const history: ValueHistoryEntry[] = events.map((event) => ({
    id: event.id,
    at: event.createdAt,
    who: event.actorLabel,
    action: event.action,
    summary: event.summary,
    before: event.before,
    after: event.after,
  }));
  return { value, history, comments };
}
