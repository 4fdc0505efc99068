import "server-only";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { getAuth } from "./auth";
import { clearRateLimit, isRateLimited, recordRateLimitHit, type RateLimitRule } from "./rate-limit";

/** Failed attempts allowed per e-mail address and per network address in 15 minutes. */
export const SIGN_IN_LIMITS = {
  perEmail: { limit: 5, windowMs: 15 * 60 * 1000 },
  perAddress: { limit: 30, windowMs: 15 * 60 * 1000 },
} as const satisfies Record<string, RateLimitRule>;

export const GENERIC_SIGN_IN_FAILURE = "The e-mail address or password is not correct, or the account is not active.";
export const RATE_LIMITED_MESSAGE = "Too many failed sign-in attempts. Wait 15 minutes, then try again.";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your e-mail address").max(320),
  password: z.string().min(1, "Enter your password").max(1000),
});

export type SignInResult = { ok: true; mustChangePassword: boolean } | { ok: false; message: string; rateLimited?: boolean };

/**
 * Signs a person in with e-mail and password (better-auth creates the session and, in a
 * server action, sets the cookie). Every failure gets the same message, whether the address
 * is unknown, the password wrong or the account deactivated. Repeated failures are limited
 * per address and per network address; the per-address limit holds even when the network
 * address is forged.
 */
export async function signIn(
  input: { email: string; password: string },
  request: { headers: Headers; ip: string | null },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const emailKey = `sign-in:email:${email}`;
  // Without a known address only the per-e-mail limit applies: one shared "unknown" counter
  // would let a few failures lock out everyone behind the same gap in the headers.
  const addressKey = request.ip ? `sign-in:address:${request.ip}` : null;
  if (
    (await isRateLimited(emailKey, SIGN_IN_LIMITS.perEmail)) ||
    (addressKey && (await isRateLimited(addressKey, SIGN_IN_LIMITS.perAddress)))
  ) {
    return { ok: false, message: RATE_LIMITED_MESSAGE, rateLimited: true };
  }

  try {
    const result = await getAuth().api.signInEmail({ body: { email, password: input.password }, headers: request.headers });
    await clearRateLimit(emailKey);
    const membership = await db.membership.findFirst({
      where: { userId: result.user.id, isActive: true },
      orderBy: { createdAt: "asc" },
      select: { workspaceId: true },
    });
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        workspaceId: membership?.workspaceId ?? null,
        actor: { userId: result.user.id, label: email },
        action: "user.signed-in",
        entityType: "User",
        entityId: result.user.id,
        summary: `${email} signed in`,
        after: { address: request.ip },
      }),
    );
    const user = await db.user.findUniqueOrThrow({ where: { id: result.user.id }, select: { mustChangePassword: true } });
    return { ok: true, mustChangePassword: user.mustChangePassword };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordRateLimitHit(emailKey, SIGN_IN_LIMITS.perEmail);
    if (addressKey) await recordRateLimitHit(addressKey, SIGN_IN_LIMITS.perAddress);
    return { ok: false, message: GENERIC_SIGN_IN_FAILURE };
  }
}

/**
 * The client's network address for rate limiting. Next fills X-Forwarded-For from the socket
 * when no proxy did; behind a reverse proxy the last entry is the one the proxy added.
 */
export function clientAddressFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last ?? headers.get("x-real-ip");
}
