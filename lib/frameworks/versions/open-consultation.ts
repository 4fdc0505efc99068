import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { expectVersionStatus, requireLifecycleVersion, updateVersionIfStatus, versionNameText } from "./lifecycle-version";
import { libText } from "@/lib/i18n/lib-text";
import { keyedProblem, type Problem } from "@/lib/problems/problem";
import { openConsultationSchema } from "./schemas";
import { utcDate } from "@/lib/cycles/schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { notifyConsultationOpened } from "@/lib/notifications/notify-consultation-opened";

/**
 * Puts a draft version to consultation: from now on its matrix no longer changes, and the
 * invited institutions (their focal points) and working-group members comment on it until
 * the end of the deadline's day.
 */
export async function openConsultation(access: AccessContext, raw: unknown): Promise<{ invitees: number }> {
  requirePermission(access, "framework-versions.manage");
  const input = parseOrThrow(openConsultationSchema, raw, libText("errors.checkConsultationDetails"));

  return runMutation(actorOf(access), async (tx, audit) => {
    const version = await requireLifecycleVersion(access, input.versionId, tx);
    expectVersionStatus(version, "DRAFT", libText("errors.versionStepOpenConsultation"));

    const [institutions, members] = await Promise.all([
      inWorkspace(access.workspace.id, tx).institution.findMany({
        where: { code: { in: input.institutionCodes }, isActive: true },
        select: { id: true, code: true },
      }),
      inWorkspace(access.workspace.id, tx).membership.findMany({
        where: { userId: { in: input.workingGroupUserIds }, role: "WORKING_GROUP", isActive: true },
        select: { userId: true, user: { select: { name: true } } },
      }),
    ]);
    const problems: Problem[] = [];
    const unknownCodes = input.institutionCodes.filter((code) => !institutions.some((institution) => institution.code === code));
    if (unknownCodes.length > 0)
      problems.push(
        keyedProblem({ field: "institutionCodes" }, libText("errors.noActiveInstitutionWithCode", { codes: unknownCodes.join(", ") })),
      );
    const unknownUsers = input.workingGroupUserIds.filter((id) => !members.some((member) => member.userId === id));
    if (unknownUsers.length > 0)
      problems.push(
        keyedProblem({ field: "workingGroupUserIds" }, libText("errors.chosenNotWorkingGroupMembers", { count: unknownUsers.length })),
      );
    if (problems.length > 0) throw new AppError("BAD_REQUEST", libText("errors.checkInvited"), { problems });

    const openedAt = new Date();
    const deadline = utcDate(input.deadline);
    await updateVersionIfStatus(tx, version, "DRAFT", {
      status: "IN_CONSULTATION",
      consultationOpenedAt: openedAt,
      consultationDeadline: deadline,
    });
    await tx.consultationInvitee.createMany({
      data: [
        ...institutions.map((institution) => ({ versionId: version.id, institutionId: institution.id })),
        ...members.map((member) => ({ versionId: version.id, userId: member.userId })),
      ],
    });
    await notifyConsultationOpened(tx, {
      workspaceId: access.workspace.id,
      version,
      deadline: input.deadline,
      institutionIds: institutions.map((institution) => institution.id),
      workingGroupUserIds: members.map((member) => member.userId),
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "framework-version.consultation-opened",
      entityType: "FrameworkVersion",
      entityId: version.id,
      summary: libText("auditSummaries.consultationOpened", {
        versionName: versionNameText(version),
        deadline: input.deadline,
        institutions: String(institutions.length),
        members: String(members.length),
      }),
      before: { status: version.status },
      after: {
        status: "IN_CONSULTATION",
        deadline: input.deadline,
        institutions: institutions.map((institution) => institution.code).sort(),
        workingGroupMembers: members.map((member) => member.user.name).sort(),
      },
    });
    return { invitees: institutions.length + members.length };
  });
}
