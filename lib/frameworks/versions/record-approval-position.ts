import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { isInvitedMember } from "./consultation-invitation";
import { expectVersionStatus, requireLifecycleVersion, updateVersionIfStatus, versionNameText, versionValues } from "./lifecycle-version";
import { recordApprovalPositionSchema } from "./schemas";

/**
 * A working-group member's agreement or objection to a validated version. One position per
 * member: recording again replaces it, until the secretariat records the decision.
 */
export async function recordApprovalPosition(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "framework-versions.approve");
  const input = parseOrThrow(recordApprovalPositionSchema, raw, libText("errors.checkYourPosition"));

  await runMutation(actorOf(access), async (tx, audit) => {
    const version = await requireLifecycleVersion(access, input.versionId, tx);
    expectVersionStatus(version, "VALIDATED", libText("errors.versionStepRecordPosition"));
    const invitees = await tx.consultationInvitee.findMany({
      where: { versionId: version.id },
      select: { institutionId: true, userId: true },
    });
    if (!isInvitedMember(access.user.id, invitees))
      throw new AppError("FORBIDDEN", libText("errors.onlyInvitedRecordPosition", versionValues(version)));

    // Touching the version in its expected status makes a position and a concurrent approval conflict.
    await updateVersionIfStatus(tx, version, "VALIDATED", {});
    const previous = await tx.approvalVote.findUnique({
      where: { versionId_userId: { versionId: version.id, userId: access.user.id } },
      select: { position: true, note: true },
    });
    const vote = await tx.approvalVote.upsert({
      where: { versionId_userId: { versionId: version.id, userId: access.user.id } },
      create: { versionId: version.id, userId: access.user.id, userLabel: access.user.name, position: input.position, note: input.note },
      update: { userLabel: access.user.name, position: input.position, note: input.note },
      select: { id: true },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "approval.position-recorded",
      entityType: "ApprovalVote",
      entityId: vote.id,
      summary:
        input.position === "AGREE"
          ? libText("auditSummaries.positionAgreed", { versionName: versionNameText(version) })
          : libText("auditSummaries.positionObjected", { versionName: versionNameText(version) }),
      before: previous ? { position: previous.position, note: previous.note } : null,
      after: { position: input.position, note: input.note },
    });
  });
}
