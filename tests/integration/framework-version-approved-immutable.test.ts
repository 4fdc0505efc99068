/**
 * An approved version never changes (issue 11, item 5): values were reported against it. Every
 * lifecycle operation and the draft-only guard of the matrix editor refuse an approved and a
 * superseded version with CONFLICT, and the database stays exactly as it was.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireDraftVersion } from "@/lib/frameworks/require-draft-version";
import { addConsultationComment } from "@/lib/frameworks/versions/add-consultation-comment";
import { approveVersion } from "@/lib/frameworks/versions/approve-version";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { recordApprovalPosition } from "@/lib/frameworks/versions/record-approval-position";
import { resolveConsultationComment } from "@/lib/frameworks/versions/resolve-consultation-comment";
import { validateVersion } from "@/lib/frameworks/versions/validate-version";
import { catchAppError, createTestWorkspace } from "../fixtures/factories";
import {
  createLifecycleMembers,
  createStagedVersion,
  isoDateInDays,
  snapshotDatabaseWithVersions,
  type LifecycleMembers,
  type StagedVersion,
} from "../fixtures/version-lifecycle";

let members: LifecycleMembers;
let staged: StagedVersion;
let unresolvedCommentId: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createLifecycleMembers(workspaceId);
  staged = await createStagedVersion(workspaceId, members, "APPROVED");
  // A comment left unresolved on the approved version, to show that not even an open question reopens it.
  unresolvedCommentId = (
    await db.$transaction(async (tx) => {
      const comment = await tx.consultationComment.create({
        data: { versionId: staged.versionId, authorLabel: "Archive", body: "An old question" },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          workspaceId,
          actorLabel: "system:test",
          action: "consultation.commented",
          entityType: "ConsultationComment",
          entityId: comment.id,
        },
      });
      return comment;
    })
  ).id;
});

type Attempt = [string, (versionId: string) => Promise<unknown>];

/** Each attempt reads the members when it runs: the table is built before beforeAll creates them. */
const ATTEMPTS: Attempt[] = [
  [
    "openConsultation",
    (versionId) =>
      openConsultation(members.secretariat, {
        versionId,
        deadline: isoDateInDays(10),
        institutionCodes: ["MLSP"],
        workingGroupUserIds: [members.workingGroup.user.id],
      }),
  ],
  ["addConsultationComment", (versionId) => addConsultationComment(members.mlsp, { versionId, indicatorCode: "A1.1", body: "Change it" })],
  [
    "resolveConsultationComment (resolved comment)",
    () =>
      resolveConsultationComment(members.secretariat, {
        commentId: staged.commentIds[0],
        resolution: "DECLINED",
        reason: "Changed my mind",
      }),
  ],
  [
    "resolveConsultationComment (open comment)",
    () =>
      resolveConsultationComment(members.secretariat, { commentId: unresolvedCommentId, resolution: "ACCEPTED", reason: "Late answer" }),
  ],
  ["validateVersion", (versionId) => validateVersion(members.secretariat, { versionId })],
  ["recordApprovalPosition", (versionId) => recordApprovalPosition(members.wg3, { versionId, position: "OBJECT" })],
  [
    "approveVersion",
    (versionId) =>
      approveVersion(members.secretariat, { versionId, minutes: "Approve again", participantUserIds: [members.secretariat.user.id] }),
  ],
  ["requireDraftVersion (the matrix editor's guard)", (versionId) => requireDraftVersion(members.secretariat, versionId)],
];

describe.each([
  ["approved", () => staged.versionId],
  ["superseded", () => staged.previousVersionId],
] as const)("the %s version", (word, versionIdOf) => {
  it("is approved or superseded as the lifecycle left it", async () => {
    expect((await db.frameworkVersion.findUniqueOrThrow({ where: { id: versionIdOf() } })).status).toBe(word.toUpperCase());
  });

  // The superseded version was installed approved and has no comments to resolve.
  const tried = ATTEMPTS.filter(([name]) => word === "approved" || !name.startsWith("resolveConsultationComment"));
  it.each(tried)("refuses %s with CONFLICT and changes nothing", async (_name, run) => {
    const versionId = versionIdOf();
    const before = await snapshotDatabaseWithVersions();
    const error = await catchAppError(() => run(versionId));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(new RegExp(`^Version \\d\\.0 of ${staged.frameworkCode} is ${word} and can (never|no longer) change`));
    expect(await snapshotDatabaseWithVersions()).toEqual(before);
  });
});
