import "server-only";
import type { Tx } from "@/lib/db";
import { findFocalPoints } from "./find-focal-points";
import { consultationOpenedNotice } from "./messages/consultation-opened-notice";
import { queueNotices } from "./queue-notices";

/**
 * Tells the invited working-group members and the focal points of the invited institutions
 * that a version is open for their comments, with the deadline and a link to the
 * consultation. Called inside the transaction that opens it.
 */
export async function notifyConsultationOpened(
  tx: Tx,
  input: {
    workspaceId: string;
    version: { number: number; label: string; framework: { code: string } };
    deadline: string;
    institutionIds: readonly string[];
    workingGroupUserIds: readonly string[];
  },
): Promise<void> {
  const focalPoints = await findFocalPoints(tx, input.workspaceId, input.institutionIds);
  const { version } = input;
  await queueNotices(tx, {
    workspaceId: input.workspaceId,
    kind: "consultation-opened",
    userIds: [...input.workingGroupUserIds, ...[...focalPoints.values()].flat()],
    compose: ({ locale }) =>
      consultationOpenedNotice(locale, {
        frameworkCode: version.framework.code,
        versionNumber: version.number,
        versionLabel: version.label,
        deadline: input.deadline,
      }),
  });
}
