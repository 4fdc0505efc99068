/**
 * Issue 18, items 5 and 6: API tokens die with a password change and stay dead after a
 * reactivation; inviting an address of another workspace reveals nothing, takes nothing from
 * the first workspace's administrators, and is recorded in both workspaces' audit logs.
 */
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { changeOwnPassword } from "@/lib/auth/change-own-password";
import { db } from "@/lib/db";
import { inviteUser } from "@/lib/users/invite-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import {
  catchAppError,
  createTestApiToken,
  createTestMember,
  createTestSession,
  createTestWorkspace,
  snapshotDatabase,
  TEST_PASSWORD,
  uniqueCode,
} from "../fixtures/factories";

const NEW_PASSWORD = "a brand new passphrase";

async function revocationEvents(tokenOwnerId: string) {
  const tokens = await db.apiToken.findMany({ where: { userId: tokenOwnerId }, select: { id: true } });
  return db.auditEvent.findMany({ where: { action: "api-token.revoked", entityId: { in: tokens.map((token) => token.id) } } });
}

describe("API tokens and password changes (item 5)", () => {
  it("changing one's own password revokes one's API tokens in every workspace, with an audit event in each", async () => {
    const { workspaceId } = await createTestWorkspace();
    const { workspaceId: otherWorkspaceId } = await createTestWorkspace();
    const person = await createTestMember(workspaceId, "SECRETARIAT");
    const otherAdmin = await createTestMember(otherWorkspaceId, "ADMIN");
    await inviteUser(otherAdmin, { email: person.user.email, name: "Ignored", role: "VIEWER" });
    const token = await createTestApiToken(person);
    const otherAccess = { ...person, workspace: { ...person.workspace, id: otherWorkspaceId } };
    const otherToken = await createTestApiToken(otherAccess);
    expect(await authenticateApiToken(token)).not.toBeNull();
    expect(await authenticateApiToken(otherToken)).not.toBeNull();
    const session = await createTestSession(person.user.id);

    await changeOwnPassword(person, session.id, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });

    expect(await authenticateApiToken(token)).toBeNull();
    expect(await authenticateApiToken(otherToken)).toBeNull();
    const events = await revocationEvents(person.user.id);
    expect(events.map((event) => event.workspaceId).sort()).toEqual([workspaceId, otherWorkspaceId].sort());
    expect(events.every((event) => (event.after as { reason: string }).reason === "password-changed")).toBe(true);
    const changed = await db.auditEvent.findFirstOrThrow({ where: { action: "user.password-changed", entityId: person.user.id } });
    expect(changed.after).toMatchObject({ apiTokensRevoked: 2 });
    // A token issued after the change works.
    expect(await authenticateApiToken(await createTestApiToken(person))).not.toBeNull();
  });

  it("a wrong current password revokes nothing and changes nothing but the guess counter (after the window's one audit event)", async () => {
    const { workspaceId } = await createTestWorkspace();
    const person = await createTestMember(workspaceId, "VIEWER");
    const token = await createTestApiToken(person);
    const session = await createTestSession(person.user.id);
    const wrong = { currentPassword: "not my password!", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect((await catchAppError(changeOwnPassword(person, session.id, wrong))).code).toBe("BAD_REQUEST");
    const before = await snapshotDatabase({ exclude: ["RateLimitBucket"] });
    expect((await catchAppError(changeOwnPassword(person, session.id, wrong))).code).toBe("BAD_REQUEST");
    expect(await snapshotDatabase({ exclude: ["RateLimitBucket"] })).toEqual(before);
    expect(await authenticateApiToken(token)).not.toBeNull();
  });

  it("an administrator's password reset revokes the tokens with one audit event per token", async () => {
    const { workspaceId } = await createTestWorkspace();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const person = await createTestMember(workspaceId, "SECRETARIAT");
    const tokens = [await createTestApiToken(person, "one"), await createTestApiToken(person, "two")];
    await resetUserPassword(admin, person.membership.id);
    for (const token of tokens) expect(await authenticateApiToken(token)).toBeNull();
    const events = await revocationEvents(person.user.id);
    expect(events).toHaveLength(2);
    expect(events.every((event) => event.workspaceId === workspaceId && event.actorId === admin.user.id)).toBe(true);
  });

  it("reactivating a deactivated person does not revive the tokens they had", async () => {
    const { workspaceId } = await createTestWorkspace();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const person = await createTestMember(workspaceId, "SECRETARIAT");
    const token = await createTestApiToken(person);

    await setMembershipActive(admin, person.membership.id, false);
    expect(await authenticateApiToken(token)).toBeNull();
    await setMembershipActive(admin, person.membership.id, true);

    expect(await authenticateApiToken(token)).toBeNull();
    expect(await db.apiToken.findFirstOrThrow({ where: { userId: person.user.id } })).toMatchObject({ revokedAt: expect.any(Date) });
    const [event] = await revocationEvents(person.user.id);
    expect(event).toMatchObject({ workspaceId, actorId: admin.user.id, after: { reason: "membership-deactivated" } });
  });

  it("reactivation also revokes a token left live by a deactivation made before the rule", async () => {
    const { workspaceId } = await createTestWorkspace();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const person = await createTestMember(workspaceId, "VIEWER");
    const token = await createTestApiToken(person);
    // As an older version of the tracker left it: deactivated, token not revoked.
    await db.$transaction([
      db.membership.update({ where: { id: person.membership.id }, data: { isActive: false } }),
      db.auditEvent.create({
        data: {
          workspaceId,
          actorLabel: "system:test",
          action: "membership.deactivated",
          entityType: "Membership",
          entityId: person.membership.id,
        },
      }),
    ]);
    await setMembershipActive(admin, person.membership.id, true);
    expect(await authenticateApiToken(token)).toBeNull();
    const [event] = await revocationEvents(person.user.id);
    expect(event).toMatchObject({ after: { reason: "membership-reactivated" } });
  });

  it("deactivation in one workspace leaves the person's tokens of another workspace alone", async () => {
    const { workspaceId } = await createTestWorkspace();
    const { workspaceId: otherWorkspaceId } = await createTestWorkspace();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const person = await createTestMember(workspaceId, "VIEWER");
    const otherAdmin = await createTestMember(otherWorkspaceId, "ADMIN");
    await inviteUser(otherAdmin, { email: person.user.email, name: "Ignored", role: "VIEWER" });
    const otherToken = await createTestApiToken({ ...person, workspace: { ...person.workspace, id: otherWorkspaceId } });
    await setMembershipActive(admin, person.membership.id, false);
    expect(await authenticateApiToken(otherToken)).not.toBeNull();
  });
});

