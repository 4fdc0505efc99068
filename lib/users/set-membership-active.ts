import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { revokePersonApiTokens } from "@/lib/api-tokens/revoke-person-api-tokens";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { ensureAnotherAdministrator, requireWorkspaceMembership } from "./require-workspace-membership";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Deactivates or reactivates a person in the workspace. A deactivated person loses access at
 * their next request; when they have no other workspace, their sessions end at once. Their
 * API tokens for this workspace are revoked on deactivation, and again on reactivation (tokens
 * left live by a deactivation made before this rule): reactivation never revives a token.
 */
export async function setMembershipActive(access: AccessContext, membershipId: string, isActive: boolean): Promise<void> {
  requirePermission(access, "users.manage");
  await runMutation(actorOf(access), async (tx, audit) => {
    const membership = await requireWorkspaceMembership(tx, access, membershipId);
    if (membership.isActive === isActive) {
      const values = { name: membership.user.name };
      throw new AppError(
        "CONFLICT",
        isActive ? libText("errors.personAlreadyActive", values) : libText("errors.personAlreadyDeactivated", values),
      );
    }
    if (!isActive) {
      if (membership.userId === access.user.id) throw new AppError("CONFLICT", libText("errors.cannotDeactivateYourself"));
      if (membership.role === "ADMIN") await ensureAnotherAdministrator(tx, access.workspace.id, membership.id);
    }
    await tx.membership.update({ where: { id: membership.id }, data: { isActive } });
    const apiTokensRevoked = await revokePersonApiTokens(
      tx,
      audit,
      { userId: membership.userId, workspaceId: access.workspace.id },
      isActive ? "membership-reactivated" : "membership-deactivated",
    );
    if (!isActive) {
      const otherActive = await tx.membership.count({ where: { userId: membership.userId, isActive: true } });
      if (otherActive === 0) await tx.session.deleteMany({ where: { userId: membership.userId } });
    }
    await audit({
      workspaceId: access.workspace.id,
      action: isActive ? "membership.reactivated" : "membership.deactivated",
      entityType: "Membership",
      entityId: membership.id,
      summary: isActive
        ? libText("auditSummaries.reactivated", { name: membership.user.email })
        : libText("auditSummaries.deactivated", { name: membership.user.email }),
      before: { isActive: membership.isActive },
      after: { isActive, apiTokensRevoked },
    });
  });
}
