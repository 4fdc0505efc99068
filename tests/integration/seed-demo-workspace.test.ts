import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ensureDemoWorkspace } from "@/lib/demo/ensure-demo-workspace";
import { DEMO_USERS } from "@/lib/demo/demo-users";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";

// One seed for the file: the demo workspace is the point of these tests, and seeding is the slow part.
const seeded = ensureDemoWorkspace();

describe("demo workspace seed", () => {
  it("creates one demo workspace with the three built-in frameworks, each with six top-level areas", async () => {
    expect((await seeded).seeded).toBe(true);
    const viewer = await db.user.findUniqueOrThrow({ where: { email: "viewer@demo.example" } });
    const access = await loadAccessContext(viewer.id, { via: "session" });
    const frameworks = await listFrameworks(access!);
    expect(frameworks.map((framework) => [framework.code, framework.areaCount])).toEqual([
      ["DMD", 6],
      ["MGI", 6],
      ["SDG-10-7-2", 6],
    ]);
    expect(frameworks.find((framework) => framework.code === "DMD")?.indicatorCount).toBe(65);
    expect(frameworks.find((framework) => framework.code === "SDG-10-7-2")?.indicatorCount).toBe(30);
    expect(frameworks.find((framework) => framework.code === "MGI")!.indicatorCount).toBeGreaterThanOrEqual(60);
  });

  it("has about fifteen institutions and one user per role", async () => {
    await seeded;
    expect(await db.institution.count()).toBe(15);
    const memberships = await db.membership.findMany({ include: { user: true, institution: true } });
    expect(new Set(memberships.map((membership) => membership.role))).toEqual(
      new Set(["ADMIN", "SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP", "VIEWER"]),
    );
    expect(memberships).toHaveLength(DEMO_USERS.length);
    const focal = memberships.find((membership) => membership.user.email === "focal@demo.example");
    expect(focal?.institution?.code).toBe("MLSP");
    expect(
      await db.indicator.count({ where: { leadInstitution: { code: "MLSP" }, version: { framework: { code: "DMD" } } } }),
    ).toBeGreaterThanOrEqual(5);
  });

  it("closes the 2016-2024 cycles with only approved values and leaves 2025 open with values in every state", async () => {
    await seeded;
    const cycles = await db.reportingCycle.findMany({ where: { framework: { code: "DMD" } }, orderBy: { year: "asc" } });
    expect(cycles.map((cycle) => `${cycle.year}:${cycle.status}`)).toEqual([
      ...Array.from({ length: 9 }, (_, index) => `${2016 + index}:CLOSED`),
      "2025:OPEN",
    ]);
    expect(cycles.at(-1)?.submissionDeadline.toISOString()).toBe("2026-01-25T00:00:00.000Z");
    expect(cycles.at(-1)?.consolidationDeadline.toISOString()).toBe("2026-03-31T00:00:00.000Z");

    const inDmd = { indicator: { version: { framework: { code: "DMD" } } } };
    const closedStatuses = await db.indicatorValue.groupBy({
      by: ["status"],
      where: { ...inDmd, year: { lt: 2025 } },
      _count: { _all: true },
    });
    expect(closedStatuses.map((row) => row.status)).toEqual(["APPROVED"]);

    const open = await db.indicatorValue.groupBy({
      by: ["status"],
      where: { ...inDmd, year: 2025, disaggregation: "" },
      _count: { _all: true },
    });
    expect(new Set(open.map((row) => row.status))).toEqual(new Set(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"]));
    const withValue = open.reduce((sum, row) => sum + row._count._all, 0);
    expect(withValue).toBeLessThan(65);
    expect(await db.indicatorValue.count({ where: { ...inDmd, status: "RETURNED", returnReason: null } })).toBe(0);
  });

  it("includes comments, gaps and values disaggregated by sex", async () => {
    await seeded;
    const inDmd = { indicator: { version: { framework: { code: "DMD" } } } };
    expect(await db.indicatorValue.count({ where: { ...inDmd, comment: { not: null } } })).toBeGreaterThan(10);
    expect(await db.indicatorValue.count({ where: { ...inDmd, disaggregation: "SEX=F" } })).toBeGreaterThan(20);
    const totalsBefore2025 = await db.indicatorValue.count({ where: { ...inDmd, disaggregation: "", year: { lt: 2025 } } });
    expect(totalsBefore2025).toBeLessThan(65 * 9);
  });

  it("does nothing when the database already holds a workspace", async () => {
    await seeded;
    const before = await db.indicatorValue.count();
    expect(await ensureDemoWorkspace()).toEqual({ seeded: false });
    expect(await db.indicatorValue.count()).toBe(before);
  });

  it("leaves one audit event for the seed", async () => {
    await seeded;
    const events = await db.auditEvent.findMany({ where: { action: "workspace.demo-seeded" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorLabel).toBe("system:demo-seed");
  });
});
