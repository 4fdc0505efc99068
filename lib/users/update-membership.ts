import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { updateMembershipSchema, type UpdateMembershipInput } from "./schemas";
import { ensureAnotherAdministrator, requireWorkspaceInstitution, requireWorkspaceMembership } from "./require-workspace-membership";
import { libText } from "@/lib/i18n/lib-text";

/** Changes a person's role and institution in the workspace. */
export async function updateMembership(access: AccessContext, membershipId: string, raw: UpdateMembershipInput): Promise<void> {
  requirePermission(access, "users.manage");
  const input = parseOrThrow(updateMembershipSchema, raw, libText("errors.checkRoleAndInstitution"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const membership = await requireWorkspaceMembership(tx, access, membershipId);
    const institution = input.institutionId ? await requireWorkspaceInstitution(tx, access, input.institutionId) : null;
    if (membership.role === "ADMIN" && input.role !== "ADMIN") await ensureAnotherAdministrator(tx, access.workspace.id, membership.id);
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role, institutionId: input.institutionId } });
    await audit({
      workspaceId: access.workspace.id,
      action: "membership.updated",
      entityType: "Membership",
      entityId: membership.id,
      summary: libText("auditSummaries.roleChanged", { email: membership.user.email }),
      // Codes, not ids: the audit log is read by people.
      before: { role: membership.role, institution: membership.institution?.code ?? null },
      after: { role: input.role, institution: institution?.code ?? null },
    });
  });
}
