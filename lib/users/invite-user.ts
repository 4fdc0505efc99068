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
import { issuePasswordLink, PASSWORD_LINK_LIFETIME_MS, passwordLinkPath } from "@/lib/auth/password-links";
import type { Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { invitationEmail } from "@/lib/notifications/messages/invitation-email";
import { emailLocale } from "@/lib/notifications/messages/email-translator";
import { queueAccountEmail } from "@/lib/notifications/queue-account-email";
import { libText } from "@/lib/i18n/lib-text";
import { keyedProblem } from "@/lib/problems/problem";

export type InviteUserResult = {
  membershipId: string;
  /**
   * With e-mail off only: shown once to the administrator. It opens a new account only:
   * someone who already has an account (in another workspace) keeps their own password, and
   * this one is never stored.
   */
  temporaryPassword: string | null;
  /** With e-mail on: the invitation (with a one-time link for a new account) waits in the outbox. */
  invitationEmailed: boolean;
};

/**
 * Gives a person access to the workspace. With e-mail on, an invitation is queued in the same
 * transaction: a new person gets a one-time link to choose their password (no password exists
 * until then), someone who already has an account is told to sign in as usual. With e-mail off
 * (no SMTP_URL), a new person gets a temporary password, shown to the administrator, that must
 * be changed at first sign-in. Either way, someone who already has an account (in another
 * workspace) keeps their password and gains a membership.
 *
 * The answer and this workspace's audit log are the same in both cases, so that an
 * administrator cannot learn from them that an address has an account elsewhere; the
 * workspaces the person already belongs to are told in their own audit logs
 * (docs/decisions/021-accounts-across-workspaces.md).
 */
export async function inviteUser(access: AccessContext, raw: InviteUserInput): Promise<InviteUserResult> {
  requirePermission(access, "users.manage");
  const input = parseOrThrow(inviteUserSchema, raw, libText("errors.checkPersonDetails"));
  const isEmailOn = getEnv().SMTP_URL !== undefined;
  const temporaryPassword = isEmailOn ? null : generateTemporaryPassword();
  const passwordHash = temporaryPassword ? await hashPassword(temporaryPassword) : null;
  const now = new Date();

  return runMutation(actorOf(access), async (tx, audit) => {
    const institution = input.institutionId ? await requireWorkspaceInstitution(tx, access, input.institutionId) : null;
    const existing = await tx.user.findUnique({
      where: { email: input.email },
      select: {
        id: true,
        email: true,
        locale: true,
        memberships: { select: { workspaceId: true, isActive: true } },
        accounts: { where: { providerId: "credential", password: { not: null } }, select: { id: true } },
      },
    });
    const current = existing?.memberships.find((membership) => membership.workspaceId === access.workspace.id);
    if (current) {
      const [message, atField] = current.isActive
        ? [libText("errors.personAlreadyMember"), libText("errors.alreadyMember")]
        : [libText("errors.personAccessDeactivated"), libText("errors.accessDeactivatedReactivate")];
      throw new AppError("CONFLICT", message, { problems: [keyedProblem({ field: "email", code: "duplicate" }, atField)] });
    }

    let userId = existing?.id;
    if (!userId) {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, mustChangePassword: passwordHash !== null } });
      // Invited by e-mail, the account has no password until its owner chooses one from the link.
      if (passwordHash)
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
        summary: libText("auditSummaries.accountCreated", { email: input.email }),
        after: { email: input.email, name: input.name, mustChangePassword: passwordHash !== null },
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
      summary: libText("auditSummaries.roleGiven", { email: input.email, role: input.role }),
      after: { email: input.email, name: input.name, role: input.role, institution: institution?.code ?? null },
    });
    if (existing) {
      await audit.many(
        [...new Set(existing.memberships.map((other) => other.workspaceId))].map((workspaceId) => ({
          workspaceId,
          action: "user.given-access-elsewhere" as const,
          entityType: "User" as const,
          entityId: existing.id,
          summary: libText("auditSummaries.accessGivenElsewhere", {
            email: existing.email,
            workspace: access.workspace.name,
            administrator: access.user.email,
          }),
          after: { workspaceId: access.workspace.id, workspace: access.workspace.name, role: input.role },
        })),
      );
    }
    const invitationEmailed =
      isEmailOn &&
      (await queueInvitation(tx, access, {
        userId,
        email: input.email,
        locale: existing?.locale ?? null,
        hasPassword: (existing?.accounts.length ?? 0) > 0,
        now,
      }));
    return { membershipId: membership.id, temporaryPassword, invitationEmailed };
  });
}

/**
 * The invitation e-mail, in the person's language or else the workspace's. Someone who has a
 * password is told to sign in with it; anyone else (a new account, or one invited elsewhere
 * that never chose a password) gets a one-time link.
 */
async function queueInvitation(
  tx: Tx,
  access: AccessContext,
  person: { userId: string; email: string; locale: string | null; hasPassword: boolean; now: Date },
): Promise<boolean> {
  const locale = emailLocale(person.locale, access.workspace.defaultLocale);
  const link = person.hasPassword
    ? "/sign-in"
    : passwordLinkPath(
        await issuePasswordLink(tx, { userId: person.userId, purpose: "invitation", workspaceId: access.workspace.id, now: person.now }),
      );
  return queueAccountEmail(tx, {
    workspaceId: access.workspace.id,
    recipient: { userId: person.userId, email: person.email },
    kind: "invitation",
    locale,
    email: invitationEmail(locale, {
      workspace: access.workspace.name,
      inviter: access.user.name,
      hasAccount: person.hasPassword,
      validDays: PASSWORD_LINK_LIFETIME_MS.invitation / (24 * 60 * 60 * 1000),
    }),
    link,
  });
}
