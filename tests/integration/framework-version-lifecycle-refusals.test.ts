/**
 * Every refusal of the version lifecycle: wrong role, not invited, wrong status, open
 * comments, no quorum, bad input at the field, after the deadline, another workspace. Each
 * rejects with a clear AppError and leaves the database exactly as it was.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import type { AppErrorCode } from "@/lib/errors";
import { addConsultationComment } from "@/lib/frameworks/versions/add-consultation-comment";
import { approveVersion } from "@/lib/frameworks/versions/approve-version";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { recordApprovalPosition } from "@/lib/frameworks/versions/record-approval-position";
import { resolveConsultationComment } from "@/lib/frameworks/versions/resolve-consultation-comment";
import { setApprovalQuorum } from "@/lib/frameworks/versions/set-approval-quorum";
import { validateVersion } from "@/lib/frameworks/versions/validate-version";
import { catchAppError, createTestMember, createTestWorkspace } from "../fixtures/factories";
import {
  createLifecycleMembers,
  createStagedVersion,
  isoDateInDays,
  snapshotDatabaseWithVersions,
  type LifecycleMembers,
  type StagedVersion,
} from "../fixtures/version-lifecycle";

let workspaceId: string;
let members: LifecycleMembers;
let draft: StagedVersion;
let consultation: StagedVersion;
let validated: StagedVersion;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createLifecycleMembers(workspaceId);
  draft = await createStagedVersion(workspaceId, members, "DRAFT");
  consultation = await createStagedVersion(workspaceId, members, "IN_CONSULTATION", { comments: 2 });
  validated = await createStagedVersion(workspaceId, members, "VALIDATED");
});

afterEach(() => {
  vi.useRealTimers();
});

/** Runs a step that must be refused; checks its code, its message or field errors, and that nothing changed. */
async function expectRefused(
  run: () => Promise<unknown>,
  code: AppErrorCode,
  expected: { message?: string | RegExp; fieldErrors?: Record<string, string[] | RegExp> } = {},
) {
  const before = await snapshotDatabaseWithVersions();
  const error = await catchAppError(run);
  expect(error.code).toBe(code);
  if (expected.message !== undefined) expect(error.message).toMatch(expected.message);
  for (const [field, messages] of Object.entries(expected.fieldErrors ?? {})) {
    if (messages instanceof RegExp) expect(error.fieldErrors?.[field]?.join(" ")).toMatch(messages);
    else expect(error.fieldErrors?.[field]).toEqual(messages);
  }
  expect(await snapshotDatabaseWithVersions()).toEqual(before);
  return error;
}

const openInput = (versionId: string, overrides: Record<string, unknown> = {}) => ({
  versionId,
  deadline: isoDateInDays(10),
  institutionCodes: ["MLSP"],
  workingGroupUserIds: [members.workingGroup.user.id],
  ...overrides,
});

describe("wrong role", () => {
  it.each([
    ["a viewer opens a consultation", () => openConsultation(members.viewer, openInput(draft.versionId))],
    ["a working-group member opens a consultation", () => openConsultation(members.workingGroup, openInput(draft.versionId))],
    ["an administrator comments", () => addConsultationComment(members.admin, { versionId: consultation.versionId, body: "Hi" })],
    [
      "a focal point resolves a comment",
      () => resolveConsultationComment(members.mlsp, { commentId: consultation.commentIds[0], resolution: "ACCEPTED", reason: "Mine" }),
    ],
    ["a working-group member validates", () => validateVersion(members.workingGroup, { versionId: validated.versionId })],
    [
      "the secretariat records a position",
      () => recordApprovalPosition(members.secretariat, { versionId: validated.versionId, position: "AGREE" }),
    ],
    [
      "a working-group member records the approval",
      () =>
        approveVersion(members.workingGroup, {
          versionId: validated.versionId,
          minutes: "Ok",
          participantUserIds: [members.workingGroup.user.id],
        }),
    ],
    ["a focal point sets the quorum", () => setApprovalQuorum(members.mlsp, { frameworkCode: draft.frameworkCode, quorumPercent: 10 })],
  ])("%s: FORBIDDEN", async (_name, run) => {
    await expectRefused(run, "FORBIDDEN", { message: /^Your role \(.+\) cannot do this/ });
  });
});

