// The frame of every benchmark: a scratch SQLite file, migrated, set as DATABASE_URL before
// any lib/ module loads (benchmarks import lib/ inside `main` for that reason), removed at the
// end. The process exits with `main`'s code: 1 when a target is missed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function runOnScratchDatabase(main: () => Promise<number>): void {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-bench-"));
  process.env.DATABASE_URL = `file:${path.join(directory, "bench.db")}`;
  process.env.BETTER_AUTH_SECRET = "benchmark-secret-benchmark-secret-0123456789";
  const run = async () => {
    const { migrateDatabase } = await import("@/lib/database/migrate-database");
    await migrateDatabase();
    return main();
  };
  run()
    .then((code) => {
      fs.rmSync(directory, { recursive: true, force: true });
      process.exit(code);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

/** A scratch file next to the database, for outputs a benchmark inspects. */
export function scratchFile(name: string): string {
  return path.join(path.dirname(process.env.DATABASE_URL!.replace(/^file:/, "")), name);
}
