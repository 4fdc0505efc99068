#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes the same migration for both providers,
// prisma/migrations/<timestamp>_<name>/migration.sql (SQLite) and
// prisma/postgres/migrations/<timestamp>_<name>/migration.sql (PostgreSQL), from the difference
// between the schema the last migration produced (its snapshot in prisma/schema-history/) and
// prisma/schema.prisma. Prisma's JS engine cannot diff against migrations or a live database,
// only between schema files (docs/decisions/002-database.md, 026-postgresql.md).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { toPostgresSchema, writePostgresSchema } from "./postgres-schema.mjs";

const root = path.resolve(import.meta.dirname, "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower case, digits and underscores, e.g. add_value_comments)");
  process.exit(2);
}

const schema = path.join(root, "prisma", "schema.prisma");
const postgresSchema = writePostgresSchema(root);
const historyDir = path.join(root, "prisma", "schema-history");
const snapshots = fs
  .readdirSync(historyDir)
  .filter((file) => file.endsWith(".prisma"))
  .sort();
const previous = snapshots.at(-1);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-migration-"));
const prismaCli = path.join(path.dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build", "index.js");

/** SQL from one schema file to another; `from` null means from an empty database. */
function diff(from, to) {
  const fromArgs = from ? ["--from-schema-datamodel", from] : ["--from-empty"];
  const result = spawnSync(
    process.execPath,
    [prismaCli, "migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script"],
    // The diff command opens the configured database even though it does not need it: a scratch
    // SQLite file. It writes SQL for the provider of the schemas it compares, PostgreSQL included.
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${path.join(scratch, "scratch.db")}` } },
  );
  if (result.status !== 0) {
    console.error(result.stderr);
    fs.rmSync(scratch, { recursive: true, force: true });
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

const isEmpty = (sql) => /^-- This is an empty migration\.\s*$/m.test(sql) || sql.trim() === "";

let previousPostgres = null;
if (previous) {
  previousPostgres = path.join(scratch, "previous-postgres.prisma");
  fs.writeFileSync(previousPostgres, toPostgresSchema(fs.readFileSync(path.join(historyDir, previous), "utf8")));
}
const sqliteSql = diff(previous ? path.join(historyDir, previous) : null, schema);
const postgresSql = diff(previousPostgres, postgresSchema);
fs.rmSync(scratch, { recursive: true, force: true });

if (isEmpty(sqliteSql) && isEmpty(postgresSql)) {
  // Only comments or generator settings changed: no SQL, but keep the snapshot identical.
  if (previous) fs.copyFileSync(schema, path.join(historyDir, previous));
  console.log("No database change: no migration written (the latest schema snapshot was refreshed).");
  process.exit(0);
}

// Both folders get the migration, even when one provider has nothing to do, so that the two
// sets keep the same names (tests/unit/postgres-schema-in-step.test.ts).
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
for (const [dir, sql] of [
  [path.join(root, "prisma", "migrations"), sqliteSql],
  [path.join(root, "prisma", "postgres", "migrations"), postgresSql],
]) {
  fs.mkdirSync(path.join(dir, folder), { recursive: true });
  fs.writeFileSync(path.join(dir, folder, "migration.sql"), isEmpty(sql) ? "-- No change for this provider.\n" : sql);
}
fs.copyFileSync(schema, path.join(historyDir, `${folder}.prisma`));
console.log(
  `Wrote prisma/migrations/${folder}/migration.sql and prisma/postgres/migrations/${folder}/migration.sql.\n` +
    "Review both: schema changes go widen-then-narrow.",
);
