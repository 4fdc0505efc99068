import "server-only";
import { hashPassword } from "better-auth/crypto";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { generateTemporaryPassword } from "@/lib/auth/generate-temporary-password";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { requireWorkspaceMembership } from "./require-workspace-membership";

/**
 * Gives a person a new temporary password (shown once to the administrator), ends their
 * sessions, revokes their API tokens, and requires them to choose their own password at the
 * next sign-in. A password opens every workspace a person belongs to, so an administrator may
 * reset it only for people who have access to this workspace alone: otherwise the
 * administrator of one government could take over an account of another.
 */
export async function resetUserPassword(access: AccessContext, membershipId: string): Promise<{ temporaryPassword: string }> {
  requirePermission(access, "users.manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await runMutation(actorOf(access), async (tx, audit) => {
    const membership = await requireWorkspaceMembership(tx, access, membershipId);
    const elsewhere = await tx.membership.count({ where: { userId: membership.userId, workspaceId: { not: access.workspace.id } } });
    if (elsewhere > 0) {
      throw new AppError(
        "CONFLICT",
        `${membership.user.name} also has access to another workspace, so their password can only be reset from the command line (npm run admin:create) by the installation's operator`,
      );
    }
    await tx.account.upsert({
      where: { providerId_accountId: { providerId: "credential", accountId: membership.userId } },
      update: { password: passwordHash },
      create: { userId: membership.userId, accountId: membership.userId, providerId: "credential", password: passwordHash },
    });
    await tx.user.update({ where: { id: membership.userId }, data: { mustChangePassword: true } });
    await tx.session.deleteMany({ where: { userId: membership.userId } });
    const revoked = await tx.apiToken.updateMany({
      where: { userId: membership.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "user.password-reset",
      entityType: "User",
      entityId: membership.userId,
      summary: `Reset the password of ${membership.user.email}`,
      after: { mustChangePassword: true, sessionsEnded: true, apiTokensRevoked: revoked.count },
    });
  });
  return { temporaryPassword };
}
