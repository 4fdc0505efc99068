/**
 * Concurrent steps of the version lifecycle: each transition writes only if the version still
 * has the status it read, so of two simultaneous steps exactly one takes effect and the other
 * gets CONFLICT, with one audit event in all.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { addConsultationComment } from "@/lib/frameworks/versions/add-consultation-comment";
import { approveVersion } from "@/lib/frameworks/versions/approve-version";
import { recordApprovalPosition } from "@/lib/frameworks/versions/record-approval-position";
import { resolveConsultationComment } from "@/lib/frameworks/versions/resolve-consultation-comment";
import { validateVersion } from "@/lib/frameworks/versions/validate-version";
import { createTestMember, createTestWorkspace } from "../fixtures/factories";
import { createLifecycleMembers, createStagedVersion, type LifecycleMembers } from "../fixtures/version-lifecycle";

let workspaceId: string;
let members: LifecycleMembers;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createLifecycleMembers(workspaceId);
});

/** Exactly one of the settled steps succeeded; returns its index and the other's error (a CONFLICT). */
function oneWinner(results: PromiseSettledResult<unknown>[]) {
  const fulfilled = results.flatMap((result, index) => (result.status === "fulfilled" ? [index] : []));
  const rejected = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  expect(fulfilled, "exactly one step succeeds").toHaveLength(1);
  expect(rejected, "exactly one step is refused").toHaveLength(1);
  const error = rejected[0];
  if (!isAppError(error)) throw error;
  expect(error.code).toBe("CONFLICT");
  return { winner: fulfilled[0]!, error };
}

describe("two simultaneous steps", () => {
  it("two approvals of the same version: one wins, one approval and one superseding are recorded", async () => {
    const staged = await createStagedVersion(workspaceId, members, "VALIDATED");
    await recordApprovalPosition(members.workingGroup, { versionId: staged.versionId, position: "AGREE" });
    await recordApprovalPosition(members.wg2, { versionId: staged.versionId, position: "AGREE" });
    const secondSecretariat = await createTestMember(workspaceId, "SECRETARIAT");

    const results = await Promise.allSettled(
      [members.secretariat, secondSecretariat].map((secretariat, index) =>
        approveVersion(secretariat, {
          versionId: staged.versionId,
          minutes: `Minutes ${index}`,
          participantUserIds: [secretariat.user.id],
        }),
      ),
    );
    const { winner, error } = oneWinner(results);
    expect(error.message).toMatch(/is approved and can never change|changed while you were acting on it/);

    const approved = await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } });
    expect(approved).toMatchObject({ status: "APPROVED", decisionMinutes: `Minutes ${winner}` });
    expect((await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.previousVersionId } })).status).toBe("SUPERSEDED");
    expect(await db.auditEvent.count({ where: { action: "framework-version.approved", entityId: staged.versionId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "framework-version.superseded", entityId: staged.previousVersionId } })).toBe(1);
  });

  it("a comment and the validation at once: a version is never validated with an open comment", async () => {
    const staged = await createStagedVersion(workspaceId, members, "IN_CONSULTATION", { comments: 0 });
    const results = await Promise.allSettled([
      addConsultationComment(members.mfa, { versionId: staged.versionId, body: "One more thing" }),
      validateVersion(members.secretariat, { versionId: staged.versionId }),
    ]);
    const { winner } = oneWinner(results);
    const version = await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } });
    const comments = await db.consultationComment.count({ where: { versionId: staged.versionId } });
    if (winner === 0) expect({ status: version.status, comments }).toEqual({ status: "IN_CONSULTATION", comments: 1 });
    else expect({ status: version.status, comments }).toEqual({ status: "VALIDATED", comments: 0 });
  });

  it("two resolutions of the same comment: one decision stands", async () => {
    const staged = await createStagedVersion(workspaceId, members, "IN_CONSULTATION");
    const secondSecretariat = await createTestMember(workspaceId, "SECRETARIAT");
    const decisions = ["ACCEPTED", "DECLINED"] as const;
    const results = await Promise.allSettled(
      [members.secretariat, secondSecretariat].map((secretariat, index) =>
        resolveConsultationComment(secretariat, {
          commentId: staged.commentIds[0],
          resolution: decisions[index],
          reason: `Reason ${index}`,
        }),
      ),
    );
    const { winner } = oneWinner(results);
    expect(await db.consultationComment.findUniqueOrThrow({ where: { id: staged.commentIds[0] } })).toMatchObject({
      resolution: decisions[winner],
      resolutionReason: `Reason ${winner}`,
    });
    expect(await db.auditEvent.count({ where: { action: "consultation.comment-resolved", entityId: staged.commentIds[0] } })).toBe(1);
  });
});
