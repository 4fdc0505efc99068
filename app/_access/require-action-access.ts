import "server-only";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import type { AccessContext } from "@/lib/auth/access-context";
import { getSessionAccess } from "./get-session-access";

/** For server actions: the signed-in person's access, or an error the form can show. */
export async function requireActionAccess(): Promise<AccessContext> {
  const state = await getSessionAccess();
  if (state.status === "signed-out") throw new AppError("UNAUTHENTICATED", libText("errors.sessionEnded"));
  if (state.status === "no-access") throw new AppError("FORBIDDEN", libText("errors.noAccessToThisWorkspace"));
  if (state.status === "must-change-password") throw new AppError("FORBIDDEN", libText("errors.chooseNewPasswordFirst"));
  return state.access;
}
