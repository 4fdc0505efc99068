import "server-only";
import { keyedProblem } from "@/lib/problems/problem";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { z } from "zod";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorOf, type AccessContext } from "./access-context";
import { passwordAttemptFailed, passwordAttemptSucceeded, startPasswordAttempt } from "./password-attempts";
import { newPasswordSchema } from "./new-password-schema";
import { replacePassword } from "./replace-password";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { libText, refusedBy, zodMessage } from "@/lib/i18n/lib-text";

export const PASSWORD_CHANGE_LIMITED_MESSAGE = libText("errors.passwordChangeLimited").english;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, zodMessage("validation.enterCurrentPassword"))
      .max(TEXT_LIMITS.passwordInput, zodMessage("validation.passwordTooLong")),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().max(TEXT_LIMITS.passwordInput, zodMessage("validation.newPasswordsDiffer")),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    ...refusedBy("validation.newPasswordsDiffer"),
    path: ["confirmPassword"],
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    ...refusedBy("validation.chooseDifferentPassword"),
    path: ["newPassword"],
  });

/**
 * Changes the acting person's password after checking the current one, clears the
 * "must change password" flag, ends their other sessions and revokes their API tokens in
 * every workspace (a stolen session or token dies here; the person issues new tokens).
 * Guesses of the current password count against the same limits as sign-in (per person and
 * per network address, lib/auth/password-attempts.ts): a stolen session cannot be used to
 * try passwords at leisure.
 */
export async function changeOwnPassword(
  access: AccessContext,
  currentSessionId: string,
  raw: z.input<typeof changePasswordSchema>,
  request: { ip: string | null } = { ip: null },
): Promise<void> {
  const input = parseOrThrow(changePasswordSchema, raw, libText("errors.checkPasswords"));
  const attempt = await startPasswordAttempt("change-password", `change-password:user:${access.user.id}`, request.ip);
  if (!attempt) throw new AppError("RATE_LIMITED", libText("errors.passwordChangeLimited"));
  const account = await db.account.findUnique({
    where: { providerId_accountId: { providerId: "credential", accountId: access.user.id } },
    select: { id: true, password: true },
  });
  const matches = account?.password ? await verifyPassword({ hash: account.password, password: input.currentPassword }) : false;
  if (!account || !matches) {
    await passwordAttemptFailed(attempt, {
      workspaceId: access.workspace.id,
      actor: actorOf(access),
      account: { userId: access.user.id, email: access.user.email },
      address: request.ip,
    });
    throw new AppError("BAD_REQUEST", libText("errors.currentPasswordWrong"), {
      problems: [keyedProblem({ field: "currentPassword" }, libText("errors.currentPasswordWrong"))],
    });
  }
  await passwordAttemptSucceeded(attempt);
  const passwordHash = await hashPassword(input.newPassword);
  await runMutation(actorOf(access), async (tx, audit) => {
    const { sessionsEnded, apiTokensRevoked } = await replacePassword(tx, audit, {
      userId: access.user.id,
      passwordHash,
      mustChangePassword: false,
      keepSessionId: currentSessionId,
      reason: "password-changed",
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "user.password-changed",
      entityType: "User",
      entityId: access.user.id,
      summary: libText("auditSummaries.passwordChanged", { email: access.user.email }),
      after: { otherSessionsEnded: sessionsEnded, apiTokensRevoked },
    });
  });
}
