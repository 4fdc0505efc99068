import "server-only";
import { randomUUID } from "node:crypto";
import type { AuditRecorder } from "@/lib/audit/run-mutation";
import type { Tx } from "@/lib/db";
import { libText } from "@/lib/i18n/lib-text";
import type { ExistingValue } from "./decide-value-write";
import { insertValueRows } from "./insert-value-rows";
import { conflictRefused, type RowConflict } from "./value-refusals";
import { valueSnapshot } from "./value-snapshot";
import type { ValueWrite, WriteValuesInput, WriteValuesResult } from "./write-values";

// The rows of writeValues's plan, written: created in bulk, each update and clear on its own with
// its version in the condition. Only writeValues calls these, inside its transaction, after
// deciding every write (decision 020); each returns the audit events it owes.

export type AuditEvent = Parameters<AuditRecorder["many"]>[0][number];
type Saved = WriteValuesResult["saved"][number];

const placeOf = (write: ValueWrite, year: number) => ({ code: write.indicator.code, breakdown: write.breakdownLabel, year: String(year) });

/** The new values, inserted in bulk, each with its "value.created" event. */
export async function insertValues(
  tx: Tx,
  input: WriteValuesInput,
  writes: readonly ValueWrite[],
  now: Date,
): Promise<{ saved: Saved[]; events: AuditEvent[] }> {
  const creates = writes.map((write) => ({ write, id: randomUUID() }));
  await insertValueRows(
    tx,
    creates.map(({ id, write }) => {
      const review: { submittedAt?: Date | null; reviewedAt?: Date | null; reviewedById?: string | null; returnReason?: string | null } =
        reviewOf(write, input.userId, now);
      return {
        id,
        identityId: write.indicator.identityId,
        indicatorId: write.indicator.id,
        year: input.year,
        disaggregation: write.disaggregation,
        number: write.next!.number,
        levelCode: write.next!.levelCode,
        text: write.next!.text,
        comment: write.next!.comment,
        source: write.next!.source,
        evidenceUrl: write.next!.evidenceUrl,
        periodLabel: write.periodLabel ?? null,
        status: write.status,
        createdById: input.userId,
        submittedAt: review.submittedAt ?? null,
        reviewedAt: review.reviewedAt ?? null,
        reviewedById: review.reviewedById ?? null,
        returnReason: review.returnReason ?? null,
        createdAt: write.history?.at ?? now,
        updatedAt: write.history?.at ?? now,
      };
    }),
  );
  return {
    saved: creates.map(({ write }) => ({
      indicator: write.indicator.code,
      disaggregation: write.disaggregation,
      status: write.status,
      version: 1,
    })),
    events: creates.map(({ id, write }) => ({
      workspaceId: input.workspaceId,
      action: "value.created",
      entityType: "IndicatorValue",
      entityId: id,
      summary: libText("auditSummaries.valueEntered", placeOf(write, input.year)),
      after: valueSnapshot({ ...write.next!, status: write.status, version: 1, returnReason: write.history?.returnReason }),
    })),
  };
}

/**
 * A stored value updated (its version raised) or cleared (its row removed, its id kept as a
 * ClearedValue), on the condition that its version is still the one read: otherwise the whole
 * batch is refused as a conflict. `saved` is absent for a clear.
 */
export async function changeStoredValue(
  tx: Tx,
  input: WriteValuesInput,
  change: { kind: "update" | "delete"; write: ValueWrite; existing: ExistingValue },
  now: Date,
): Promise<{ saved?: Saved; event: AuditEvent }> {
  const { write, existing } = change;
  if (change.kind === "delete") {
    const removed = await tx.indicatorValue.deleteMany({ where: { id: existing.id, version: existing.version } });
    if (removed.count !== 1) throw conflictRefused([conflictOf(write, existing)]);
    // The row goes, its id stays: the history page and the thread (kept at the value's place) remain reachable.
    await tx.clearedValue.create({
      data: {
        id: existing.id,
        identityId: existing.identityId,
        indicatorId: write.indicator.id,
        year: input.year,
        disaggregation: existing.disaggregation,
        clearedAt: now,
      },
    });
    return {
      event: {
        workspaceId: input.workspaceId,
        action: "value.deleted",
        entityType: "IndicatorValue",
        entityId: existing.id,
        summary: libText("auditSummaries.valueCleared", placeOf(write, input.year)),
        before: valueSnapshot(existing),
      },
    };
  }
  const version = existing.version + 1;
  // The version in the condition makes two simultaneous writes exclusive: one wins, the other gets a conflict.
  const updated = await tx.indicatorValue.updateMany({
    where: { id: existing.id, version: existing.version },
    data: {
      ...write.next!,
      ...(write.periodLabel === undefined ? {} : { periodLabel: write.periodLabel }),
      indicatorId: write.indicator.id,
      status: write.status,
      version,
      updatedById: input.userId,
      updatedAt: now,
      ...reviewOf(write, input.userId, now),
    },
  });
  if (updated.count !== 1) throw conflictRefused([conflictOf(write, existing)]);
  return {
    saved: { indicator: write.indicator.code, disaggregation: write.disaggregation, status: write.status, version },
    event: {
      workspaceId: input.workspaceId,
      action: "value.updated",
      entityType: "IndicatorValue",
      entityId: existing.id,
      summary: libText("auditSummaries.valueChanged", placeOf(write, input.year)),
      before: valueSnapshot(existing),
      after: valueSnapshot({ ...write.next!, status: write.status, version, returnReason: existing.returnReason }),
    },
  };
}

/** Review fields of a written value: approved statistics carry their approval; a replayed history its own. */
function reviewOf(write: ValueWrite, userId: string | null, now: Date) {
  if (write.history)
    return {
      submittedAt: write.history.submittedAt,
      reviewedAt: write.history.reviewedAt,
      returnReason: write.history.returnReason,
    };
  if (write.status === "APPROVED") return { reviewedAt: now, reviewedById: userId, returnReason: null };
  return {};
}

/** A write refused because the stored value is no longer the one its writer saw. */
export function conflictOf(write: ValueWrite, existing: ExistingValue | null): RowConflict {
  return {
    row: write.row,
    indicator: write.indicator.code,
    disaggregation: write.disaggregation,
    yourVersion: write.expectedVersion ?? null,
    current: existing
      ? {
          value: existing.number ?? existing.levelCode ?? existing.text,
          status: existing.status,
          version: existing.version,
          updatedAt: existing.updatedAt,
        }
      : null,
  };
}
