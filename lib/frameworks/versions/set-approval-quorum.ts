import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { setApprovalQuorumSchema } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/**
 * The framework's approval quorum: the share of a version's invited working-group members who
 * must record a position before the secretariat can record the approval. It applies to every
 * version not yet approved, including one awaiting its decision.
 */
export async function setApprovalQuorum(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "framework-versions.manage");
  const input = parseOrThrow(setApprovalQuorumSchema, raw, libText("errors.checkQuorum"));

  await runMutation(actorOf(access), async (tx, audit) => {
    const framework = await inWorkspace(access.workspace.id, tx).framework.findFirst({
      where: { code: input.frameworkCode },
      select: { id: true, code: true, quorumPercent: true },
    });
    if (!framework) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: input.frameworkCode }));
    await tx.framework.update({ where: { id: framework.id }, data: { quorumPercent: input.quorumPercent } });
    await audit({
      workspaceId: access.workspace.id,
      action: "framework.updated",
      entityType: "Framework",
      entityId: framework.id,
      summary: libText("auditSummaries.quorumSet", { framework: framework.code, percent: String(input.quorumPercent) }),
      before: { quorumPercent: framework.quorumPercent },
      after: { quorumPercent: input.quorumPercent },
    });
  });
}
