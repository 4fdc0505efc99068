import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "./access-context";

/**
 * The access of someone running a command on the server itself (`npm run import:open-sdg`,
 * `npm run export`): whoever can run commands there can read the database anyway, so the
 * command acts with a role's permissions in one workspace, and the audit log names it
 * "system:command-line". The workspace is the only one, or the one named by its slug.
 */
export async function commandLineAccess(role: Role, workspaceSlug?: string): Promise<AccessContext> {
  const workspaces = await db.workspace.findMany({
    where: workspaceSlug ? { slug: workspaceSlug } : {},
    select: { id: true, slug: true, name: true, isDemo: true, defaultLocale: true },
    take: 2,
  });
  if (workspaces.length === 0) {
    throw new AppError("NOT_FOUND", workspaceSlug ? `No workspace with slug ${workspaceSlug}` : "The database has no workspace yet");
  }
  if (workspaces.length > 1) throw new AppError("BAD_REQUEST", "This database has several workspaces: name one with --workspace <slug>");
  return {
    user: { id: "command-line", email: "system:command-line", name: "Command line" },
    workspace: workspaces[0]!,
    membership: { id: "command-line", role, institution: null },
    via: "command-line",
  };
}
