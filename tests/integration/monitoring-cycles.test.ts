/**
 * Reporting cycles: opening (on the current approved version, default deadlines), changing
 * deadlines, closing and reopening, listing. Every change audited, every refusal changes nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { listCycles } from "@/lib/cycles/list-cycles";
import { openCycle } from "@/lib/cycles/open-cycle";
import { setCycleOpen } from "@/lib/cycles/set-cycle-open";
import { updateCycleDeadlines } from "@/lib/cycles/update-cycle-deadlines";
import { db } from "@/lib/db";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import {
  buildFrameworkDefinition,
  catchAppError,
  createTestFramework,
  createTestMember,
  createTestWorkspace,
  snapshotDatabaseWithValues,
} from "../fixtures/factories";

let workspaceId: string;
let secretariat: AccessContext;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
});

async function newFramework(definition: FrameworkDefinition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 2 })) {
  return createTestFramework(workspaceId, definition);
}

async function refused(work: () => Promise<unknown>) {
  const before = await snapshotDatabaseWithValues();
  const error = await catchAppError(work);
  expect(await snapshotDatabaseWithValues()).toEqual(before);
  return error;
}

describe("openCycle", () => {
  it("opens a cycle on the approved version with deadlines on 25 January and 31 March of the next year, audited", async () => {
    const framework = await newFramework();
    const { cycleId } = await openCycle(secretariat, { frameworkCode: framework.code, year: 2025 });
    const cycle = await db.reportingCycle.findUniqueOrThrow({ where: { id: cycleId } });
    expect(cycle).toMatchObject({
      frameworkId: framework.frameworkId,
      versionId: framework.versionId,
      year: 2025,
      status: "OPEN",
      closedAt: null,
      submissionDeadline: new Date("2026-01-25T00:00:00.000Z"),
      consolidationDeadline: new Date("2026-03-31T00:00:00.000Z"),
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "cycle.opened", entityId: cycleId } });
    expect(event).toMatchObject({
      workspaceId,
      actorId: secretariat.user.id,
      entityType: "ReportingCycle",
      summary: `Opened the 2025 cycle of ${framework.code} (version 1.0)`,
      after: {
        framework: framework.code,
        year: 2025,
        version: "1.0",
        submissionDeadline: "2026-01-25",
        consolidationDeadline: "2026-03-31",
      },
    });
  });

  it("takes given deadlines, and a year given as text", async () => {
    const framework = await newFramework();
    const { cycleId } = await openCycle(secretariat, {
      frameworkCode: framework.code,
      year: "2030",
      submissionDeadline: "2031-02-15",
      consolidationDeadline: "2031-02-15",
    });
    expect(await db.reportingCycle.findUniqueOrThrow({ where: { id: cycleId } })).toMatchObject({
      year: 2030,
      submissionDeadline: new Date("2031-02-15T00:00:00.000Z"),
      consolidationDeadline: new Date("2031-02-15T00:00:00.000Z"),
    });
  });

  it("defaults only the deadline left empty", async () => {
    const framework = await newFramework();
    const { cycleId } = await openCycle(secretariat, {
      frameworkCode: framework.code,
      year: 2026,
      submissionDeadline: "",
      consolidationDeadline: "2027-04-30",
    });
    expect(await db.reportingCycle.findUniqueOrThrow({ where: { id: cycleId } })).toMatchObject({
      submissionDeadline: new Date("2027-01-25T00:00:00.000Z"),
      consolidationDeadline: new Date("2027-04-30T00:00:00.000Z"),
    });
  });

  it("refuses a second cycle for the same year (CONFLICT, at the year) and changes nothing", async () => {
    const framework = await newFramework();
    await openCycle(secretariat, { frameworkCode: framework.code, year: 2025 });
    const error = await refused(() => openCycle(secretariat, { frameworkCode: framework.code, year: 2025 }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(`The 2025 cycle of ${framework.code} already exists`);
    expect(error.fieldErrors).toEqual({ year: ["2025 already has a cycle"] });
    // Another year is fine.
    await openCycle(secretariat, { frameworkCode: framework.code, year: 2024 });
    expect(await db.reportingCycle.count({ where: { frameworkId: framework.frameworkId } })).toBe(2);
  });

  it("refuses a consolidation deadline before the submission deadline (BAD_REQUEST, at the consolidation deadline)", async () => {
    const framework = await newFramework();
    const error = await refused(() =>
      openCycle(secretariat, {
        frameworkCode: framework.code,
        year: 2025,
        submissionDeadline: "2026-03-01",
        consolidationDeadline: "2026-02-28",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual({ consolidationDeadline: ["Consolidation cannot end before the institutions' submission deadline"] });
  });

  it("refuses a framework without an approved version (CONFLICT)", async () => {
    const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 1 });
    definition.version = { label: "0.9", status: "IN_CONSULTATION" };
    const framework = await newFramework(definition);
    const error = await refused(() => openCycle(secretariat, { frameworkCode: framework.code, year: 2025 }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      `${framework.code} has no approved version yet: the working group approves the matrix before reporting starts`,
    );
  });

  it("refuses an unknown framework (BAD_REQUEST, at the framework)", async () => {
    const error = await refused(() => openCycle(secretariat, { frameworkCode: "NOPE", year: 2025 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual({ frameworkCode: ["Choose a framework from the list"] });
  });

  it("refuses a framework of another workspace as unknown", async () => {
    const other = await createTestWorkspace();
    const foreign = await createTestFramework(other.workspaceId, buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 1 }));
    const error = await refused(() => openCycle(secretariat, { frameworkCode: foreign.code, year: 2025 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(await db.reportingCycle.count({ where: { frameworkId: foreign.frameworkId } })).toBe(0);
  });

  it.each([
    ["a year before 2000", { year: 1999 }, { year: ["Give a year from 2000"] }],
    ["a year that is not whole", { year: 2025.5 }, { year: ["Give a whole year"] }],
    [
      "a deadline that is not a date",
      { year: 2025, submissionDeadline: "25/01/2026" },
      { submissionDeadline: ["Give the submission deadline as a date, e.g. 2027-01-25"] },
    ],
  ])("refuses %s (BAD_REQUEST, at the field)", async (_label, input, fieldErrors) => {
    const framework = await newFramework();
    const error = await refused(() => openCycle(secretariat, { frameworkCode: framework.code, ...input }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual(fieldErrors);
  });
});

describe("updateCycleDeadlines", () => {
  it("changes both deadlines, audited with before and after", async () => {
    const framework = await newFramework();
    const { cycleId } = await openCycle(secretariat, { frameworkCode: framework.code, year: 2025 });
    await updateCycleDeadlines(
      secretariat,
      { frameworkCode: framework.code, year: 2025 },
      { submissionDeadline: "2026-02-10", consolidationDeadline: "2026-04-15" },
    );
    expect(await db.reportingCycle.findUniqueOrThrow({ where: { id: cycleId } })).toMatchObject({
      submissionDeadline: new Date("2026-02-10T00:00:00.000Z"),
      consolidationDeadline: new Date("2026-04-15T00:00:00.000Z"),
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "cycle.updated", entityId: cycleId } });
    expect(event).toMatchObject({
      actorId: secretariat.user.id,
      summary: `Changed the deadlines of the 2025 cycle of ${framework.code}`,
      before: { submissionDeadline: "2026-01-25", consolidationDeadline: "2026-03-31" },
      after: { submissionDeadline: "2026-02-10", consolidationDeadline: "2026-04-15" },
    });
  });

  it.each([
    ["only one deadline", { submissionDeadline: "2026-02-10" }, { submissionDeadline: ["Give both deadlines"] }],
    [
      "consolidation before submission",
      { submissionDeadline: "2026-02-10", consolidationDeadline: "2026-02-01" },
      { consolidationDeadline: ["Consolidation cannot end before the institutions' submission deadline"] },
    ],
  ])("refuses %s (BAD_REQUEST) and changes nothing", async (_label, input, fieldErrors) => {
    const framework = await newFramework();
    await openCycle(secretariat, { frameworkCode: framework.code, year: 2025 });
    const error = await refused(() => updateCycleDeadlines(secretariat, { frameworkCode: framework.code, year: 2025 }, input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual(fieldErrors);
  });

  it("refuses a cycle that does not exist (NOT_FOUND)", async () => {
    const framework = await newFramework();
    const error = await refused(() =>
      updateCycleDeadlines(
        secretariat,
        { frameworkCode: framework.code, year: 2025 },
        { submissionDeadline: "2026-02-10", consolidationDeadline: "2026-04-15" },
      ),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe(`There is no 2025 reporting cycle for ${framework.code}`);
  });
});

describe("setCycleOpen", () => {
  it("closes a cycle and reopens it, each audited; closing or opening twice is a CONFLICT", async () => {
    const framework = await newFramework();
    const target = { frameworkCode: framework.code, year: 2025 };
    const { cycleId } = await openCycle(secretariat, target);

    await setCycleOpen(secretariat, target, false);
    const closed = await db.reportingCycle.findUniqueOrThrow({ where: { id: cycleId } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "cycle.closed", entityId: cycleId } })).toMatchObject({
      actorId: secretariat.user.id,
      summary: `Closed the 2025 cycle of ${framework.code}`,
      before: { status: "OPEN" },
      after: { status: "CLOSED" },
    });

    let error = await refused(() => setCycleOpen(secretariat, target, false));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(`The 2025 cycle of ${framework.code} is already closed`);

    await setCycleOpen(secretariat, target, true);
    expect(await db.reportingCycle.findUniqueOrThrow({ where: { id: cycleId } })).toMatchObject({ status: "OPEN", closedAt: null });
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "cycle.reopened", entityId: cycleId } })).toMatchObject({
      summary: `Reopened the 2025 cycle of ${framework.code}`,
      before: { status: "CLOSED" },
      after: { status: "OPEN" },
    });

    error = await refused(() => setCycleOpen(secretariat, target, true));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(`The 2025 cycle of ${framework.code} is already open`);
  });

  it("refuses a cycle that does not exist (NOT_FOUND)", async () => {
    const error = await refused(() => setCycleOpen(secretariat, { frameworkCode: "NOPE", year: 2025 }, false));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("listCycles", () => {
  it("lists the workspace's cycles, newest year first then by framework code, and nothing of other workspaces", async () => {
    const { workspaceId: own } = await createTestWorkspace();
    const ownSecretariat = await createTestMember(own, "SECRETARIAT");
    const first = buildFrameworkDefinition({ code: `B${Date.now().toString(36).toUpperCase()}`, areas: 1, indicatorsPerArea: 1 });
    const second = buildFrameworkDefinition({ code: `A${Date.now().toString(36).toUpperCase()}`, areas: 1, indicatorsPerArea: 1 });
    await createTestFramework(own, first);
    await createTestFramework(own, second);
    await openCycle(ownSecretariat, { frameworkCode: first.code, year: 2024 });
    await openCycle(ownSecretariat, { frameworkCode: first.code, year: 2025 });
    await openCycle(ownSecretariat, {
      frameworkCode: second.code,
      year: 2025,
      submissionDeadline: "2026-02-01",
      consolidationDeadline: "2026-05-01",
    });
    await setCycleOpen(ownSecretariat, { frameworkCode: first.code, year: 2024 }, false);
    // A cycle of the other workspace (the file's) exists too.
    const elsewhere = await newFramework();
    await openCycle(secretariat, { frameworkCode: elsewhere.code, year: 2025 });

    const viewer = await createTestMember(own, "VIEWER");
    const cycles = await listCycles(viewer);
    expect(cycles.map((cycle) => [cycle.frameworkCode, cycle.year, cycle.status])).toEqual([
      [second.code, 2025, "OPEN"],
      [first.code, 2025, "OPEN"],
      [first.code, 2024, "CLOSED"],
    ]);
    expect(cycles[0]).toEqual({
      id: expect.any(String),
      frameworkCode: second.code,
      frameworkName: second.name,
      year: 2025,
      status: "OPEN",
      versionLabel: "1.0",
      submissionDeadline: new Date("2026-02-01T00:00:00.000Z"),
      consolidationDeadline: new Date("2026-05-01T00:00:00.000Z"),
    });
  });
});
