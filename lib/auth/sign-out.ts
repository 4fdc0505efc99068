import "server-only";
import type { AccessContext } from "./access-context";
import { actorOf } from "./access-context";
import { isAPIError } from "better-auth/api";
import { getAuth } from "./auth";
import { runMutation } from "@/lib/audit/run-mutation";
import { libText } from "@/lib/i18n/lib-text";

/** Ends the current session (and clears its cookie in a server action). */
export async function signOut(access: AccessContext | null, headers: Headers): Promise<void> {
  try {
    await getAuth().api.signOut({ headers });
  } catch (error) {
    // Already signed out (expired or deleted session): there is nothing to end.
    if (!isAPIError(error)) throw error;
  }
  if (access) {
    await runMutation(actorOf(access), async (_tx, audit) =>
      audit({
        workspaceId: access.workspace.id,
        action: "user.signed-out",
        entityType: "User",
        entityId: access.user.id,
        summary: libText("auditSummaries.signedOut", { email: access.user.email }),
      }),
    );
  }
}
