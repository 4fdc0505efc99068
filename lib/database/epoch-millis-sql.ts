import "server-only";
import { databaseProvider } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A timestamp column as whole milliseconds since 1970, in the configured database's dialect:
 * SQLite keeps Prisma's DateTime as ISO text, PostgreSQL as timestamp(3). For sums of
 * timestamps in fingerprints (lib/frameworks/get-structure-fingerprint.ts), which change when
 * any one row's time changes, even to an earlier time than the newest.
 */
export function epochMillisSql(column: string): Prisma.Sql {
  // Column names are the code's own, never input.
  if (!/^\w+\."\w+"$/.test(column)) throw new Error(`Not a qualified column: ${column}`);
  return databaseProvider() === "sqlite"
    ? Prisma.raw(`CAST(ROUND(unixepoch(${column}, 'subsec') * 1000) AS INTEGER)`)
    : Prisma.raw(`FLOOR(EXTRACT(EPOCH FROM ${column}) * 1000)`);
}
