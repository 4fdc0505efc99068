import "server-only";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { z } from "zod";
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
 * "must change password" flag and ends their other sessions (a stolen session dies here).
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
    await audit({
      workspaceId: access.workspace.id,
      action: "user.password-changed",
      entityType: "User",
      entityId: access.user.id,
      summary: `${access.user.email} changed their password`,
      after: { otherSessionsEnded: ended.count },
    });
  });
}
