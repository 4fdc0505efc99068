/**
 * Passwords people change themselves (lib/auth/change-own-password.ts) and the first-run /
 * recovery command (lib/users/create-administrator.ts, `npm run admin:create`).
 *
 * createAdministrator works on the whole database, and this file's database starts empty:
 * its tests come first and run in order (empty database, first administrator, recovery,
 * several workspaces). The password tests come after and make their own workspaces.
 */
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { changeOwnPassword } from "@/lib/auth/change-own-password";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createAdministrator } from "@/lib/users/create-administrator";
import {
  catchAppError,
  createTestMember,
  createTestSession,
  createTestWorkspace,
  snapshotDatabase,
  TEST_PASSWORD,
} from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

const TEMPORARY_PASSWORD = /^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/;
const FIRST_ADMIN = "chief@ministry.example";

async function passwordHashOf(email: string): Promise<string> {
  return (await db.account.findFirstOrThrow({ where: { user: { email }, providerId: "credential" } })).password!;
}

async function expectRefusedWithoutChange(work: () => Promise<unknown>) {
  const before = await snapshotDatabase();
  const error = await catchAppError(work);
  expect(await snapshotDatabase()).toEqual(before);
  return error;
}

describe("createAdministrator (in order, from an empty database)", () => {
  let firstPassword: string;
  let workspaceSlug: string;

  it("starts from an empty database", async () => {
    expect(await db.workspace.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
  });

  it("refuses to run on an empty database without a workspace name (BAD_REQUEST) and changes nothing", async () => {
    const error = await expectRefusedWithoutChange(() => createAdministrator({ email: FIRST_ADMIN, name: "Chief" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe('The database is empty: name the government with --workspace "Republic of …"');
    expect(await db.workspace.count()).toBe(0);
  });

  it.each([
    ["an invalid e-mail address", { email: "chief-at-ministry", name: "Chief", workspaceName: "Republic of Testland" }, "email"],
    ["an empty name", { email: FIRST_ADMIN, name: " ", workspaceName: "Republic of Testland" }, "name"],
    ["a too short workspace name", { email: FIRST_ADMIN, name: "Chief", workspaceName: "RT" }, "workspaceName"],
  ])("refuses %s (BAD_REQUEST naming the option) and changes nothing", async (_case, input, field) => {
    const error = await expectRefusedWithoutChange(() => createAdministrator(input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
  });

  it("creates the workspace with the MGI and SDG 10.7.2 frameworks and an administrator with a temporary password", async () => {
    const result = await createAdministrator({
      email: "  Chief@Ministry.Example ",
      name: "Chief Administrator",
      workspaceName: "Republic of Testland",
    });
    expect(result).toEqual({
      email: FIRST_ADMIN,
      workspaceName: "Republic of Testland",
      workspaceCreated: true,
      temporaryPassword: expect.stringMatching(TEMPORARY_PASSWORD),
    });
    firstPassword = result.temporaryPassword;

    const workspaces = await db.workspace.findMany({ include: { frameworks: { select: { code: true } } } });
    expect(workspaces).toHaveLength(1);
    workspaceSlug = workspaces[0]!.slug;
    expect(workspaces[0]).toMatchObject({ slug: "republic-of-testland", name: "Republic of Testland", isDemo: false });
    expect(workspaces[0]!.frameworks.map((framework) => framework.code).sort()).toEqual(["MGI", "SDG-10-7-2"]);

    const user = await db.user.findUniqueOrThrow({ where: { email: FIRST_ADMIN }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Chief Administrator", isActive: true, mustChangePassword: true });
    expect(user.memberships).toEqual([
      expect.objectContaining({ workspaceId: workspaces[0]!.id, role: "ADMIN", isActive: true, institutionId: null }),
    ]);
    expect(await verifyPassword({ hash: await passwordHashOf(FIRST_ADMIN), password: firstPassword })).toBe(true);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", entityId: user.id } });
    expect(event).toMatchObject({ workspaceId: workspaces[0]!.id, actorId: null, actorLabel: "system:admin-create" });
    expect(event.after).toEqual({ email: FIRST_ADMIN, role: "ADMIN", membershipId: user.memberships[0]!.id, mustChangePassword: true });
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(firstPassword);

    expect(await signIn({ email: FIRST_ADMIN, password: firstPassword }, { headers: new Headers(), ip: "192.0.2.1" })).toEqual({
      ok: true,
      mustChangePassword: true,
    });
  });

  it("run again for the same person, restores a locked-out administrator: new password, active, ADMIN, sessions ended, no second workspace", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: FIRST_ADMIN } });
    // Locked out: account and membership deactivated, role lost, password forgotten, a stale session left.
    await withoutAuditGuard(async () => {
      await db.user.update({ where: { id: user.id }, data: { isActive: false, mustChangePassword: false } });
      await db.membership.updateMany({ where: { userId: user.id }, data: { isActive: false, role: "VIEWER" } });
    });
    await createTestSession(user.id);

    const result = await createAdministrator({ email: FIRST_ADMIN, name: "Another name" });
    expect(result).toEqual({
      email: FIRST_ADMIN,
      workspaceName: "Republic of Testland",
      workspaceCreated: false,
      temporaryPassword: expect.stringMatching(TEMPORARY_PASSWORD),
    });
    expect(result.temporaryPassword).not.toBe(firstPassword);

    expect(await db.workspace.count()).toBe(1);
    expect(await db.user.count({ where: { email: FIRST_ADMIN } })).toBe(1);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      isActive: true,
      mustChangePassword: true,
      name: "Chief Administrator",
    });
    expect(await db.membership.findMany({ where: { userId: user.id } })).toEqual([
      expect.objectContaining({ role: "ADMIN", isActive: true }),
    ]);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const hash = await passwordHashOf(FIRST_ADMIN);
    expect(await verifyPassword({ hash, password: result.temporaryPassword })).toBe(true);
    expect(await verifyPassword({ hash, password: firstPassword })).toBe(false);
    expect(await loadAccessContext(user.id, { via: "session" })).toMatchObject({
      membership: { role: "ADMIN" },
      workspace: { slug: workspaceSlug },
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.password-reset", entityId: user.id } });
    expect(event).toMatchObject({ actorId: null, actorLabel: "system:admin-create" });
  });

  it("adds another administrator to the only workspace without creating one", async () => {
    const result = await createAdministrator({ email: "deputy@ministry.example", name: "Deputy" });
    expect(result).toMatchObject({ workspaceName: "Republic of Testland", workspaceCreated: false });
    expect(await db.workspace.count()).toBe(1);
    expect(await db.membership.count({ where: { role: "ADMIN", isActive: true } })).toBe(2);
  });

  it("with several workspaces and no --workspace-slug, refuses (BAD_REQUEST) listing the slugs, and changes nothing", async () => {
    const second = await createTestWorkspace();
    const error = await expectRefusedWithoutChange(() => createAdministrator({ email: "third@ministry.example", name: "Third" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(`Several workspaces exist; name one with --workspace-slug (${workspaceSlug}, ${second.slug})`);
  });

  it("with several workspaces, refuses an unknown slug (NOT_FOUND) and changes nothing", async () => {
    const error = await expectRefusedWithoutChange(() =>
      createAdministrator({ email: "third@ministry.example", name: "Third", workspaceSlug: "no-such-place" }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });

  it("with several workspaces, makes the person administrator of the named one", async () => {
    const slug = (await db.workspace.findFirstOrThrow({ where: { slug: { not: workspaceSlug } } })).slug;
    const result = await createAdministrator({ email: "third@ministry.example", name: "Third", workspaceSlug: slug });
    expect(result.workspaceCreated).toBe(false);
    const user = await db.user.findUniqueOrThrow({
      where: { email: "third@ministry.example" },
      include: { memberships: { include: { workspace: true } } },
    });
    expect(user.memberships.map((membership) => [membership.workspace.slug, membership.role])).toEqual([[slug, "ADMIN"]]);
  });
});

describe("changeOwnPassword", () => {
  const NEW_PASSWORD = "my own long passphrase";

  async function person(options: { mustChangePassword?: boolean } = {}) {
    const { workspaceId } = await createTestWorkspace();
    return createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP", ...options });
  }

  it("refuses a wrong current password (BAD_REQUEST), changing only the guess counter and one grouped audit event", async () => {
    const someone = await person();
    const session = await createTestSession(someone.user.id);
    const input = { currentPassword: "not my password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    const hashBefore = await passwordHashOf(someone.user.email);
    const first = await catchAppError(changeOwnPassword(someone, session.id, input));
    expect(first.code).toBe("BAD_REQUEST");
    expect(first.fieldErrors).toEqual({ currentPassword: ["The current password is not correct"] });
    expect(await db.auditEvent.count({ where: { action: "user.password-change-failed", entityId: someone.user.id } })).toBe(1);
    // The second failure of the window is counted, not logged again.
    const before = await snapshotDatabase({ exclude: ["RateLimitBucket"] });
    expect((await catchAppError(changeOwnPassword(someone, session.id, input))).code).toBe("BAD_REQUEST");
    expect(await snapshotDatabase({ exclude: ["RateLimitBucket"] })).toEqual(before);
    expect(await passwordHashOf(someone.user.email)).toBe(hashBefore);
    expect(await db.rateLimitBucket.findUnique({ where: { key: `change-password:user:${someone.user.id}` } })).toMatchObject({ count: 2 });
  });

  it.each([
    [
      "an empty current password",
      { currentPassword: "", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { currentPassword: ["Enter your current password"] },
    ],
    [
      "a new password that is too short",
      { currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" },
      { newPassword: ["Use at least 12 characters"] },
    ],
    [
      "a confirmation that differs",
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` },
      { confirmPassword: ["The two new passwords differ"] },
    ],
    [
      "a new password equal to the current one",
      { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD },
      { newPassword: ["Choose a password different from the current one"] },
    ],
  ])("refuses %s (BAD_REQUEST naming the field) and changes nothing", async (_case, input, fieldErrors) => {
    const someone = await person({ mustChangePassword: true });
    const session = await createTestSession(someone.user.id);
    await createTestSession(someone.user.id);
    const hashBefore = await passwordHashOf(someone.user.email);
    const error = await expectRefusedWithoutChange(() => changeOwnPassword(someone, session.id, input));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(await passwordHashOf(someone.user.email)).toBe(hashBefore);
    expect(await db.session.count({ where: { userId: someone.user.id } })).toBe(2);
  });

  it("changes the password, clears 'must change password', ends the other sessions but keeps the current one, and records an audit event", async () => {
    const someone = await person({ mustChangePassword: true });
    const bystander = await person();
    const current = await createTestSession(someone.user.id);
    await createTestSession(someone.user.id);
    await createTestSession(someone.user.id);
    const bystanderSession = await createTestSession(bystander.user.id);

    await changeOwnPassword(someone, current.id, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });

    expect(await db.user.findUniqueOrThrow({ where: { id: someone.user.id } })).toMatchObject({ mustChangePassword: false });
    expect((await db.session.findMany({ where: { userId: someone.user.id } })).map((session) => session.id)).toEqual([current.id]);
    expect(await db.session.findUnique({ where: { id: bystanderSession.id } })).not.toBeNull();
    const hash = await passwordHashOf(someone.user.email);
    expect(await verifyPassword({ hash, password: NEW_PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash, password: TEST_PASSWORD })).toBe(false);

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.password-changed", entityId: someone.user.id } });
    expect(event).toMatchObject({ actorId: someone.user.id, actorLabel: someone.user.email, workspaceId: someone.workspace.id });
    expect(event.after).toEqual({ otherSessionsEnded: 2, apiTokensRevoked: 0 });
    expect(JSON.stringify(event)).not.toContain(NEW_PASSWORD);
    expect(JSON.stringify(event)).not.toContain(hash);

    expect(await signIn({ email: someone.user.email, password: NEW_PASSWORD }, { headers: new Headers(), ip: "192.0.2.50" })).toEqual({
      ok: true,
      mustChangePassword: false,
    });
  });

  it("with real better-auth sessions: the browser that changed the password stays signed in, the other is signed out", async () => {
    const someone = await person();
    const signInCookie = async () => {
      const { headers } = await getAuth().api.signInEmail({
        body: { email: someone.user.email, password: TEST_PASSWORD },
        headers: new Headers(),
        returnHeaders: true,
      });
      return headers.get("set-cookie")!.split(";")[0]!;
    };
    const here = await signInCookie();
    const there = await signInCookie();
    const session = await getAuth().api.getSession({ headers: new Headers({ cookie: here }) });
    expect(session?.user.id).toBe(someone.user.id);

    await changeOwnPassword(someone, session!.session.id, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });

    expect((await getAuth().api.getSession({ headers: new Headers({ cookie: here }) }))?.user.id).toBe(someone.user.id);
    expect(await getAuth().api.getSession({ headers: new Headers({ cookie: there }) })).toBeNull();
  });
});
