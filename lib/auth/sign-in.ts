import "server-only";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { getAuth } from "./auth";
import { PASSWORD_ATTEMPT_LIMITS, passwordAttemptFailed, passwordAttemptSucceeded, startPasswordAttempt } from "./password-attempts";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { libText, zodMessage } from "@/lib/i18n/lib-text";

/** Attempts allowed per e-mail address and per network address in 15 minutes (lib/auth/password-attempts.ts). */
export const SIGN_IN_LIMITS = { perEmail: PASSWORD_ATTEMPT_LIMITS.perAccount, perAddress: PASSWORD_ATTEMPT_LIMITS.perAddress } as const;

/** What a refused sign-in says, by key, for the sign-in form to word in the page's language. */
export const SIGN_IN_FAILED = libText("errors.signInFailed");
export const SIGN_IN_LIMITED = libText("errors.signInLimited");
export const GENERIC_SIGN_IN_FAILURE = SIGN_IN_FAILED.english;
export const RATE_LIMITED_MESSAGE = SIGN_IN_LIMITED.english;

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, zodMessage("validation.enterEmail"))
    .max(TEXT_LIMITS.email, zodMessage("validation.keepEmailUnder", { max: String(TEXT_LIMITS.email) })),
  password: z
    .string()
    .min(1, zodMessage("validation.enterPassword"))
    .max(TEXT_LIMITS.passwordInput, zodMessage("validation.passwordTooLong")),
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
  if (!attempt) return { ok: false, message: SIGN_IN_LIMITED.english, rateLimited: true };

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
    return { ok: false, message: SIGN_IN_FAILED.english };
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
      summary: libText("auditSummaries.signedIn", { email }),
      after: { address: request.ip },
    }),
  );
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mustChangePassword: true } });
  return { ok: true, mustChangePassword: user.mustChangePassword };
}
