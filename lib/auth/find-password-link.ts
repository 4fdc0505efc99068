import "server-only";
import { db } from "@/lib/db";
import { hashPasswordToken, type PasswordLinkPurpose } from "./password-links";
import { passwordTokenSchema } from "./password-link-schemas";

/**
 * What a one-time link is for, while it still works (not used, not expired, its person
 * active), or null. The set-password page asks before it shows its form; the operation that
 * sets the password checks again, under its transaction.
 */
export async function findPasswordLink(token: string, now = new Date()): Promise<{ purpose: PasswordLinkPurpose; email: string } | null> {
  if (!passwordTokenSchema.safeParse(token).success) return null;
  const link = await db.passwordToken.findUnique({
    where: { tokenHash: hashPasswordToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true, isActive: true } } },
  });
  if (!link || link.usedAt || link.expiresAt <= now || !link.user.isActive) return null;
  return { purpose: link.purpose === "invitation" ? "invitation" : "reset", email: link.user.email };
}
