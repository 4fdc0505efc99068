import "server-only";
import { hashPassword } from "better-auth/crypto";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { generateTemporaryPassword } from "@/lib/auth/generate-temporary-password";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { inviteUserSchema, type InviteUserInput } from "./schemas";
import { requireWorkspaceInstitution } from "./require-workspace-membership";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type InviteUserResult = {
  membershipId: string;
  /**
   * Shown once to the administrator. It opens a new account only: someone who already has an
   * account (in another workspace) keeps their own password, and this one is never stored.
   */
  temporaryPassword: string;
};

/**
 * Gives a person access to the workspace. A new person gets an account with a temporary
 * password that must be changed at first sign-in; someone who already has an account (in
 * another workspace) keeps their password and gains a membership.
 *
 * The answer and this workspace's audit log are the same in both cases, so that an
 * administrator cannot learn from them that an address has an account elsewhere; the
 * workspaces the person already belongs to are told in their own audit logs
 * (docs/decisions/021-accounts-across-workspaces.md).
 */
export async function inviteUser(access: AccessContext, raw: InviteUserInput): Promise<InviteUserResult> {
  requirePermission(access, "users.manage");
  const input = parseOrThrow(inviteUserSchema, raw, "Check the person's details");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);

  return runMutation(actorOf(access), async (tx, audit) => {
    const institution = input.institutionId ? await requireWorkspaceInstitution(tx, access, input.institutionId) : null;
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true, memberships: { select: { workspaceId: true, isActive: true } } },
    });
    const current = existing?.memberships.find((membership) => membership.workspaceId === access.workspace.id);
    if (current) {
      const message = current.isActive
        ? "This person already has access to the workspace"
        : "This person's access was deactivated: reactivate it on their page in People";
      throw new AppError("CONFLICT", message, {
        problems: [
          {
            field: "email",
            code: "duplicate",
            message: current.isActive ? "Already a member of this workspace" : "Access deactivated; reactivate it instead",
          },
        ],
      });
    }

    let userId = existing?.id;
    if (!userId) {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, mustChangePassword: true } });
      await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash } });
      userId = user.id;
      // An account belongs to the installation, not to a workspace (its password opens all of
      // the person's workspaces): recorded outside any workspace's log, so that the inviting
      // workspace's log reads the same whether the address was new or not.
      await audit({
        workspaceId: null,
        action: "user.created",
        entityType: "User",
        entityId: user.id,
        summary: `Created the account of ${input.email}`,
        after: { email: input.email, name: input.name, mustChangePassword: true },
      });
    }
    const membership = await inWorkspace(access.workspace.id, tx).membership.create({
      data: { userId, workspaceId: access.workspace.id, role: input.role, institutionId: input.institutionId },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "membership.created",
      entityType: "Membership",
      entityId: membership.id,
      summary: `Gave ${input.email} the role ${input.role}`,
      after: { email: input.email, name: input.name, role: input.role, institution: institution?.code ?? null },
    });
    if (existing) {
      await audit.many(
        [...new Set(existing.memberships.map((other) => other.workspaceId))].map((workspaceId) => ({
          workspaceId,
          action: "user.given-access-elsewhere" as const,
          entityType: "User" as const,
          entityId: existing.id,
          summary: `${existing.email} was given access to the workspace "${access.workspace.name}" by its administrator ${access.user.email}`,
          after: { workspaceId: access.workspace.id, workspace: access.workspace.name, role: input.role },
        })),
      );
    }
    return { membershipId: membership.id, temporaryPassword };
  });
}
