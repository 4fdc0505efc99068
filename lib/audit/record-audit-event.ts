import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActionSchema, auditEntityTypeSchema, type Actor, type AuditAction, type AuditEntityType } from "./audit-actions";

export type AuditEventInput = {
  workspaceId: string | null;
  actor: Actor;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  summary?: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/**
 * Records one audit event. Takes the transaction client on purpose: the event must be
 * written in the same transaction as the change, so that neither exists without the other.
 */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({ data: toAuditRow(event) });
}

/** Many events in one statement, for bulk operations (imports, bulk saves). */
export async function recordAuditEvents(tx: Tx, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({ data: events.map(toAuditRow) });
}

function toAuditRow(event: AuditEventInput): Prisma.AuditEventCreateManyInput {
  return {
    workspaceId: event.workspaceId,
    actorId: event.actor.userId,
    actorLabel: event.actor.label,
    action: auditActionSchema.parse(event.action),
    entityType: auditEntityTypeSchema.parse(event.entityType),
    entityId: event.entityId,
    summary: event.summary ?? null,
    before: event.before ?? undefined,
    after: event.after ?? undefined,
  };
}
