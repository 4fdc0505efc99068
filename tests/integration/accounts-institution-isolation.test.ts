/**
 * Which values each person reads (docs/decisions/007, lib/monitoring/visible-values.ts):
 * approved values for everyone; submitted and returned ones for the secretariat, the working
 * group and administrators; every status, drafts included, only for focal points of the
 * institutions that lead or contribute to the indicator. Checked through every read that
 * shows values: listFrameworkValues, getIndicatorDetail, getFrameworkMatrix, the API and the
 * open-cycle counts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listValuesRoute } from "@/app/api/v1/frameworks/[code]/values/route";
import { systemActor } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getFrameworkMatrix } from "@/lib/frameworks/get-framework-matrix";
import { getIndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import type { Role, ValueStatus } from "@/lib/generated/prisma/enums";
import { formatDisaggregationKey } from "@/lib/indicators/disaggregation";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { listOpenCycles } from "@/lib/monitoring/list-open-cycles";
import {
  apiRequest,
  buildIndicator,
  createTestApiToken,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  routeParams,
  uniqueCode,
} from "../fixtures/factories";

const INDICATORS = ["MLSP.1", "MFA.1", "SHARED.1", "NBS.1"] as const;
type IndicatorCode = (typeof INDICATORS)[number];

const ALL: ValueStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];
const REVIEWED: ValueStatus[] = ["SUBMITTED", "RETURNED", "APPROVED"];
const APPROVED: ValueStatus[] = ["APPROVED"];

const ACTORS = [
  "ADMIN",
  "SECRETARIAT",
  "WORKING_GROUP",
  "VIEWER",
  "FOCAL_POINT of MLSP",
  "FOCAL_POINT of MFA",
  "FOCAL_POINT of NBS",
] as const;
type ActorName = (typeof ACTORS)[number];

/**
 * The statuses each person reads, per indicator, written out by hand. MLSP.1 is led by MLSP,
 * MFA.1 by MFA, SHARED.1 by MFA with MLSP contributing, NBS.1 by NBS (it has no values).
 */
const EXPECTED: Record<ActorName, Record<IndicatorCode, ValueStatus[]>> = {
  ADMIN: { "MLSP.1": REVIEWED, "MFA.1": REVIEWED, "SHARED.1": REVIEWED, "NBS.1": REVIEWED },
  SECRETARIAT: { "MLSP.1": REVIEWED, "MFA.1": REVIEWED, "SHARED.1": REVIEWED, "NBS.1": REVIEWED },
  WORKING_GROUP: { "MLSP.1": REVIEWED, "MFA.1": REVIEWED, "SHARED.1": REVIEWED, "NBS.1": REVIEWED },
  VIEWER: { "MLSP.1": APPROVED, "MFA.1": APPROVED, "SHARED.1": APPROVED, "NBS.1": APPROVED },
  "FOCAL_POINT of MLSP": { "MLSP.1": ALL, "MFA.1": APPROVED, "SHARED.1": ALL, "NBS.1": APPROVED },
  "FOCAL_POINT of MFA": { "MLSP.1": APPROVED, "MFA.1": ALL, "SHARED.1": ALL, "NBS.1": APPROVED },
  "FOCAL_POINT of NBS": { "MLSP.1": APPROVED, "MFA.1": APPROVED, "SHARED.1": APPROVED, "NBS.1": ALL },
};

const MEMBERSHIPS: Record<ActorName, { role: Role; institutionCode?: string }> = {
  ADMIN: { role: "ADMIN" },
  SECRETARIAT: { role: "SECRETARIAT" },
  WORKING_GROUP: { role: "WORKING_GROUP" },
  VIEWER: { role: "VIEWER" },
  "FOCAL_POINT of MLSP": { role: "FOCAL_POINT", institutionCode: "MLSP" },
  "FOCAL_POINT of MFA": { role: "FOCAL_POINT", institutionCode: "MFA" },
  "FOCAL_POINT of NBS": { role: "FOCAL_POINT", institutionCode: "NBS" },
};

const FEMALE = formatDisaggregationKey({ SEX: "F" });
const CYCLE_YEAR = 2025;

type Fixture = { indicator: IndicatorCode; year: number; disaggregation: string; status: ValueStatus; number: number };

