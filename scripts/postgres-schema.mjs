#!/usr/bin/env node
// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: one data model, two providers
// (docs/decisions/026-postgresql.md). Only the datasource provider and the client's output folder
// differ; tests/unit/postgres-schema-in-step.test.ts fails when the two files drift apart.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const POSTGRES_SCHEMA_HEADER =
  "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs (npm run db:migration). Do not edit.\n";

/** The PostgreSQL twin of a SQLite schema text (the current schema or a snapshot of prisma/schema-history/). */
export function toPostgresSchema(sqliteSchema) {
  const provider = /^(\s*provider\s*=\s*)"sqlite"/m;
  const output = /^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/m;
  if (!provider.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error('Expected provider = "sqlite" and output = "../lib/generated/prisma" in the SQLite schema');
  }
  return POSTGRES_SCHEMA_HEADER + sqliteSchema.replace(provider, '$1"postgresql"').replace(output, '$1"../../lib/generated/postgres"');
}

export function writePostgresSchema(root) {
  const source = fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
  const target = path.join(root, "prisma", "postgres", "schema.prisma");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, toPostgresSchema(source));
  return target;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const target = writePostgresSchema(path.resolve(import.meta.dirname, ".."));
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
