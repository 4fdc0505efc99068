import "server-only";
import type { z } from "zod";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { passwordResetEmail } from "@/lib/notifications/messages/password-reset-email";
import { emailLocale } from "@/lib/notifications/messages/email-translator";
import { queueAccountEmail } from "@/lib/notifications/queue-account-email";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { startPasswordAttempt } from "./password-attempts";
import { issuePasswordLink, PASSWORD_LINK_LIFETIME_MS, passwordLinkPath } from "./password-links";
import { requestPasswordResetSchema } from "./password-link-schemas";
import { libText } from "@/lib/i18n/lib-text";

export const RESET_EMAIL_OFF_MESSAGE = libText("errors.resetEmailOff").english;
export const RESET_LIMITED_MESSAGE = libText("errors.resetLimited").english;

/**
 * "Forgot password?": e-mails a one-time link to choose a new password to the active person
 * with this address, in their language. The caller answers the same whether or not the
 * address has an account (no account enumeration); only the e-mail differs, and it reaches
 * the address's owner alone. Requests count against the sign-in limits, per address typed and
 * per network address (lib/auth/password-attempts.ts), so the form cannot be used to flood a
 * mailbox. Each request is audited in the person's home workspace.
 */
export async function requestPasswordReset(
  raw: z.input<typeof requestPasswordResetSchema>,
  request: { ip: string | null },
  now = new Date(),
): Promise<void> {
  const { email } = parseOrThrow(requestPasswordResetSchema, raw, libText("validation.enterEmail"));
  if (!getEnv().SMTP_URL) throw new AppError("CONFLICT", libText("errors.resetEmailOff"));
  // Every request keeps its slot: unlike a right password, a request never "succeeds" early.
  const attempt = await startPasswordAttempt("password-reset", `password-reset:email:${email}`, request.ip);
  if (!attempt) throw new AppError("RATE_LIMITED", libText("errors.resetLimited"));

  const person = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      isActive: true,
      locale: true,
      memberships: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { workspace: { select: { id: true, defaultLocale: true } } },
      },
    },
  });
  const home = person?.memberships[0]?.workspace;
  if (!person?.isActive || !home) return;

  await runMutation({ userId: null, label: `password reset request from ${request.ip ?? "an unknown address"}` }, async (tx, audit) => {
    const token = await issuePasswordLink(tx, { userId: person.id, purpose: "reset", workspaceId: home.id, now });
    const locale = emailLocale(person.locale, home.defaultLocale);
    await queueAccountEmail(tx, {
      workspaceId: home.id,
      recipient: { userId: person.id, email: person.email },
      kind: "password-reset",
      locale,
      email: passwordResetEmail(locale, { email: person.email, validMinutes: PASSWORD_LINK_LIFETIME_MS.reset / 60_000 }),
      link: passwordLinkPath(token),
    });
    await audit({
      workspaceId: home.id,
      action: "user.password-reset-requested",
      entityType: "User",
      entityId: person.id,
      summary: libText("auditSummaries.passwordLinkSent", { email: person.email }),
      after: { address: request.ip },
    });
  });
}
