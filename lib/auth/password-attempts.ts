import "server-only";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import type { Actor } from "@/lib/audit/audit-actions";
import { recordAuditEvents, type AuditEventInput } from "@/lib/audit/record-audit-event";
import { clearRateLimit, isRateLimited, releaseRateLimitSlot, takeRateLimitSlot, type RateLimitRule } from "./rate-limit";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Password guesses allowed in 15 minutes, per account (an e-mail address at sign-in, a person
 * at a password change) and per network address (both forms share that counter).
 */
export const PASSWORD_ATTEMPT_LIMITS = {
  perAccount: { limit: 5, windowMs: 15 * 60 * 1000 },
  perAddress: { limit: 30, windowMs: 15 * 60 * 1000 },
} as const satisfies Record<string, RateLimitRule>;

export type PasswordForm = "sign-in" | "change-password" | "password-reset";

export type PasswordAttempt = {
  form: PasswordForm;
  accountKey: string;
  addressKey: string | null;
  /** The n-th attempt on the account, and whether it was the last one the window allows. */
  account: { attempt: number; isLast: boolean };
  address: { attempt: number; isLast: boolean } | null;
};

/** The counter of guesses from a network address, shared by sign-in and password changes. */
export const addressKeyOf = (address: string | null) => (address ? `sign-in:address:${address}` : null);

/**
 * Takes a slot for one password guess, on the network address and on the account, or null
 * when either limit is reached (then nothing was written). Without a known address only the
 * account's limit applies: one shared "unknown" counter would let a few failures lock out
 * everyone behind the same gap in the headers.
 */
export async function startPasswordAttempt(
  form: PasswordForm,
  accountKey: string,
  address: string | null,
): Promise<PasswordAttempt | null> {
  const addressKey = addressKeyOf(address);
  // A refusal known in advance writes nothing; the slots below are what holds under concurrency.
  if (
    (await isRateLimited(accountKey, PASSWORD_ATTEMPT_LIMITS.perAccount)) ||
    (addressKey && (await isRateLimited(addressKey, PASSWORD_ATTEMPT_LIMITS.perAddress)))
  ) {
    return null;
  }
  const addressSlot = addressKey ? await takeRateLimitSlot(addressKey, PASSWORD_ATTEMPT_LIMITS.perAddress) : null;
  if (addressSlot && !addressSlot.allowed) return null;
  const accountSlot = await takeRateLimitSlot(accountKey, PASSWORD_ATTEMPT_LIMITS.perAccount);
  if (!accountSlot.allowed) {
    if (addressKey) await releaseRateLimitSlot(addressKey);
    return null;
  }
  return {
    form,
    accountKey,
    addressKey,
    account: { attempt: accountSlot.attempt, isLast: accountSlot.isLast },
    address: addressSlot?.allowed ? { attempt: addressSlot.attempt, isLast: addressSlot.isLast } : null,
  };
}

/** A right password: the account's count starts again, and the address gets its slot back (an office behind one address is not punished for signing in). */
export async function passwordAttemptSucceeded(attempt: PasswordAttempt): Promise<void> {
  await clearRateLimit(attempt.accountKey);
  if (attempt.addressKey) await releaseRateLimitSlot(attempt.addressKey);
}

/**
 * A wrong password: the slots stay taken. Audited in groups, so that an attack cannot flood
 * the log: the first failure on an account in a window, and each lock-out (of the account,
 * of the address) with the number of attempts; the failures between are in the counters.
 */
export async function passwordAttemptFailed(
  attempt: PasswordAttempt,
  who: {
    workspaceId: string | null;
    /** Who tried: at sign-in nobody known yet, at a password change the signed-in person. */
    actor: Actor;
    /** The account tried: its user id when the address belongs to one, and its e-mail address. */
    account: { userId: string | null; email: string };
    address: string | null;
  },
): Promise<void> {
  const minutes = PASSWORD_ATTEMPT_LIMITS.perAccount.windowMs / 60_000;
  // A select of the messages, whose cases are names: "sign-in" cannot be one.
  const form = attempt.form === "sign-in" ? "signIn" : attempt.form === "password-reset" ? "passwordReset" : "passwordChange";
  const base = {
    workspaceId: who.workspaceId,
    actor: who.actor,
    entityType: "User" as const,
    entityId: who.account.userId ?? `unknown:${who.account.email}`,
  };
  const events: AuditEventInput[] = [];
  if (attempt.account.attempt === 1) {
    events.push({
      ...base,
      action: attempt.form === "sign-in" ? "user.sign-in-failed" : "user.password-change-failed",
      summary: libText("auditSummaries.attemptFailed", { form, email: who.account.email, minutes }),
      after: { address: who.address, attempt: 1 },
    });
  }
  if (attempt.account.isLast) {
    events.push({
      ...base,
      action: "user.locked-out",
      summary: libText("auditSummaries.accountLockedOut", { form, email: who.account.email, minutes, attempts: attempt.account.attempt }),
      after: { form: attempt.form, scope: "account", attempts: attempt.account.attempt, address: who.address },
    });
  }
  if (attempt.address?.isLast && who.address) {
    events.push({
      ...base,
      // The address is not the person's: it is what the lock-out is about.
      workspaceId: null,
      entityType: "NetworkAddress",
      entityId: who.address,
      action: "user.locked-out",
      summary: libText("auditSummaries.addressLockedOut", { address: who.address, minutes, attempts: attempt.address.attempt }),
      after: { form: attempt.form, scope: "address", attempts: attempt.address.attempt, address: who.address },
    });
  }
  if (events.length > 0) await runInTransaction((tx) => recordAuditEvents(tx, events));
}
