/**
 * Completeness of a cycle: per institution (an indicator counts for its lead and each
 * contributor), per top-level area (sub-areas count under their root), overdue after the
 * submission deadline, the focal point's own scope, and the API's answer.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/cycles/[framework]/[year]/completeness/route";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import type { CompletenessCounts } from "@/lib/monitoring/get-cycle-completeness";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import {
  apiRequest,
  buildIndicator,
  catchAppError,
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  routeParams,
  TEST_INSTITUTIONS,
  uniqueCode,
  type MonitoringMembers,
} from "../fixtures/factories";

/**
 * R1 (root)          I3 (MFA)
 *   R1-S (sub-area)  I1 (MLSP), I2 (MLSP; NBS contributes)
 * R2 (root)          I4 (MFA; MLSP contributes)
 *   R2-S
 *     R2-S-T         I5 (NBS)
 * R3 (root)          no indicators
 */
function nestedDefinition(): FrameworkDefinition {
  const code = uniqueCode("CF");
  return {
    code,
    name: `Framework ${code}`,
    version: { label: "2.0", status: "APPROVED" },
    areas: [
      {
        code: "R1",
        name: "Root one",
        indicators: [buildIndicator("I3", "NUMBER", { leadInstitution: "MFA" })],
        areas: [
          {
            code: "R1-S",
            name: "Sub-area of R1",
            indicators: [buildIndicator("I1", "NUMBER"), buildIndicator("I2", "NUMBER", { contributors: ["NBS"] })],
          },
        ],
      },
      {
        code: "R2",
        name: "Root two",
        indicators: [buildIndicator("I4", "NUMBER", { leadInstitution: "MFA", contributors: ["MLSP"] })],
        areas: [
          {
            code: "R2-S",
            name: "Sub-area of R2",
            areas: [{ code: "R2-S-T", name: "Sub-sub-area", indicators: [buildIndicator("I5", "NUMBER", { leadInstitution: "NBS" })] }],
          },
        ],
      },
      { code: "R3", name: "Root three", areas: [{ code: "R3-S", name: "Empty sub-area" }] },
    ],
  };
}

const counts = (partial: Partial<CompletenessCounts> & { assigned: number }): CompletenessCounts => ({
  entered: 0,
  missing: 0,
  draft: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  overdue: 0,
  percentEntered: 0,
  percentApproved: 0,
  ...partial,
});

const BEFORE_DEADLINE = new Date("2025-12-31T23:59:59.000Z");
const AFTER_DEADLINE = new Date("2026-02-01T00:00:00.000Z");

let members: MonitoringMembers;
let target: { frameworkCode: string; year: number };

beforeAll(async () => {
  // A fourth institution with no indicator: it has nothing to report, so it is not listed.
  const { workspaceId } = await createTestWorkspace({ institutions: [...TEST_INSTITUTIONS, { code: "IDLE", name: "Idle agency" }] });
  members = await createMonitoringMembers(workspaceId);
  const cycle = await createTestCycle(workspaceId, members.secretariat, { definition: nestedDefinition() });
  target = cycle.target;
  const id = (code: string) => cycle.framework.indicatorIds.get(code)!;
  // Totals: I1 approved, I2 submitted, I3 draft, I4 returned, I5 missing. Breakdowns and other years do not count.
  await createTestValues([
    { indicatorId: id("I1"), year: 2025, number: 1, status: "APPROVED" },
    { indicatorId: id("I2"), year: 2025, number: 2, status: "SUBMITTED" },
    { indicatorId: id("I3"), year: 2025, number: 3, status: "DRAFT" },
    { indicatorId: id("I4"), year: 2025, number: 4, status: "RETURNED" },
    { indicatorId: id("I5"), year: 2025, disaggregation: "SEX=F", number: 5, status: "DRAFT" },
    { indicatorId: id("I5"), year: 2024, number: 5, status: "APPROVED" },
    { indicatorId: id("I1"), year: 2024, number: 1, status: "DRAFT" },
  ]);
});

