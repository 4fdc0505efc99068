/**
 * What administrators do to people and institutions: invitations, roles, deactivation,
 * password resets, institutions. Every refusal leaves the database as it was; every change
 * leaves an audit event with the state before and after.
 */
import { verifyPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { createInstitution } from "@/lib/institutions/create-institution";
import { renameInstitution, setInstitutionActive } from "@/lib/institutions/update-institution";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { getWorkspaceUser } from "@/lib/users/get-workspace-user";
import { inviteUser } from "@/lib/users/invite-user";
import { listWorkspaceUsers } from "@/lib/users/list-workspace-users";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import { updateMembership } from "@/lib/users/update-membership";
import {
  buildIndicator,
  catchAppError,
  createTestFramework,
  createTestMember,
  createTestSession,
  createTestValues,
  createTestWorkspace,
  snapshotDatabase,
  TEST_PASSWORD,
  uniqueCode,
} from "../fixtures/factories";

const TEMPORARY_PASSWORD = /^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/;
const LAST_ADMIN = "The workspace must keep at least one active administrator";

let workspaceId: string;
let admin: AccessContext;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  admin = await createTestMember(workspaceId, "ADMIN");
});

const freshEmail = (prefix = "person") => `${prefix}-${uniqueCode("p").toLowerCase()}@test.example`;

async function institutionIdOf(inWorkspace: string, code: string): Promise<string> {
  return (await db.institution.findUniqueOrThrow({ where: { workspaceId_code: { workspaceId: inWorkspace, code } } })).id;
}

