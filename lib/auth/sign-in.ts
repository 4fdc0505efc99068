import "server-only";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { getAuth } from "./auth";
import { PASSWORD_ATTEMPT_LIMITS, passwordAttemptFailed, passwordAttemptSucceeded, startPasswordAttempt } from "./password-attempts";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/** Attempts allowed per e-mail address and per network address in 15 minutes (lib/auth/password-attempts.ts). */
export const SIGN_IN_LIMITS = { perEmail: PASSWORD_ATTEMPT_LIMITS.perAccount, perAddress: PASSWORD_ATTEMPT_LIMITS.perAddress } as const;

export const GENERIC_SIGN_IN_FAILURE = "The e-mail address or password is not correct, or the account is not active.";
export const RATE_LIMITED_MESSAGE = "Too many failed sign-in attempts. Wait 15 minutes, then try again.";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your e-mail address")
    .max(TEXT_LIMITS.email, `Keep the e-mail address under ${TEXT_LIMITS.email} characters`),
  password: z.string().min(1, "Enter your password").max(TEXT_LIMITS.passwordInput, "That password is too long"),
});

export type SignInResult = { ok: true; mustChangePassword: boolean } | { ok: false; message: string; rateLimited?: boolean };

/**
 * Signs a person in with e-mail and password (better-auth creates the session and, in a
 * server action, sets the cookie). Every failure gets the same message, whether the address
 * is unknown, the password wrong or the account deactivated. Attempts are limited per
 * address and per network address, counted atomically before the password is checked, so
 * concurrent guesses cannot slip past the limit; `ip` is the client's address as trusted
 * proxies report it (lib/auth/client-address.ts). Failures and lock-outs are audited in groups.
 */
export async function signIn(
  input: { email: string; password: string },
  request: { headers: Headers; ip: string | null },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const attempt = await startPasswordAttempt("sign-in", `sign-in:email:${email}`, request.ip);
  if (!attempt) return { ok: false, message: RATE_LIMITED_MESSAGE, rateLimited: true };

  let userId: string;
  try {
    const result = await getAuth().api.signInEmail({ body: { email, password: input.password }, headers: request.headers });
    userId = result.user.id;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const known = await db.user.findUnique({
      where: { email },
      select: { id: true, memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { workspaceId: true } } },
    });
    await passwordAttemptFailed(attempt, {
      workspaceId: known?.memberships[0]?.workspaceId ?? null,
      actor: { userId: null, label: `sign-in from ${request.ip ?? "an unknown address"}` },
      account: { userId: known?.id ?? null, email },
      address: request.ip,
    });
    return { ok: false, message: GENERIC_SIGN_IN_FAILURE };
  }

  await passwordAttemptSucceeded(attempt);
  const membership = await db.membership.findFirst({
    where: { userId, isActive: true },
    orderBy: { createdAt: "asc" },
    select: { workspaceId: true },
  });
  await runInTransaction((tx) =>
    recordAuditEvent(tx, {
      workspaceId: membership?.workspaceId ?? null,
      actor: { userId, label: email },
      action: "user.signed-in",
      entityType: "User",
      entityId: userId,
      summary: `${email} signed in`,
      after: { address: request.ip },
    }),
  );
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mustChangePassword: true } });
  return { ok: true, mustChangePassword: user.mustChangePassword };
}