describe("not invited", () => {
  it("the focal point of an institution not invited cannot comment", async () => {
    await expectRefused(() => addConsultationComment(members.nbs, { versionId: consultation.versionId, body: "Let us in" }), "FORBIDDEN", {
      message: `You were not invited to the consultation on Version 2.0 of ${consultation.frameworkCode}`,
    });
  });

  it("a working-group member not invited can neither comment nor record a position", async () => {
    await expectRefused(() => addConsultationComment(members.outsider, { versionId: consultation.versionId, body: "Me too" }), "FORBIDDEN");
    await expectRefused(
      () => recordApprovalPosition(members.outsider, { versionId: validated.versionId, position: "AGREE" }),
      "FORBIDDEN",
      {
        message: /^Only the working-group members invited to the consultation/,
      },
    );
  });
});

describe("wrong status", () => {
  it.each([
    [
      "commenting on a draft",
      () => addConsultationComment(members.secretariat, { versionId: draft.versionId, body: "Early" }),
      /is a draft: you can comment on it only while it is in consultation$/,
    ],
    [
      "validating a draft",
      () => validateVersion(members.secretariat, { versionId: draft.versionId }),
      /is a draft: you can validate it only while it is in consultation$/,
    ],
    [
      "opening a consultation twice",
      () => openConsultation(members.secretariat, openInput(consultation.versionId)),
      /is in consultation: you can open a consultation only while it is a draft$/,
    ],
    [
      "recording a position during the consultation",
      () => recordApprovalPosition(members.workingGroup, { versionId: consultation.versionId, position: "AGREE" }),
      /is in consultation: you can record a position on it only while it is validated$/,
    ],
    [
      "approving during the consultation",
      () =>
        approveVersion(members.secretariat, {
          versionId: consultation.versionId,
          minutes: "Ok",
          participantUserIds: [members.workingGroup.user.id],
        }),
      /is in consultation: you can record its approval only while it is validated$/,
    ],
    [
      "commenting on a validated version",
      () => addConsultationComment(members.mlsp, { versionId: validated.versionId, body: "Late" }),
      /is validated: you can comment on it only while it is in consultation$/,
    ],
    [
      "resolving a comment of a validated version",
      () =>
        resolveConsultationComment(members.secretariat, { commentId: validated.commentIds[0], resolution: "DECLINED", reason: "Again" }),
      /is validated: you can resolve its comments only while it is in consultation$/,
    ],
  ])("%s: CONFLICT", async (_name, run, message) => {
    await expectRefused(run, "CONFLICT", { message });
  });

  it("a comment is resolved only once", async () => {
    const staged = await createStagedVersion(workspaceId, members, "IN_CONSULTATION");
    await resolveConsultationComment(members.secretariat, { commentId: staged.commentIds[0], resolution: "ACCEPTED", reason: "Yes" });
    await expectRefused(
      () => resolveConsultationComment(members.secretariat, { commentId: staged.commentIds[0], resolution: "DECLINED", reason: "No" }),
      "CONFLICT",
      { message: `This comment by ${members.mlsp.user.name} is already accepted` },
    );
  });
});

