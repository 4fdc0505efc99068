/**
 * The authorization matrix: every account mutation and every restricted read, performed by
 * each role. What is allowed comes from lib/auth/permissions.ts (PERMISSIONS), so the test
 * follows the table; a few critical rows are also hard-coded below, so an accidental edit of
 * the table fails here. A refused action must reject with the right AppError and leave the
 * database exactly as it was.
 */
import { verifyPassword } from "better-auth/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { listOwnApiTokens } from "@/lib/api-tokens/list-own-api-tokens";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAuth } from "@/lib/auth/auth";
import { changeOwnPassword } from "@/lib/auth/change-own-password";
import { setOwnLanguage } from "@/lib/users/set-own-language";
import { getOutboxOverview } from "@/lib/notifications/get-outbox-overview";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { queueNotices } from "@/lib/notifications/queue-notices";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { updateReminderDays } from "@/lib/notifications/update-reminder-days";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { systemActor } from "@/lib/audit/audit-actions";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { PERMISSIONS, ROLES, type Permission } from "@/lib/auth/permissions";
import { forbiddenMessage } from "../fixtures/forbidden-message";
import { signOut } from "@/lib/auth/sign-out";
import { db } from "@/lib/db";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import type { Role, ValueStatus } from "@/lib/generated/prisma/enums";
import { createInstitution } from "@/lib/institutions/create-institution";
import { renameInstitution, setInstitutionActive } from "@/lib/institutions/update-institution";
import { addConsultationComment } from "@/lib/frameworks/versions/add-consultation-comment";
import { approveVersion } from "@/lib/frameworks/versions/approve-version";
import { getVersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { recordApprovalPosition } from "@/lib/frameworks/versions/record-approval-position";
import { resolveConsultationComment } from "@/lib/frameworks/versions/resolve-consultation-comment";
import { updateFrameworkScoring } from "@/lib/frameworks/update-framework-scoring";
import { setApprovalQuorum } from "@/lib/frameworks/versions/set-approval-quorum";
import { validateVersion } from "@/lib/frameworks/versions/validate-version";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { getWorkspaceUser } from "@/lib/users/get-workspace-user";
import { inviteUser } from "@/lib/users/invite-user";
import { listWorkspaceUsers } from "@/lib/users/list-workspace-users";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import { updateMembership } from "@/lib/users/update-membership";
import {
  buildIndicator,
  catchAppError,
  createTestApiToken,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  snapshotDatabase,
  TEST_PASSWORD,
  uniqueCode,
} from "../fixtures/factories";
import { MATRIX_EDITOR_OPERATIONS } from "../fixtures/matrix-editor-operations";
import { createLifecycleMembers, createStagedVersion, isoDateInDays, type LifecycleMembers } from "../fixtures/version-lifecycle";

const TEMPORARY_PASSWORD = /^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/;
const NEW_PASSWORD = "a brand new passphrase 42";

type Workspace = { workspaceId: string; slug: string; admin: AccessContext };
let home: Workspace;
/** The people of the version lifecycle's consultations (tests/fixtures/version-lifecycle.ts). */
let lifecycle: LifecycleMembers;

beforeAll(async () => {
  const { workspaceId, slug } = await createTestWorkspace();
  home = { workspaceId, slug, admin: await createTestMember(workspaceId, "ADMIN") };
  lifecycle = await createLifecycleMembers(workspaceId);
});

/** A fresh person with the role in the workspace (focal points belong to MLSP). */
function memberOf(workspaceId: string, role: Role): Promise<AccessContext> {
  return createTestMember(workspaceId, role, role === "FOCAL_POINT" ? { institutionCode: "MLSP" } : {});
}

async function institutionId(workspaceId: string, code: string): Promise<string> {
  const institution = await db.institution.findUniqueOrThrow({ where: { workspaceId_code: { workspaceId, code } }, select: { id: true } });
  return institution.id;
}

/** A session cookie for a person, from a real better-auth sign-in. */
async function sessionCookieFor(email: string): Promise<string> {
  const { headers } = await getAuth().api.signInEmail({
    body: { email, password: TEST_PASSWORD },
    headers: new Headers(),
    returnHeaders: true,
  });
  const cookie = headers.get("set-cookie")?.split(";")[0];
  if (!cookie?.startsWith("capacitas.session_token=")) throw new Error(`No session cookie in ${headers.get("set-cookie")}`);
  return cookie;
}

type Prepared = {
  /** Performs the operation as the actor. */
  run: () => Promise<unknown>;
  /** Checks the effect when the operation was allowed. */
  check: (result: unknown) => Promise<void> | void;
};

type Operation = {
  name: string;
  /** The row of PERMISSIONS that governs it; null for what every signed-in person may do to themselves. */
  permission: Permission | null;
  /** How a refusal looks: FORBIDDEN for a role check, NOT_FOUND where the record's existence is not the caller's business. */
  refusal: "FORBIDDEN" | "NOT_FOUND";
  /** The audit event an allowed mutation records (null for reads). */
  audit: AuditAction | null;
  prepare: (actor: AccessContext) => Promise<Prepared>;
};

const OPERATIONS: Operation[] = [
  ...MATRIX_EDITOR_OPERATIONS,
  {
    name: "inviteUser",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: "membership.created",
    prepare: async (actor) => {
      const email = `invitee-${uniqueCode("i").toLowerCase()}@test.example`;
      return {
        run: () => inviteUser(actor, { email, name: "Invited Person", role: "VIEWER" }),
        check: async (result) => {
          expect((result as { temporaryPassword: string | null }).temporaryPassword).toMatch(TEMPORARY_PASSWORD);
          const membership = await db.membership.findFirstOrThrow({ where: { user: { email } } });
          expect(membership).toMatchObject({ workspaceId: actor.workspace.id, role: "VIEWER", isActive: true });
        },
      };
    },
  },
  {
    name: "updateMembership",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: "membership.updated",
    prepare: async (actor) => {
      const target = await memberOf(actor.workspace.id, "VIEWER");
      return {
        run: () => updateMembership(actor, target.membership.id, { role: "WORKING_GROUP" }),
        check: async () => {
          expect(await db.membership.findUniqueOrThrow({ where: { id: target.membership.id } })).toMatchObject({ role: "WORKING_GROUP" });
        },
      };
    },
  },
  {
    name: "setMembershipActive (deactivate)",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: "membership.deactivated",
    prepare: async (actor) => {
      const target = await memberOf(actor.workspace.id, "VIEWER");
      return {
        run: () => setMembershipActive(actor, target.membership.id, false),
        check: async () => {
          expect(await db.membership.findUniqueOrThrow({ where: { id: target.membership.id } })).toMatchObject({ isActive: false });
        },
      };
    },
  },
  {
    name: "setMembershipActive (reactivate)",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: "membership.reactivated",
    prepare: async (actor) => {
      const target = await memberOf(actor.workspace.id, "VIEWER");
      await setMembershipActive(home.admin, target.membership.id, false);
      return {
        run: () => setMembershipActive(actor, target.membership.id, true),
        check: async () => {
          expect(await db.membership.findUniqueOrThrow({ where: { id: target.membership.id } })).toMatchObject({ isActive: true });
        },
      };
    },
  },
  {
    name: "resetUserPassword",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: "user.password-reset",
    prepare: async (actor) => {
      const target = await memberOf(actor.workspace.id, "VIEWER");
      return {
        run: () => resetUserPassword(actor, target.membership.id),
        check: async (result) => {
          const { temporaryPassword } = result as { temporaryPassword: string };
          expect(temporaryPassword).toMatch(TEMPORARY_PASSWORD);
          const user = await db.user.findUniqueOrThrow({ where: { id: target.user.id }, include: { accounts: true } });
          expect(user.mustChangePassword).toBe(true);
          expect(await verifyPassword({ hash: user.accounts[0]!.password!, password: temporaryPassword })).toBe(true);
        },
      };
    },
  },
  {
    name: "createInstitution",
    permission: "institutions.manage",
    refusal: "FORBIDDEN",
    audit: "institution.created",
    prepare: async (actor) => {
      const code = uniqueCode("I");
      return {
        run: () => createInstitution(actor, { code, name: `Institution ${code}` }),
        check: async () => {
          expect(await db.institution.findUnique({ where: { workspaceId_code: { workspaceId: actor.workspace.id, code } } })).toMatchObject(
            { isActive: true },
          );
        },
      };
    },
  },
  {
    name: "renameInstitution",
    permission: "institutions.manage",
    refusal: "FORBIDDEN",
    audit: "institution.updated",
    prepare: async (actor) => {
      const code = uniqueCode("I");
      const { institutionId: id } = await createInstitution(home.admin, { code, name: `Institution ${code}` });
      return {
        run: () => renameInstitution(actor, id, { name: `Renamed ${code}` }),
        check: async () => {
          expect(await db.institution.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: `Renamed ${code}` });
        },
      };
    },
  },
  {
    name: "setInstitutionActive (deactivate)",
    permission: "institutions.manage",
    refusal: "FORBIDDEN",
    audit: "institution.deactivated",
    prepare: async (actor) => {
      const code = uniqueCode("I");
      const { institutionId: id } = await createInstitution(home.admin, { code, name: `Institution ${code}` });
      return {
        run: () => setInstitutionActive(actor, id, false),
        check: async () => {
          expect(await db.institution.findUniqueOrThrow({ where: { id } })).toMatchObject({ isActive: false });
        },
      };
    },
  },
  {
    name: "setInstitutionActive (reactivate)",
    permission: "institutions.manage",
    refusal: "FORBIDDEN",
    audit: "institution.reactivated",
    prepare: async (actor) => {
      const code = uniqueCode("I");
      const { institutionId: id } = await createInstitution(home.admin, { code, name: `Institution ${code}` });
      await setInstitutionActive(home.admin, id, false);
      return {
        run: () => setInstitutionActive(actor, id, true),
        check: async () => {
          expect(await db.institution.findUniqueOrThrow({ where: { id } })).toMatchObject({ isActive: true });
        },
      };
    },
  },
  {
    name: "createApiToken",
    permission: "api-tokens.manage-own",
    refusal: "FORBIDDEN",
    audit: "api-token.created",
    prepare: async (actor) => ({
      run: () => createApiToken(actor, { name: "Matrix client", expiresInDays: 90 }),
      check: async (result) => {
        const { id, token } = result as { id: string; token: string };
        expect(token).toMatch(/^cap_[A-Za-z0-9_-]{43}$/);
        expect(await db.apiToken.findUniqueOrThrow({ where: { id } })).toMatchObject({
          userId: actor.user.id,
          workspaceId: actor.workspace.id,
        });
      },
    }),
  },
  {
    name: "revokeApiToken (own token)",
    permission: "api-tokens.manage-own",
    refusal: "FORBIDDEN",
    audit: "api-token.revoked",
    prepare: async (actor) => {
      const { id } = await createApiToken(actor, { name: "Own token", expiresInDays: 30 });
      return {
        run: () => revokeApiToken(actor, id),
        check: async () => {
          expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeInstanceOf(Date);
        },
      };
    },
  },
  {
    name: "revokeApiToken (another person's token in the workspace)",
    permission: "users.manage",
    refusal: "NOT_FOUND",
    audit: "api-token.revoked",
    prepare: async (actor) => {
      const owner = await memberOf(actor.workspace.id, "VIEWER");
      const { id } = await createApiToken(owner, { name: "Someone else's token", expiresInDays: 30 });
      return {
        run: () => revokeApiToken(actor, id),
        check: async () => {
          expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeInstanceOf(Date);
        },
      };
    },
  },
  {
    name: "changeOwnPassword",
    permission: null,
    refusal: "FORBIDDEN",
    audit: "user.password-changed",
    prepare: async (actor) => ({
      run: () =>
        changeOwnPassword(actor, "no-current-session", {
          currentPassword: TEST_PASSWORD,
          newPassword: NEW_PASSWORD,
          confirmPassword: NEW_PASSWORD,
        }),
      check: async () => {
        const account = await db.account.findFirstOrThrow({ where: { userId: actor.user.id } });
        expect(await verifyPassword({ hash: account.password!, password: NEW_PASSWORD })).toBe(true);
      },
    }),
  },
  {
    name: "setOwnLanguage",
    permission: null,
    refusal: "FORBIDDEN",
    audit: "user.language-changed",
    prepare: async (actor) => ({
      run: () => setOwnLanguage(actor, "ro"),
      check: async () => {
        expect((await db.user.findUniqueOrThrow({ where: { id: actor.user.id } })).locale).toBe("ro");
      },
    }),
  },
  {
    name: "updateEmailPreferences",
    permission: null,
    refusal: "FORBIDDEN",
    audit: "user.email-preferences-changed",
    prepare: async (actor) => ({
      run: () => updateEmailPreferences(actor, { emailKinds: ["value-returned"] }),
      check: async () => {
        expect((await db.emailOptOut.findMany({ where: { userId: actor.user.id } })).map((row) => row.kind).sort()).toEqual([
          "consultation-opened",
          "deadline-reminder",
          "decision-requested",
          "values-approved",
        ]);
      },
    }),
  },
  {
    name: "markNotificationsRead",
    permission: null,
    refusal: "FORBIDDEN",
    audit: null,
    prepare: async (actor) => {
      await db.$transaction(async (tx) => {
        await queueNotices(tx, {
          workspaceId: actor.workspace.id,
          kind: "deadline-reminder",
          userIds: [actor.user.id],
          compose: () => ({ title: "A notice", body: "To read", link: "/cycles" }),
        });
        await recordAuditEvent(tx, {
          workspaceId: actor.workspace.id,
          actor: systemActor("test"),
          action: "cycle.reminders-queued",
          entityType: "User",
          entityId: actor.user.id,
        });
      });
      return {
        run: () => markNotificationsRead(actor, {}),
        check: async () => {
          expect(await db.notification.count({ where: { userId: actor.user.id, readAt: null } })).toBe(0);
        },
      };
    },
  },
  {
    name: "updateReminderDays",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: "workspace.reminder-days-changed",
    prepare: async (actor) => ({
      run: () => updateReminderDays(actor, { reminderDays: "3, 10" }),
      check: async () => {
        expect((await db.workspace.findUniqueOrThrow({ where: { id: actor.workspace.id } })).reminderDays).toBe("10,3");
      },
    }),
  },
  {
    name: "getOutboxOverview",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: null,
    prepare: async (actor) => ({
      run: () => getOutboxOverview(actor),
      check: (result) => {
        expect(result).toMatchObject({ counts: { failed: 0 } });
      },
    }),
  },
  {
    name: "signOut",
    permission: null,
    refusal: "FORBIDDEN",
    audit: "user.signed-out",
    prepare: async (actor) => {
      const cookie = await sessionCookieFor(actor.user.email);
      return {
        run: () => signOut(actor, new Headers({ cookie })),
        check: async () => {
          expect(await db.session.count({ where: { userId: actor.user.id } })).toBe(0);
        },
      };
    },
  },
  {
    name: "listWorkspaceUsers",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: null,
    prepare: async (actor) => ({
      run: () => listWorkspaceUsers(actor),
      check: (result) => {
        const users = result as Awaited<ReturnType<typeof listWorkspaceUsers>>;
        expect(users.map((user) => user.email)).toContain(actor.user.email);
        expect(users.map((user) => user.email)).toContain(home.admin.user.email);
      },
    }),
  },
  {
    name: "getWorkspaceUser",
    permission: "users.manage",
    refusal: "FORBIDDEN",
    audit: null,
    prepare: async (actor) => {
      const target = await memberOf(actor.workspace.id, "WORKING_GROUP");
      return {
        run: () => getWorkspaceUser(actor, target.membership.id),
        check: (result) => {
          expect(result).toMatchObject({
            membershipId: target.membership.id,
            email: target.user.email,
            role: "WORKING_GROUP",
            isActive: true,
          });
        },
      };
    },
  },
  {
    name: "listAuditEvents",
    permission: "audit.read",
    refusal: "FORBIDDEN",
    audit: null,
    prepare: async (actor) => ({
      run: () => listAuditEvents(actor, {}),
      check: (result) => {
        const page = result as Awaited<ReturnType<typeof listAuditEvents>>;
        expect(page.total).toBeGreaterThan(0);
        expect(page.entries.map((entry) => entry.entityId)).toContain(actor.user.id);
      },
    }),
  },
  {
    name: "listOwnApiTokens",
    permission: "api-tokens.manage-own",
    refusal: "FORBIDDEN",
    audit: null,
    prepare: async (actor) => {
      const own = await createApiToken(actor, { name: "Mine", expiresInDays: 30 });
      const other = await memberOf(actor.workspace.id, actor.membership.role);
      await createApiToken(other, { name: "Not mine", expiresInDays: 30 });
      return {
        run: () => listOwnApiTokens(actor),
        check: (result) => {
          const tokens = result as Awaited<ReturnType<typeof listOwnApiTokens>>;
          expect(tokens.map((token) => token.id)).toEqual([own.id]);
          expect(JSON.stringify(tokens)).not.toContain(own.token);
        },
      };
    },
  },
  {
    name: "openConsultation",
    permission: "framework-versions.manage",
    refusal: "FORBIDDEN",
    audit: "framework-version.consultation-opened",
    prepare: async (actor) => {
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "DRAFT");
      return {
        run: () =>
          openConsultation(actor, {
            versionId: staged.versionId,
            deadline: isoDateInDays(20),
            institutionCodes: ["MFA"],
            workingGroupUserIds: [lifecycle.wg2.user.id],
          }),
        check: async () => {
          expect(await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } })).toMatchObject({
            status: "IN_CONSULTATION",
          });
          expect(await db.consultationInvitee.count({ where: { versionId: staged.versionId } })).toBe(2);
        },
      };
    },
  },
  {
    name: "addConsultationComment",
    permission: "framework-versions.comment",
    refusal: "FORBIDDEN",
    audit: "consultation.commented",
    prepare: async (actor) => {
      // Invited: MLSP (the focal point's institution) and, when the actor is one, the working-group member.
      const alsoInvite = actor.membership.role === "WORKING_GROUP" ? [actor.user.id] : [];
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "IN_CONSULTATION", { comments: 0, alsoInvite });
      return {
        run: () => addConsultationComment(actor, { versionId: staged.versionId, indicatorCode: "A1.2", body: "Matrix comment" }),
        check: async () => {
          expect(await db.consultationComment.findFirstOrThrow({ where: { versionId: staged.versionId } })).toMatchObject({
            authorId: actor.user.id,
            body: "Matrix comment",
          });
        },
      };
    },
  },
  {
    name: "resolveConsultationComment",
    permission: "framework-versions.manage",
    refusal: "FORBIDDEN",
    audit: "consultation.comment-resolved",
    prepare: async (actor) => {
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "IN_CONSULTATION");
      const commentId = staged.commentIds[0]!;
      return {
        run: () => resolveConsultationComment(actor, { commentId, resolution: "DECLINED", reason: "Out of scope" }),
        check: async () => {
          expect(await db.consultationComment.findUniqueOrThrow({ where: { id: commentId } })).toMatchObject({
            resolution: "DECLINED",
            resolvedById: actor.user.id,
          });
        },
      };
    },
  },
  {
    name: "validateVersion",
    permission: "framework-versions.manage",
    refusal: "FORBIDDEN",
    audit: "framework-version.validated",
    prepare: async (actor) => {
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "IN_CONSULTATION", { comments: 0 });
      return {
        run: () => validateVersion(actor, { versionId: staged.versionId }),
        check: async () => {
          expect(await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } })).toMatchObject({ status: "VALIDATED" });
        },
      };
    },
  },
  {
    name: "recordApprovalPosition",
    permission: "framework-versions.approve",
    refusal: "FORBIDDEN",
    audit: "approval.position-recorded",
    prepare: async (actor) => {
      const alsoInvite = actor.membership.role === "WORKING_GROUP" ? [actor.user.id] : [];
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "VALIDATED", { alsoInvite });
      return {
        run: () => recordApprovalPosition(actor, { versionId: staged.versionId, position: "AGREE" }),
        check: async () => {
          expect(
            await db.approvalVote.findUniqueOrThrow({
              where: { versionId_userId: { versionId: staged.versionId, userId: actor.user.id } },
            }),
          ).toMatchObject({ position: "AGREE" });
        },
      };
    },
  },
  {
    name: "setApprovalQuorum",
    permission: "framework-versions.manage",
    refusal: "FORBIDDEN",
    audit: "framework.updated",
    prepare: async (actor) => {
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "DRAFT");
      return {
        run: () => setApprovalQuorum(actor, { frameworkCode: staged.frameworkCode, quorumPercent: 75 }),
        check: async () => {
          expect(await db.framework.findUniqueOrThrow({ where: { id: staged.frameworkId } })).toMatchObject({ quorumPercent: 75 });
        },
      };
    },
  },
  {
    name: "updateFrameworkScoring",
    permission: "frameworks.manage",
    refusal: "FORBIDDEN",
    audit: "framework.updated",
    prepare: async (actor) => {
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "DRAFT");
      return {
        run: () => updateFrameworkScoring(actor, staged.frameworkCode, { baseYear: "2019", cutoff2: 40, cutoff3: 60, cutoff4: 80 }),
        check: async () => {
          expect(await db.framework.findUniqueOrThrow({ where: { id: staged.frameworkId } })).toMatchObject({ baseYear: 2019 });
        },
      };
    },
  },
  {
    name: "approveVersion",
    permission: "framework-versions.manage",
    refusal: "FORBIDDEN",
    audit: "framework-version.approved",
    prepare: async (actor) => {
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "VALIDATED");
      await recordApprovalPosition(lifecycle.workingGroup, { versionId: staged.versionId, position: "AGREE" });
      await recordApprovalPosition(lifecycle.wg2, { versionId: staged.versionId, position: "AGREE" });
      return {
        run: () => approveVersion(actor, { versionId: staged.versionId, minutes: "Approved", participantUserIds: [lifecycle.wg2.user.id] }),
        check: async () => {
          expect(await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.versionId } })).toMatchObject({ status: "APPROVED" });
          expect(await db.frameworkVersion.findUniqueOrThrow({ where: { id: staged.previousVersionId } })).toMatchObject({
            status: "SUPERSEDED",
          });
        },
      };
    },
  },
  {
    name: "getVersionLifecycle",
    permission: "frameworks.read",
    refusal: "FORBIDDEN",
    audit: null,
    prepare: async (actor) => {
      const staged = await createStagedVersion(home.workspaceId, lifecycle, "IN_CONSULTATION");
      return {
        run: () => getVersionLifecycle(actor, { frameworkCode: staged.frameworkCode, versionNumber: 2 }),
        check: (result) => {
          const lifecycleView = result as Awaited<ReturnType<typeof getVersionLifecycle>>;
          expect(lifecycleView.version).toMatchObject({ id: staged.versionId, status: "IN_CONSULTATION" });
          expect(lifecycleView.comments).toHaveLength(1);
        },
      };
    },
  },
];

