import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { readReminderDays } from "./reminder-days";

export type OutboxOverview = {
  isEmailOn: boolean;
  /** Days before a deadline on which late institutions are reminded. */
  reminderDays: readonly number[];
  counts: { pending: number; sent: number; failed: number };
  failed: {
    id: string;
    toAddress: string;
    subject: string;
    attempts: number;
    lastError: string | null;
    createdAt: Date;
    updatedAt: Date;
  }[];
};

/** For administrators: whether e-mail is on, how the workspace's e-mail stands, and the messages given up on. */
export async function getOutboxOverview(access: AccessContext): Promise<OutboxOverview> {
  requirePermission(access, "users.manage");
  const workspaceId = access.workspace.id;
  const [grouped, failed, workspace] = await Promise.all([
    db.outboxMessage.groupBy({ by: ["status"], where: { workspaceId }, _count: { _all: true } }),
    db.outboxMessage.findMany({
      where: { workspaceId, status: "FAILED" },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 100,
      select: { id: true, toAddress: true, subject: true, attempts: true, lastError: true, createdAt: true, updatedAt: true },
    }),
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { reminderDays: true } }),
  ]);
  const countOf = (...statuses: string[]) =>
    grouped.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row._count._all, 0);
  return {
    isEmailOn: getEnv().SMTP_URL !== undefined,
    reminderDays: readReminderDays(workspace.reminderDays),
    counts: { pending: countOf("PENDING", "SENDING"), sent: countOf("SENT"), failed: countOf("FAILED") },
    failed,
  };
}
