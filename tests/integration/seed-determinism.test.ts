import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { withoutAuditGuard } from "../setup/audit-guard";

/** The seeded values as comparable tuples, free of generated ids and timestamps of the run. */
async function valueFingerprint(): Promise<string[]> {
  const values = await db.indicatorValue.findMany({
    select: {
      year: true,
      disaggregation: true,
      number: true,
      levelCode: true,
      text: true,
      status: true,
      comment: true,
      returnReason: true,
      indicator: { select: { code: true, version: { select: { framework: { select: { code: true } } } } } },
    },
  });
  return values
    .map((value) =>
      JSON.stringify([
        value.indicator.version.framework.code,
        value.indicator.code,
        value.year,
        value.disaggregation,
        value.number,
        value.levelCode,
        value.text,
        value.status,
        value.comment,
        value.returnReason,
      ]),
    )
    .sort();
}

describe("demo seed determinism", () => {
  it("produces the same values in two separate databases", async () => {
    await seedDemoWorkspace();
    const first = await valueFingerprint();

    // Empty this file's database and seed again from scratch.
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    expect(fs.existsSync(file)).toBe(true);
    await withoutAuditGuard(async () => {
      await db.workspace.deleteMany();
      await db.user.deleteMany();
      await db.auditEvent.deleteMany();
    });
    expect(await db.indicatorValue.count()).toBe(0);

    await seedDemoWorkspace();
    const second = await valueFingerprint();
    expect(second).toHaveLength(first.length);
    expect(second).toEqual(first);
    // Two whole seeds, each in short batches with pauses for other writers (issue 18): longer than one test's default.
  }, 120_000);
});
