// The values of a scale workspace and their audit events, in one transaction as writeValues
// writes them. On SQLite through the app's own bulk statements (insertValueRows and
// recordAuditEvents). On PostgreSQL those fall back to Prisma's createMany (~1 ms of CPU a
// row), so the benchmark sends the same columns itself, 10,000 rows a statement as arrays
// unnested by PostgreSQL: numbers travel as text (exact, as insertValueRows keeps them) and
// dates as UTC timestamps without zone, as Prisma stores them.
import type { AuditEventInput } from "@/lib/audit/record-audit-event";
import { storedAuditText } from "@/lib/audit/audit-summary-text";
import type { NewValueRow } from "@/lib/monitoring/insert-value-rows";
import type { Pool } from "pg";

export type SeededValue = { row: NewValueRow; event: AuditEventInput };

const ROWS_PER_STATEMENT = 10_000;

let pool: Pool | undefined;

export async function bulkInsertValues(values: readonly SeededValue[]): Promise<void> {
  const { databaseProvider, db } = await import("@/lib/db");
  if (databaseProvider() === "postgresql") return insertOnPostgres(values);
  const { insertValueRows } = await import("@/lib/monitoring/insert-value-rows");
  const { recordAuditEvents } = await import("@/lib/audit/record-audit-event");
  await db.$transaction(
    async (tx) => {
      await insertValueRows(
        tx,
        values.map(({ row }) => row),
      );
      await recordAuditEvents(
        tx,
        values.map(({ event }) => event),
      );
    },
    { timeout: 300_000 },
  );
}

/** Closes the PostgreSQL connections the seeding opened. */
export async function closeBulkInsert(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

/** The seeding's own connections to PostgreSQL (DATABASE_URL), beside the app's client. */
export async function postgresPool(): Promise<Pool> {
  const pg = await import("pg");
  pool ??= new pg.default.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  return pool;
}

const utc = (date: Date | null) => (date === null ? null : date.toISOString().replace("Z", ""));

async function insertOnPostgres(values: readonly SeededValue[]): Promise<void> {
  const { randomUUID } = await import("node:crypto");
  const client = await (await postgresPool()).connect();
  try {
    await client.query("BEGIN");
    for (let start = 0; start < values.length; start += ROWS_PER_STATEMENT) {
      const rows = values.slice(start, start + ROWS_PER_STATEMENT).map(({ row }) => row);
      const column = <K extends keyof NewValueRow>(key: K) => rows.map((row) => row[key]);
      await client.query(
        `INSERT INTO "IndicatorValue" ("id", "identityId", "indicatorId", "year", "disaggregation", "number", "levelCode", "text",
           "comment", "source", "evidenceUrl", "periodLabel", "status", "version", "createdById", "updatedById", "submittedAt",
           "reviewedAt", "reviewedById", "returnReason", "createdAt", "updatedAt")
         SELECT id, identity, indicator, year, disaggregation, number::double precision, level, text, comment, source, NULL, NULL,
           status::"ValueStatus", 1, NULL, NULL, submitted, reviewed, NULL, reason, at, at
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
           $10::text[], $11::text[], $12::timestamp(3)[], $13::timestamp(3)[], $14::text[], $15::timestamp(3)[])
           AS v(id, identity, indicator, year, disaggregation, number, level, text, comment, source, status, submitted, reviewed, reason, at)`,
        [
          column("id"),
          column("identityId"),
          column("indicatorId"),
          column("year"),
          column("disaggregation"),
          rows.map((row) => (row.number === null ? null : String(row.number))),
          column("levelCode"),
          column("text"),
          column("comment"),
          column("source"),
          column("status"),
          rows.map((row) => utc(row.submittedAt)),
          rows.map((row) => utc(row.reviewedAt)),
          column("returnReason"),
          rows.map((row) => utc(row.createdAt)),
        ],
      );
      const events = values.slice(start, start + ROWS_PER_STATEMENT).map(({ event }) => event);
      const first = events[0]!;
      await client.query(
        `INSERT INTO "AuditEvent" ("id", "workspaceId", "actorId", "actorLabel", "action", "entityType", "entityId", "summary", "summaryText", "before", "after", "createdAt")
         SELECT id, $1, NULL, $2, $3, $4, entity, summary, "summaryText"::jsonb, NULL, after::jsonb, $5::timestamp(3)
         FROM unnest($6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) AS e(id, entity, summary, after, "summaryText")`,
        [
          first.workspaceId,
          first.actor.label,
          first.action,
          first.entityType,
          utc(new Date()),
          events.map(() => randomUUID()),
          events.map((event) => event.entityId),
          events.map((event) => event.summary?.english ?? null),
          events.map((event) => JSON.stringify(event.after)),
          events.map((event) => (event.summary ? JSON.stringify(storedAuditText(event.summary)) : null)),
        ],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
