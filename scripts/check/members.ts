import type { AccessContext } from "@/lib/auth/access-context";

/** A member of the check's workspace (focal points name their institution by code), as an access context. */
export async function createMember(
  workspaceId: string,
  email: string,
  role: "SECRETARIAT" | "FOCAL_POINT",
  institutionCode: string | null,
): Promise<AccessContext> {
  const { db } = await import("@/lib/db");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const institution = institutionCode ? await db.institution.findFirstOrThrow({ where: { workspaceId, code: institutionCode } }) : null;
  const user = await db.user.create({
    data: { email, name: email, memberships: { create: { workspaceId, role, institutionId: institution?.id ?? null } } },
  });
  return (await loadAccessContext(user.id, { via: "session" }))!;
}
