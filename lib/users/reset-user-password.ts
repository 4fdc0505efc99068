import "server-only";
import { hashPassword } from "better-auth/crypto";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { generateTemporaryPassword } from "@/lib/auth/passwords";
import { runMutation } from "@/lib/audit/run-mutation";
import { requireWorkspaceMembership } from "./require-workspace-membership";

/**
 * Gives a person a new temporary password (shown once to the administrator), ends their
 * sessions, and requires them to choose their own password at the next sign-in.
 */
export async function resetUserPassword(access: AccessContext, membershipId: string): Promise<{ temporaryPassword: string }> {
  requirePermission(access, "users.manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await runMutation(actorOf(access), async (tx, audit) => {
    const membership = await requireWorkspaceMembership(tx, access, membershipId);
    await tx.account.upsert({
      where: { providerId_accountId: { providerId: "credential", accountId: membership.userId } },
      update: { password: passwordHash },
      create: { userId: membership.userId, accountId: membership.userId, providerId: "credential", password: passwordHash },
    });
    await tx.user.update({ where: { id: membership.userId }, data: { mustChangePassword: true } });
    await tx.session.deleteMany({ where: { userId: membership.userId } });
    await audit({
      workspaceId: access.workspace.id,
      action: "user.password-reset",
      entityType: "User",
      entityId: membership.userId,
      summary: `Reset the password of ${membership.user.email}`,
      after: { mustChangePassword: true, sessionsEnded: true },
    });
  });
  return { temporaryPassword };
}
