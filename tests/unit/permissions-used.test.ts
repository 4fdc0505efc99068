import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS, type Permission } from "@/lib/auth/permissions";

const LIB = path.resolve(import.meta.dirname, "../../lib");
/** The table itself, and the generated Prisma client, which knows nothing of permissions. */
const NOT_USES = [path.join(LIB, "auth/permissions.ts"), path.join(LIB, "generated")];

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (NOT_USES.some((skipped) => full === skipped)) return [];
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The permissions whose quoted name no module of lib/ mentions: none checks them. */
function unusedPermissions(sources: readonly string[]): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => !sources.some((source) => source.includes(`"${permission}"`)));
}

describe("the permission table", () => {
  it("holds only permissions that an operation under lib/ checks", () => {
    const sources = sourceFiles(LIB).map((file) => fs.readFileSync(file, "utf8"));
    expect(sources.length).toBeGreaterThan(100);
    expect(unusedPermissions(sources)).toEqual([]);
  });

  it("tells a permission nobody checks from one that is checked", () => {
    const checked = 'requirePermission(access, "values.enter");';
    expect(unusedPermissions([checked])).not.toContain("values.enter");
    expect(unusedPermissions([checked])).toContain("values.review");
  });
});
