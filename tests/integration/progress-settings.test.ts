/**
 * The progress settings of a framework (updateFrameworkScoring): only the secretariat may
 * change them, every change leaves one audit event with the state before and after, and a
 * refused or invalid change leaves the framework and the audit trail as they were.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { ROLE_NAMES_IN_ENGLISH } from "../fixtures/forbidden-message";
import { db } from "@/lib/db";
import { updateFrameworkScoring } from "@/lib/frameworks/update-framework-scoring";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  buildFrameworkDefinition,
  catchAppError,
  createTestFramework,
  createTestMember,
  createTestWorkspace,
  uniqueCode,
} from "../fixtures/factories";

let workspaceId: string;
let secretariat: AccessContext;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
});

/** The framework's row and the number of audit events, to show that nothing changed. */
async function snapshot(frameworkId: string) {
  return {
    framework: await db.framework.findUniqueOrThrow({ where: { id: frameworkId } }),
    auditEvents: await db.auditEvent.count(),
  };
}

const VALID = { baseYear: "2018", cutoff2: "30", cutoff3: "50", cutoff4: "70" };

describe("updateFrameworkScoring", () => {
  it("lets the secretariat set the base year and cut-offs, with one framework.updated audit event holding before and after", async () => {
    const framework = await createTestFramework(workspaceId);
    const auditEventsBefore = await db.auditEvent.count();

    await updateFrameworkScoring(secretariat, framework.code, VALID);

    const row = await db.framework.findUniqueOrThrow({ where: { id: framework.frameworkId } });
    expect(row).toMatchObject({ baseYear: 2018, categoryCutoffs: [30, 50, 70] });
    expect(await db.auditEvent.count()).toBe(auditEventsBefore + 1);
    const events = await db.auditEvent.findMany({
      where: { entityType: "Framework", entityId: framework.frameworkId, action: "framework.updated" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      workspaceId,
      actorId: secretariat.user.id,
      before: { baseYear: null, categoryCutoffs: null },
      after: { baseYear: 2018, categoryCutoffs: [30, 50, 70] },
    });

    // A second change records what the first one set as its "before"; an empty base year clears it.
    await updateFrameworkScoring(secretariat, framework.code, { baseYear: "", cutoff2: 10, cutoff3: 20, cutoff4: 90 });
    expect(await db.framework.findUniqueOrThrow({ where: { id: framework.frameworkId } })).toMatchObject({
      baseYear: null,
      categoryCutoffs: [10, 20, 90],
    });
    const latest = await db.auditEvent.findMany({ where: { entityId: framework.frameworkId, action: "framework.updated" } });
    expect(latest).toHaveLength(2);
    expect(latest.map((event) => [event.before, event.after])).toContainEqual([
      { baseYear: 2018, categoryCutoffs: [30, 50, 70] },
      { baseYear: null, categoryCutoffs: [10, 20, 90] },
    ]);
  });

  it("only the secretariat holds frameworks.manage", () => {
    expect(PERMISSIONS["frameworks.manage"]).toEqual(["SECRETARIAT"]);
  });

  it.each<Role>(["ADMIN", "FOCAL_POINT", "WORKING_GROUP", "VIEWER"])("refuses %s with FORBIDDEN and changes nothing", async (role) => {
    const framework = await createTestFramework(workspaceId);
    const actor = await createTestMember(workspaceId, role, role === "FOCAL_POINT" ? { institutionCode: "MLSP" } : {});
    const before = await snapshot(framework.frameworkId);

    const error = await catchAppError(updateFrameworkScoring(actor, framework.code, VALID));

    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(`Your role (${ROLE_NAMES_IN_ENGLISH[role]}) cannot do this; it is reserved for: secretariat`);
    expect(await snapshot(framework.frameworkId)).toEqual(before);
  });

  it.each([
    [
      "cut-offs that do not increase",
      { ...VALID, cutoff2: 60, cutoff3: 50 },
      { cutoff3: ["Each cut-off must be higher than the one before"] },
    ],
    ["equal cut-offs", { ...VALID, cutoff3: 70, cutoff4: 70 }, { cutoff4: ["Each cut-off must be higher than the one before"] }],
    ["a cut-off of 120", { ...VALID, cutoff4: 120 }, { cutoff4: ["Cut-offs go from 0 to 100"] }],
    ["a negative cut-off", { ...VALID, cutoff2: -5 }, { cutoff2: ["Cut-offs go from 0 to 100"] }],
    ["a cut-off that is not a number", { ...VALID, cutoff2: "abc" }, { cutoff2: ["Give each cut-off as a number from 0 to 100"] }],
    ["base year 1800", { ...VALID, baseYear: 1800 }, { baseYear: ["Give a year from 1900"] }],
    ["base year 2200", { ...VALID, baseYear: "2200" }, { baseYear: ["Give a year up to 2100"] }],
    ["a base year that is not whole", { ...VALID, baseYear: 2018.5 }, { baseYear: ["Give a whole year"] }],
  ])("refuses %s with field errors and changes nothing", async (_name, input, fieldErrors) => {
    const framework = await createTestFramework(workspaceId);
    await updateFrameworkScoring(secretariat, framework.code, { baseYear: 2016, cutoff2: 40, cutoff3: 60, cutoff4: 80 });
    const before = await snapshot(framework.frameworkId);

    const error = await catchAppError(updateFrameworkScoring(secretariat, framework.code, input));

    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Check the scoring settings");
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(await snapshot(framework.frameworkId)).toEqual(before);
    expect(before.framework).toMatchObject({ baseYear: 2016, categoryCutoffs: [40, 60, 80] });
  });

  it("refuses a missing cut-off with a field error", async () => {
    const framework = await createTestFramework(workspaceId);
    const before = await snapshot(framework.frameworkId);
    const error = await catchAppError(updateFrameworkScoring(secretariat, framework.code, { baseYear: "", cutoff2: 40, cutoff3: 60 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["cutoff4"]);
    expect(await snapshot(framework.frameworkId)).toEqual(before);
  });

  it("looks the framework up in the caller's workspace: another workspace's code is NOT_FOUND and that framework is untouched", async () => {
    const other = await createTestWorkspace();
    const foreign = await createTestFramework(other.workspaceId);
    const before = await snapshot(foreign.frameworkId);

    const error = await catchAppError(updateFrameworkScoring(secretariat, foreign.code, VALID));

    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe(`No framework with code ${foreign.code}`);
    expect(await snapshot(foreign.frameworkId)).toEqual(before);
  });

  it("changes only the framework of the caller's workspace when both workspaces use the same code", async () => {
    const code = uniqueCode("SAME");
    const other = await createTestWorkspace();
    const own = await createTestFramework(workspaceId, buildFrameworkDefinition({ code }));
    const foreign = await createTestFramework(other.workspaceId, buildFrameworkDefinition({ code }));
    const foreignBefore = await db.framework.findUniqueOrThrow({ where: { id: foreign.frameworkId } });

    await updateFrameworkScoring(secretariat, code, VALID);

    expect(await db.framework.findUniqueOrThrow({ where: { id: own.frameworkId } })).toMatchObject({
      baseYear: 2018,
      categoryCutoffs: [30, 50, 70],
    });
    expect(await db.framework.findUniqueOrThrow({ where: { id: foreign.frameworkId } })).toEqual(foreignBefore);
  });
});
