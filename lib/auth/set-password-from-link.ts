import "server-only";
import { hashPassword } from "better-auth/crypto";
import type { z } from "zod";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { hashPasswordToken } from "./password-links";
import { setPasswordFromLinkSchema } from "./password-link-schemas";
import { replacePassword } from "./replace-password";
import { libText } from "@/lib/i18n/lib-text";

export const LINK_NOT_VALID_MESSAGE = libText("errors.passwordLinkNotValid").english;

/**
 * Sets a person's password from a one-time link (an invitation or a reset request). The link
 * is spent by a conditional update inside the transaction, so of two tabs posting it at once
 * one wins and the other is told the link was used. The password replaces the old one the one
 * way passwords change (replacePassword): every session ends and every API token is revoked.
 * A weak password or a dead link changes nothing.
 */
export async function setPasswordFromLink(raw: z.input<typeof setPasswordFromLinkSchema>, now = new Date()): Promise<{ email: string }> {
  const input = parseOrThrow(setPasswordFromLinkSchema, raw, libText("errors.checkPassword"));
  const tokenHash = hashPasswordToken(input.token);
  const link = await db.passwordToken.findUnique({
    where: { tokenHash },
    select: { id: true, purpose: true, workspaceId: true, user: { select: { id: true, email: true, isActive: true } } },
  });
  if (!link || !link.user.isActive) throw new AppError("NOT_FOUND", libText("errors.passwordLinkNotValid"));
  const passwordHash = await hashPassword(input.newPassword);
  const { user } = link;

  await runMutation({ userId: user.id, label: user.email }, async (tx, audit) => {
    const spent = await tx.passwordToken.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw new AppError("NOT_FOUND", libText("errors.passwordLinkNotValid"));
    const { sessionsEnded, apiTokensRevoked } = await replacePassword(tx, audit, {
      userId: user.id,
      passwordHash,
      mustChangePassword: false,
      keepSessionId: null,
      reason: link.purpose === "invitation" ? "password-changed" : "password-reset",
    });
    await audit({
      workspaceId: link.workspaceId,
      action: "user.password-set-from-link",
      entityType: "User",
      entityId: user.id,
      summary:
        link.purpose === "invitation"
          ? libText("auditSummaries.passwordChosenFromInvitation", { email: user.email })
          : libText("auditSummaries.passwordChosenFromReset", { email: user.email }),
      after: { purpose: link.purpose, sessionsEnded, apiTokensRevoked },
    });
  });
  return { email: user.email };
}