describe("open comments and quorum", () => {
  it("validation waits for every comment to be resolved and says how many are open", async () => {
    await expectRefused(() => validateVersion(members.secretariat, { versionId: consultation.versionId }), "CONFLICT", {
      message: `2 comments are still open on Version 2.0 of ${consultation.frameworkCode}; accept or decline each one before validating`,
    });
  });

  it("approval needs the quorum of positions, then more agreeing than objecting", async () => {
    const staged = await createStagedVersion(workspaceId, members, "VALIDATED");
    const approve = () =>
      approveVersion(members.secretariat, { versionId: staged.versionId, minutes: "Decision", participantUserIds: [members.wg2.user.id] });
    await expectRefused(approve, "CONFLICT", {
      message: `Version 2.0 of ${staged.frameworkCode} cannot be approved yet: 0 of the 3 invited working-group members recorded a position; the quorum of 50 % needs 2`,
    });
    await recordApprovalPosition(members.workingGroup, { versionId: staged.versionId, position: "AGREE" });
    await recordApprovalPosition(members.wg2, { versionId: staged.versionId, position: "OBJECT" });
    await expectRefused(approve, "CONFLICT", {
      message: /cannot be approved yet: 1 agree and 1 object; approval needs more members agreeing than objecting$/,
    });
    // A higher quorum applies to a version awaiting its decision too.
    await recordApprovalPosition(members.wg2, { versionId: staged.versionId, position: "AGREE" });
    await setApprovalQuorum(members.secretariat, { frameworkCode: staged.frameworkCode, quorumPercent: 100 });
    await expectRefused(approve, "CONFLICT", {
      message: /2 of the 3 invited working-group members recorded a position; the quorum of 100 % needs 3$/,
    });
  });
});

describe("bad input, refused at the field", () => {
  // Overrides are functions: the table is built before beforeAll creates the members.
  it.each([
    ["a deadline in the past", () => ({ deadline: isoDateInDays(-1) }), { deadline: ["The deadline must be a date after today"] }],
    ["today as deadline", () => ({ deadline: isoDateInDays(0) }), { deadline: ["The deadline must be a date after today"] }],
    ["a deadline that is not a date", () => ({ deadline: "next week" }), { deadline: ["Give the deadline as a date, e.g. 2027-01-25"] }],
    [
      "an unknown institution code",
      () => ({ institutionCodes: ["MLSP", "NOPE"] }),
      { institutionCodes: ["No active institution of this workspace has the code NOPE"] },
    ],
    [
      "a focal point as working-group member",
      () => ({ workingGroupUserIds: [members.mlsp.user.id] }),
      { workingGroupUserIds: ["One person you chose is not an active working-group member of this workspace"] },
    ],
    [
      "no working-group member",
      () => ({ workingGroupUserIds: [] }),
      { workingGroupUserIds: ["Invite at least one working-group member: the working group approves the version"] },
    ],
  ])("opening a consultation with %s", async (_name, overrides, fieldErrors) => {
    await expectRefused(() => openConsultation(members.secretariat, openInput(draft.versionId, overrides())), "BAD_REQUEST", {
      fieldErrors,
    });
  });

  it("a working-group member of another workspace is not a member of this one", async () => {
    const other = await createTestWorkspace();
    const stranger = await createTestMember(other.workspaceId, "WORKING_GROUP");
    await expectRefused(
      () => openConsultation(members.secretariat, openInput(draft.versionId, { workingGroupUserIds: [stranger.user.id] })),
      "BAD_REQUEST",
      { fieldErrors: { workingGroupUserIds: ["One person you chose is not an active working-group member of this workspace"] } },
    );
  });

  it.each([
    ["an empty comment", { body: "   " }, { body: ["Write your comment"] }],
    ["a comment of 5,001 characters", { body: "x".repeat(5001) }, { body: ["Keep the comment to 5,000 characters"] }],
    ["an indicator the version does not have", { indicatorCode: "Z9.9" }, { indicatorCode: /has no indicator Z9.9$/ }],
  ])("commenting with %s", async (_name, overrides, fieldErrors) => {
    const input: Record<string, unknown> = { versionId: consultation.versionId, indicatorCode: null, body: "Fine", ...overrides };
    await expectRefused(() => addConsultationComment(members.mfa, input), "BAD_REQUEST", { fieldErrors });
  });

  it.each([
    ["no reason", { reason: "" }, { reason: ["Give the reason for the decision"] }],
    ["a reason of 2,001 characters", { reason: "r".repeat(2001) }, { reason: ["Keep the reason to 2,000 characters"] }],
    ["an unknown resolution", { resolution: "MAYBE" }, { resolution: ["Choose accepted or declined"] }],
  ])("resolving with %s", async (_name, overrides, fieldErrors) => {
    await expectRefused(
      () =>
        resolveConsultationComment(members.secretariat, {
          commentId: consultation.commentIds[0],
          resolution: "ACCEPTED",
          reason: "Ok",
          ...overrides,
        }),
      "BAD_REQUEST",
      { fieldErrors },
    );
  });

  it.each([
    ["no minutes", { minutes: "" }, { minutes: ["Write the minutes of the decision"] }],
    ["minutes of 20,001 characters", { minutes: "m".repeat(20001) }, { minutes: ["Keep the minutes to 20,000 characters"] }],
    ["no participants", { participantUserIds: [] }, { participantUserIds: ["Tick who took part in the decision"] }],
    [
      "an unknown participant",
      { participantUserIds: ["no-such-user"] },
      { participantUserIds: ["Choose participants among the active members of this workspace"] },
    ],
  ])("approving with %s", async (_name, overrides, fieldErrors) => {
    await expectRefused(
      () =>
        approveVersion(members.secretariat, {
          versionId: validated.versionId,
          minutes: "Decision",
          participantUserIds: [members.wg2.user.id],
          ...overrides,
        }),
      "BAD_REQUEST",
      { fieldErrors },
    );
  });

  it.each([
    ["0", { quorumPercent: ["The quorum is at least 1 %"] }],
    ["101", { quorumPercent: ["The quorum is at most 100 %"] }],
    ["half", { quorumPercent: ["Give the quorum as a whole number from 1 to 100"] }],
  ])("a quorum of %s %%", async (quorumPercent, fieldErrors) => {
    await expectRefused(
      () => setApprovalQuorum(members.secretariat, { frameworkCode: draft.frameworkCode, quorumPercent }),
      "BAD_REQUEST",
      {
        fieldErrors,
      },
    );
  });

  it("an unknown position", async () => {
    await expectRefused(
      () => recordApprovalPosition(members.workingGroup, { versionId: validated.versionId, position: "ABSTAIN" }),
      "BAD_REQUEST",
      {
        fieldErrors: { position: ["Choose agree or object"] },
      },
    );
  });
});

