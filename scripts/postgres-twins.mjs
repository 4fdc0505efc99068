#!/usr/bin/env node
// `npm run db:postgres-twins`: writes the PostgreSQL twin of every SQLite migration that lacks
// one (after merging a branch written before PostgreSQL support, or made without
// `npm run db:migration`), from the schema snapshots of prisma/schema-history/, and rewrites
// prisma/postgres/schema.prisma. The twins hold the structural change only: a SQLite migration
// that moves data by hand needs the same by hand in its twin (decision 026).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { toPostgresSchema, writePostgresSchema } from "./postgres-schema.mjs";

const root = path.resolve(import.meta.dirname, "..");
const historyDir = path.join(root, "prisma", "schema-history");
const twinsDir = path.join(root, "prisma", "postgres", "migrations");
const prismaCli = path.join(path.dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build", "index.js");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-twins-"));

const names = fs
  .readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The PostgreSQL twin of a snapshot, as a file the diff can read. */
function postgresSnapshot(name) {
  const file = path.join(scratch, `${name}.prisma`);
  fs.writeFileSync(file, toPostgresSchema(fs.readFileSync(path.join(historyDir, `${name}.prisma`), "utf8")));
  return file;
}

const written = [];
names.forEach((name, index) => {
  if (fs.existsSync(path.join(twinsDir, name, "migration.sql"))) return;
  const from = index === 0 ? ["--from-empty"] : ["--from-schema-datamodel", postgresSnapshot(names[index - 1])];
  const result = spawnSync(
    process.execPath,
    [prismaCli, "migrate", "diff", ...from, "--to-schema-datamodel", postgresSnapshot(name), "--script"],
    // The diff command opens the configured (SQLite) database although it needs none: a scratch file.
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${path.join(scratch, "scratch.db")}` } },
  );
  if (result.status !== 0) {
    console.error(result.stderr);
    process.exit(result.status ?? 1);
  }
  fs.mkdirSync(path.join(twinsDir, name), { recursive: true });
  const sql =
    result.stdout.trim() === "" || /^-- This is an empty migration\./m.test(result.stdout)
      ? "-- No change for this provider.\n"
      : result.stdout;
  fs.writeFileSync(
    path.join(twinsDir, name, "migration.sql"),
    `-- PostgreSQL twin of prisma/migrations/${name}, generated from its schema snapshot.\n${sql}`,
  );
  written.push(name);
});
fs.rmSync(scratch, { recursive: true, force: true });
writePostgresSchema(root);
console.log(
  written.length > 0 ? `Wrote PostgreSQL twins of: ${written.join(", ")}. Review them.` : "Every migration has its PostgreSQL twin.",
);
console.log("Rewrote prisma/postgres/schema.prisma.");