/**
 * In the order listFrameworkValues returns them (indicator position, year, disaggregation).
 * Each of the three valued indicators has a value in every status; the newest years hold the
 * least visible statuses, so "the latest value" differs by reader. The cycle year has one
 * value per indicator: a draft for MLSP.1, a submitted value for MFA.1, an approved one for SHARED.1.
 */
const VALUES: Fixture[] = [];
for (const [position, indicator] of (["MLSP.1", "MFA.1", "SHARED.1"] as const).entries()) {
  const add = (year: number, status: ValueStatus, disaggregation = "") =>
    VALUES.push({ indicator, year, status, disaggregation, number: (position + 1) * 10_000 + year + (disaggregation ? 0.5 : 0) });
  add(2021, "APPROVED");
  if (indicator === "MFA.1") add(2021, "APPROVED", FEMALE);
  add(2022, "SUBMITTED");
  add(2023, "RETURNED");
  add(2024, "DRAFT");
  if (indicator === "MFA.1") add(2024, "DRAFT", FEMALE);
  add(CYCLE_YEAR, indicator === "MLSP.1" ? "DRAFT" : indicator === "MFA.1" ? "SUBMITTED" : "APPROVED");
}

function expectedRows(actor: ActorName, indicator?: IndicatorCode): Fixture[] {
  return VALUES.filter((value) => (!indicator || value.indicator === indicator) && EXPECTED[actor][value.indicator].includes(value.status));
}

const label = (row: { indicator?: string; indicatorCode?: string; year: number; disaggregation: string; status: ValueStatus }) =>
  `${row.indicator ?? row.indicatorCode} ${row.year} ${row.disaggregation || "total"} ${row.status}`;

let frameworkCode: string;
let frameworkId: string;
const people = {} as Record<ActorName, { access: AccessContext; token: string }>;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  frameworkCode = uniqueCode("FW");
  const definition: FrameworkDefinition = {
    code: frameworkCode,
    name: `Framework ${frameworkCode}`,
    version: { label: "1.0", status: "APPROVED" },
    areas: [
      {
        code: "A1",
        name: "Area one",
        indicators: [
          buildIndicator("MLSP.1", "NUMBER", { leadInstitution: "MLSP" }),
          buildIndicator("MFA.1", "NUMBER", { leadInstitution: "MFA", dimensions: ["SEX"] }),
          buildIndicator("SHARED.1", "NUMBER", { leadInstitution: "MFA", contributors: ["MLSP"] }),
          buildIndicator("NBS.1", "NUMBER", { leadInstitution: "NBS" }),
        ],
      },
    ],
  };
  const framework = await createTestFramework(workspaceId, definition);
  frameworkId = framework.frameworkId;
  await createTestValues(
    VALUES.map((value) => ({
      indicatorId: framework.indicatorIds.get(value.indicator)!,
      year: value.year,
      disaggregation: value.disaggregation,
      number: value.number,
      status: value.status,
    })),
  );
  await db.$transaction(async (tx) => {
    const cycle = await tx.reportingCycle.create({
      data: {
        frameworkId: framework.frameworkId,
        versionId: framework.versionId,
        year: CYCLE_YEAR,
        submissionDeadline: new Date("2026-03-31T00:00:00Z"),
        consolidationDeadline: new Date("2026-05-31T00:00:00Z"),
      },
    });
    await recordAuditEvent(tx, {
      workspaceId,
      actor: systemActor("test"),
      action: "cycle.opened",
      entityType: "ReportingCycle",
      entityId: cycle.id,
    });
  });

  for (const actor of ACTORS) {
    const { role, institutionCode } = MEMBERSHIPS[actor];
    const access = await createTestMember(workspaceId, role, { institutionCode });
    people[actor] = { access, token: await createTestApiToken(access) };
  }
});

it("the set-up gives each focal point its own institution", () => {
  expect(people["FOCAL_POINT of MLSP"].access.membership.institution?.code).toBe("MLSP");
  expect(people["FOCAL_POINT of MFA"].access.membership.institution?.code).toBe("MFA");
  expect(people["FOCAL_POINT of NBS"].access.membership.institution?.code).toBe("NBS");
  expect(VALUES).toHaveLength(17);
});