function allowedRoles(operation: Operation): readonly Role[] {
  return operation.permission ? (PERMISSIONS[operation.permission] as readonly Role[]) : ROLES;
}

describe("the permission table", () => {
  it("keeps its critical rows as decided (docs/decisions/007)", () => {
    expect(PERMISSIONS["users.manage"]).toEqual(["ADMIN"]);
    expect(PERMISSIONS["institutions.manage"]).toEqual(["ADMIN"]);
    expect(PERMISSIONS["audit.read"]).toEqual(["ADMIN", "SECRETARIAT"]);
    expect(PERMISSIONS["values.review"]).toEqual(["SECRETARIAT"]);
    expect(PERMISSIONS["values.reopen"]).toEqual(["SECRETARIAT"]);
    expect(PERMISSIONS["values.enter"]).toEqual(["FOCAL_POINT"]);
    expect(PERMISSIONS["values.submit"]).toEqual(["FOCAL_POINT"]);
    expect(PERMISSIONS["values.read-approved"]).toEqual(ROLES);
    expect(PERMISSIONS["values.read-submitted"]).toEqual(["ADMIN", "SECRETARIAT", "WORKING_GROUP"]);
    expect(PERMISSIONS["values.read-own-institution"]).toEqual(["FOCAL_POINT"]);
    expect(PERMISSIONS["framework-versions.approve"]).toEqual(["WORKING_GROUP"]);
    expect(PERMISSIONS["framework-versions.manage"]).toEqual(["SECRETARIAT"]);
    expect(PERMISSIONS["framework-versions.comment"]).toEqual(["SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP"]);
    expect(PERMISSIONS["api-tokens.manage-own"]).toEqual(ROLES);
  });

  it("lets only administrators manage people and institutions, and administrators and the secretariat read the audit log", () => {
    const allowed = Object.fromEntries(OPERATIONS.map((operation) => [operation.name, [...allowedRoles(operation)]]));
    for (const name of [
      "inviteUser",
      "updateMembership",
      "setMembershipActive (deactivate)",
      "setMembershipActive (reactivate)",
      "resetUserPassword",
      "createInstitution",
      "renameInstitution",
      "setInstitutionActive (deactivate)",
      "setInstitutionActive (reactivate)",
      "revokeApiToken (another person's token in the workspace)",
      "listWorkspaceUsers",
      "getWorkspaceUser",
    ]) {
      expect(allowed[name], name).toEqual(["ADMIN"]);
    }
    expect(allowed.listAuditEvents).toEqual(["ADMIN", "SECRETARIAT"]);
    for (const name of [
      "createApiToken",
      "revokeApiToken (own token)",
      "listOwnApiTokens",
      "changeOwnPassword",
      "setOwnLanguage",
      "signOut",
    ]) {
      expect(allowed[name], name).toEqual([...ROLES]);
    }
  });

  it("lets the secretariat run a version's consultation and record its approval, invitees comment, the working group take positions", () => {
    const allowed = Object.fromEntries(OPERATIONS.map((operation) => [operation.name, [...allowedRoles(operation)]]));
    for (const name of ["openConsultation", "resolveConsultationComment", "validateVersion", "setApprovalQuorum", "approveVersion"]) {
      expect(allowed[name], name).toEqual(["SECRETARIAT"]);
    }
    expect(allowed.addConsultationComment).toEqual(["SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP"]);
    expect(allowed.recordApprovalPosition).toEqual(["WORKING_GROUP"]);
    expect(allowed.getVersionLifecycle).toEqual([...ROLES]);
  });
});

