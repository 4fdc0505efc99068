import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AccessContext } from "./access-context";

type AccessRow = {
  userId: string;
  email: string;
  userName: string;
  isUserActive: unknown;
  membershipId: string;
  role: Role;
  workspaceId: string;
  slug: string;
  workspaceName: string;
  isDemo: unknown;
  defaultLocale: string;
  institutionId: string | null;
  institutionCode: string | null;
  institutionName: string | null;
  isInstitutionActive: unknown;
};

/**
 * The access context of a user: their active membership in the given workspace, or
 * their oldest active membership. Null when the user is inactive or has no membership.
 *
 * One statement (decision 049): every page's layout asks for it, and Prisma reads the user,
 * the membership, its workspace and its institution in four.
 */
export async function loadAccessContext(
  userId: string,
  options: { workspaceId?: string; via: AccessContext["via"] },
): Promise<AccessContext | null> {
  const [row] = await db.$queryRaw<AccessRow[]>`
    SELECT u."id" AS "userId", u."email", u."name" AS "userName", u."isActive" AS "isUserActive",
      m."id" AS "membershipId", m."role", w."id" AS "workspaceId", w."slug", w."name" AS "workspaceName", w."isDemo",
      w."defaultLocale", i."id" AS "institutionId", i."code" AS "institutionCode", i."name" AS "institutionName",
      i."isActive" AS "isInstitutionActive"
    FROM "User" u
      JOIN "Membership" m ON m."userId" = u."id" AND m."isActive" = TRUE
        ${options.workspaceId ? Prisma.sql`AND m."workspaceId" = ${options.workspaceId}` : Prisma.empty}
      JOIN "Workspace" w ON w."id" = m."workspaceId"
      LEFT JOIN "Institution" i ON i."id" = m."institutionId"
    WHERE u."id" = ${userId}
    ORDER BY m."createdAt" ASC, m."id" ASC
    LIMIT 1`;
  // SQLite gives booleans as 1 and 0, PostgreSQL as booleans.
  if (!row || !truthy(row.isUserActive)) return null;
  const hasInstitution = row.institutionId !== null && truthy(row.isInstitutionActive);
  return {
    user: { id: row.userId, email: row.email, name: row.userName },
    workspace: {
      id: row.workspaceId,
      slug: row.slug,
      name: row.workspaceName,
      isDemo: truthy(row.isDemo),
      defaultLocale: row.defaultLocale,
    },
    membership: {
      id: row.membershipId,
      role: row.role,
      institution: hasInstitution ? { id: row.institutionId!, code: row.institutionCode!, name: row.institutionName! } : null,
    },
    via: options.via,
  };
}

function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}