describe("getCycleCompleteness for the secretariat, the working group and administrators", () => {
  it("counts per institution, lead and contributors each, listing only institutions with indicators", async () => {
    const result = await getCycleCompleteness(members.secretariat, target, BEFORE_DEADLINE);
    expect(result.scope).toEqual({ kind: "all" });
    expect(result.isPastSubmissionDeadline).toBe(false);
    expect(result.institutions).toEqual([
      // I3 draft, I4 returned
      {
        code: "MFA",
        name: "Ministry of Foreign Affairs",
        counts: counts({ assigned: 2, entered: 2, draft: 1, returned: 1, percentEntered: 100 }),
      },
      // I1 approved, I2 submitted, I4 returned
      {
        code: "MLSP",
        name: "Ministry of Labour and Social Protection",
        counts: counts({ assigned: 3, entered: 3, submitted: 1, returned: 1, approved: 1, percentEntered: 100, percentApproved: 33.3 }),
      },
      // I2 submitted, I5 missing
      {
        code: "NBS",
        name: "National Bureau of Statistics",
        counts: counts({ assigned: 2, entered: 1, missing: 1, submitted: 1, percentEntered: 50 }),
      },
    ]);
  });

  it("counts per top-level area, sub-areas under their root, skipping areas without indicators", async () => {
    const result = await getCycleCompleteness(members.secretariat, target, BEFORE_DEADLINE);
    expect(result.areas).toEqual([
      {
        code: "R1",
        name: "Root one",
        counts: counts({ assigned: 3, entered: 3, draft: 1, submitted: 1, approved: 1, percentEntered: 100, percentApproved: 33.3 }),
      },
      { code: "R2", name: "Root two", counts: counts({ assigned: 2, entered: 1, missing: 1, returned: 1, percentEntered: 50 }) },
    ]);
    expect(result.totals).toEqual(
      counts({
        assigned: 5,
        entered: 4,
        missing: 1,
        draft: 1,
        submitted: 1,
        returned: 1,
        approved: 1,
        percentEntered: 80,
        percentApproved: 20,
      }),
    );
  });

  it("after the submission deadline, counts as overdue what is neither submitted nor approved (drafts, returned, missing)", async () => {
    const result = await getCycleCompleteness(members.secretariat, target, AFTER_DEADLINE);
    expect(result.isPastSubmissionDeadline).toBe(true);
    expect(result.totals.overdue).toBe(3);
    expect(Object.fromEntries(result.institutions.map((row) => [row.code, row.counts.overdue]))).toEqual({ MFA: 2, MLSP: 1, NBS: 1 });
    expect(Object.fromEntries(result.areas.map((row) => [row.code, row.counts.overdue]))).toEqual({ R1: 1, R2: 2 });
  });

  it("the deadline is a day: on 25 January itself nothing is overdue yet; on the 26th it is", async () => {
    const onTheDay = await getCycleCompleteness(members.secretariat, target, new Date("2026-01-25T12:00:00.000Z"));
    expect(onTheDay.isPastSubmissionDeadline).toBe(false);
    expect(onTheDay.totals.overdue).toBe(0);
    const dayAfter = await getCycleCompleteness(members.secretariat, target, new Date("2026-01-26T12:00:00.000Z"));
    expect(dayAfter.isPastSubmissionDeadline).toBe(true);
    expect(dayAfter.totals.overdue).toBe(3);
  });

  it.each(["admin", "workingGroup"] as const)("%s sees the same as the secretariat", async (who) => {
    const expected = await getCycleCompleteness(members.secretariat, target, BEFORE_DEADLINE);
    const result = await getCycleCompleteness(members[who], target, BEFORE_DEADLINE);
    expect({ ...result, cycle: null }).toEqual({ ...expected, cycle: null });
  });
});

describe("getCycleCompleteness for a focal point: its own institution only", () => {
  it("MLSP sees its three indicators (led or contributed), by area, and no other institution", async () => {
    const result = await getCycleCompleteness(members.mlsp, target, AFTER_DEADLINE);
    expect(result.scope).toEqual({ kind: "institution", code: "MLSP" });
    expect(result.institutions.map((row) => row.code)).toEqual(["MLSP"]);
    expect(result.institutions[0]!.counts).toEqual(
      counts({ assigned: 3, entered: 3, submitted: 1, returned: 1, approved: 1, overdue: 1, percentEntered: 100, percentApproved: 33.3 }),
    );
    expect(result.areas).toEqual([
      {
        code: "R1",
        name: "Root one",
        counts: counts({ assigned: 2, entered: 2, submitted: 1, approved: 1, percentEntered: 100, percentApproved: 50 }),
      },
      { code: "R2", name: "Root two", counts: counts({ assigned: 1, entered: 1, returned: 1, overdue: 1, percentEntered: 100 }) },
    ]);
    expect(result.totals).toEqual(result.institutions[0]!.counts);
  });

  it("NBS sees I2 and I5 only", async () => {
    const result = await getCycleCompleteness(members.nbs, target, BEFORE_DEADLINE);
    expect(result.scope).toEqual({ kind: "institution", code: "NBS" });
    expect(result.institutions.map((row) => row.code)).toEqual(["NBS"]);
    expect(result.areas.map((row) => [row.code, row.counts.assigned])).toEqual([
      ["R1", 1],
      ["R2", 1],
    ]);
    expect(result.totals.assigned).toBe(2);
  });
});

