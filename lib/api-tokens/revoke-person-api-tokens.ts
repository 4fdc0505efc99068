import "server-only";
import type { AuditRecorder } from "@/lib/audit/run-mutation";
import type { Tx } from "@/lib/db";
import { libText, type LibText } from "@/lib/i18n/lib-text";

/** Why a person's tokens were revoked together, as the audit log says it. */
export type TokenRevocationReason = "password-changed" | "password-reset" | "membership-deactivated" | "membership-reactivated";

const REASON_TEXT: Record<TokenRevocationReason, LibText> = {
  "password-changed": libText("auditSummaries.reasonPasswordChanged"),
  "password-reset": libText("auditSummaries.reasonPasswordReset"),
  "membership-deactivated": libText("auditSummaries.reasonMembershipDeactivated"),
  "membership-reactivated": libText("auditSummaries.reasonMembershipReactivated"),
};

/**
 * Revokes a person's live API tokens, in one workspace or in all, inside the caller's
 * transaction, with one audit event per token in the token's own workspace: the workspace
 * whose data the token could read learns of it, even when the change happened elsewhere.
 * A token is a password's equal, so whatever ends a password or an access ends the tokens.
 */
export async function revokePersonApiTokens(
  tx: Tx,
  audit: AuditRecorder,
  person: { userId: string; workspaceId?: string },
  reason: TokenRevocationReason,
): Promise<number> {
  const tokens = await tx.apiToken.findMany({
    where: { userId: person.userId, revokedAt: null, ...(person.workspaceId ? { workspaceId: person.workspaceId } : {}) },
    select: { id: true, name: true, prefix: true, workspaceId: true },
  });
  if (tokens.length === 0) return 0;
  const revokedAt = new Date();
  await tx.apiToken.updateMany({ where: { id: { in: tokens.map((token) => token.id) } }, data: { revokedAt } });
  await audit.many(
    tokens.map((token) => ({
      workspaceId: token.workspaceId,
      action: "api-token.revoked" as const,
      entityType: "ApiToken" as const,
      entityId: token.id,
      summary: libText("auditSummaries.tokenRevokedBecause", { name: token.name, prefix: token.prefix, reason: REASON_TEXT[reason] }),
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString(), reason },
    })),
  );
  return tokens.length;
}
