import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { expectVersionStatus, requireLifecycleVersion, updateVersionIfStatus, versionNameText } from "./lifecycle-version";
import { libText } from "@/lib/i18n/lib-text";
import { resolveConsultationCommentSchema } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/**
 * The secretariat's answer to a consultation comment: accepted or declined, with the reason
 * the invitee will read. A comment is resolved once; the decision is part of the record.
 */
export async function resolveConsultationComment(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "framework-versions.manage");
  const input = parseOrThrow(resolveConsultationCommentSchema, raw, libText("errors.checkResolution"));

  await runMutation(actorOf(access), async (tx, audit) => {
    const comment = await inWorkspace(access.workspace.id, tx).consultationComment.findFirst({
      where: { id: input.commentId },
      select: { id: true, versionId: true, authorLabel: true, resolution: true },
    });
    if (!comment) throw new AppError("NOT_FOUND", libText("errors.noSuchConsultationComment"));
    const version = await requireLifecycleVersion(access, comment.versionId, tx);
    expectVersionStatus(version, "IN_CONSULTATION", libText("errors.versionStepResolveComments"));
    if (comment.resolution)
      throw new AppError(
        "CONFLICT",
        libText("errors.commentAlreadyResolved", { author: comment.authorLabel, resolution: comment.resolution }),
      );

    await updateVersionIfStatus(tx, version, "IN_CONSULTATION", {});
    // The unresolved condition makes two simultaneous resolutions of the same comment conflict.
    const { count } = await tx.consultationComment.updateMany({
      where: { id: comment.id, resolution: null },
      data: { resolution: input.resolution, resolutionReason: input.reason, resolvedById: access.user.id, resolvedAt: new Date() },
    });
    if (count !== 1) throw new AppError("CONFLICT", libText("errors.commentResolvedMeanwhile"));
    await audit({
      workspaceId: access.workspace.id,
      action: "consultation.comment-resolved",
      entityType: "ConsultationComment",
      entityId: comment.id,
      summary:
        input.resolution === "ACCEPTED"
          ? libText("auditSummaries.commentAccepted", { author: comment.authorLabel, versionName: versionNameText(version) })
          : libText("auditSummaries.commentDeclined", { author: comment.authorLabel, versionName: versionNameText(version) }),
      before: { resolution: null },
      after: { resolution: input.resolution, reason: input.reason },
    });
  });
}