describe.each(ACTORS)("%s", (actor) => {
  it("listFrameworkValues returns exactly the values the role may read", async () => {
    const rows = await listFrameworkValues(people[actor].access, frameworkId);
    expect(rows.map(label)).toEqual(expectedRows(actor).map(label));
  });

  it("getIndicatorDetail shows, for each indicator, exactly those values", async () => {
    for (const indicator of INDICATORS) {
      const detail = await getIndicatorDetail(people[actor].access, frameworkCode, indicator);
      expect(detail.values.map(label), indicator).toEqual(expectedRows(actor, indicator).map(label));
    }
  });

  it("getFrameworkMatrix shows as latest value the newest total the role may read", async () => {
    const matrix = await getFrameworkMatrix(people[actor].access, frameworkCode);
    const expected = new Map<string, string>();
    for (const row of expectedRows(actor)) if (row.disaggregation === "") expected.set(row.indicator, label(row));
    expect(new Map([...matrix.latestValues].map(([code, row]) => [code, label(row)]))).toEqual(expected);
    const years = expectedRows(actor)
      .filter((row) => row.disaggregation === "")
      .map((row) => row.year);
    expect(matrix.years).toEqual({ first: Math.min(...years), last: Math.max(...years) });
  });

  it("GET /api/v1/frameworks/{code}/values with the person's token returns exactly those values", async () => {
    const response = await listValuesRoute(
      apiRequest(`/api/v1/frameworks/${frameworkCode}/values`, { token: people[actor].token }),
      routeParams({ code: frameworkCode }),
    );
    expect(response.status).toBe(200);
    const body: {
      indicator: IndicatorCode;
      year: number;
      disaggregation: Record<string, string> | null;
      value: number;
      status: ValueStatus;
    }[] = await response.json();
    expect(body).toEqual(
      expectedRows(actor).map((row) => ({
        indicator: row.indicator,
        year: row.year,
        disaggregation: row.disaggregation ? { SEX: "F" } : null,
        value: row.number,
        status: row.status,
      })),
    );
  });
});

describe("what each focal point never sees", () => {
  it("the MLSP focal point sees every status of MLSP-led and MLSP-contributed indicators, but never MFA's drafts, submitted or returned values", async () => {
    const rows = await listFrameworkValues(people["FOCAL_POINT of MLSP"].access, frameworkId);
    const statusesOf = (indicator: string) => new Set(rows.filter((row) => row.indicatorCode === indicator).map((row) => row.status));
    expect(statusesOf("MLSP.1")).toEqual(new Set(ALL));
    expect(statusesOf("SHARED.1")).toEqual(new Set(ALL));
    expect(statusesOf("MFA.1")).toEqual(new Set(["APPROVED"]));
  });

  it("the MFA focal point sees every status of MFA's indicators (lead or shared), but only approved values of MLSP's", async () => {
    const rows = await listFrameworkValues(people["FOCAL_POINT of MFA"].access, frameworkId);
    const statusesOf = (indicator: string) => new Set(rows.filter((row) => row.indicatorCode === indicator).map((row) => row.status));
    expect(statusesOf("MFA.1")).toEqual(new Set(ALL));
    expect(statusesOf("SHARED.1")).toEqual(new Set(ALL));
    expect(statusesOf("MLSP.1")).toEqual(new Set(["APPROVED"]));
    // The disaggregated draft of MFA.1 is MFA's too.
    expect(rows.some((row) => row.indicatorCode === "MFA.1" && row.disaggregation === FEMALE && row.status === "DRAFT")).toBe(true);
  });

  it("no one but a focal point of the indicator's institutions sees any draft", async () => {
    for (const actor of ["ADMIN", "SECRETARIAT", "WORKING_GROUP", "VIEWER", "FOCAL_POINT of NBS"] as const) {
      const rows = await listFrameworkValues(people[actor].access, frameworkId);
      expect(
        rows.filter((row) => row.status === "DRAFT"),
        actor,
      ).toEqual([]);
    }
  });
});

