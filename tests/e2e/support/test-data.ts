import { db } from "@/lib/db";

/** The demo workspace the e2e server seeded; tests add their own frameworks to it. */
export async function demoWorkspaceId(): Promise<string> {
  const workspace = await db.workspace.findFirstOrThrow({ where: { isDemo: true }, select: { id: true } });
  return workspace.id;
}
