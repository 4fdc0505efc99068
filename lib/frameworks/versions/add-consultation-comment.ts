import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { isInvitedToComment, isPastDeadline } from "./consultation-invitation";
import { expectVersionStatus, requireLifecycleVersion, updateVersionIfStatus, versionNameText, versionValues } from "./lifecycle-version";
import { addConsultationCommentSchema } from "./schemas";
import { keyedProblem } from "@/lib/problems/problem";

/**
 * An invitee's comment on one indicator of a version in consultation, or on the whole
 * version (no indicator). Taken until the end of the deadline's day; after it, the
 * secretariat resolves what came in and validates.
 */
export async function addConsultationComment(access: AccessContext, raw: unknown): Promise<{ commentId: string }> {
  requirePermission(access, "framework-versions.comment");
  const input = parseOrThrow(addConsultationCommentSchema, raw, libText("errors.checkYourComment"));

  return runMutation(actorOf(access), async (tx, audit) => {
    const version = await requireLifecycleVersion(access, input.versionId, tx);
    expectVersionStatus(version, "IN_CONSULTATION", libText("errors.versionStepComment"));
    if (isPastDeadline(version.consultationDeadline))
      throw new AppError(
        "CONFLICT",
        libText("errors.consultationEnded", {
          ...versionValues(version),
          date: version.consultationDeadline!.toISOString().slice(0, 10),
        }),
      );
    const invitees = await tx.consultationInvitee.findMany({
      where: { versionId: version.id },
      select: { institutionId: true, userId: true },
    });
    if (!isInvitedToComment(access, invitees))
      throw new AppError("FORBIDDEN", libText("errors.notInvitedToConsultation", versionValues(version)));

    const indicator = input.indicatorCode
      ? await tx.indicator.findUnique({
          where: { versionId_code: { versionId: version.id, code: input.indicatorCode } },
          select: { id: true },
        })
      : null;
    if (input.indicatorCode && !indicator)
      throw new AppError("BAD_REQUEST", libText("errors.checkYourComment"), {
        problems: [
          keyedProblem(
            { field: "indicatorCode" },
            libText("errors.versionHasNoIndicator", { ...versionValues(version), indicator: input.indicatorCode }),
          ),
        ],
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
