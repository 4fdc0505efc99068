/**
 * The authorization matrix of the reporting cycle: every cycle and value operation performed
 * by each role. What is allowed comes from lib/auth/permissions.ts (PERMISSIONS), so the test
 * follows the table; the critical rows are also hard-coded below. Every member here belongs
 * to MLSP, whatever the role, so that a refusal can only come from the role. A refused
 * operation rejects with FORBIDDEN and leaves the database exactly as it was.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { AccessContext } from "@/lib/auth/access-context";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";
import { forbiddenMessage } from "../fixtures/forbidden-message";
import { openCycle } from "@/lib/cycles/open-cycle";
import { setCycleOpen } from "@/lib/cycles/set-cycle-open";
import { updateCycleDeadlines } from "@/lib/cycles/update-cycle-deadlines";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { setInstitutionActive } from "@/lib/institutions/update-institution";
import { addValueComment } from "@/lib/monitoring/add-value-comment";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { reopenValue } from "@/lib/monitoring/reopen-value";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  buildFrameworkDefinition,
  buildIndicator,
  catchAppError,
  createTestCycle,
  createTestFramework,
  createTestMember,
  createTestWorkspace,
  findTestValue,
  snapshotDatabaseWithValues,
  TEST_INSTITUTIONS,
  uniqueCode,
} from "../fixtures/factories";

type Home = { workspaceId: string; secretariat: AccessContext; focal: AccessContext };
let home: Home;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace({ institutions: [...TEST_INSTITUTIONS, { code: "GONE", name: "Dissolved agency" }] });
  home = {
    workspaceId,
    secretariat: await createTestMember(workspaceId, "SECRETARIAT"),
    focal: await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }),
  };
});

/** A fresh person with the role, attached to MLSP whatever the role. */
function memberOf(role: Role): Promise<AccessContext> {
  return createTestMember(home.workspaceId, role, { institutionCode: "MLSP" });
}

const COMPLETENESS_REFUSAL = "Completeness is for the secretariat, the working group, administrators and the institutions' focal points";

/** Two MLSP indicators: a number and a percentage. */
function smallDefinition() {
  const code = uniqueCode("AM");
  return {
    code,
    name: `Framework ${code}`,
    version: { label: "1.0", status: "APPROVED" as const },
    areas: [{ code: "A1", name: "Area", indicators: [buildIndicator("A1.1", "NUMBER"), buildIndicator("A1.2", "PERCENTAGE")] }],
  };
}

/** A framework with an open 2025 cycle; values are entered by the home focal point of MLSP. */
async function cycleWith(values: "none" | "draft" | "submitted" | "approved") {
  const cycle = await createTestCycle(home.workspaceId, home.secretariat, { definition: smallDefinition() });
  if (values !== "none") await saveCycleValues(home.focal, cycle.target, [{ indicator: "A1.1", value: 10 }]);
  if (values === "submitted" || values === "approved") await submitCycleValues(home.focal, cycle.target);
  if (values === "approved")
    await reviewCycleValues(home.secretariat, cycle.target, { decisions: [{ indicator: "A1.1", decision: "approve" }] });
  const value = values === "none" ? null : await findTestValue(cycle.framework, "A1.1");
  return { ...cycle, value };
}

type Prepared = { run: () => Promise<unknown>; check: (result: unknown) => Promise<void> | void };

type Operation = {
  name: string;
  /** The roles the table allows, and the permission whose message a refusal carries (null: the operation's own message). */
  allowed: readonly Role[];
  permission: Permission | null;
  audit: AuditAction | null;
  prepare: (actor: AccessContext) => Promise<Prepared>;
};

