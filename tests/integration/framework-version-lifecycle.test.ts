/**
 * The lifecycle of a framework version after its draft (docs/decisions/018): consultation,
 * comments and their resolution, validation, the working group's positions, the approval and
 * the superseding of the version before it. Every step through the real operations.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";
import { addConsultationComment } from "@/lib/frameworks/versions/add-consultation-comment";
import { approveVersion } from "@/lib/frameworks/versions/approve-version";
import { getVersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { recordApprovalPosition } from "@/lib/frameworks/versions/record-approval-position";
import { resolveConsultationComment } from "@/lib/frameworks/versions/resolve-consultation-comment";
import { validateVersion } from "@/lib/frameworks/versions/validate-version";
import { countQueries } from "@/lib/db";
import { createTestWorkspace, openTestCycle } from "../fixtures/factories";
import { createLifecycleMembers, createStagedVersion, isoDateInDays, type LifecycleMembers } from "../fixtures/version-lifecycle";

let workspaceId: string;
let members: LifecycleMembers;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createLifecycleMembers(workspaceId);
});

async function auditCount(action: string, entityIds: string[]) {
  return db.auditEvent.count({ where: { action, entityId: { in: entityIds } } });
}

describe("from draft to approved", () => {
  it("consultation, comments by two institutions and a working-group member, resolution, validation, positions and approval; the version before is superseded", async () => {
    const staged = await createStagedVersion(workspaceId, members, "DRAFT");
    const { versionId, previousVersionId } = staged;
    const deadline = isoDateInDays(14);

    const opened = await openConsultation(members.secretariat, {
      versionId,
      deadline,
      institutionCodes: ["MLSP", "MFA"],
      workingGroupUserIds: [members.workingGroup.user.id, members.wg2.user.id, members.wg3.user.id],
    });
    expect(opened).toEqual({ invitees: 5 });
    expect(await db.frameworkVersion.findUniqueOrThrow({ where: { id: versionId } })).toMatchObject({
      status: "IN_CONSULTATION",
      consultationDeadline: new Date(`${deadline}T00:00:00.000Z`),
    });
    expect(await db.consultationInvitee.count({ where: { versionId } })).toBe(5);

    const comments = [
      await addConsultationComment(members.mlsp, { versionId, indicatorCode: "A1.1", body: "Count returnees too." }),
      await addConsultationComment(members.mfa, { versionId, indicatorCode: null, body: "The matrix needs a consular area." }),
      await addConsultationComment(members.wg2, { versionId, indicatorCode: "A2.1", body: "Align with GCM objective 14." }),
    ].map((result) => result.commentId);
    const stored = await db.consultationComment.findMany({ where: { versionId }, orderBy: { createdAt: "asc" } });
    expect(stored.map((comment) => comment.authorLabel)).toEqual([members.mlsp.user.name, members.mfa.user.name, members.wg2.user.name]);
    expect(stored[1]!.indicatorId).toBeNull();
    expect(stored[0]!.institutionId).toBe(members.mlsp.membership.institution!.id);

    await resolveConsultationComment(members.secretariat, { commentId: comments[0], resolution: "ACCEPTED", reason: "Added a breakdown." });
    await resolveConsultationComment(members.secretariat, { commentId: comments[1], resolution: "DECLINED", reason: "Out of scope." });
    await resolveConsultationComment(members.secretariat, { commentId: comments[2], resolution: "ACCEPTED", reason: "Mapped." });
    await validateVersion(members.secretariat, { versionId });
    expect((await db.frameworkVersion.findUniqueOrThrow({ where: { id: versionId } })).validatedAt).toBeInstanceOf(Date);

    await recordApprovalPosition(members.workingGroup, { versionId, position: "AGREE" });
    await recordApprovalPosition(members.wg3, { versionId, position: "OBJECT", note: "Too many indicators." });
    // A member may change their position until the decision: one row, the latest position.
    await recordApprovalPosition(members.wg3, { versionId, position: "AGREE", note: "" });
    expect(await db.approvalVote.findMany({ where: { versionId, userId: members.wg3.user.id } })).toEqual([
      expect.objectContaining({ position: "AGREE", note: null }),
    ]);

    const result = await approveVersion(members.secretariat, {
      versionId,
      minutes: "Meeting of 3 December: the working group approves version 2.",
      participantUserIds: [members.workingGroup.user.id, members.wg3.user.id, members.secretariat.user.id],
    });
    expect(result).toEqual({ supersededVersionIds: [previousVersionId] });

    const approved = await db.frameworkVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(approved).toMatchObject({ status: "APPROVED", decisionMinutes: "Meeting of 3 December: the working group approves version 2." });
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect(approved.decisionParticipants).toEqual(
      expect.arrayContaining([
        { userId: members.workingGroup.user.id, name: members.workingGroup.user.name },
        { userId: members.wg3.user.id, name: members.wg3.user.name },
        { userId: members.secretariat.user.id, name: members.secretariat.user.name },
      ]),
    );
    const previous = await db.frameworkVersion.findUniqueOrThrow({ where: { id: previousVersionId } });
    expect(previous.status).toBe("SUPERSEDED");
    expect(previous.supersededAt).toEqual(approved.approvedAt);

    // The new version is in force: the current version, and a cycle opens on it.
    const versions = await db.frameworkVersion.findMany({ where: { frameworkId: staged.frameworkId } });
    expect(pickCurrentVersion(versions)?.id).toBe(versionId);
    expect((await openTestCycle(members.secretariat, staged.frameworkCode, 2026)).versionId).toBe(versionId);

    // One audit event per step, in the transaction of the step.
    expect(await auditCount("framework-version.consultation-opened", [versionId])).toBe(1);
    expect(await auditCount("consultation.commented", comments)).toBe(3);
    expect(await auditCount("consultation.comment-resolved", comments)).toBe(3);
    expect(await auditCount("framework-version.validated", [versionId])).toBe(1);
    const votes = await db.approvalVote.findMany({ where: { versionId }, select: { id: true } });
    expect(
      await auditCount(
        "approval.position-recorded",
        votes.map((vote) => vote.id),
      ),
    ).toBe(3);
    expect(await auditCount("framework-version.approved", [versionId])).toBe(1);
    expect(await auditCount("framework-version.superseded", [previousVersionId])).toBe(1);
  });
});

describe("the lifecycle page's read model", () => {
  it("shows invitees, comments with their indicator and resolution, positions, the quorum and what each person may do next", async () => {
    const staged = await createStagedVersion(workspaceId, members, "IN_CONSULTATION", { comments: 2 });
    await resolveConsultationComment(members.secretariat, {
      commentId: staged.commentIds[0],
      resolution: "DECLINED",
      reason: "Kept as is.",
    });
    const target = { frameworkCode: staged.frameworkCode, versionNumber: 2 };

    const { result: forSecretariat, queries } = await countQueries(() => getVersionLifecycle(members.secretariat, target));
    expect(queries).toBeLessThanOrEqual(12);
    expect(forSecretariat.version).toMatchObject({ status: "IN_CONSULTATION", number: 2, consultationDeadline: isoDateInDays(30) });
    expect(forSecretariat.invitees.institutions.map((institution) => institution.code)).toEqual(["MFA", "MLSP"]);
    expect(forSecretariat.invitees.members.map((member) => member.userId).sort()).toEqual(
      [members.workingGroup.user.id, members.wg2.user.id, members.wg3.user.id].sort(),
    );
    expect(forSecretariat.comments).toEqual([
      expect.objectContaining({
        indicator: { code: "A1.1", name: "Indicator A1.1" },
        authorName: members.mlsp.user.name,
        institution: { code: "MLSP", name: "Ministry of Labour and Social Protection" },
        resolution: "DECLINED",
        resolutionReason: "Kept as is.",
        resolvedByName: members.secretariat.user.name,
      }),
      expect.objectContaining({ body: "Comment 2", resolution: null }),
    ]);
    expect(forSecretariat.openComments).toBe(1);
    expect(forSecretariat.can).toMatchObject({ resolve: true, validate: false, comment: true, approve: false, openConsultation: false });
    expect(forSecretariat.choices.institutions.map((institution) => institution.code)).toEqual(["MFA", "MLSP", "NBS"]);
    expect(forSecretariat.indicators.map((indicator) => indicator.code)).toContain("A2.2");

    expect((await getVersionLifecycle(members.nbs, target)).can.comment).toBe(false);
    expect((await getVersionLifecycle(members.mfa, target)).can.comment).toBe(true);
    expect((await getVersionLifecycle(members.outsider, target)).can.comment).toBe(false);
    const forViewer = await getVersionLifecycle(members.viewer, target);
    expect(Object.values(forViewer.can).every((allowed) => !allowed)).toBe(true);
    expect(forViewer.choices).toEqual({ institutions: [], workingGroupMembers: [], participants: [] });

    await resolveConsultationComment(members.secretariat, { commentId: staged.commentIds[1], resolution: "ACCEPTED", reason: "Done." });
    await validateVersion(members.secretariat, { versionId: staged.versionId });
    await recordApprovalPosition(members.wg2, { versionId: staged.versionId, position: "OBJECT" });
    const validated = await getVersionLifecycle(members.wg2, target);
    expect(validated.quorum).toEqual({
      quorumPercent: 50,
      invited: 3,
      needed: 2,
      recorded: 1,
      agree: 0,
      object: 1,
      isMet: false,
      missing: "1 of the 3 invited working-group members recorded a position; the quorum of 50 % needs 2",
      missingText: expect.objectContaining({ key: "errors.quorumTooFewPositions" }),
    });
    expect(validated.myPosition).toEqual({ position: "OBJECT", note: null });
    expect(validated.can.recordPosition).toBe(true);
    expect((await getVersionLifecycle(members.outsider, target)).can.recordPosition).toBe(false);
  });
});
