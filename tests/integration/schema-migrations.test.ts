import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMigrationFiles } from "@/lib/database/apply-migrations";

const historyDir = path.join("prisma", "schema-history");

describe("schema and migrations stay in step", () => {
  it("has a schema snapshot for every migration, and none without one", () => {
    const snapshots = fs
      .readdirSync(historyDir)
      .map((file) => file.replace(/\.prisma$/, ""))
      .sort();
    expect(snapshots).toEqual(readMigrationFiles().map((migration) => migration.name));
  });

  it("has no change in prisma/schema.prisma that lacks a migration (run `npm run db:migration -- <name>`)", () => {
    const latest = fs.readdirSync(historyDir).sort().at(-1)!;
    expect(fs.readFileSync(path.join("prisma", "schema.prisma"), "utf8")).toBe(fs.readFileSync(path.join(historyDir, latest), "utf8"));
  });
});