async function passwordHashOf(userId: string): Promise<string> {
  return (await db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password!;
}

/** Runs a refused operation and checks that it changed nothing. */
async function expectRefusedWithoutChange(work: () => Promise<unknown>) {
  const before = await snapshotDatabase();
  const error = await catchAppError(work);
  expect(await snapshotDatabase()).toEqual(before);
  return error;
}

/** A workspace of its own with one administrator, for the last-administrator rules. */
async function workspaceWithOneAdmin() {
  const { workspaceId: id } = await createTestWorkspace();
  return { workspaceId: id, admin: await createTestMember(id, "ADMIN") };
}

describe("inviteUser", () => {
  it("creates a new person with a temporary password they must change, stores the e-mail in lower case, and lets them sign in", async () => {
    const email = freshEmail("new.person");
    const { membershipId, temporaryPassword } = await inviteUser(admin, {
      email: `  ${email.toUpperCase()} `,
      name: " New Person ",
      role: "VIEWER",
    });
    expect(temporaryPassword).toMatch(TEMPORARY_PASSWORD);

    const membership = await db.membership.findUniqueOrThrow({ where: { id: membershipId }, include: { user: true } });
    expect(membership).toMatchObject({ workspaceId, role: "VIEWER", institutionId: null, isActive: true });
    expect(membership.user).toMatchObject({ email, name: "New Person", mustChangePassword: true, isActive: true });
    expect(await verifyPassword({ hash: await passwordHashOf(membership.userId), password: temporaryPassword! })).toBe(true);
    expect(await signIn({ email, password: temporaryPassword! }, { headers: new Headers(), ip: "192.0.2.10" })).toEqual({
      ok: true,
      mustChangePassword: true,
    });

    const events = await db.auditEvent.findMany({
      where: { actorId: admin.user.id, entityId: { in: [membership.userId, membershipId] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.action).sort()).toEqual(["membership.created", "user.created"]);
    expect(JSON.stringify(events)).not.toContain(temporaryPassword!);
  });

  it("ties a focal point to an institution of the workspace", async () => {
    const mfa = await institutionIdOf(workspaceId, "MFA");
    const { membershipId } = await inviteUser(admin, {
      email: freshEmail("focal"),
      name: "Focal MFA",
      role: "FOCAL_POINT",
      institutionId: mfa,
    });
    expect(await db.membership.findUniqueOrThrow({ where: { id: membershipId } })).toMatchObject({
      role: "FOCAL_POINT",
      institutionId: mfa,
    });
  });

  it("refuses to invite someone who is already a member (CONFLICT on the e-mail field), whatever the case of the address, and changes nothing", async () => {
    const existing = await createTestMember(workspaceId, "VIEWER");
    for (const email of [existing.user.email, existing.user.email.toUpperCase()]) {
      const error = await expectRefusedWithoutChange(() => inviteUser(admin, { email, name: "Again", role: "SECRETARIAT" }));
      expect(error.code).toBe("CONFLICT");
      expect(error.fieldErrors).toEqual({ email: ["Already a member of this workspace"] });
    }
  });

  it("gives a person who has an account in another workspace a membership, keeping their password (the temporary password shown is never stored)", async () => {
    const { workspaceId: otherWorkspaceId } = await createTestWorkspace();
    const elsewhere = await createTestMember(otherWorkspaceId, "SECRETARIAT");
    const hashBefore = await passwordHashOf(elsewhere.user.id);

    const result = await inviteUser(admin, { email: elsewhere.user.email, name: "Ignored name", role: "WORKING_GROUP" });
    expect(await verifyPassword({ hash: await passwordHashOf(elsewhere.user.id), password: result.temporaryPassword! })).toBe(false);
    expect(await db.membership.findUniqueOrThrow({ where: { id: result.membershipId } })).toMatchObject({
      userId: elsewhere.user.id,
      workspaceId,
      role: "WORKING_GROUP",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: elsewhere.user.id } })).toMatchObject({
      name: elsewhere.user.name,
      mustChangePassword: false,
    });
    expect(await passwordHashOf(elsewhere.user.id)).toBe(hashBefore);
    expect(await db.user.count({ where: { email: elsewhere.user.email } })).toBe(1);
    expect(await loadAccessContext(elsewhere.user.id, { workspaceId, via: "session" })).toMatchObject({
      membership: { role: "WORKING_GROUP" },
    });
  });

  it("refuses a focal point without an institution (BAD_REQUEST on institutionId) and changes nothing", async () => {
    for (const institutionId of [undefined, ""]) {
      const error = await expectRefusedWithoutChange(() =>
        inviteUser(admin, { email: freshEmail(), name: "No institution", role: "FOCAL_POINT", institutionId }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.fieldErrors).toEqual({ institutionId: ["A focal point must belong to an institution"] });
    }
  });

  it("refuses an institution of another workspace, and a deactivated one (BAD_REQUEST), and changes nothing", async () => {
    const { workspaceId: otherWorkspaceId } = await createTestWorkspace();
    const foreign = await institutionIdOf(otherWorkspaceId, "MLSP");
    const { institutionId: closed } = await createInstitution(admin, { code: uniqueCode("C"), name: "Closed institution" });
    await setInstitutionActive(admin, closed, false);
    for (const institutionId of [foreign, closed]) {
      const email = freshEmail();
      const error = await expectRefusedWithoutChange(() =>
        inviteUser(admin, { email, name: "Wrong institution", role: "FOCAL_POINT", institutionId }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.fieldErrors).toEqual({ institutionId: ["Choose an active institution of this workspace"] });
      expect(await db.user.findUnique({ where: { email } })).toBeNull();
    }
  });

  it.each([
    ["an e-mail address without @", { email: "not-an-address", name: "X", role: "VIEWER" }, "email"],
    ["an empty name", { email: "valid@test.example", name: "   ", role: "VIEWER" }, "name"],
    ["an unknown role", { email: "valid@test.example", name: "X", role: "OWNER" }, "role"],
  ])("refuses %s (BAD_REQUEST naming the field) and changes nothing", async (_case, input, field) => {
    const error = await expectRefusedWithoutChange(() => inviteUser(admin, input as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fieldErrors ?? {})).toContain(field);
  });
});

describe("updateMembership", () => {
  it("refuses to demote the last active administrator (CONFLICT) and changes nothing", async () => {
    const lonely = await workspaceWithOneAdmin();
    const error = await expectRefusedWithoutChange(() =>
      updateMembership(lonely.admin, lonely.admin.membership.id, { role: "SECRETARIAT" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(LAST_ADMIN);
  });

  it("does not count a deactivated administrator as another one", async () => {
    const lonely = await workspaceWithOneAdmin();
    const second = await createTestMember(lonely.workspaceId, "ADMIN");
    await setMembershipActive(lonely.admin, second.membership.id, false);
    const error = await expectRefusedWithoutChange(() => updateMembership(lonely.admin, lonely.admin.membership.id, { role: "VIEWER" }));
    expect(error.code).toBe("CONFLICT");
  });

  it("demotes an administrator when another remains, with the role before and after in the audit event", async () => {
    const pair = await workspaceWithOneAdmin();
    const second = await createTestMember(pair.workspaceId, "ADMIN");
    await updateMembership(pair.admin, second.membership.id, { role: "VIEWER" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: second.membership.id } })).toMatchObject({
      role: "VIEWER",
      institutionId: null,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "membership.updated", entityId: second.membership.id } });
    expect(event).toMatchObject({ workspaceId: pair.workspaceId, actorId: pair.admin.user.id, entityType: "Membership" });
    expect(event.before).toEqual({ role: "ADMIN", institution: null });
    expect(event.after).toEqual({ role: "VIEWER", institution: null });
  });

  it("makes someone a focal point of an institution", async () => {
    const person = await createTestMember(workspaceId, "VIEWER");
    const nbs = await institutionIdOf(workspaceId, "NBS");
    await updateMembership(admin, person.membership.id, { role: "FOCAL_POINT", institutionId: nbs });
    expect(await loadAccessContext(person.user.id, { workspaceId, via: "session" })).toMatchObject({
      membership: { role: "FOCAL_POINT", institution: { code: "NBS" } },
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "membership.updated", entityId: person.membership.id } });
    expect(event.before).toEqual({ role: "VIEWER", institution: null });
    expect(event.after).toEqual({ role: "FOCAL_POINT", institution: "NBS" });
  });

  it("refuses a focal point without an institution and an unknown membership, changing nothing", async () => {
    const person = await createTestMember(workspaceId, "VIEWER");
    const missingInstitution = await expectRefusedWithoutChange(() =>
      updateMembership(admin, person.membership.id, { role: "FOCAL_POINT" }),
    );
    expect(missingInstitution.code).toBe("BAD_REQUEST");
    expect(missingInstitution.fieldErrors).toEqual({ institutionId: ["A focal point must belong to an institution"] });
    const unknown = await expectRefusedWithoutChange(() =>
      updateMembership(admin, "00000000-0000-4000-8000-000000000000", { role: "VIEWER" }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
  });
});

describe("setMembershipActive", () => {
  it("refuses to let administrators deactivate themselves (CONFLICT) and changes nothing", async () => {
    const pair = await workspaceWithOneAdmin();
    await createTestMember(pair.workspaceId, "ADMIN");
    const error = await expectRefusedWithoutChange(() => setMembershipActive(pair.admin, pair.admin.membership.id, false));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("You cannot deactivate yourself");
  });

  it("refuses to deactivate the last active administrator, checking the database rather than the caller's (stale) role", async () => {
    // B was an administrator when their request started; A has since made B a viewer.
    // B's request must not leave the workspace without an administrator.
    const pair = await workspaceWithOneAdmin();
    const b = await createTestMember(pair.workspaceId, "ADMIN");
    await updateMembership(pair.admin, b.membership.id, { role: "VIEWER" });
    const error = await expectRefusedWithoutChange(() => setMembershipActive(b, pair.admin.membership.id, false));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(LAST_ADMIN);
  });

  it("deactivates a person: access ends, their sessions end when they have no other workspace, and the audit event says before and after", async () => {
    const person = await createTestMember(workspaceId, "SECRETARIAT");
    await createTestSession(person.user.id);
    await createTestSession(person.user.id);
    await setMembershipActive(admin, person.membership.id, false);

    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(0);
    expect(await loadAccessContext(person.user.id, { workspaceId, via: "session" })).toBeNull();
    expect(await getWorkspaceUser(admin, person.membership.id)).toMatchObject({ isActive: false });
    expect((await listWorkspaceUsers(admin)).find((user) => user.membershipId === person.membership.id)).toMatchObject({ isActive: false });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "membership.deactivated", entityId: person.membership.id } });
    expect(event).toMatchObject({ actorId: admin.user.id, workspaceId });
    expect(event.before).toEqual({ isActive: true });
    expect(event.after).toEqual({ isActive: false, apiTokensRevoked: 0 });
  });

  it("keeps the sessions of a person who still has another active workspace", async () => {
    const { workspaceId: otherWorkspaceId } = await createTestWorkspace();
    const person = await createTestMember(otherWorkspaceId, "VIEWER");
    const { membershipId } = await inviteUser(admin, { email: person.user.email, name: person.user.name, role: "VIEWER" });
    await createTestSession(person.user.id);
    await setMembershipActive(admin, membershipId, false);
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(1);
    expect(await loadAccessContext(person.user.id, { workspaceId: otherWorkspaceId, via: "session" })).not.toBeNull();
    expect(await loadAccessContext(person.user.id, { workspaceId, via: "session" })).toBeNull();
  });

  it("reactivates a person", async () => {
    const person = await createTestMember(workspaceId, "WORKING_GROUP");
    await setMembershipActive(admin, person.membership.id, false);
    await setMembershipActive(admin, person.membership.id, true);
    expect(await loadAccessContext(person.user.id, { workspaceId, via: "session" })).toMatchObject({
      membership: { role: "WORKING_GROUP" },
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "membership.reactivated", entityId: person.membership.id } });
    expect(event.before).toEqual({ isActive: false });
    expect(event.after).toEqual({ isActive: true, apiTokensRevoked: 0 });
  });

  it("refuses to repeat the current state (CONFLICT) and changes nothing", async () => {
    const person = await createTestMember(workspaceId, "VIEWER");
    const alreadyActive = await expectRefusedWithoutChange(() => setMembershipActive(admin, person.membership.id, true));
    expect(alreadyActive.code).toBe("CONFLICT");
    expect(alreadyActive.message).toBe(`${person.user.name} is already active`);
    await setMembershipActive(admin, person.membership.id, false);
    const alreadyDeactivated = await expectRefusedWithoutChange(() => setMembershipActive(admin, person.membership.id, false));
    expect(alreadyDeactivated.code).toBe("CONFLICT");
    expect(alreadyDeactivated.message).toBe(`${person.user.name} is already deactivated`);
  });
});

