import "server-only";
import { libText } from "@/lib/i18n/lib-text";
import { randomUUID } from "node:crypto";
import { orderedId } from "@/lib/database/ordered-id";
import { insertManyRows, type BulkColumn, type BulkValue } from "@/lib/database/insert-many-rows";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProgressReporter } from "@/lib/jobs/progress-reporter";
import { EXISTING_VALUE_SELECT } from "@/lib/monitoring/write-values";
import { valueSnapshot } from "@/lib/monitoring/value-snapshot";
import type { OpenSdgPlannedValues, PlannedValueCreate, PlannedValueUpdate } from "./open-sdg-plan";

/**
 * Values staged per transaction (one batch): each holds the write lock for a few
 * milliseconds, so a person saving meanwhile hardly waits (issue 18: short batches). Larger
 * batches were tried (decision 040): fewer commits saved no measurable time.
 */
export const STAGE_BATCH_ROWS = 2000;

/** Published official statistics arrive approved (as writeValues is told by the import). */
const IMPORTED_STATUS = "APPROVED" as const;

/**
 * The stage's columns (StagedOpenSdgValue), in the order of a staged row. Lean on purpose
 * (decision 040): a new value's audit summary and snapshot are the same text for every value
 * but its code, breakdown, year, number and source, so the apply builds them in SQL; only
 * updates (and a number JSON cannot write) carry snapshots.
 */
const STAGE_COLUMNS: BulkColumn[] = [
  { name: "stageId", type: "TEXT" },
  { name: "batch", type: "INTEGER" },
  { name: "valueId", type: "TEXT" },
  { name: "kind", type: "TEXT" },
  { name: "indicatorCode", type: "TEXT" },
  { name: "year", type: "INTEGER" },
  { name: "disaggregation", type: "TEXT" },
  { name: "breakdown", type: "TEXT" },
  { name: "number", type: "TEXT" },
  { name: "source", type: "TEXT" },
  { name: "periodLabel", type: "TEXT" },
  { name: "expectedVersion", type: "INTEGER" },
  { name: "auditId", type: "TEXT" },
  { name: "auditBefore", type: "TEXT" },
  { name: "auditAfter", type: "TEXT" },
];
type StagedRow = BulkValue[];

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
  const writeCreates = async (batch: readonly PlannedValueCreate[]) => {
    const at = position++;
    await writeBatch(
      stageId,
      batch.map((value) => stagedCreate(stageId, at, value)),
    );
  };
  const writeUpdates = async (batch: readonly PlannedValueUpdate[]) => {
    const stored = new Map(
      (await db.indicatorValue.findMany({ where: { id: { in: batch.map((value) => value.id) } }, select: EXISTING_VALUE_SELECT })).map(
        (value) => [value.id, value],
      ),
    );
    const at = position++;
    await writeBatch(
      stageId,
      batch.map((value) => stagedUpdate(stageId, at, value, stored.get(value.id))),
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

function stagedCreate(stageId: string, batch: number, value: PlannedValueCreate): StagedRow {
  // The apply writes the snapshot with the number as staged, which JSON can only do for a finite one.
  const after = Number.isFinite(value.number)
    ? null
    : JSON.stringify(valueSnapshot({ ...content(value), status: IMPORTED_STATUS, version: 1 }));
  return stagedRow(stageId, batch, "create", value, null, null, after);
}

function stagedUpdate(
  stageId: string,
  batch: number,
  value: PlannedValueUpdate,
  stored: Prisma.IndicatorValueGetPayload<{ select: typeof EXISTING_VALUE_SELECT }> | undefined,
): StagedRow {
  // Gone since the plan: the apply's version check refuses the import as changed meanwhile.
  const before = stored ?? { ...value.before, levelCode: null, text: null, returnReason: null };
  return stagedRow(
    stageId,
    batch,
    "update",
    value,
    value.before.version,
    JSON.stringify(valueSnapshot(before)),
    JSON.stringify(
      valueSnapshot({ ...content(value), status: IMPORTED_STATUS, version: value.before.version + 1, returnReason: before.returnReason }),
    ),
  );
}

/** A row in STAGE_COLUMNS' order. */
function stagedRow(
  stageId: string,
  batch: number,
  kind: "create" | "update",
  value: PlannedValueCreate,
  expectedVersion: number | null,
  auditBefore: string | null,
  auditAfter: string | null,
): StagedRow {
  return [
    stageId,
    batch,
    value.id,
    kind,
    value.indicatorCode,
    value.year,
    value.disaggregation,
    value.breakdown,
    // The shortest text that reads back as the same double: the apply converts it in the database, exactly.
    String(value.number),
    value.source,
    value.periodLabel,
    expectedVersion,
    // In staging order, like the values' ids (decision 047).
    orderedId(),
    auditBefore,
    auditAfter,
  ];
}

async function writeBatch(stageId: string, rows: readonly StagedRow[]): Promise<void> {
  await runInTransaction(async (tx) => {
    await insertManyRows(tx, "StagedOpenSdgValue", STAGE_COLUMNS, rows);
    await tx.openSdgImportStage.update({ where: { id: stageId }, data: { touchedAt: new Date() } });
  });
}
