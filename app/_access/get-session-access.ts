import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAuth } from "@/lib/auth/auth";
import { loadAccessContext } from "@/lib/auth/load-access-context";

export type SessionAccess =
  | { status: "signed-out" }
  | { status: "no-access"; user: { id: string; email: string; name: string } }
  | { status: "must-change-password"; access: AccessContext; sessionId: string }
  | { status: "ok"; access: AccessContext; sessionId: string };

/**
 * Reads the session cookie once per request (React cache) and turns it into an access
 * context. The workspace comes from the person's memberships.
 */
export const getSessionAccess = cache(async (): Promise<SessionAccess> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return { status: "signed-out" };
  const access = await loadAccessContext(session.user.id, { via: "session" });
  if (!access) return { status: "no-access", user: { id: session.user.id, email: session.user.email, name: session.user.name } };
  if (session.user.mustChangePassword) return { status: "must-change-password", access, sessionId: session.session.id };
  return { status: "ok", access, sessionId: session.session.id };
});