describe("the deadline", () => {
  it("takes comments through the deadline's day and refuses them after it", async () => {
    const staged = await createStagedVersion(workspaceId, members, "IN_CONSULTATION");
    const deadline = isoDateInDays(30);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(`${deadline}T23:59:00.000Z`));
    await addConsultationComment(members.mfa, { versionId: staged.versionId, body: "Just in time" });
    vi.setSystemTime(new Date(new Date(`${deadline}T00:00:00.000Z`).getTime() + 24 * 60 * 60 * 1000));
    await expectRefused(() => addConsultationComment(members.mfa, { versionId: staged.versionId, body: "Too late" }), "CONFLICT", {
      message: `The consultation on Version 2.0 of ${staged.frameworkCode} ended on ${deadline}; comments are no longer taken`,
    });
  });
});

describe("another workspace", () => {
  it("finds no version, comment or framework of this workspace (NOT_FOUND)", async () => {
    const other = await createTestWorkspace();
    const secretariat: AccessContext = await createTestMember(other.workspaceId, "SECRETARIAT");
    await expectRefused(() => openConsultation(secretariat, openInput(draft.versionId)), "NOT_FOUND");
    await expectRefused(() => addConsultationComment(secretariat, { versionId: consultation.versionId, body: "Hi" }), "NOT_FOUND");
    await expectRefused(
      () => resolveConsultationComment(secretariat, { commentId: consultation.commentIds[0], resolution: "ACCEPTED", reason: "Mine" }),
      "NOT_FOUND",
    );
    await expectRefused(() => validateVersion(secretariat, { versionId: consultation.versionId }), "NOT_FOUND");
    await expectRefused(() => setApprovalQuorum(secretariat, { frameworkCode: draft.frameworkCode, quorumPercent: 10 }), "NOT_FOUND");
    await expectRefused(
      () => approveVersion(secretariat, { versionId: validated.versionId, minutes: "Ok", participantUserIds: [secretariat.user.id] }),
      "NOT_FOUND",
    );
  });
});