describe("resetUserPassword", () => {
  it("gives a new temporary password, requires a change, ends every session, and the old password stops working", async () => {
    const person = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    await createTestSession(person.user.id);
    await createTestSession(person.user.id);
    const { temporaryPassword } = await resetUserPassword(admin, person.membership.id);

    expect(temporaryPassword).toMatch(TEMPORARY_PASSWORD);
    const hash = await passwordHashOf(person.user.id);
    expect(await verifyPassword({ hash, password: temporaryPassword })).toBe(true);
    expect(await verifyPassword({ hash, password: TEST_PASSWORD })).toBe(false);
    expect(await db.user.findUniqueOrThrow({ where: { id: person.user.id } })).toMatchObject({ mustChangePassword: true });
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(0);
    const headers = new Headers();
    expect(await signIn({ email: person.user.email, password: TEST_PASSWORD }, { headers, ip: "192.0.2.20" })).toMatchObject({ ok: false });
    expect(await signIn({ email: person.user.email, password: temporaryPassword }, { headers, ip: "192.0.2.20" })).toEqual({
      ok: true,
      mustChangePassword: true,
    });

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.password-reset", entityId: person.user.id } });
    expect(event).toMatchObject({ actorId: admin.user.id, workspaceId, entityType: "User" });
    expect(event.before).toBeNull();
    expect(event.after).toEqual({ mustChangePassword: true, apiTokensRevoked: 0, sessionsEnded: true });
    const recorded = JSON.stringify(event);
    expect(recorded).not.toContain(temporaryPassword);
    expect(recorded).not.toContain(hash);
  });

  it("refuses an unknown membership (NOT_FOUND) and changes nothing", async () => {
    const error = await expectRefusedWithoutChange(() => resetUserPassword(admin, "00000000-0000-4000-8000-000000000000"));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("institutions", () => {
  it("creates an institution with its code in capitals, recording the audit event", async () => {
    const code = uniqueCode("J");
    const { institutionId } = await createInstitution(admin, { code: ` ${code.toLowerCase()} `, name: "  Ministry of Justice " });
    expect(await db.institution.findUniqueOrThrow({ where: { id: institutionId } })).toMatchObject({
      workspaceId,
      code,
      name: "Ministry of Justice",
      isActive: true,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "institution.created", entityId: institutionId } });
    expect(event.after).toEqual({ code, name: "Ministry of Justice" });
  });

  it.each(["MLSP", "mlsp", " Mfa "])(
    "refuses the code %j, already used in the workspace (CONFLICT on the code field), and changes nothing",
    async (code) => {
      const error = await expectRefusedWithoutChange(() => createInstitution(admin, { code, name: "Duplicate ministry" }));
      expect(error.code).toBe("CONFLICT");
      expect(error.fieldErrors).toEqual({ code: [`The code ${code.trim().toUpperCase()} is already used`] });
    },
  );

  it("accepts a code another workspace already uses", async () => {
    const { workspaceId: otherWorkspaceId } = await createTestWorkspace();
    const code = uniqueCode("K");
    await createInstitution(admin, { code, name: "Here" });
    const otherAdmin = await createTestMember(otherWorkspaceId, "ADMIN");
    await expect(createInstitution(otherAdmin, { code, name: "There" })).resolves.toMatchObject({ institutionId: expect.any(String) });
  });

  it.each(["", "A", "1AB", "AB CD", "-AB", "ABCDEFGHIJKLM", "MIN_JUST", "ÄBC"])(
    "refuses the malformed code %j (BAD_REQUEST on the code field) and changes nothing",
    async (code) => {
      const error = await expectRefusedWithoutChange(() => createInstitution(admin, { code, name: "Badly coded ministry" }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(["code"]);
    },
  );

  it("refuses a name that is too short (BAD_REQUEST on the name field) and changes nothing", async () => {
    const error = await expectRefusedWithoutChange(() => createInstitution(admin, { code: uniqueCode("N"), name: "Mi" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual({ name: ["Enter the institution's full name"] });
  });

  it("renames an institution, keeping its code, with the names before and after in the audit event", async () => {
    const code = uniqueCode("R");
    const { institutionId } = await createInstitution(admin, { code, name: "Old name ministry" });
    await renameInstitution(admin, institutionId, { name: "New name ministry" });
    expect(await db.institution.findUniqueOrThrow({ where: { id: institutionId } })).toMatchObject({ code, name: "New name ministry" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "institution.updated", entityId: institutionId } });
    expect(event).toMatchObject({ actorId: admin.user.id, workspaceId, summary: `Renamed ${code}` });
    expect(event.before).toEqual({ name: "Old name ministry" });
    expect(event.after).toEqual({ name: "New name ministry" });
  });

  it("refuses a bad new name or an unknown institution, changing nothing", async () => {
    const { institutionId } = await createInstitution(admin, { code: uniqueCode("R"), name: "Stays the same" });
    const badName = await expectRefusedWithoutChange(() => renameInstitution(admin, institutionId, { name: "" }));
    expect(badName.code).toBe("BAD_REQUEST");
    expect(Object.keys(badName.fieldErrors ?? {})).toEqual(["name"]);
    const unknown = await expectRefusedWithoutChange(() =>
      renameInstitution(admin, "00000000-0000-4000-8000-000000000000", { name: "Nobody" }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("deactivating an institution takes it away from its focal points: they then read only approved values, until it is reactivated", async () => {
    const code = uniqueCode("D");
    const { institutionId } = await createInstitution(admin, { code, name: "Deactivated ministry" });
    const frameworkCode = uniqueCode("FW");
    const definition: FrameworkDefinition = {
      code: frameworkCode,
      name: `Framework ${frameworkCode}`,
      version: { label: "1.0", status: "APPROVED" },
      areas: [{ code: "A1", name: "Area", indicators: [buildIndicator("D.1", "NUMBER", { leadInstitution: code })] }],
    };
    const framework = await createTestFramework(workspaceId, definition);
    const indicatorId = framework.indicatorIds.get("D.1")!;
    await createTestValues([
      { indicatorId, year: 2021, number: 1, status: "APPROVED" },
      { indicatorId, year: 2022, number: 2, status: "SUBMITTED" },
      { indicatorId, year: 2023, number: 3, status: "RETURNED" },
      { indicatorId, year: 2024, number: 4, status: "DRAFT" },
    ]);
    const focal = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: code });
    const statuses = async () => {
      const access = (await loadAccessContext(focal.user.id, { workspaceId, via: "session" }))!;
      return {
        institution: access.membership.institution,
        statuses: (await listFrameworkValues(access, framework.frameworkId)).map((row) => row.status),
      };
    };
    expect(await statuses()).toEqual({
      institution: { id: institutionId, code, name: "Deactivated ministry" },
      statuses: ["APPROVED", "SUBMITTED", "RETURNED", "DRAFT"],
    });

    await setInstitutionActive(admin, institutionId, false);
    expect(await statuses()).toEqual({ institution: null, statuses: ["APPROVED"] });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "institution.deactivated", entityId: institutionId } });
    expect(event.before).toEqual({ isActive: true });
    expect(event.after).toEqual({ isActive: false });

    const again = await expectRefusedWithoutChange(() => setInstitutionActive(admin, institutionId, false));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toBe(`${code} is already deactivated`);

    await setInstitutionActive(admin, institutionId, true);
    expect((await statuses()).statuses).toEqual(["APPROVED", "SUBMITTED", "RETURNED", "DRAFT"]);
  });
});
