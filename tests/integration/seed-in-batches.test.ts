/**
 * Issue 18: the demo seed commits in short batches, so that a person saving while it runs
 * waits well under a second instead of for the whole seed (the old single transaction held
 * the write lock for its full length).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { createMonitoringMembers, createTestCycle, createTestWorkspace } from "../fixtures/factories";

describe("demo seed in short batches", () => {
  it("lets a person's saves through while it runs, between its batches", async () => {
    const { workspaceId } = await createTestWorkspace();
    const members = await createMonitoringMembers(workspaceId);
    const { target } = await createTestCycle(workspaceId, members.secretariat);

    let seedDone = false;
    const seeding = seedDemoWorkspace().finally(() => {
      seedDone = true;
    });
    // Save as a person would while the seed runs: one change at a time, until the seed ends.
    // Counted, not timed (a busy CI machine stretches every wait): with one long transaction the
    // first save would wait for the whole seed, and no save would end while the seed still ran.
    let savedDuringSeed = 0;
    for (let value = 1; !seedDone && value <= 200; value += 1) {
      await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value }]);
      if (!seedDone) savedDuringSeed += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { values } = await seeding;

    expect(values).toBeGreaterThan(1000);
    // Enough saves ended during the seed to show that none waited for the whole of it.
    expect(savedDuringSeed).toBeGreaterThanOrEqual(10);
    expect(await db.auditEvent.count({ where: { action: "workspace.demo-seeded" } })).toBe(1);
  }, 120_000);
});
