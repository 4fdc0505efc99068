import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type CurrentWorkspace = { id: string; slug: string; name: string; isDemo: boolean };

/**
 * The workspace a request works in. An installation usually hosts one; with several, the
 * oldest is the default until sign-in (which ties people to their workspace) takes over.
 */
export async function getCurrentWorkspace(): Promise<CurrentWorkspace | null> {
  return db.workspace.findFirst({
    orderBy: { createdAt: "asc" },
    select: { id: true, slug: true, name: true, isDemo: true },
  });
}

/** As getCurrentWorkspace, for operations that cannot run without one. */
export async function requireCurrentWorkspace(): Promise<CurrentWorkspace> {
  const workspace = await getCurrentWorkspace();
  if (!workspace) throw new AppError("NOT_FOUND", "No workspace has been set up yet");
  return workspace;
}