describe("listOpenCycles", () => {
  const byStatus = (draft: number, submitted: number, returned: number, approved: number) => [
    { status: "DRAFT", count: draft },
    { status: "SUBMITTED", count: submitted },
    { status: "RETURNED", count: returned },
    { status: "APPROVED", count: approved },
  ];

  it.each(["ADMIN", "SECRETARIAT", "WORKING_GROUP"] as const)("%s gets counts over every institution's indicators", async (actor) => {
    const cycles = await listOpenCycles(people[actor].access);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toMatchObject({
      frameworkCode,
      year: CYCLE_YEAR,
      scope: { kind: "all" },
      indicatorCount: 4,
      missing: 1,
      byStatus: byStatus(1, 1, 0, 1),
    });
  });

  it("the MLSP focal point gets counts over MLSP's indicators (lead and contributed) only", async () => {
    const [cycle] = await listOpenCycles(people["FOCAL_POINT of MLSP"].access);
    expect(cycle).toMatchObject({
      scope: { kind: "institution", code: "MLSP" },
      indicatorCount: 2,
      missing: 0,
      byStatus: byStatus(1, 0, 0, 1),
    });
  });

  it("the MFA focal point gets counts over MFA's indicators only", async () => {
    const [cycle] = await listOpenCycles(people["FOCAL_POINT of MFA"].access);
    expect(cycle).toMatchObject({
      scope: { kind: "institution", code: "MFA" },
      indicatorCount: 2,
      missing: 0,
      byStatus: byStatus(0, 1, 0, 1),
    });
  });

  it("the NBS focal point sees its one indicator as missing", async () => {
    const [cycle] = await listOpenCycles(people["FOCAL_POINT of NBS"].access);
    expect(cycle).toMatchObject({
      scope: { kind: "institution", code: "NBS" },
      indicatorCount: 1,
      missing: 1,
      byStatus: byStatus(0, 0, 0, 0),
    });
  });

  it("a viewer sees the open cycle without any counts", async () => {
    const cycles = await listOpenCycles(people.VIEWER.access);
    expect(cycles).toEqual([
      expect.objectContaining({ frameworkCode, year: CYCLE_YEAR, scope: { kind: "none" }, indicatorCount: 0, missing: 0, byStatus: [] }),
    ]);
  });
});

describe("another workspace with the same framework code and institution codes", () => {
  let stranger: { admin: AccessContext; focal: AccessContext; focalToken: string; frameworkId: string };

  beforeAll(async () => {
    const { workspaceId } = await createTestWorkspace();
    const definition: FrameworkDefinition = {
      code: frameworkCode,
      name: "Same code, other government",
      version: { label: "1.0", status: "APPROVED" },
      areas: [{ code: "A1", name: "Area", indicators: [buildIndicator("MLSP.1", "NUMBER", { leadInstitution: "MLSP" })] }],
    };
    const framework = await createTestFramework(workspaceId, definition);
    await createTestValues([
      { indicatorId: framework.indicatorIds.get("MLSP.1")!, year: 2030, number: 1, status: "DRAFT" },
      { indicatorId: framework.indicatorIds.get("MLSP.1")!, year: 2031, number: 2, status: "APPROVED" },
    ]);
    const focal = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    stranger = {
      admin: await createTestMember(workspaceId, "ADMIN"),
      focal,
      focalToken: await createTestApiToken(focal),
      frameworkId: framework.frameworkId,
    };
  });

  it("its MLSP focal point reads its own workspace's values only, never the first workspace's MLSP drafts", async () => {
    const response = await listValuesRoute(
      apiRequest(`/api/v1/frameworks/${frameworkCode}/values`, { token: stranger.focalToken }),
      routeParams({ code: frameworkCode }),
    );
    expect(await response.json()).toEqual([
      { indicator: "MLSP.1", year: 2030, disaggregation: null, value: 1, status: "DRAFT" },
      { indicator: "MLSP.1", year: 2031, disaggregation: null, value: 2, status: "APPROVED" },
    ]);
    const matrix = await getFrameworkMatrix(stranger.focal, frameworkCode);
    expect(matrix.id).toBe(stranger.frameworkId);
    expect([...matrix.latestValues.values()].map((row) => row.year)).toEqual([2031]);
  });

  it("its people's open cycles do not include the first workspace's cycle", async () => {
    expect(await listOpenCycles(stranger.admin)).toEqual([]);
  });

  it("listFrameworkValues given the id of the first workspace's framework returns nothing of it (the workspace comes from the record)", async () => {
    // Callers pass ids they looked up within the workspace, but the read itself must not
    // trust the id: an administrator of another government may read none of these values.
    let rows: unknown[] = [];
    try {
      rows = await listFrameworkValues(stranger.admin, frameworkId);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
    expect(rows).toEqual([]);
  });
});
