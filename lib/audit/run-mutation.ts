import "server-only";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import type { Tx } from "@/lib/db";
import type { Actor } from "./audit-actions";
import { recordAuditEvent, recordAuditEvents, type AuditEventInput } from "./record-audit-event";

export type AuditRecorder = {
  (event: Omit<AuditEventInput, "actor">): Promise<void>;
  many(events: Omit<AuditEventInput, "actor">[]): Promise<void>;
};

/**
 * Runs a change in one transaction together with its audit events. A change that records
 * no audit event is a bug: it is rolled back and reported, so nothing is ever written
 * without a trace.
 */
export async function runMutation<T>(
  actor: Actor,
  work: (tx: Tx, audit: AuditRecorder) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  return runInTransaction(
    async (tx) => {
      let recorded = 0;
      const audit = (async (event) => {
        await recordAuditEvent(tx, { ...event, actor });
        recorded += 1;
      }) as AuditRecorder;
      audit.many = async (events) => {
        await recordAuditEvents(
          tx,
          events.map((event) => ({ ...event, actor })),
        );
        recorded += events.length;
      };
      const result = await work(tx, audit);
      if (recorded === 0) throw new Error("This change recorded no audit event and was rolled back");
      return result;
    },
    { timeoutMs: options.timeoutMs },
  );
}
