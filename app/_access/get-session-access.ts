import "server-only";
import { createHash } from "node:crypto";
import { headers } from "next/headers";
import { cache } from "react";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAuth } from "@/lib/auth/auth";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { rememberUntilDatabaseChanges } from "@/lib/database/remember-until-database-changes";

export type SessionAccess =
  | { status: "signed-out" }
  | { status: "no-access"; user: { id: string; email: string; name: string } }
  | { status: "must-change-password"; access: AccessContext; sessionId: string }
  | { status: "ok"; access: AccessContext; sessionId: string };

/**
 * How long a session's answer may be reused while the database is unchanged: the session can
 * also end by the clock (its expiry, or better-auth's hourly renewal), which no write announces.
 */
const SESSION_REMEMBERED_MS = 30_000;

/**
 * Reads the session cookie once per request (React cache) and turns it into an access
 * context. The workspace comes from the person's memberships.
 *
 * On SQLite the answer for the same cookies is remembered until the database changes, for at
 * most SESSION_REMEMBERED_MS (decision 062): better-auth's lookup is two Prisma statements, a
 * sixth of a simple page's time on the server's one thread. Signing out, a revoked session, a
 * changed role or password are all writes, so the next request reads again. Keyed by a hash of
 * the cookies, never the token itself.
 */
export const getSessionAccess = cache(async (): Promise<SessionAccess> => sessionAccessOf(await headers()));

/** The session of a request's headers (getSessionAccess without Next's request scope, for tests). */
export function sessionAccessOf(requestHeaders: Headers): Promise<SessionAccess> {
  const cookie = requestHeaders.get("cookie");
  if (!cookie) return readSessionAccess(requestHeaders);
  const key = `session:${createHash("sha256").update(cookie).digest("base64url")}`;
  return rememberUntilDatabaseChanges(key, () => readSessionAccess(requestHeaders), { maxAgeMs: SESSION_REMEMBERED_MS });
}

async function readSessionAccess(requestHeaders: Headers): Promise<SessionAccess> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return { status: "signed-out" };
  const access = await loadAccessContext(session.user.id, { via: "session" });
  if (!access) return { status: "no-access", user: { id: session.user.id, email: session.user.email, name: session.user.name } };
  if (session.user.mustChangePassword) return { status: "must-change-password", access, sessionId: session.session.id };
  return { status: "ok", access, sessionId: session.session.id };
}
