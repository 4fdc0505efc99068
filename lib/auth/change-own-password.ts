import "server-only";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { z } from "zod";
import { revokePersonApiTokens } from "@/lib/api-tokens/revoke-person-api-tokens";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorOf, type AccessContext } from "./access-context";
import { newPasswordSchema } from "./passwords";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { message: "The two new passwords differ", path: ["confirmPassword"] })
  .refine((input) => input.newPassword !== input.currentPassword, {
    message: "Choose a password different from the current one",
    path: ["newPassword"],
  });

/**
 * Changes the acting person's password after checking the current one, clears the
 * "must change password" flag, ends their other sessions and revokes their API tokens in
 * every workspace (a stolen session or token dies here; the person issues new tokens).
 */
export async function changeOwnPassword(
  access: AccessContext,
  currentSessionId: string,
  raw: z.input<typeof changePasswordSchema>,
): Promise<void> {
  const input = parseOrThrow(changePasswordSchema, raw, "Check the passwords");
  const account = await db.account.findUnique({
    where: { providerId_accountId: { providerId: "credential", accountId: access.user.id } },
    select: { id: true, password: true },
  });
  const matches = account?.password ? await verifyPassword({ hash: account.password, password: input.currentPassword }) : false;
  if (!account || !matches) {
    throw new AppError("BAD_REQUEST", "The current password is not correct", {
      problems: [{ field: "currentPassword", message: "The current password is not correct" }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await runMutation(actorOf(access), async (tx, audit) => {
    await tx.account.update({ where: { id: account.id }, data: { password: passwordHash } });
    await tx.user.update({ where: { id: access.user.id }, data: { mustChangePassword: false } });
    const ended = await tx.session.deleteMany({ where: { userId: access.user.id, id: { not: currentSessionId } } });
    const apiTokensRevoked = await revokePersonApiTokens(tx, audit, { userId: access.user.id }, "password-changed");
    await audit({
      workspaceId: access.workspace.id,
      action: "user.password-changed",
      entityType: "User",
      entityId: access.user.id,
      summary: `${access.user.email} changed their password`,
      after: { otherSessionsEnded: ended.count, apiTokensRevoked },
    });
  });
}
