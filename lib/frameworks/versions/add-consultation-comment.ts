import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { isInvitedToComment, isPastDeadline } from "./consultation-invitation";
import { expectVersionStatus, requireLifecycleVersion, updateVersionIfStatus, versionName, versionNameText } from "./lifecycle-version";
import { addConsultationCommentSchema } from "./schemas";
import { libText } from "@/lib/i18n/lib-text";

/**
 * An invitee's comment on one indicator of a version in consultation, or on the whole
 * version (no indicator). Taken until the end of the deadline's day; after it, the
 * secretariat resolves what came in and validates.
 */
export async function addConsultationComment(access: AccessContext, raw: unknown): Promise<{ commentId: string }> {
  requirePermission(access, "framework-versions.comment");
  const input = parseOrThrow(addConsultationCommentSchema, raw, "Check your comment");

  return runMutation(actorOf(access), async (tx, audit) => {
    const version = await requireLifecycleVersion(access, input.versionId, tx);
    expectVersionStatus(version, "IN_CONSULTATION", "comment on it");
    if (isPastDeadline(version.consultationDeadline))
      throw new AppError(
        "CONFLICT",
        `The consultation on ${versionName(version)} ended on ${version.consultationDeadline!.toISOString().slice(0, 10)}; comments are no longer taken`,
      );
    const invitees = await tx.consultationInvitee.findMany({
      where: { versionId: version.id },
      select: { institutionId: true, userId: true },
    });
    if (!isInvitedToComment(access, invitees))
      throw new AppError("FORBIDDEN", `You were not invited to the consultation on ${versionName(version)}`);

    const indicator = input.indicatorCode
      ? await tx.indicator.findUnique({
          where: { versionId_code: { versionId: version.id, code: input.indicatorCode } },
          select: { id: true },
        })
      : null;
    if (input.indicatorCode && !indicator)
      throw new AppError("BAD_REQUEST", "Check your comment", {
        problems: [{ field: "indicatorCode", message: `${versionName(version)} has no indicator ${input.indicatorCode}` }],
      });

    // Touching the version in its expected status makes a comment and a concurrent validation conflict.
    await updateVersionIfStatus(tx, version, "IN_CONSULTATION", {});
    const institution = access.membership.role === "FOCAL_POINT" ? access.membership.institution : null;
    const comment = await tx.consultationComment.create({
      data: {
        versionId: version.id,
        indicatorId: indicator?.id ?? null,
        authorId: access.user.id,
        authorLabel: access.user.name,
        institutionId: institution?.id ?? null,
        body: input.body,
      },
      select: { id: true },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "consultation.commented",
      entityType: "ConsultationComment",
      entityId: comment.id,
      summary: input.indicatorCode
        ? libText("auditSummaries.commentedOnIndicator", { code: input.indicatorCode, versionName: versionNameText(version) })
        : libText("auditSummaries.commentedOnVersion", { versionName: versionNameText(version) }),
      after: { indicator: input.indicatorCode, institution: institution?.code ?? null, body: input.body },
    });
    return { commentId: comment.id };
  });
}
