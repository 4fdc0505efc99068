// `npm run backup [-- --out file]`: a consistent backup of the database in DATABASE_URL while the
// server runs (SQLite's online backup API, or pg_dump). `npm run restore -- --from file` puts one
// back (stop the servers first). See README "Backup and restore" and decision 026.
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, restoreDatabase } from "@/lib/database/backup-database";
import { parseDatabaseUrl } from "@/lib/database/database-url";
import { getEnv } from "@/lib/env";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string" }, from: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const url = getEnv().DATABASE_URL;
  const isSqlite = parseDatabaseUrl(url).provider === "sqlite";
  if (positionals[0] === "restore") {
    if (values.help || !values.from) {
      console.log("Usage: npm run restore -- --from <backup file>   (stop every server first)");
      return values.help ? 0 : 2;
    }
    await restoreDatabase(url, path.resolve(values.from));
    console.log(`Restored ${values.from}. Start the servers again.`);
    return 0;
  }
  if (values.help) {
    console.log("Usage: npm run backup [-- --out <file>]");
    return 0;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const target = path.resolve(values.out ?? path.join("backups", `capacitas-${stamp}.${isSqlite ? "db" : "dump"}`));
  await backupDatabase(url, target);
  console.log(`Backup written to ${target}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
