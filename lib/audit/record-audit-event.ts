import "server-only";
import { databaseProvider, type Tx } from "@/lib/db";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LibText } from "@/lib/i18n/lib-text";
import { storedAuditText } from "./audit-summary-text";
import { auditActionSchema, auditEntityTypeSchema, type Actor, type AuditAction, type AuditEntityType } from "./audit-actions";

export type AuditEventInput = {
  workspaceId: string | null;
  actor: Actor;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  /** What happened, keyed (decision 058): stored in English in `summary` and as its key and values in `summaryText`. */
  summary?: LibText;
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

/** Rows per INSERT: 12 parameters each stays far below SQLite's limit of 32,766. */
const ROWS_PER_INSERT = 500;

/**
 * Many events in few statements, for bulk operations (imports, bulk saves). A multi-row
 * INSERT of our own: Prisma's createMany spends ~1 ms of CPU per row in its query
 * interpreter, which made an import of 250,000 values spend minutes on its audit trail alone.
 * The columns are written as Prisma writes them (ids as UUIDs, dates through the adapter,
 * JSON as text); identifiers are quoted with backticks, as Prisma's own SQLite statements are.
 */
export async function recordAuditEvents(tx: Tx, events: AuditEventInput[]): Promise<void> {
  // The statement below is SQLite's dialect; PostgreSQL takes Prisma's own multi-row INSERT.
  if (databaseProvider() === "postgresql") {
    for (let start = 0; start < events.length; start += ROWS_PER_INSERT) {
      await tx.auditEvent.createMany({ data: events.slice(start, start + ROWS_PER_INSERT).map(toAuditRow) });
    }
    return;
  }
  const createdAt = new Date();
  for (let start = 0; start < events.length; start += ROWS_PER_INSERT) {
    const rows = events.slice(start, start + ROWS_PER_INSERT).map((event) => {
      const row = toAuditRow(event);
      return Prisma.sql`(${randomUUID()}, ${row.workspaceId ?? null}, ${row.actorId ?? null}, ${row.actorLabel}, ${row.action}, ${row.entityType}, ${row.entityId}, ${row.summary ?? null}, ${jsonText(row.summaryText)}, ${jsonText(row.before)}, ${jsonText(row.after)}, ${createdAt})`;
    });
    await tx.$executeRaw`INSERT INTO \`AuditEvent\` (\`id\`, \`workspaceId\`, \`actorId\`, \`actorLabel\`, \`action\`, \`entityType\`, \`entityId\`, \`summary\`, \`summaryText\`, \`before\`, \`after\`, \`createdAt\`) VALUES ${Prisma.join(rows)}`;
  }
}

/** A JSON column's text, as Prisma stores Json on SQLite; null for no value. */
function jsonText(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

function toAuditRow(event: AuditEventInput): Prisma.AuditEventCreateManyInput {
  return {
    workspaceId: event.workspaceId,
    actorId: event.actor.userId,
    actorLabel: event.actor.label,
    action: auditActionSchema.parse(event.action),
    entityType: auditEntityTypeSchema.parse(event.entityType),
    entityId: event.entityId,
    summary: event.summary?.english ?? null,
    summaryText: event.summary ? storedAuditText(event.summary) : undefined,
    before: event.before ?? undefined,
    after: event.after ?? undefined,
  };
}
