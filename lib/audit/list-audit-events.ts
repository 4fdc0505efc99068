import "server-only";
import { z } from "zod";
import { parseOrThrow } from "@/lib/validation/parse-input";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import type { Prisma } from "@/lib/generated/prisma/client";
import { libText, refusedBy, zodMessage, type LibText } from "@/lib/i18n/lib-text";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "./audit-actions";
import { readAuditText } from "./audit-summary-text";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export const AUDIT_PAGE_SIZE = 50;

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const dateParam = z.preprocess(emptyToUndefined, z.iso.date({ message: zodMessage("validation.auditDate") }).optional());

export const auditFilterSchema = z
  .object({
    actor: z.preprocess(emptyToUndefined, z.uuid({ message: zodMessage("validation.choosePersonFromList") }).optional()),
    entity: z.preprocess(emptyToUndefined, z.enum(AUDIT_ENTITY_TYPES, { message: zodMessage("validation.chooseRecordKind") }).optional()),
    action: z.preprocess(emptyToUndefined, z.enum(AUDIT_ACTIONS, { message: zodMessage("validation.chooseAuditAction") }).optional()),
    from: dateParam,
    to: dateParam,
    page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    ...refusedBy("validation.startAfterEnd"),
    path: ["from"],
  });

export type AuditFilter = z.output<typeof auditFilterSchema>;

export type AuditEntry = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  /** The English as written: what an event from before decision 058 shows, in English. */
  summary: string | null;
  /** The same summary keyed, for the reader's language; null for an event written before it had one. */
  summaryText: LibText | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

/** One page of the workspace's audit log, newest first, with the people who can be filtered on. */
export async function listAuditEvents(access: AccessContext, rawFilter: Record<string, unknown>) {
  requirePermission(access, "audit.read");
  const filter = parseOrThrow(auditFilterSchema, rawFilter, libText("errors.checkFilters"));
  const scoped = inWorkspace(access.workspace.id);
  const where: Prisma.AuditEventWhereInput = {
    actorId: filter.actor,
    entityType: filter.entity,
    action: filter.action,
    createdAt: {
      gte: filter.from ? new Date(`${filter.from}T00:00:00.000Z`) : undefined,
      lt: filter.to ? new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + 24 * 60 * 60 * 1000) : undefined,
    },
  };
  const [total, entries, people] = await Promise.all([
    scoped.auditEvent.count({ where }),
    scoped.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        actorLabel: true,
        action: true,
        entityType: true,
        entityId: true,
        summary: true,
        summaryText: true,
        before: true,
        after: true,
      },
    }),
    scoped.membership.findMany({
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return {
    filter,
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries: entries.map(({ summaryText, ...entry }): AuditEntry => ({ ...entry, summaryText: readAuditText(summaryText, entry.summary) })),
    people: people.map((membership) => membership.user),
  };
}