describe("inviting an address that has an account in another workspace (item 6)", () => {
  async function twoWorkspaces() {
    const first = await createTestWorkspace();
    const second = await createTestWorkspace();
    const firstAdmin = await createTestMember(first.workspaceId, "ADMIN");
    const secondAdmin = await createTestMember(second.workspaceId, "ADMIN");
    return { first, second, firstAdmin, secondAdmin };
  }

  it("answers exactly as for a new address, and this workspace's audit log reads the same", async () => {
    const { first, second, secondAdmin } = await twoWorkspaces();
    const alice = await createTestMember(first.workspaceId, "SECRETARIAT");
    const hashBefore = (await db.account.findFirstOrThrow({ where: { userId: alice.user.id } })).password;

    const forExisting = await inviteUser(secondAdmin, { email: alice.user.email, name: "Alice?", role: "VIEWER" });
    const newEmail = `new-${uniqueCode("n").toLowerCase()}@test.example`;
    const forNew = await inviteUser(secondAdmin, { email: newEmail, name: "New person", role: "VIEWER" });

    expect(Object.keys(forExisting).sort()).toEqual(Object.keys(forNew).sort());
    expect(forExisting.temporaryPassword).toMatch(/^\S{12,}$/);
    expect(forNew.temporaryPassword).toMatch(/^\S{12,}$/);
    // The temporary password given for an existing account is never stored: it cannot take the account over.
    const hashAfter = (await db.account.findFirstOrThrow({ where: { userId: alice.user.id } })).password;
    expect(hashAfter).toBe(hashBefore);
    expect(await verifyPassword({ hash: hashAfter!, password: forExisting.temporaryPassword! })).toBe(false);

    const logOf = async (membershipId: string) =>
      (await db.auditEvent.findMany({ where: { workspaceId: second.workspaceId, actorId: secondAdmin.user.id } }))
        .filter((event) => event.entityId === membershipId || event.action !== "membership.created")
        .map((event) => ({ action: event.action, entityType: event.entityType, keys: Object.keys(event.after as object).sort() }));
    // The inviting administrator's log holds the two memberships and nothing else, alike in shape.
    expect(await logOf(forExisting.membershipId)).toEqual(await logOf(forNew.membershipId));
    expect((await logOf(forNew.membershipId)).map((event) => event.action)).toEqual(["membership.created"]);
    // The new account's creation is an installation event, outside any workspace's log.
    const created = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", summary: { contains: newEmail } } });
    expect(created.workspaceId).toBeNull();
  });

  it("records it in the audit log of every workspace the person already belongs to", async () => {
    const { first, second, secondAdmin } = await twoWorkspaces();
    const alice = await createTestMember(first.workspaceId, "SECRETARIAT");
    await inviteUser(secondAdmin, { email: alice.user.email, name: "Alice?", role: "WORKING_GROUP" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.given-access-elsewhere", entityId: alice.user.id } });
    expect(event).toMatchObject({ workspaceId: first.workspaceId, actorId: secondAdmin.user.id, entityType: "User" });
    expect(event.after).toMatchObject({ workspaceId: second.workspaceId, role: "WORKING_GROUP" });
  });

  it("leaves the password reset with the administrators of the person's home workspace, and refuses it to the newcomer", async () => {
    const { first, secondAdmin, firstAdmin } = await twoWorkspaces();
    const alice = await createTestMember(first.workspaceId, "SECRETARIAT");
    const { membershipId } = await inviteUser(secondAdmin, { email: alice.user.email, name: "Alice?", role: "VIEWER" });

    const before = await snapshotDatabase();
    const refused = await catchAppError(resetUserPassword(secondAdmin, membershipId));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("only that workspace's administrators can reset their password");
    expect(await snapshotDatabase()).toEqual(before);

    const { temporaryPassword } = await resetUserPassword(firstAdmin, alice.membership.id);
    const hash = (await db.account.findFirstOrThrow({ where: { userId: alice.user.id } })).password;
    expect(await verifyPassword({ hash: hash!, password: temporaryPassword })).toBe(true);
  });

  it("a person created in this workspace and later added elsewhere can still be reset here", async () => {
    const { first, secondAdmin, firstAdmin } = await twoWorkspaces();
    const email = `home-${uniqueCode("h").toLowerCase()}@test.example`;
    const { membershipId } = await inviteUser(firstAdmin, { email, name: "Home person", role: "VIEWER" });
    await inviteUser(secondAdmin, { email, name: "Elsewhere", role: "VIEWER" });
    const { temporaryPassword } = await resetUserPassword(firstAdmin, membershipId);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    expect(first.workspaceId).toBeTruthy();
  });
});
