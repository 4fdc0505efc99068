import "server-only";
import type { Tx } from "@/lib/db";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { decisionRequestedNotice } from "./messages/decision-requested-notice";
import { queueNotices } from "./queue-notices";

/**
 * Asks the working-group members invited to a version's consultation for their decision,
 * once the consultation is validated: they are the ones who record a position. Called inside
 * the transaction that validates the version.
 */
export async function notifyDecisionRequested(
  tx: Tx,
  input: { workspaceId: string; version: { id: string; number: number; label: string; framework: { code: string } } },
): Promise<void> {
  const members = await inWorkspace(input.workspaceId, tx).consultationInvitee.findMany({
    where: { versionId: input.version.id, userId: { not: null } },
    select: { userId: true },
  });
  await queueNotices(tx, {
    workspaceId: input.workspaceId,
    kind: "decision-requested",
    userIds: members.flatMap((member) => (member.userId ? [member.userId] : [])),
    compose: ({ locale }) =>
      decisionRequestedNotice(locale, {
        frameworkCode: input.version.framework.code,
        versionNumber: input.version.number,
        versionLabel: input.version.label,
      }),
  });
}
