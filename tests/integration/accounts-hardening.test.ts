import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { db } from "@/lib/db";
import { inviteUser } from "@/lib/users/invite-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import { catchAppError, createTestApiToken, createTestMember, createTestWorkspace, snapshotDatabase } from "../fixtures/factories";

describe("account hardening", () => {
  it("a password reset also revokes the person's API tokens", async () => {
    const { workspaceId } = await createTestWorkspace();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const focal = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    const token = await createTestApiToken(focal);
    expect(await authenticateApiToken(token)).not.toBeNull();

    await resetUserPassword(admin, focal.membership.id);

    expect(await authenticateApiToken(token)).toBeNull();
    const tokens = await db.apiToken.findMany({ where: { userId: focal.user.id } });
    expect(tokens.every((row) => row.revokedAt !== null)).toBe(true);
  });

  it("a token does not work while its owner must choose a new password", async () => {
    const { workspaceId } = await createTestWorkspace();
    const viewer = await createTestMember(workspaceId, "VIEWER");
    const token = await createTestApiToken(viewer);
    await db.$transaction([
      db.user.update({ where: { id: viewer.user.id }, data: { mustChangePassword: true } }),
      db.auditEvent.create({
        data: { workspaceId, actorLabel: "system:test", action: "user.updated", entityType: "User", entityId: viewer.user.id },
      }),
    ]);
    expect(await authenticateApiToken(token)).toBeNull();
  });

  it("re-inviting a deactivated person says to reactivate them, and changes nothing", async () => {
    const { workspaceId } = await createTestWorkspace();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const viewer = await createTestMember(workspaceId, "VIEWER");
    await setMembershipActive(admin, viewer.membership.id, false);
    const before = await snapshotDatabase();

    const error = await catchAppError(inviteUser(admin, { email: viewer.user.email, name: "Again", role: "VIEWER" }));

    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("This person's access was deactivated: reactivate it on their page in People");
    expect(error.fieldErrors).toEqual({ email: ["Access deactivated; reactivate it instead"] });
    expect(await snapshotDatabase()).toEqual(before);
  });
});