describe.each(OPERATIONS)("$name", (operation) => {
  const cases = ROLES.map((role) => {
    const allowed = allowedRoles(operation).includes(role);
    return [role, allowed ? "is allowed" : `is refused with ${operation.refusal} and changes nothing`, allowed] as const;
  });

  it.each(cases)("%s %s", async (role, _outcome, allowed) => {
    const actor = await memberOf(home.workspaceId, role);
    const prepared = await operation.prepare(actor);

    if (allowed) {
      const audited = () =>
        operation.audit ? db.auditEvent.count({ where: { actorId: actor.user.id, action: operation.audit } }) : Promise.resolve(0);
      const auditBefore = await audited();
      const result = await prepared.run();
      await prepared.check(result);
      if (operation.audit) expect(await audited()).toBe(auditBefore + 1);
      return;
    }

    const before = await snapshotDatabase();
    const error = await catchAppError(prepared.run);
    expect(error.code).toBe(operation.refusal);
    if (operation.refusal === "FORBIDDEN") expect(error.message).toBe(forbiddenMessage(role, operation.permission!));
    else expect(error.message).toMatch(/^No such/);
    expect(await snapshotDatabase()).toEqual(before);
  });
});

describe("value visibility follows the table", () => {
  // One indicator led by MLSP (the focal point's institution), one by MFA, each with a value in every status.
  const STATUSES: ValueStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];
  let frameworkId: string;

  beforeAll(async () => {
    const code = uniqueCode("FW");
    const definition: FrameworkDefinition = {
      code,
      name: `Framework ${code}`,
      version: { label: "1.0", status: "APPROVED" },
      areas: [
        {
          code: "A1",
          name: "Area",
          indicators: [
            buildIndicator("OWN.1", "NUMBER", { leadInstitution: "MLSP" }),
            buildIndicator("OTHER.1", "NUMBER", { leadInstitution: "MFA" }),
          ],
        },
      ],
    };
    const framework = await createTestFramework(home.workspaceId, definition);
    frameworkId = framework.frameworkId;
    await createTestValues(
      ["OWN.1", "OTHER.1"].flatMap((indicator) =>
        STATUSES.map((status, index) => ({
          indicatorId: framework.indicatorIds.get(indicator)!,
          year: 2020 + index,
          number: index,
          status,
        })),
      ),
    );
  });

  /** The statuses a role reads, from the table: approved (everyone), submitted and returned, and drafts of its own institution. */
  function expectedStatuses(role: Role, indicator: "OWN.1" | "OTHER.1"): ValueStatus[] {
    const statuses = new Set<ValueStatus>();
    if ((PERMISSIONS["values.read-approved"] as readonly Role[]).includes(role)) statuses.add("APPROVED");
    if ((PERMISSIONS["values.read-submitted"] as readonly Role[]).includes(role))
      ["SUBMITTED", "RETURNED"].forEach((status) => statuses.add(status as ValueStatus));
    if (indicator === "OWN.1" && (PERMISSIONS["values.read-own-institution"] as readonly Role[]).includes(role))
      STATUSES.forEach((status) => statuses.add(status));
    return STATUSES.filter((status) => statuses.has(status));
  }

  it("hard-coded: a viewer reads approved values only; the MLSP focal point every status of MLSP's indicator but only approved ones of MFA's", () => {
    expect(expectedStatuses("VIEWER", "OWN.1")).toEqual(["APPROVED"]);
    expect(expectedStatuses("FOCAL_POINT", "OWN.1")).toEqual(STATUSES);
    expect(expectedStatuses("FOCAL_POINT", "OTHER.1")).toEqual(["APPROVED"]);
    for (const role of ["ADMIN", "SECRETARIAT", "WORKING_GROUP"] as const) {
      expect(expectedStatuses(role, "OWN.1")).toEqual(["SUBMITTED", "RETURNED", "APPROVED"]);
    }
  });

  it.each(ROLES)("%s reads exactly the statuses the table grants", async (role) => {
    const actor = await memberOf(home.workspaceId, role);
    const rows = await listFrameworkValues(actor, frameworkId);
    for (const indicator of ["OWN.1", "OTHER.1"] as const) {
      const seen = rows.filter((row) => row.indicatorCode === indicator).map((row) => row.status);
      expect(seen, `${role} on ${indicator}`).toEqual(expectedStatuses(role, indicator));
    }
  });
});

