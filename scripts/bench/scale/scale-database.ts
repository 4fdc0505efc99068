// The database of the scale benchmark, set as DATABASE_URL before any lib/ module loads:
// PostgreSQL by default (a database of its own on BENCH_POSTGRES_URL's server, or a throwaway
// cluster), SQLite with BENCH_SCALE_DATABASE=sqlite (a scratch file). Migrated; removed at the end.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type ScaleDatabase = { provider: "postgresql" | "sqlite"; describe: string; remove: () => Promise<void> };

export async function openScaleDatabase(): Promise<ScaleDatabase> {
  process.env.BETTER_AUTH_SECRET ??= "benchmark-secret-benchmark-secret-0123456789";
  const database = process.env.BENCH_SCALE_DATABASE === "sqlite" ? openSqlite() : await openPostgres();
  const { migrateDatabase } = await import("@/lib/database/migrate-database");
  await migrateDatabase();
  return database;
}

function openSqlite(): ScaleDatabase {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-scale-"));
  process.env.DATABASE_URL = `file:${path.join(directory, "scale.db")}`;
  return {
    provider: "sqlite",
    describe: `SQLite file in ${directory}`,
    remove: async () => fs.rmSync(directory, { recursive: true, force: true }),
  };
}

async function openPostgres(): Promise<ScaleDatabase> {
  const pg = (await import("pg")).default;
  const { startThrowawayPostgres } = await import("../../throwaway-postgres.mjs");
  const cluster = process.env.BENCH_POSTGRES_URL ? null : await startThrowawayPostgres();
  const serverUrl = process.env.BENCH_POSTGRES_URL ?? cluster!.url;
  // BENCH_SCALE_REUSE names a database an earlier run kept (BENCH_SCALE_KEEP): timed again, not seeded.
  const reused = process.env.BENCH_SCALE_REUSE;
  const name = reused ?? `capacitas_scale_${process.pid}`;
  if (!reused) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return {
    provider: "postgresql",
    describe: `PostgreSQL database ${name} on ${cluster ? "a throwaway cluster" : "BENCH_POSTGRES_URL"}`,
    remove: async () => {
      if (cluster) return cluster.stop();
      // Kept for profiling (EXPLAIN ANALYZE on the seeded data); the caller drops it.
      if (process.env.BENCH_SCALE_KEEP || reused) return console.log(`kept database ${name}`);
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
