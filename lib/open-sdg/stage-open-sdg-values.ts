import "server-only";
import { libText } from "@/lib/i18n/lib-text";
import { randomUUID } from "node:crypto";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProgressReporter } from "@/lib/jobs/progress-reporter";
import { EXISTING_VALUE_SELECT } from "@/lib/monitoring/write-values";
import { valueSnapshot } from "@/lib/monitoring/value-snapshot";
import type { OpenSdgPlannedValues, PlannedValueCreate, PlannedValueUpdate } from "./open-sdg-plan";

/**
 * Values staged per transaction, as one chunk: each holds the write lock for a few
 * milliseconds, so a person saving meanwhile hardly waits (issue 18: short batches). Larger
 * batches were tried (decision 040): fewer commits saved no measurable time.
 */
export const STAGE_BATCH_ROWS = 2000;

/** Published official statistics arrive approved (as writeValues is told by the import). */
const IMPORTED_STATUS = "APPROVED" as const;

/**
 * One staged value, as the apply reads it from the chunk's JSON (apply-staged-open-sdg-values.ts).
 * Lean on purpose (decision 040): a new value's audit summary and snapshot are the same text
 * for every value but its code, breakdown, year, number and source, so the apply builds them
 * in SQL, and fields that would be null are left out; every byte staged is carried several
 * times through the client and parsed again by the apply.
 */
export type StagedRow = {
  kind: "create" | "update";
  valueId: string;
  indicatorCode: string;
  year: number;
  disaggregation: string;
  /** "Total" or the row's cells, "Urban, Women", for the audit summary. */
  breakdown: string;
  number: string;
  source: string;
  periodLabel?: string;
  /** Updates: the version the plan read. */
  expectedVersion?: number;
  auditId: string;
  /** Updates: the stored value's snapshot. */
  auditBefore?: string;
  /** Updates, and a number JSON cannot write as it is (not finite): the new value's snapshot. */
  auditAfter?: string;
};

/** Opens a stage for an import of the workspace: nothing in it is visible to any reader. */
export async function openOpenSdgStage(workspaceId: string, jobId: string | null): Promise<string> {
  const id = randomUUID();
  await db.openSdgImportStage.create({ data: { id, workspaceId, jobId } });
  return id;
}

/**
 * Writes planned values into the stage in short transactions, each with the audit event the
 * value will carry, prepared as writeValues prepares it (same summary, same snapshots). Values
 * are added file by file as they are planned and written STAGE_BATCH_ROWS at a time, so only
 * one batch is held (decision 040); `flush` writes the rest. The stored values an update
 * replaces are read here, outside the write lock; the apply checks that their versions have
 * not moved, so the "before" snapshots stay true.
 */
export function createOpenSdgStager(stageId: string): {
  add: (values: OpenSdgPlannedValues) => Promise<void>;
  flush: () => Promise<void>;
} {
  let position = 0;
  let creates: PlannedValueCreate[] = [];
  let updates: PlannedValueUpdate[] = [];
  const writeCreates = async (batch: readonly PlannedValueCreate[]) => writeBatch(stageId, position++, batch.map(stagedCreate));
  const writeUpdates = async (batch: readonly PlannedValueUpdate[]) => {
    const stored = new Map(
      (await db.indicatorValue.findMany({ where: { id: { in: batch.map((value) => value.id) } }, select: EXISTING_VALUE_SELECT })).map(
        (value) => [value.id, value],
      ),
    );
    await writeBatch(
      stageId,
      position++,
      batch.map((value) => stagedUpdate(value, stored.get(value.id))),
    );
  };
  const writeHeldCreates = async () => {
    const batch = creates;
    creates = [];
    await writeCreates(batch);
  };
  const writeHeldUpdates = async () => {
    const batch = updates;
    updates = [];
    await writeUpdates(batch);
  };
  return {
    async add(values) {
      for (const value of values.create) {
        creates.push(value);
        if (creates.length === STAGE_BATCH_ROWS) await writeHeldCreates();
      }
      for (const value of values.update) {
        updates.push(value);
        if (updates.length === STAGE_BATCH_ROWS) await writeHeldUpdates();
      }
    },
    async flush() {
      if (creates.length > 0) await writeHeldCreates();
      if (updates.length > 0) await writeHeldUpdates();
    },
  };
}

/** Stages a whole plan's values (a plan made in memory: planOpenSdgImport). */
export async function stageOpenSdgValues(stageId: string, values: OpenSdgPlannedValues, progress: ProgressReporter): Promise<void> {
  const stager = createOpenSdgStager(stageId);
  const total = values.create.length + values.update.length;
  for (let start = 0; start < values.create.length; start += STAGE_BATCH_ROWS) {
    await stager.add({ create: values.create.slice(start, start + STAGE_BATCH_ROWS), update: [] });
    progress(Math.min(1, (start + STAGE_BATCH_ROWS) / total), libText("jobStages.stagingValues"));
  }
  for (let start = 0; start < values.update.length; start += STAGE_BATCH_ROWS) {
    await stager.add({ create: [], update: values.update.slice(start, start + STAGE_BATCH_ROWS) });
    progress(Math.min(1, (values.create.length + start + STAGE_BATCH_ROWS) / total), libText("jobStages.stagingValues"));
  }
  await stager.flush();
}

function content(value: PlannedValueCreate) {
  return { number: value.number, levelCode: null, text: null, comment: null, source: value.source, evidenceUrl: null };
}

function stagedCreate(value: PlannedValueCreate): StagedRow {
  const row: StagedRow = { auditId: randomUUID(), ...common(value), kind: "create" };
  // The apply writes the snapshot with the number as staged, which JSON can only do for a finite one.
  if (!Number.isFinite(value.number))
    row.auditAfter = JSON.stringify(valueSnapshot({ ...content(value), status: IMPORTED_STATUS, version: 1 }));
  return row;
}

function stagedUpdate(
  value: PlannedValueUpdate,
  stored: Prisma.IndicatorValueGetPayload<{ select: typeof EXISTING_VALUE_SELECT }> | undefined,
): StagedRow {
  // Gone since the plan: the apply's version check refuses the import as changed meanwhile.
  const before = stored ?? { ...value.before, levelCode: null, text: null, returnReason: null };
  return {
    auditId: randomUUID(),
    ...common(value),
    kind: "update",
    expectedVersion: value.before.version,
    auditBefore: JSON.stringify(valueSnapshot(before)),
    auditAfter: JSON.stringify(
      valueSnapshot({ ...content(value), status: IMPORTED_STATUS, version: value.before.version + 1, returnReason: before.returnReason }),
    ),
  };
}

function common(value: PlannedValueCreate) {
  return {
    valueId: value.id,
    indicatorCode: value.indicatorCode,
    year: value.year,
    disaggregation: value.disaggregation,
    breakdown: value.breakdown,
    // The shortest text that reads back as the same double: the apply converts it in the database, exactly.
    number: String(value.number),
    source: value.source,
    ...(value.periodLabel === null ? {} : { periodLabel: value.periodLabel }),
  };
}

async function writeBatch(stageId: string, position: number, rows: readonly StagedRow[]): Promise<void> {
  await runInTransaction(async (tx) => {
    // A raw statement: Prisma's model create spends long on a parameter of a megabyte.
    await tx.$executeRaw`INSERT INTO "StagedOpenSdgChunk" ("id", "stageId", "position", "rows") VALUES (${randomUUID()}, ${stageId}, ${position}, ${JSON.stringify(rows)})`;
    await tx.openSdgImportStage.update({ where: { id: stageId }, data: { touchedAt: new Date() } });
  });
}
