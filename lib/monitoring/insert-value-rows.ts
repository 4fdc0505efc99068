import "server-only";
import { databaseProvider, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { storeExactNumbers } from "./store-exact-numbers";

/** A new value row as the write path decided it (write-values.ts). */
export type NewValueRow = {
  id: string;
  identityId: string;
  indicatorId: string;
  year: number;
  disaggregation: string;
  number: number | null;
  levelCode: string | null;
  text: string | null;
  comment: string | null;
  source: string | null;
  evidenceUrl: string | null;
  periodLabel: string | null;
  status: ValueStatus;
  createdById: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewedById: string | null;
  returnReason: string | null;
  createdAt: Date;
  updatedAt: Date;
};

/** 21 parameters a row: 400 rows stay far below SQLite's limit of 32,766 parameters. */
const ROWS_PER_INSERT = 400;

/**
 * Inserts new values in multi-row statements. Prisma's createMany spends ~1 ms of CPU per row
 * in its query interpreter (an import of 250,000 values took minutes). Numbers go as text
 * and are converted by the database, which keeps every double exactly; Prisma rounds a float
 * parameter to 16 significant digits (store-exact-numbers.ts). Dates go through the adapter,
 * so they are stored as Prisma stores them.
 */
export async function insertValueRows(tx: Tx, rows: readonly NewValueRow[]): Promise<void> {
  if (databaseProvider() === "postgresql") return insertWithPrisma(tx, rows);
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const values = rows
      .slice(start, start + ROWS_PER_INSERT)
      .map(
        (row) =>
          Prisma.sql`(${row.id}, ${row.identityId}, ${row.indicatorId}, ${row.year}, ${row.disaggregation}, CAST(${row.number === null ? null : String(row.number)} AS REAL), ${row.levelCode}, ${row.text}, ${row.comment}, ${row.source}, ${row.evidenceUrl}, ${row.periodLabel}, ${row.status}, 1, ${row.createdById}, ${row.createdById}, ${row.submittedAt}, ${row.reviewedAt}, ${row.reviewedById}, ${row.returnReason}, ${row.createdAt}, ${row.updatedAt})`,
      );
    await tx.$executeRaw`INSERT INTO \`IndicatorValue\` (\`id\`, \`identityId\`, \`indicatorId\`, \`year\`, \`disaggregation\`, \`number\`, \`levelCode\`, \`text\`, \`comment\`, \`source\`, \`evidenceUrl\`, \`periodLabel\`, \`status\`, \`version\`, \`createdById\`, \`updatedById\`, \`submittedAt\`, \`reviewedAt\`, \`reviewedById\`, \`returnReason\`, \`createdAt\`, \`updatedAt\`) VALUES ${Prisma.join(values)}`;
  }
}

/**
 * PostgreSQL: Prisma's own multi-row INSERT, which types enums, dates and JSON for the driver
 * (the statement above is SQLite's dialect); numbers its rounding changed are then stored exactly.
 */
async function insertWithPrisma(tx: Tx, rows: readonly NewValueRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT);
    await tx.indicatorValue.createMany({ data: batch.map((row) => ({ ...row, version: 1, updatedById: row.createdById })) });
    await storeExactNumbers(tx, batch);
  }
}