describe("getCycleCompleteness refusals", () => {
  it("a viewer is refused (FORBIDDEN)", async () => {
    const error = await catchAppError(getCycleCompleteness(members.viewer, target));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("Completeness is for the secretariat, the working group, administrators and the institutions' focal points");
  });

  it("a focal point without an institution is refused (FORBIDDEN)", async () => {
    const unattached = await createTestMember(members.viewer.workspace.id, "FOCAL_POINT");
    expect((await catchAppError(getCycleCompleteness(unattached, target))).code).toBe("FORBIDDEN");
  });

  it("a cycle that does not exist is NOT_FOUND", async () => {
    const error = await catchAppError(getCycleCompleteness(members.secretariat, { frameworkCode: target.frameworkCode, year: 2019 }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe(`There is no 2019 reporting cycle for ${target.frameworkCode}`);
  });
});

describe("GET /api/v1/cycles/{framework}/{year}/completeness", () => {
  const get = (token: string, year = "2025") =>
    GET(
      apiRequest(`/api/v1/cycles/${target.frameworkCode}/${year}/completeness`, { token }),
      routeParams({ framework: target.frameworkCode, year }),
    );

  it("answers the cycle, its deadlines, scope, totals, institutions and areas", async () => {
    const response = await get(await createTestApiToken(members.secretariat));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      [
        "areas",
        "consolidationDeadline",
        "framework",
        "institutions",
        "isPastSubmissionDeadline",
        "scope",
        "status",
        "submissionDeadline",
        "totals",
        "year",
      ].sort(),
    );
    const past = Date.now() > Date.parse("2026-01-25T00:00:00.000Z");
    const overdue = (value: number) => (past ? value : 0);
    expect(body).toEqual({
      framework: target.frameworkCode,
      year: 2025,
      status: "OPEN",
      submissionDeadline: "2026-01-25",
      consolidationDeadline: "2026-03-31",
      isPastSubmissionDeadline: past,
      scope: { kind: "all" },
      totals: counts({
        assigned: 5,
        entered: 4,
        missing: 1,
        draft: 1,
        submitted: 1,
        returned: 1,
        approved: 1,
        overdue: overdue(3),
        percentEntered: 80,
        percentApproved: 20,
      }),
      institutions: [
        { code: "MFA", name: "Ministry of Foreign Affairs", counts: expect.objectContaining({ assigned: 2 }) },
        {
          code: "MLSP",
          name: "Ministry of Labour and Social Protection",
          counts: expect.objectContaining({ assigned: 3, percentApproved: 33.3 }),
        },
        { code: "NBS", name: "National Bureau of Statistics", counts: expect.objectContaining({ assigned: 2, missing: 1 }) },
      ],
      areas: [
        { code: "R1", name: "Root one", counts: expect.objectContaining({ assigned: 3 }) },
        { code: "R2", name: "Root two", counts: expect.objectContaining({ assigned: 2 }) },
      ],
    });
  });

  it("a focal point gets its own institution's scope", async () => {
    const response = await get(await createTestApiToken(members.mfa));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { scope: unknown; institutions: { code: string }[]; totals: { assigned: number } };
    expect(body.scope).toEqual({ kind: "institution", code: "MFA" });
    expect(body.institutions.map((row) => row.code)).toEqual(["MFA"]);
    expect(body.totals.assigned).toBe(2);
  });

  it("403 for a viewer, 404 for a year without a cycle, 400 for a malformed year", async () => {
    const viewer = await get(await createTestApiToken(members.viewer));
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toEqual({
      error: {
        code: "FORBIDDEN",
        message: "Completeness is for the secretariat, the working group, administrators and the institutions' focal points",
      },
    });
    const token = await createTestApiToken(members.secretariat);
    expect((await get(token, "2019")).status).toBe(404);
    expect((await get(token, "19")).status).toBe(400);
  });
});
