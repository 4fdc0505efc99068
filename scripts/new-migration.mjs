#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the schema the last migration produced (its snapshot in
// prisma/schema-history/) and prisma/schema.prisma. Prisma's JS engine cannot diff against
// migrations or a live database, only between schema files (docs/decisions/002-database.md).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name>   (lower case, digits and underscores, e.g. add_value_comments)");
  process.exit(2);
}

const schema = path.join(root, "prisma", "schema.prisma");
const historyDir = path.join(root, "prisma", "schema-history");
const snapshots = fs
  .readdirSync(historyDir)
  .filter((file) => file.endsWith(".prisma"))
  .sort();
const previous = snapshots.at(-1);

// The diff command opens the configured database even though it does not need it.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "capacitas-migration-"));
const prismaCli = path.join(path.dirname(createRequire(import.meta.url).resolve("prisma/package.json")), "build", "index.js");
const from = previous ? ["--from-schema-datamodel", path.join(historyDir, previous)] : ["--from-empty"];
const diff = spawnSync(process.execPath, [prismaCli, "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, DATABASE_URL: `file:${path.join(scratch, "scratch.db")}` },
});
fs.rmSync(scratch, { recursive: true, force: true });
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(diff.status ?? 1);
}

const sql = diff.stdout;
if (/^-- This is an empty migration\.\s*$/m.test(sql) || sql.trim() === "") {
  // Only comments or generator settings changed: no SQL, but keep the snapshot identical.
  if (previous) fs.copyFileSync(schema, path.join(historyDir, previous));
  console.log("No database change: no migration written (the latest schema snapshot was refreshed).");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
fs.mkdirSync(path.join(root, "prisma", "migrations", folder));
fs.writeFileSync(path.join(root, "prisma", "migrations", folder, "migration.sql"), sql);
fs.copyFileSync(schema, path.join(historyDir, `${folder}.prisma`));
console.log(`Wrote prisma/migrations/${folder}/migration.sql. Review it: schema changes go widen-then-narrow.`);
