import { getEnv } from "@/lib/env";
import { applySqliteMigrations, type MigrationResult } from "./apply-migrations";
import { parseDatabaseUrl } from "./database-url";

/** Brings the configured database up to the committed schema. Safe to run on every start. */
export function migrateDatabase(databaseUrl: string = getEnv().DATABASE_URL): MigrationResult {
  const location = parseDatabaseUrl(databaseUrl);
  return applySqliteMigrations(location.filePath);
}
