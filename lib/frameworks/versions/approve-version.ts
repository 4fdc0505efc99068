import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { expectVersionStatus, requireLifecycleVersion, updateVersionIfStatus, versionNameText, versionValues } from "./lifecycle-version";
import { computeQuorum } from "./quorum";
import { approveVersionSchema } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";
import { keyedProblem } from "@/lib/problems/problem";

export type DecisionParticipant = { userId: string; name: string };

/**
 * Records the working group's decision on a validated version: its date, minutes and who took
 * part. Only when the quorum holds (lib/frameworks/versions/quorum.ts). The version comes in
 * force, and the version approved before it is superseded in the same transaction.
 */
export async function approveVersion(access: AccessContext, raw: unknown): Promise<{ supersededVersionIds: string[] }> {
  requirePermission(access, "framework-versions.manage");
  const input = parseOrThrow(approveVersionSchema, raw, libText("errors.checkDecision"));

  return runMutation(actorOf(access), async (tx, audit) => {
    const version = await requireLifecycleVersion(access, input.versionId, tx);
    expectVersionStatus(version, "VALIDATED", libText("errors.versionStepRecordApproval"));

    const [invitees, votes, participants, previous] = await Promise.all([
      tx.consultationInvitee.findMany({ where: { versionId: version.id, userId: { not: null } }, select: { userId: true } }),
      tx.approvalVote.findMany({ where: { versionId: version.id }, select: { userId: true, position: true } }),
      inWorkspace(access.workspace.id, tx).membership.findMany({
        where: { userId: { in: input.participantUserIds }, isActive: true },
        select: { userId: true, user: { select: { name: true } } },
      }),
      tx.frameworkVersion.findMany({
        where: { frameworkId: version.framework.id, status: "APPROVED", id: { not: version.id } },
        select: { id: true, label: true },
      }),
    ]);
    if (participants.length !== input.participantUserIds.length)
      throw new AppError("BAD_REQUEST", libText("errors.checkDecision"), {
        problems: [keyedProblem({ field: "participantUserIds" }, libText("errors.chooseActiveParticipants"))],
      });
    const quorum = computeQuorum({
      quorumPercent: version.framework.quorumPercent,
      invitedUserIds: invitees.flatMap((invitee) => (invitee.userId ? [invitee.userId] : [])),
      votes,
    });
    if (!quorum.isMet)
      throw new AppError(
        "CONFLICT",
        libText("errors.versionCannotBeApprovedYet", { ...versionValues(version), missing: quorum.missingText! }),
      );

    const now = new Date();
    const decisionParticipants: DecisionParticipant[] = participants
      .map((participant) => ({ userId: participant.userId, name: participant.user.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    await updateVersionIfStatus(tx, version, "VALIDATED", {
      status: "APPROVED",
      approvedAt: now,
      decisionMinutes: input.minutes,
      decisionParticipants,
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "framework-version.approved",
      entityType: "FrameworkVersion",
      entityId: version.id,
      summary: libText("auditSummaries.versionApproved", {
        versionName: versionNameText(version),
        agree: String(quorum.agree),
        object: String(quorum.object),
      }),
      before: { status: "VALIDATED" },
      after: {
        status: "APPROVED",
        agree: quorum.agree,
        object: quorum.object,
        quorumPercent: quorum.quorumPercent,
        participants: decisionParticipants.map((participant) => participant.name),
      },
    });

    for (const older of previous) {
      const { count } = await tx.frameworkVersion.updateMany({
        where: { id: older.id, status: "APPROVED" },
        data: { status: "SUPERSEDED", supersededAt: now, updatedAt: now },
      });
      if (count !== 1)
        throw new AppError(
          "CONFLICT",
          libText("errors.versionChangedMeanwhile", { version: older.label, framework: version.framework.code }),
        );
      await audit({
        workspaceId: access.workspace.id,
        action: "framework-version.superseded",
        entityType: "FrameworkVersion",
        entityId: older.id,
        summary: libText("auditSummaries.versionSuperseded", {
          older: older.label,
          framework: version.framework.code,
          version: version.label,
        }),
        before: { status: "APPROVED" },
        after: { status: "SUPERSEDED", supersededBy: version.id },
      });
    }
    return { supersededVersionIds: previous.map((older) => older.id) };
  });
}
