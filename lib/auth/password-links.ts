import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";

/** Why a one-time link to set a password was sent. */
export type PasswordLinkPurpose = "invitation" | "reset";

/**
 * How long a link works. An invitation may wait over a weekend in someone's inbox; a reset is
 * asked for by someone at their screen, so it is short, as a stolen mailbox should not keep a
 * working link for long.
 */
export const PASSWORD_LINK_LIFETIME_MS: Record<PasswordLinkPurpose, number> = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
};

/** The page a link opens; the token is the only secret in it. */
export const passwordLinkPath = (token: string) => `/set-password/${token}`;

/**
 * Only the hash is stored: someone who reads the database (a backup) cannot use a link. A
 * token has 256 random bits, so a plain SHA-256 suffices; no salt or slow hash is needed
 * against guessing, unlike a password.
 */
export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Issues a one-time link for a person, inside the caller's transaction, and returns its token
 * (to go into the e-mail only). Earlier unused links of the same purpose stop working: only
 * the newest e-mail's link is good.
 */
export async function issuePasswordLink(
  tx: Tx,
  link: { userId: string; purpose: PasswordLinkPurpose; workspaceId: string | null; now: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.updateMany({
    where: { userId: link.userId, purpose: link.purpose, usedAt: null },
    data: { usedAt: link.now },
  });
  await tx.passwordToken.create({
    data: {
      userId: link.userId,
      purpose: link.purpose,
      workspaceId: link.workspaceId,
      tokenHash: hashPasswordToken(token),
      expiresAt: new Date(link.now.getTime() + PASSWORD_LINK_LIFETIME_MS[link.purpose]),
    },
  });
  return token;
}
