/**
 * E-mails about a person's own account, against a real SMTP server in process (decision 030):
 * an invitation carries a one-time link to choose a password (with e-mail off, the temporary
 * password stays); "Forgot password?" e-mails a link in the person's language and answers the
 * same for unknown addresses; a link works once, expires, is stored only hashed, and setting a
 * password from it ends sessions and API tokens as a password change does. Bad input changes
 * nothing.
 */
import { verifyPassword } from "better-auth/crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { PASSWORD_LINK_LIFETIME_MS } from "@/lib/auth/password-links";
import { findPasswordLink } from "@/lib/auth/find-password-link";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { setPasswordFromLink } from "@/lib/auth/set-password-from-link";
import { db } from "@/lib/db";
import { getAppUrl } from "@/lib/env";
import { createOutboxSender } from "@/lib/notifications/outbox-sender";
import { SENT_LINK_REMOVED } from "@/lib/notifications/record-delivery-outcome";
import { createSmtpTransport } from "@/lib/notifications/smtp-transport";
import { inviteUser } from "@/lib/users/invite-user";
import { setOwnLanguage } from "@/lib/users/set-own-language";
import {
  catchAppError,
  createTestApiToken,
  createTestMember,
  createTestSession,
  createTestWorkspace,
  snapshotDatabase,
  uniqueCode,
} from "../fixtures/factories";
import { startSmtpTestServer, type ReceivedMail, type SmtpTestServer } from "../fixtures/smtp-test-server";

const NEW_PASSWORD = "a new passphrase of five words";
const LINK = /\/set-password\/([A-Za-z0-9_-]{43})/;

let smtp: SmtpTestServer;
let workspaceId: string;
let admin: AccessContext;
const previousSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
  ({ workspaceId } = await createTestWorkspace());
  admin = await createTestMember(workspaceId, "ADMIN");
});

