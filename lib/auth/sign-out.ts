import "server-only";
import type { AccessContext } from "./access-context";
import { actorOf } from "./access-context";
import { getAuth } from "./auth";
import { runMutation } from "@/lib/audit/run-mutation";

/** Ends the current session (and clears its cookie in a server action). */
export async function signOut(access: AccessContext | null, headers: Headers): Promise<void> {
  await getAuth().api.signOut({ headers });
  if (access) {
    await runMutation(actorOf(access), async (_tx, audit) =>
      audit({ workspaceId: access.workspace.id, action: "user.signed-out", entityType: "User", entityId: access.user.id, summary: `${access.user.email} signed out` }),
    );
  }
}
