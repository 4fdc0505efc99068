import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";

/** Revokes a token at once. Its owner may; so may an administrator of the token's workspace. */
export async function revokeApiToken(access: AccessContext, tokenId: string): Promise<void> {
  await runMutation(actorOf(access), async (tx, audit) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId } });
    const isOwner = token?.userId === access.user.id && can(access, "api-tokens.manage-own");
    const isWorkspaceAdmin = token?.workspaceId === access.workspace.id && can(access, "users.manage");
    if (!token || (!isOwner && !isWorkspaceAdmin)) throw new AppError("NOT_FOUND", libText("errors.noSuchToken"));
    if (token.revokedAt) throw new AppError("CONFLICT", libText("errors.tokenAlreadyRevoked"));
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await audit({
      workspaceId: token.workspaceId,
      action: "api-token.revoked",
      entityType: "ApiToken",
      entityId: token.id,
      summary: libText("auditSummaries.tokenRevoked", { name: token.name, prefix: token.prefix }),
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
  });
}
