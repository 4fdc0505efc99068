// Prisma CLI configuration for the PostgreSQL twin of the schema (prisma/postgres/, decision 026):
// JS engines only, like prisma.config.ts. Used by `prisma generate` and `migrate diff`.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

const databaseUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://localhost:5432/capacitas";
// The schema's datasource reads DATABASE_URL; commands that need no database still parse it.
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "postgres", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgres", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: databaseUrl });
  },
});
