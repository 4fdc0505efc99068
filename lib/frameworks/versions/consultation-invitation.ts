import type { AccessContext } from "@/lib/auth/access-context";

type Invitee = { institutionId: string | null; userId: string | null };

/**
 * Who may comment on a version in consultation: the secretariat, which runs it, and the
 * invitees: the focal points of an invited institution and the invited working-group members.
 */
export function isInvitedToComment(access: AccessContext, invitees: readonly Invitee[]): boolean {
  const { role, institution } = access.membership;
  if (role === "SECRETARIAT") return true;
  if (role === "FOCAL_POINT") return institution !== null && invitees.some((invitee) => invitee.institutionId === institution.id);
  if (role === "WORKING_GROUP") return isInvitedMember(access.user.id, invitees);
  return false;
}

/** A working-group member invited to the consultation; only they record a position on the version. */
export function isInvitedMember(userId: string, invitees: readonly Invitee[]): boolean {
  return invitees.some((invitee) => invitee.userId === userId);
}

/** The end of the consultation: comments are taken until the end of the deadline's day (UTC). */
export function isPastDeadline(deadline: Date | null, now: Date = new Date()): boolean {
  if (!deadline) return false;
  return now.getTime() >= deadline.getTime() + 24 * 60 * 60 * 1000;
}