const OPERATIONS: Operation[] = [
  {
    name: "openCycle",
    allowed: PERMISSIONS["cycles.manage"],
    permission: "cycles.manage",
    audit: "cycle.opened",
    prepare: async (actor) => {
      const framework = await createTestFramework(home.workspaceId, buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 1 }));
      return {
        run: () => openCycle(actor, { frameworkCode: framework.code, year: 2025 }),
        check: async () => {
          expect(await db.reportingCycle.findFirst({ where: { frameworkId: framework.frameworkId, year: 2025 } })).toMatchObject({
            status: "OPEN",
          });
        },
      };
    },
  },
  {
    name: "updateCycleDeadlines",
    allowed: PERMISSIONS["cycles.manage"],
    permission: "cycles.manage",
    audit: "cycle.updated",
    prepare: async (actor) => {
      const { target, cycle } = await cycleWith("none");
      return {
        run: () => updateCycleDeadlines(actor, target, { submissionDeadline: "2026-02-02", consolidationDeadline: "2026-04-04" }),
        check: async () => {
          expect(await db.reportingCycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({
            submissionDeadline: new Date("2026-02-02T00:00:00.000Z"),
          });
        },
      };
    },
  },
  {
    name: "setCycleOpen (close)",
    allowed: PERMISSIONS["cycles.manage"],
    permission: "cycles.manage",
    audit: "cycle.closed",
    prepare: async (actor) => {
      const { target, cycle } = await cycleWith("none");
      return {
        run: () => setCycleOpen(actor, target, false),
        check: async () => {
          expect(await db.reportingCycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({ status: "CLOSED" });
        },
      };
    },
  },
  {
    name: "setCycleOpen (reopen)",
    allowed: PERMISSIONS["cycles.manage"],
    permission: "cycles.manage",
    audit: "cycle.reopened",
    prepare: async (actor) => {
      const { target, cycle } = await cycleWith("none");
      await setCycleOpen(home.secretariat, target, false);
      return {
        run: () => setCycleOpen(actor, target, true),
        check: async () => {
          expect(await db.reportingCycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({ status: "OPEN" });
        },
      };
    },
  },
  {
    name: "saveCycleValues",
    allowed: PERMISSIONS["values.enter"],
    permission: "values.enter",
    audit: "value.created",
    prepare: async (actor) => {
      const { target, framework } = await cycleWith("none");
      return {
        run: () => saveCycleValues(actor, target, [{ indicator: "A1.2", value: 55, version: null }]),
        check: async () => {
          expect(await findTestValue(framework, "A1.2")).toMatchObject({ number: 55, status: "DRAFT", createdById: actor.user.id });
        },
      };
    },
  },
  {
    name: "submitCycleValues",
    allowed: PERMISSIONS["values.submit"],
    permission: "values.submit",
    audit: "value.submitted",
    prepare: async (actor) => {
      const { target, value } = await cycleWith("draft");
      return {
        run: () => submitCycleValues(actor, target),
        check: async (result) => {
          expect(result).toMatchObject({ submitted: 1 });
          expect(await db.indicatorValue.findUniqueOrThrow({ where: { id: value!.id } })).toMatchObject({ status: "SUBMITTED" });
        },
      };
    },
  },
  {
    name: "reviewCycleValues",
    allowed: PERMISSIONS["values.review"],
    permission: "values.review",
    audit: "value.approved",
    prepare: async (actor) => {
      const { target, value } = await cycleWith("submitted");
      return {
        run: () => reviewCycleValues(actor, target, { decisions: [{ indicator: "A1.1", decision: "approve" }] }),
        check: async () => {
          expect(await db.indicatorValue.findUniqueOrThrow({ where: { id: value!.id } })).toMatchObject({
            status: "APPROVED",
            reviewedById: actor.user.id,
          });
        },
      };
    },
  },
  {
    name: "reopenValue",
    allowed: PERMISSIONS["values.reopen"],
    permission: "values.reopen",
    audit: "value.reopened",
    prepare: async (actor) => {
      const { value } = await cycleWith("approved");
      return {
        run: () => reopenValue(actor, value!.id, "Needs a correction"),
        check: async () => {
          expect(await db.indicatorValue.findUniqueOrThrow({ where: { id: value!.id } })).toMatchObject({
            status: "RETURNED",
            returnReason: "Needs a correction",
          });
        },
      };
    },
  },
  {
    name: "addValueComment",
    allowed: PERMISSIONS["values.comment"],
    permission: "values.comment",
    audit: "value.commented",
    prepare: async (actor) => {
      // A submitted value of MLSP: the secretariat, the working group and MLSP's focal points all see it.
      const { value } = await cycleWith("submitted");
      return {
        run: () => addValueComment(actor, value!.id, `A remark by ${actor.membership.role}`),
        check: async () => {
          expect(await db.valueComment.findMany({ where: { valueId: value!.id }, select: { authorId: true, body: true } })).toEqual([
            { authorId: actor.user.id, body: `A remark by ${actor.membership.role}` },
          ]);
        },
      };
    },
  },
  {
    name: "getCycleCompleteness",
    allowed: ROLES.filter(
      (role) =>
        (PERMISSIONS["completeness.read-all"] as readonly Role[]).includes(role) ||
        (PERMISSIONS["values.read-own-institution"] as readonly Role[]).includes(role),
    ),
    permission: null,
    audit: null,
    prepare: async (actor) => {
      const { target } = await cycleWith("draft");
      return {
        run: () => getCycleCompleteness(actor, target),
        check: (result) => {
          const completeness = result as Awaited<ReturnType<typeof getCycleCompleteness>>;
          expect(completeness.totals.assigned).toBe(2);
          expect(completeness.scope).toEqual(
            actor.membership.role === "FOCAL_POINT" ? { kind: "institution", code: "MLSP" } : { kind: "all" },
          );
        },
      };
    },
  },
  {
    name: "getEntryForm",
    allowed: PERMISSIONS["values.enter"],
    permission: "values.enter",
    audit: null,
    prepare: async (actor) => {
      const { target } = await cycleWith("draft");
      return {
        run: () => getEntryForm(actor, target),
        check: (result) => {
          const form = result as Awaited<ReturnType<typeof getEntryForm>>;
          expect(form.institution.code).toBe("MLSP");
          expect(form.counts).toEqual({ rows: 2, filled: 1, editable: 2 });
        },
      };
    },
  },
];

describe("the permission table", () => {
  it("keeps the reporting cycle's rows as decided", () => {
    expect(PERMISSIONS["cycles.manage"]).toEqual(["SECRETARIAT"]);
    expect(PERMISSIONS["values.enter"]).toEqual(["FOCAL_POINT"]);
    expect(PERMISSIONS["values.submit"]).toEqual(["FOCAL_POINT"]);
    expect(PERMISSIONS["values.review"]).toEqual(["SECRETARIAT"]);
    expect(PERMISSIONS["values.reopen"]).toEqual(["SECRETARIAT"]);
    expect(PERMISSIONS["values.comment"]).toEqual(["SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP"]);
    expect(PERMISSIONS["completeness.read-all"]).toEqual(["ADMIN", "SECRETARIAT", "WORKING_GROUP"]);
  });

  it("gives each operation the roles of the issue", () => {
    const allowed = Object.fromEntries(OPERATIONS.map((operation) => [operation.name, [...operation.allowed]]));
    expect(allowed).toEqual({
      openCycle: ["SECRETARIAT"],
      updateCycleDeadlines: ["SECRETARIAT"],
      "setCycleOpen (close)": ["SECRETARIAT"],
      "setCycleOpen (reopen)": ["SECRETARIAT"],
      saveCycleValues: ["FOCAL_POINT"],
      submitCycleValues: ["FOCAL_POINT"],
      reviewCycleValues: ["SECRETARIAT"],
      reopenValue: ["SECRETARIAT"],
      addValueComment: ["SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP"],
      getCycleCompleteness: ["ADMIN", "SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP"],
      getEntryForm: ["FOCAL_POINT"],
    });
  });
});

describe.each(OPERATIONS)("$name", (operation) => {
  const cases = ROLES.map((role) => {
    const allowed = operation.allowed.includes(role);
    return [role, allowed ? "is allowed" : "is refused with FORBIDDEN and changes nothing", allowed] as const;
  });

  it.each(cases)("%s %s", async (role, _outcome, allowed) => {
    const actor = await memberOf(role);
    const prepared = await operation.prepare(actor);

    if (allowed) {
      const audited = () =>
        operation.audit ? db.auditEvent.count({ where: { actorId: actor.user.id, action: operation.audit } }) : Promise.resolve(0);
      const auditBefore = await audited();
      const result = await prepared.run();
      await prepared.check(result);
      if (operation.audit) expect(await audited()).toBe(auditBefore + 1);
      return;
    }

    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(prepared.run);
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(operation.permission ? forbiddenMessage(role, operation.permission) : COMPLETENESS_REFUSAL);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });
});

describe("a focal point whose institution was deactivated", () => {
  let focal: AccessContext;

  beforeAll(async () => {
    const admin = await createTestMember(home.workspaceId, "ADMIN");
    const member = await createTestMember(home.workspaceId, "FOCAL_POINT", { institutionCode: "GONE" });
    const gone = await db.institution.findUniqueOrThrow({ where: { workspaceId_code: { workspaceId: home.workspaceId, code: "GONE" } } });
    await setInstitutionActive(admin, gone.id, false);
    focal = (await loadAccessContext(member.user.id, { workspaceId: home.workspaceId, via: "session" }))!;
  });

  it("has no institution in its access context", () => {
    expect(focal.membership).toMatchObject({ role: "FOCAL_POINT", institution: null });
  });

  it.each([
    ["saveCycleValues", "You are not attached to an active institution, so you cannot enter values"],
    ["submitCycleValues", "You are not attached to an active institution, so you cannot submit values"],
    ["getEntryForm", "You are not attached to an active institution, so you have no values to enter"],
    ["getCycleCompleteness", COMPLETENESS_REFUSAL],
  ] as const)("is refused %s (FORBIDDEN) and nothing changes", async (name, message) => {
    const { target } = await cycleWith("none");
    const run = {
      saveCycleValues: () => saveCycleValues(focal, target, [{ indicator: "A1.1", value: 1 }]),
      submitCycleValues: () => submitCycleValues(focal, target),
      getEntryForm: () => getEntryForm(focal, target),
      getCycleCompleteness: () => getCycleCompleteness(focal, target),
    }[name];
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(run);
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(message);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });
});

describe("across workspaces: a cycle of another workspace does not exist for the caller", () => {
  it("save, submit, review, completeness and entry form answer NOT_FOUND and nothing changes", async () => {
    const other = await createTestWorkspace();
    const otherSecretariat = await createTestMember(other.workspaceId, "SECRETARIAT");
    const otherFocal = await createTestMember(other.workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    const { target, framework } = await createTestCycle(other.workspaceId, otherSecretariat, { definition: smallDefinition() });
    await saveCycleValues(otherFocal, target, [{ indicator: "A1.1", value: 1 }]);
    await submitCycleValues(otherFocal, target);
    const value = (await findTestValue(framework, "A1.1"))!;

    const before = await snapshotDatabaseWithValues();
    const refusals = [
      () => saveCycleValues(home.focal, target, [{ indicator: "A1.1", value: 2 }]),
      () => submitCycleValues(home.focal, target),
      () => reviewCycleValues(home.secretariat, target, { decisions: [{ indicator: "A1.1", decision: "approve" }] }),
      () => getCycleCompleteness(home.secretariat, target),
      () => getEntryForm(home.focal, target),
      () => updateCycleDeadlines(home.secretariat, target, { submissionDeadline: "2026-02-02", consolidationDeadline: "2026-04-04" }),
      () => setCycleOpen(home.secretariat, target, false),
      () => addValueComment(home.secretariat, value.id, "Not mine"),
      () => reopenValue(home.secretariat, value.id, "Not mine"),
    ];
    for (const refusal of refusals) expect((await catchAppError(refusal)).code).toBe("NOT_FOUND");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });
});
