import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { getSessionAccess } from "./get-session-access";
import type { Permission } from "@/lib/auth/permissions";

/**
 * For pages: the signed-in person's access, or a redirect to sign-in (or to the password
 * change a temporary password requires). With a permission, refuses with the 403 page.
 */
export async function requirePageAccess(permission?: Permission): Promise<AccessContext> {
  const state = await getSessionAccess();
  if (state.status === "signed-out") redirect("/sign-in");
  if (state.status === "no-access") redirect("/no-access");
  if (state.status === "must-change-password") redirect("/account/password");
  if (permission && !can(state.access, permission)) forbidden();
  return state.access;
}
