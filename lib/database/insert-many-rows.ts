import "server-only";
import { databaseProvider, sqliteConnection, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** A column of a bulk insert: its name, and INTEGER for whole numbers (anything else is text). */
export type BulkColumn = { name: string; type: "TEXT" | "INTEGER" };
export type BulkValue = string | number | null;

/**
 * Inserts many rows into one table in the caller's transaction, for bookkeeping tables written
 * in bulk (an import's staged values, decision 047). Prisma's handling of parameters costs
 * more CPU than the insert itself (measured: ~30 µs a row of 15 parameters in a multi-row
 * VALUES list; a large text parameter is serialised several times on its way to the driver,
 * ~35 ms a megabyte). So:
 * - SQLite: one prepared statement run row by row on the client's own connection, inside the
 *   transaction the caller holds (with the write lock, lib/database/sqlite-write-lock.ts).
 * - PostgreSQL: one statement for all the rows, read from a single JSON parameter.
 * The statements are not seen by query listeners (the audit guard): only for tables whose
 * writes are bookkeeping, never for a change people see.
 */
export async function insertManyRows(
  tx: Tx,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly BulkValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((column) => quoted(column.name)).join(", ");
  if (databaseProvider() === "sqlite") {
    const connection = sqliteConnection();
    // Outside a transaction the statements would skip the write lock: a bug, not a state to handle.
    if (!connection?.inTransaction) throw new Error("insertManyRows runs in a transaction the caller holds");
    const insert = connection.prepare(`INSERT INTO ${quoted(table)} (${names}) VALUES (${columns.map(() => "?").join(", ")})`);
    for (const row of rows) insert.run(row);
    return;
  }
  const cells = columns.map((column, index) =>
    column.type === "INTEGER" ? `CAST(j.value ->> ${index} AS INTEGER)` : `j.value ->> ${index}`,
  );
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(quoted(table))} (${Prisma.raw(names)})
    SELECT ${Prisma.raw(cells.join(", "))} FROM jsonb_array_elements(CAST(${JSON.stringify(rows)} AS JSONB)) AS j(value)`;
}

/** Table and column names are the code's own, never input; quoted for both databases. */
function quoted(name: string): string {
  if (!/^\w+$/.test(name)) throw new Error(`Not a table or column name: ${name}`);
  return `"${name}"`;
}
