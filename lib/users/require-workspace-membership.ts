import "server-only";
import { keyedProblem } from "@/lib/problems/problem";
import type { AccessContext } from "@/lib/auth/access-context";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/**
 * A membership of the acting person's workspace, found from its id. A membership of another
 * workspace is reported as not found: its existence is not the caller's business.
 */
export async function requireWorkspaceMembership(tx: Tx, access: AccessContext, membershipId: string) {
  const membership = await inWorkspace(access.workspace.id, tx).membership.findUnique({
    where: { id: membershipId },
    include: { user: { select: { id: true, email: true, name: true, isActive: true } }, institution: { select: { id: true, code: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND", libText("errors.noSuchPerson"));
  return membership;
}

/** An active institution of the acting person's workspace, or a field error. */
export async function requireWorkspaceInstitution(tx: Tx, access: AccessContext, institutionId: string) {
  const institution = await inWorkspace(access.workspace.id, tx).institution.findUnique({
    where: { id: institutionId },
    select: { id: true, code: true, isActive: true },
  });
  if (!institution || !institution.isActive) {
    throw new AppError("BAD_REQUEST", libText("errors.chooseActiveInstitution"), {
      problems: [keyedProblem({ field: "institutionId" }, libText("errors.chooseActiveInstitution"))],
    });
  }
  return institution;
}

/** Refuses a change that would leave the workspace without an active administrator. */
export async function ensureAnotherAdministrator(tx: Tx, workspaceId: string, exceptMembershipId: string): Promise<void> {
  const others = await inWorkspace(workspaceId, tx).membership.count({
    where: { role: "ADMIN", isActive: true, id: { not: exceptMembershipId }, user: { isActive: true } },
  });
  if (others === 0) throw new AppError("CONFLICT", libText("errors.lastAdministrator"));
}