describe("across workspaces: the owning workspace comes from the record, never from the input", () => {
  let other: Workspace & { member: AccessContext; institutionId: string; tokenId: string };

  beforeAll(async () => {
    const { workspaceId, slug } = await createTestWorkspace();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const member = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MFA" });
    const { id: tokenId } = await createApiToken(member, { name: "Workspace B client", expiresInDays: 30 });
    other = { workspaceId, slug, admin, member, institutionId: await institutionId(workspaceId, "MFA"), tokenId };
  });

  /** Each refusal prepares its targets first (audited set-up), then returns the refused action. */
  const refusals: { name: string; code: "NOT_FOUND" | "BAD_REQUEST"; prepare: () => Promise<() => Promise<unknown>> }[] = [
    {
      name: "updateMembership of B's member",
      code: "NOT_FOUND",
      prepare: async () => () => updateMembership(home.admin, other.member.membership.id, { role: "VIEWER" }),
    },
    {
      name: "setMembershipActive on B's member",
      code: "NOT_FOUND",
      prepare: async () => () => setMembershipActive(home.admin, other.member.membership.id, false),
    },
    {
      name: "resetUserPassword of B's member",
      code: "NOT_FOUND",
      prepare: async () => () => resetUserPassword(home.admin, other.member.membership.id),
    },
    {
      name: "getWorkspaceUser of B's member",
      code: "NOT_FOUND",
      prepare: async () => () => getWorkspaceUser(home.admin, other.member.membership.id),
    },
    {
      name: "renameInstitution of B's institution",
      code: "NOT_FOUND",
      prepare: async () => () => renameInstitution(home.admin, other.institutionId, { name: "Taken over" }),
    },
    {
      name: "setInstitutionActive on B's institution",
      code: "NOT_FOUND",
      prepare: async () => () => setInstitutionActive(home.admin, other.institutionId, false),
    },
    { name: "revokeApiToken of B's token", code: "NOT_FOUND", prepare: async () => () => revokeApiToken(home.admin, other.tokenId) },
    {
      name: "inviteUser into A with B's institution",
      code: "BAD_REQUEST",
      prepare: async () => () =>
        inviteUser(home.admin, {
          email: `cross-${uniqueCode("x").toLowerCase()}@test.example`,
          name: "Cross",
          role: "FOCAL_POINT",
          institutionId: other.institutionId,
        }),
    },
    {
      name: "updateMembership in A to B's institution",
      code: "BAD_REQUEST",
      prepare: async () => {
        const target = await memberOf(home.workspaceId, "VIEWER");
        return () => updateMembership(home.admin, target.membership.id, { role: "FOCAL_POINT", institutionId: other.institutionId });
      },
    },
  ];

  it.each(refusals)("an ADMIN of A is refused $name ($code) and nothing changes", async ({ code, prepare }) => {
    const run = await prepare();
    const before = await snapshotDatabase();
    const error = await catchAppError(run);
    expect(error.code).toBe(code);
    if (code === "NOT_FOUND") expect(error.message).toMatch(/^No such (person|institution|token)/);
    else expect(error.fieldErrors?.institutionId).toEqual(["Choose an active institution of this workspace"]);
    expect(await snapshotDatabase()).toEqual(before);
    // And in particular nothing of B.
    expect(await db.membership.findUniqueOrThrow({ where: { id: other.member.membership.id } })).toMatchObject({
      isActive: true,
      role: "FOCAL_POINT",
    });
    expect(await db.institution.findUniqueOrThrow({ where: { id: other.institutionId } })).toMatchObject({
      isActive: true,
      name: "Ministry of Foreign Affairs",
    });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: other.tokenId } })).revokedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { workspaceId: other.workspaceId, actorId: home.admin.user.id } })).toBe(0);
  });

  it("an ADMIN of B cannot revoke a token of A either (NOT_FOUND), and the token keeps working", async () => {
    const viewer = await memberOf(home.workspaceId, "VIEWER");
    const { id } = await createApiToken(viewer, { name: "A client", expiresInDays: 30 });
    const before = await snapshotDatabase();
    const error = await catchAppError(revokeApiToken(other.admin, id));
    expect(error.code).toBe("NOT_FOUND");
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("listWorkspaceUsers and listAuditEvents of A show nothing of B", async () => {
    const users = await listWorkspaceUsers(home.admin);
    expect(users.map((user) => user.email)).not.toContain(other.member.user.email);
    expect(users.map((user) => user.email)).not.toContain(other.admin.user.email);
    const audit = await listAuditEvents(home.admin, {});
    expect(audit.entries.map((entry) => entry.entityId)).not.toContain(other.member.user.id);
    expect(audit.entries.map((entry) => entry.entityId)).not.toContain(other.tokenId);
    expect(audit.people.map((person) => person.id)).not.toContain(other.admin.user.id);
  });

  it("listOwnApiTokens lists a person's tokens of the acting workspace only", async () => {
    const inA = await memberOf(home.workspaceId, "VIEWER");
    await inviteUser(other.admin, { email: inA.user.email, name: inA.user.name, role: "VIEWER" });
    const inB = (await loadAccessContext(inA.user.id, { workspaceId: other.workspaceId, via: "session" }))!;
    const tokenA = await createApiToken(inA, { name: "A", expiresInDays: 30 });
    const tokenB = await createApiToken(inB, { name: "B", expiresInDays: 30 });
    expect((await listOwnApiTokens(inA)).map((token) => token.id)).toEqual([tokenA.id]);
    expect((await listOwnApiTokens(inB)).map((token) => token.id)).toEqual([tokenB.id]);
  });

  it("a person who is neither the owner nor an administrator gets NOT_FOUND for a token of their own workspace", async () => {
    const owner = await memberOf(home.workspaceId, "SECRETARIAT");
    await createTestApiToken(owner);
    const record = await db.apiToken.findFirstOrThrow({ where: { userId: owner.user.id } });
    // One after the other: the audit guard reads the statement log as a sequence of transactions.
    const actors: AccessContext[] = [];
    for (const role of ROLES.filter((candidate) => candidate !== "ADMIN")) actors.push(await memberOf(home.workspaceId, role));
    const before = await snapshotDatabase();
    for (const actor of actors) {
      const error = await catchAppError(revokeApiToken(actor, record.id));
      expect(error.code, actor.membership.role).toBe("NOT_FOUND");
    }
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses to let an ADMIN of A set the password of a person who is also ADMIN of B (that would hand A's administrator B's workspace)", async () => {
    // The person is an administrator of B and a viewer of A. Inviting them into A rightly gave
    // A's administrator no working password (the one shown is never stored); a reset must not either.
    const bAdmin = await createTestMember(other.workspaceId, "ADMIN");
    const invited = await inviteUser(home.admin, { email: bAdmin.user.email, name: bAdmin.user.name, role: "VIEWER" });
    const account = await db.account.findFirstOrThrow({ where: { userId: bAdmin.user.id } });
    expect(await verifyPassword({ hash: account.password!, password: invited.temporaryPassword! })).toBe(false);
    const before = await snapshotDatabase();
    const error = await catchAppError(resetUserPassword(home.admin, invited.membershipId));
    expect(["FORBIDDEN", "CONFLICT"]).toContain(error.code);
    expect(await snapshotDatabase()).toEqual(before);
  });
});
