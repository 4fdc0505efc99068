import "server-only";
import type { AuditRecorder } from "@/lib/audit/run-mutation";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CycleStatus, ValueStatus } from "@/lib/generated/prisma/enums";
import { decideValueWrite, type ExistingValue, type ValueContent } from "./decide-value-write";
import { rowsRefused } from "@/lib/errors";
import { conflictRefused, type RowConflict } from "./value-refusals";
import { changeStoredValue, conflictOf, insertValues, type AuditEvent } from "./apply-value-changes";
import { storeExactNumbers } from "./store-exact-numbers";
import { keyedMessage, withWording, wordingOf, type Problem } from "@/lib/problems/problem";

/** Where values come from. Every source writes the same rows and the same audit events. */
export type ValueSource = "entry" | "upload" | "api" | "open-sdg" | "seed";

/** One value to write (`next`) or clear (`next: null`). */
export type ValueWrite = {
  /** The row of the source (form line, file row), for messages. */
  row: number;
  /** The definition it is reported against; the value belongs to its identity. */
  indicator: { id: string; identityId: string; code: string };
  disaggregation: string;
  /** How people read the breakdown, for the audit trail ("Female, 15-24"). */
  breakdownLabel: string;
  next: ValueContent | null;
  /** undefined: no concurrency check; null: the writer saw no value; a number: the version it saw. */
  expectedVersion?: number | null;
  /** The period as the source wrote it when not a plain year ("2014/2015"); undefined leaves a stored one as it is. */
  periodLabel?: string | null;
  /** The status a written value takes: DRAFT from institutions, APPROVED for published statistics. */
  status: ValueStatus;
  /** The demo seed replays a past workflow: when it happened and what the review said. */
  history?: { at: Date; submittedAt: Date | null; reviewedAt: Date | null; returnReason: string | null };
};

export type WriteValuesInput = {
  workspaceId: string;
  /** The person (or system process) writing; null user for system actors. */
  userId: string | null;
  year: number;
  /** The year's reporting cycle; null for a year without one (historical data). */
  cycle: { status: CycleStatus; year: number } | null;
  source: ValueSource;
  writes: readonly ValueWrite[];
  /**
   * What to do with a write the rules refuse (submitted, approved, closed cycle): an
   * institution's save refuses the whole batch; an import leaves such values unchanged and
   * lists them.
   */
  onLocked: "refuse" | "skip";
};

export type LockedValue = { row: number; indicator: string; disaggregation: string; message: string };

export type ValueWritePlan = {
  changes: { kind: "create" | "update" | "delete"; write: ValueWrite; existing: ExistingValue | null }[];
  unchanged: number;
  locked: LockedValue[];
  conflicts: RowConflict[];
};

export type WriteValuesResult = {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
  locked: LockedValue[];
  saved: { indicator: string; disaggregation: string; status: ValueStatus; version: number }[];
};

const CHUNK = 500;

/** What the write path reads of a stored value to decide on a write (ExistingValue). */
export const EXISTING_VALUE_SELECT = {
  id: true,
  identityId: true,
  disaggregation: true,
  number: true,
  levelCode: true,
  text: true,
  comment: true,
  source: true,
  evidenceUrl: true,
  status: true,
  version: true,
  returnReason: true,
  updatedAt: true,
} satisfies Prisma.IndicatorValueSelect;

/**
 * Decides what a batch of writes would change, by the one rule every source shares
 * (decideValueWrite). Read-only: dry runs call it outside a transaction.
 */
export async function planValueWrites(client: Tx, input: WriteValuesInput): Promise<ValueWritePlan> {
  const existing = await loadExisting(client, input);
  const plan: ValueWritePlan = { changes: [], unchanged: 0, locked: [], conflicts: [] };
  for (const write of input.writes) {
    const current = existing.get(`${write.indicator.identityId}|${write.disaggregation}`) ?? null;
    const decision = decideValueWrite(current, write.next, input.cycle, write.expectedVersion);
    if (decision.kind === "unchanged") plan.unchanged += 1;
    else if (decision.kind === "conflict") plan.conflicts.push(conflictOf(write, current));
    else if (decision.kind === "locked")
      plan.locked.push(
        keyedMessage<LockedValue>(
          { row: write.row, indicator: write.indicator.code, disaggregation: write.disaggregation },
          decision.message,
        ),
      );
    else plan.changes.push({ kind: decision.kind, write, existing: current });
  }
  return plan;
}

/**
 * The one operation that writes indicator values, whatever their source: entry form, upload,
 * API, Open SDG import and demo seed. It runs in the caller's transaction, decides again
 * under the write lock, writes in bulk and records one audit event per value changed.
 * A concurrent change refuses the whole batch; so does a locked value when `onLocked` says so.
 */
export async function writeValues(tx: Tx, audit: AuditRecorder, input: WriteValuesInput): Promise<WriteValuesResult> {
  const plan = await planValueWrites(tx, input);
  if (plan.conflicts.length > 0) throw conflictRefused(plan.conflicts);
  if (plan.locked.length > 0 && input.onLocked === "refuse")
    throw rowsRefused(plan.locked.map((locked) => withWording<Problem>({ row: locked.row, field: "value" }, wordingOf(locked))));

  const now = new Date();
  const result: WriteValuesResult = { created: 0, updated: 0, deleted: 0, unchanged: plan.unchanged, locked: plan.locked, saved: [] };
  const events: AuditEvent[] = [];
  const created = await insertValues(
    tx,
    input,
    plan.changes.filter((change) => change.kind === "create").map((change) => change.write),
    now,
  );
  result.created = created.saved.length;
  result.saved.push(...created.saved);
  events.push(...created.events);

  for (const change of plan.changes) {
    if (change.kind === "create" || !change.existing) continue;
    const applied = await changeStoredValue(tx, input, { kind: change.kind, write: change.write, existing: change.existing }, now);
    if (applied.saved) {
      result.updated += 1;
      result.saved.push(applied.saved);
    } else result.deleted += 1;
    events.push(applied.event);
  }
  // Creates were inserted from text, exactly; updates went through Prisma, which rounds.
  await storeExactNumbers(tx, [
    ...plan.changes.flatMap(({ kind, write, existing }) =>
      kind === "update" && existing ? [{ id: existing.id, number: write.next!.number }] : [],
    ),
  ]);
  for (let start = 0; start < events.length; start += CHUNK) await audit.many(events.slice(start, start + CHUNK));
  return result;
}

async function loadExisting(client: Tx, input: WriteValuesInput): Promise<Map<string, ExistingValue>> {
  const identityIds = [...new Set(input.writes.map((write) => write.indicator.identityId))];
  const existing = new Map<string, ExistingValue>();
  for (let start = 0; start < identityIds.length; start += CHUNK) {
    const rows = await client.indicatorValue.findMany({
      where: { year: input.year, identityId: { in: identityIds.slice(start, start + CHUNK) } },
      select: EXISTING_VALUE_SELECT,
    });
    for (const row of rows) existing.set(`${row.identityId}|${row.disaggregation}`, row);
  }
  return existing;
}
