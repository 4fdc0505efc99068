import "server-only";
import { revokePersonApiTokens, type TokenRevocationReason } from "@/lib/api-tokens/revoke-person-api-tokens";
import type { AuditRecorder } from "@/lib/audit/run-mutation";
import type { Tx } from "@/lib/db";

/**
 * The one way a password is replaced, inside the caller's transaction: by the person (with
 * their current password, or a one-time link) or by an administrator. It writes the new hash,
 * ends the person's sessions (all but the one they are using, if any) and revokes their API
 * tokens in every workspace: whoever held the old password, a session or a token loses it here.
 * `mustChangePassword` is true when someone else chose the password (an administrator's reset).
 */
export async function replacePassword(
  tx: Tx,
  audit: AuditRecorder,
  change: {
    userId: string;
    passwordHash: string;
    mustChangePassword: boolean;
    keepSessionId: string | null;
    reason: TokenRevocationReason;
  },
): Promise<{ sessionsEnded: number; apiTokensRevoked: number }> {
  await tx.account.upsert({
    where: { providerId_accountId: { providerId: "credential", accountId: change.userId } },
    update: { password: change.passwordHash },
    create: { userId: change.userId, accountId: change.userId, providerId: "credential", password: change.passwordHash },
  });
  await tx.user.update({ where: { id: change.userId }, data: { mustChangePassword: change.mustChangePassword } });
  const ended = await tx.session.deleteMany({
    where: { userId: change.userId, ...(change.keepSessionId ? { id: { not: change.keepSessionId } } : {}) },
  });
  const apiTokensRevoked = await revokePersonApiTokens(tx, audit, { userId: change.userId }, change.reason);
  return { sessionsEnded: ended.count, apiTokensRevoked };
}
