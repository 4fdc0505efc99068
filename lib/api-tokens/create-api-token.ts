import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { libText } from "@/lib/i18n/lib-text";
import { createApiTokenSchema, type CreateApiTokenInput } from "./schemas";
import { generateApiToken } from "./token-format";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/** Issues a token for the acting person, in their current workspace. The token is returned once and never stored. */
export async function createApiToken(access: AccessContext, raw: CreateApiTokenInput): Promise<{ id: string; token: string }> {
  requirePermission(access, "api-tokens.manage-own");
  const input = parseOrThrow(createApiTokenSchema, raw, libText("errors.checkTokenDetails"));
  const { token, hash, prefix } = generateApiToken();
  const expiresAt = input.expiresInDays > 0 ? new Date(Date.now() + input.expiresInDays * 24 * 60 * 60 * 1000) : null;
  return runMutation(actorOf(access), async (tx, audit) => {
    const created = await inWorkspace(access.workspace.id, tx).apiToken.create({
      data: { userId: access.user.id, workspaceId: access.workspace.id, name: input.name, tokenHash: hash, prefix, expiresAt },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "api-token.created",
      entityType: "ApiToken",
      entityId: created.id,
      summary: libText("auditSummaries.tokenIssued", { name: input.name, prefix }),
      after: { name: input.name, prefix, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { id: created.id, token };
  });
}