afterAll(async () => {
  if (previousSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

afterEach(() => {
  smtp.behaviour = "accept";
  smtp.received.length = 0;
});

/** Runs one round of a sender, as a server's would, and returns what reached the address. */
async function deliver(address: string): Promise<ReceivedMail[]> {
  await createOutboxSender({
    senderId: "test",
    transport: createSmtpTransport(smtp.url),
    from: "Capacitas <no-reply@capacitas.test>",
    queuesReminders: false,
  }).pollOnce();
  return smtp.received.filter((mail) => mail.to.includes(address));
}

function linkIn(mail: ReceivedMail): string {
  const token = LINK.exec(mail.text)?.[1];
  if (!token) throw new Error(`No link in the e-mail:\n${mail.text}`);
  expect(mail.text).toContain(`${getAppUrl()}/set-password/${token}`);
  return token;
}

const passwordOf = async (userId: string) =>
  (await db.account.findUnique({ where: { providerId_accountId: { providerId: "credential", accountId: userId } } }))?.password ?? null;

describe("an invitation with e-mail on", () => {
  it("e-mails a new person a one-time link instead of showing a temporary password, and the link sets their password once", async () => {
    const email = `${uniqueCode("new").toLowerCase()}@test.example`;
    const invited = await inviteUser(admin, { email, name: "New Person", role: "VIEWER" });
    expect(invited).toMatchObject({ temporaryPassword: null, invitationEmailed: true });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    // No password exists until the person chooses one: nobody can sign in as them meanwhile.
    expect(await passwordOf(user.id)).toBeNull();
    expect(user.mustChangePassword).toBe(false);

    const [mail, ...others] = await deliver(email);
    expect(others).toEqual([]);
    expect(mail!.subject).toContain(admin.workspace.name);
    expect(mail!.text).toContain(admin.user.name);
    expect(mail!.text).toContain("within 7 days");
    const token = linkIn(mail!);
    // Only the hash is kept; the delivered e-mail's copy of the link is dropped from the outbox.
    const stored = await db.passwordToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored).toMatchObject({ purpose: "invitation", workspaceId, usedAt: null });
    const outbox = await db.outboxMessage.findFirstOrThrow({ where: { recipientUserId: user.id, kind: "invitation" } });
    expect(outbox).toMatchObject({ status: "SENT", text: SENT_LINK_REMOVED });
    expect(await findPasswordLink(token)).toEqual({ purpose: "invitation", email });

    await setPasswordFromLink({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await verifyPassword({ hash: (await passwordOf(user.id))!, password: NEW_PASSWORD })).toBe(true);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.password-set-from-link", workspaceId } })).toBe(1);

    // Used once: a second use (another tab, a forwarded e-mail) is refused and changes nothing.
    const before = await snapshotDatabase();
    const error = await catchAppError(
      setPasswordFromLink({ token, newPassword: "another passphrase here", confirmPassword: "another passphrase here" }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await snapshotDatabase()).toEqual(before);
    expect(await findPasswordLink(token)).toBeNull();
  });

  it("tells someone who already has a password to sign in as usual, with no link, in their own language", async () => {
    const { workspaceId: otherWorkspaceId } = await createTestWorkspace();
    const elsewhere = await createTestMember(otherWorkspaceId, "SECRETARIAT");
    await setOwnLanguage(elsewhere, "ro");
    const hashBefore = await passwordOf(elsewhere.user.id);

    const invited = await inviteUser(admin, { email: elsewhere.user.email, name: "Ignored", role: "VIEWER" });
    // The same answer as for a new address: the administrator learns nothing of other workspaces.
    expect(invited).toMatchObject({ temporaryPassword: null, invitationEmailed: true });
    const [mail] = await deliver(elsewhere.user.email);
    expect(mail!.subject).toBe(`Accesul dumneavoastră la ${admin.workspace.name} în Capacitas`);
    expect(mail!.text).toContain(`${getAppUrl()}/sign-in`);
    expect(mail!.text).not.toMatch(LINK);
    expect(await db.passwordToken.count({ where: { userId: elsewhere.user.id } })).toBe(0);
    expect(await passwordOf(elsewhere.user.id)).toBe(hashBefore);
  });

  it("keeps the temporary password, and queues nothing, when e-mail is off", async () => {
    delete process.env.SMTP_URL;
    try {
      const email = `${uniqueCode("off").toLowerCase()}@test.example`;
      const invited = await inviteUser(admin, { email, name: "Offline Person", role: "VIEWER" });
      expect(invited.invitationEmailed).toBe(false);
      expect(invited.temporaryPassword).toMatch(/^\S{12,}$/);
      const user = await db.user.findUniqueOrThrow({ where: { email } });
      expect(user.mustChangePassword).toBe(true);
      expect(await verifyPassword({ hash: (await passwordOf(user.id))!, password: invited.temporaryPassword! })).toBe(true);
      expect(await db.outboxMessage.count({ where: { recipientUserId: user.id } })).toBe(0);
      expect(await db.passwordToken.count({ where: { userId: user.id } })).toBe(0);
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
  });
});

describe("forgot password", () => {
  it("e-mails a Romanian person a Romanian link that sets a new password, ending their sessions and API tokens", async () => {
    const person = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    await setOwnLanguage(person, "ro");
    const session = await createTestSession(person.user.id);
    await createTestApiToken(person);

    await requestPasswordReset({ email: ` ${person.user.email.toUpperCase()} ` }, { ip: "203.0.113.7" });
    const [mail] = await deliver(person.user.email);
    expect(mail!.subject).toBe("Alegeți o parolă nouă pentru Capacitas");
    expect(mail!.text).toContain("în 60 de minute");
    const token = linkIn(mail!);
    expect(await db.auditEvent.count({ where: { entityId: person.user.id, action: "user.password-reset-requested", workspaceId } })).toBe(
      1,
    );

    await setPasswordFromLink({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await verifyPassword({ hash: (await passwordOf(person.user.id))!, password: NEW_PASSWORD })).toBe(true);
    expect(await db.session.count({ where: { id: session.id } })).toBe(0);
    expect(await db.apiToken.count({ where: { userId: person.user.id, revokedAt: null } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: person.user.id, action: "user.password-set-from-link" } })).toBe(1);
  });

  it("answers an unknown address the same, and sends and changes nothing", async () => {
    const before = await snapshotDatabase({ exclude: ["RateLimitBucket"] });
    await requestPasswordReset({ email: "nobody-here@test.example" }, { ip: "203.0.113.8" });
    expect(await deliver("nobody-here@test.example")).toEqual([]);
    expect(await snapshotDatabase({ exclude: ["RateLimitBucket"] })).toEqual(before);
  });

  it("is limited like sign-in: after 5 requests for an address in 15 minutes, the next is refused", async () => {
    const person = await createTestMember(workspaceId, "VIEWER");
    for (let request = 0; request < 5; request += 1) await requestPasswordReset({ email: person.user.email }, { ip: null });
    const before = await snapshotDatabase();
    expect((await catchAppError(requestPasswordReset({ email: person.user.email }, { ip: null }))).code).toBe("RATE_LIMITED");
    expect(await snapshotDatabase()).toEqual(before);
    // Only the newest link works: each request spent the one before.
    expect(await db.passwordToken.count({ where: { userId: person.user.id, usedAt: null } })).toBe(1);
  });

  it("refuses an expired link, a weak password and a mistyped confirmation, changing nothing", async () => {
    const person = await createTestMember(workspaceId, "VIEWER");
    await requestPasswordReset({ email: person.user.email }, { ip: null });
    const token = linkIn((await deliver(person.user.email))[0]!);
    const before = await snapshotDatabase();

    const weak = await catchAppError(setPasswordFromLink({ token, newPassword: "short", confirmPassword: "short" }));
    expect(weak.code).toBe("BAD_REQUEST");
    expect(weak.problems.map((problem) => problem.field)).toContain("newPassword");
    const mistyped = await catchAppError(setPasswordFromLink({ token, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }));
    expect(mistyped.problems.map((problem) => problem.field)).toContain("confirmPassword");
    const later = new Date(Date.now() + PASSWORD_LINK_LIFETIME_MS.reset + 1000);
    expect(
      (await catchAppError(setPasswordFromLink({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, later))).code,
    ).toBe("NOT_FOUND");
    expect(await findPasswordLink(token, later)).toBeNull();
    expect(
      (await catchAppError(setPasswordFromLink({ token: "x".repeat(43), newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }))).code,
    ).toBe("NOT_FOUND");
    expect(await snapshotDatabase()).toEqual(before);
    // Still good within its hour.
    expect(await findPasswordLink(token)).toMatchObject({ purpose: "reset" });
  });
});
