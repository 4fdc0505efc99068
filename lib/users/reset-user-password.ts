import "server-only";
import { hashPassword } from "better-auth/crypto";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { generateTemporaryPassword } from "@/lib/auth/generate-temporary-password";
import { replacePassword } from "@/lib/auth/replace-password";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { requireWorkspaceMembership } from "./require-workspace-membership";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Gives a person a new temporary password (shown once to the administrator), ends their
 * sessions, revokes their API tokens, and requires them to choose their own password at the
 * next sign-in. A password opens every workspace a person belongs to, so it is reset only by
 * the administrators of the person's home workspace: the one where their account was created
 * (their first membership). Adding a person to another workspace thus neither takes the reset
 * away from their home workspace nor hands it to the newcomer, who could otherwise take over
 * the account (docs/decisions/021-accounts-across-workspaces.md).
 */
export async function resetUserPassword(access: AccessContext, membershipId: string): Promise<{ temporaryPassword: string }> {
  requirePermission(access, "users.manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await runMutation(actorOf(access), async (tx, audit) => {
    const membership = await requireWorkspaceMembership(tx, access, membershipId);
    const home = await tx.membership.findFirstOrThrow({
      where: { userId: membership.userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { workspaceId: true },
    });
    if (home.workspaceId !== access.workspace.id) {
      throw new AppError("CONFLICT", libText("errors.accountOfAnotherWorkspace", { name: membership.user.name }));
    }
    const { apiTokensRevoked } = await replacePassword(tx, audit, {
      userId: membership.userId,
      passwordHash,
      mustChangePassword: true,
      keepSessionId: null,
      reason: "password-reset",
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "user.password-reset",
      entityType: "User",
      entityId: membership.userId,
      summary: libText("auditSummaries.passwordReset", { email: membership.user.email }),
      after: { mustChangePassword: true, sessionsEnded: true, apiTokensRevoked },
    });
  });
  return { temporaryPassword };
}
