import "server-only";
import { AppError } from "@/lib/errors";
import type { AccessContext } from "@/lib/auth/access-context";
import { getSessionAccess } from "./get-session-access";

/** For server actions: the signed-in person's access, or an error the form can show. */
export async function requireActionAccess(): Promise<AccessContext> {
  const state = await getSessionAccess();
  if (state.status === "signed-out") throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again; nothing was saved.");
  if (state.status === "no-access") throw new AppError("FORBIDDEN", "Your account has no access to this workspace.");
  if (state.status === "must-change-password") throw new AppError("FORBIDDEN", "Choose a new password first.");
  return state.access;
}
