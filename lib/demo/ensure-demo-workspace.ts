import "server-only";
import { db } from "@/lib/db";
import { seedDemoWorkspace } from "./seed-demo-workspace";

/** Seeds the demo workspace only into an empty database, so restarting `npm run demo` keeps edits. */
export async function ensureDemoWorkspace(): Promise<{ seeded: boolean; values?: number }> {
  const workspaces = await db.workspace.count();
  if (workspaces > 0) return { seeded: false };
  const { values } = await seedDemoWorkspace();
  return { seeded: true, values };
}
