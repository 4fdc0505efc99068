import { getEnv } from "@/lib/env";
import { applySqliteMigrations, type MigrationResult } from "./apply-migrations";
import { applyPostgresMigrations } from "./apply-postgres-migrations";
import { parseDatabaseUrl } from "./database-url";

/** Brings the configured database (SQLite or PostgreSQL) up to the committed schema. Safe to run on every start. */
export async function migrateDatabase(databaseUrl: string = getEnv().DATABASE_URL): Promise<MigrationResult> {
  const location = parseDatabaseUrl(databaseUrl);
  return location.provider === "sqlite" ? applySqliteMigrations(location.filePath) : applyPostgresMigrations(location.url);
}
