/**
 * Sign-in (lib/auth/sign-in.ts): one generic failure message whatever went wrong, and
 * failures limited per e-mail address and per network address, with counters in the database.
 */
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { GENERIC_SIGN_IN_FAILURE, RATE_LIMITED_MESSAGE, SIGN_IN_LIMITS, signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import { createTestMember, createTestWorkspace, snapshotDatabase, TEST_PASSWORD, uniqueCode } from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

const WRONG_PASSWORD = "not the right password at all";

let workspaceId: string;
let admin: AccessContext;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  admin = await createTestMember(workspaceId, "ADMIN");
});

/** A network address no other test uses. */
function freshIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

function attempt(email: string, password: string, ip: string | null = freshIp()) {
  return signIn({ email, password }, { headers: new Headers(), ip });
}

const member = (options: { email?: string; mustChangePassword?: boolean } = {}) =>
  createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP", ...options });

/** Everything but the rate-limit counters, which failed attempts are meant to change. */
const snapshotExceptCounters = () => snapshotDatabase({ exclude: ["RateLimitBucket"] });

describe("signIn", () => {
  it("signs a person in with the right password, creates a session and records a user.signed-in event", async () => {
    const person = await member();
    const ip = freshIp();
    expect(await attempt(person.user.email, TEST_PASSWORD, ip)).toEqual({ ok: true, mustChangePassword: false });
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.signed-in", entityId: person.user.id } });
    expect(event).toMatchObject({ workspaceId, actorId: person.user.id, actorLabel: person.user.email, entityType: "User" });
    expect(event.after).toEqual({ address: ip });
  });

  it("accepts the e-mail address in any case and with surrounding spaces", async () => {
    const person = await member({ email: "focal@test.example" });
    expect(await attempt("Focal@Test.Example", TEST_PASSWORD)).toEqual({ ok: true, mustChangePassword: false });
    expect(await attempt("  FOCAL@TEST.EXAMPLE ", TEST_PASSWORD)).toEqual({ ok: true, mustChangePassword: false });
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(2);
  });

  it("tells a person with a temporary password to change it", async () => {
    const person = await member({ mustChangePassword: true });
    expect(await attempt(person.user.email, TEST_PASSWORD)).toEqual({ ok: true, mustChangePassword: true });
  });

  describe("gives exactly the same answer to every failure, and changes nothing but the counters and one grouped audit event", () => {
    const failures: { name: string; prepare: () => Promise<{ email: string; password: string }> }[] = [
      { name: "a wrong password", prepare: async () => ({ email: (await member()).user.email, password: WRONG_PASSWORD }) },
      {
        name: "an unknown e-mail address",
        prepare: async () => ({ email: `nobody-${uniqueCode("n").toLowerCase()}@test.example`, password: TEST_PASSWORD }),
      },
      {
        name: "a deactivated membership (right password)",
        prepare: async () => {
          const person = await member();
          await setMembershipActive(admin, person.membership.id, false);
          return { email: person.user.email, password: TEST_PASSWORD };
        },
      },
      {
        name: "a deactivated account (right password)",
        prepare: async () => {
          const person = await member();
          await withoutAuditGuard(() => db.user.update({ where: { id: person.user.id }, data: { isActive: false } }));
          return { email: person.user.email, password: TEST_PASSWORD };
        },
      },
      { name: "an empty password", prepare: async () => ({ email: (await member()).user.email, password: "" }) },
    ];

    it.each(failures)("$name", async ({ prepare }) => {
      const { email, password } = await prepare();
      const ip = freshIp();
      const before = await snapshotExceptCounters();
      expect(await attempt(email, password, ip)).toEqual({ ok: false, message: GENERIC_SIGN_IN_FAILURE });
      // The first failure of the window is audited; a second one is only counted.
      const failed = await db.auditEvent.findMany({ where: { action: "user.sign-in-failed", summary: { contains: email } } });
      expect(failed).toHaveLength(1);
      expect(failed[0]!.after).toEqual({ address: ip, attempt: 1 });
      const afterFirst = await snapshotExceptCounters();
      expect(afterFirst.counts).toEqual({ ...before.counts, AuditEvent: before.counts.AuditEvent! + 1 });
      expect(await attempt(email, password, ip)).toEqual({ ok: false, message: GENERIC_SIGN_IN_FAILURE });
      expect(await snapshotExceptCounters()).toEqual(afterFirst);
      // The failure counts against the address and the network address.
      const counters = await db.rateLimitBucket.findMany({ where: { key: { in: [`sign-in:email:${email}`, `sign-in:address:${ip}`] } } });
      expect(counters.map((counter) => counter.count)).toEqual([2, 2]);
    });
  });

  it(`refuses an address after ${SIGN_IN_LIMITS.perEmail.limit} failures, even with the right password, while others still sign in`, async () => {
    const person = await member();
    const limit = SIGN_IN_LIMITS.perEmail.limit;
    expect(limit).toBe(5);
    for (let failure = 0; failure < limit; failure++) {
      expect(await attempt(person.user.email, WRONG_PASSWORD)).toEqual({ ok: false, message: GENERIC_SIGN_IN_FAILURE });
    }
    const before = await snapshotDatabase();
    expect(await attempt(person.user.email, TEST_PASSWORD)).toEqual({ ok: false, message: RATE_LIMITED_MESSAGE, rateLimited: true });
    expect(await attempt(person.user.email.toUpperCase(), TEST_PASSWORD)).toEqual({
      ok: false,
      message: RATE_LIMITED_MESSAGE,
      rateLimited: true,
    });
    expect(await snapshotDatabase()).toEqual(before);
    expect(await db.session.count({ where: { userId: person.user.id } })).toBe(0);

    const other = await member();
    expect(await attempt(other.user.email, TEST_PASSWORD)).toEqual({ ok: true, mustChangePassword: false });
  });

  it("lets the address sign in again once the 15-minute window has passed", async () => {
    const person = await member();
    for (let failure = 0; failure < SIGN_IN_LIMITS.perEmail.limit; failure++) await attempt(person.user.email, WRONG_PASSWORD);
    expect(await attempt(person.user.email, TEST_PASSWORD)).toMatchObject({ rateLimited: true });
    await db.rateLimitBucket.update({
      where: { key: `sign-in:email:${person.user.email}` },
      data: { windowStartedAt: new Date(Date.now() - SIGN_IN_LIMITS.perEmail.windowMs - 1000) },
    });
    expect(await attempt(person.user.email, TEST_PASSWORD)).toEqual({ ok: true, mustChangePassword: false });
  });

  it(`refuses a network address after ${SIGN_IN_LIMITS.perAddress.limit} failures over different e-mail addresses`, async () => {
    const limit = SIGN_IN_LIMITS.perAddress.limit;
    expect(limit).toBe(30);
    const ip = freshIp();
    for (let failure = 0; failure < limit; failure++) {
      const result = await attempt(`guess-${failure}-${uniqueCode("g").toLowerCase()}@test.example`, WRONG_PASSWORD, ip);
      expect(result).toEqual({ ok: false, message: GENERIC_SIGN_IN_FAILURE });
    }
    const person = await member();
    const before = await snapshotDatabase();
    expect(await attempt(person.user.email, TEST_PASSWORD, ip)).toEqual({ ok: false, message: RATE_LIMITED_MESSAGE, rateLimited: true });
    expect(await snapshotDatabase()).toEqual(before);
    // The same person from another network address is not affected.
    expect(await attempt(person.user.email, TEST_PASSWORD, freshIp())).toEqual({ ok: true, mustChangePassword: false });
  });

  it("clears the address's failure count after a successful sign-in", async () => {
    const person = await member();
    const limit = SIGN_IN_LIMITS.perEmail.limit;
    for (let failure = 0; failure < limit - 1; failure++) await attempt(person.user.email, WRONG_PASSWORD);
    expect(await attempt(person.user.email, TEST_PASSWORD)).toEqual({ ok: true, mustChangePassword: false });
    expect(await db.rateLimitBucket.findUnique({ where: { key: `sign-in:email:${person.user.email}` } })).toBeNull();
    // Without the reset these would make 2 x (limit - 1) failures and lock the address.
    for (let failure = 0; failure < limit - 1; failure++) {
      expect(await attempt(person.user.email, WRONG_PASSWORD)).toEqual({ ok: false, message: GENERIC_SIGN_IN_FAILURE });
    }
    expect(await attempt(person.user.email, TEST_PASSWORD)).toEqual({ ok: true, mustChangePassword: false });
  });

  it("limits an unknown network address only per e-mail: no shared counter that would lock out everyone", async () => {
    const email = `unknown-ip-${uniqueCode("u").toLowerCase()}@test.example`;
    await attempt(email, WRONG_PASSWORD, null);
    const before = await db.rateLimitBucket.count({ where: { key: { startsWith: "sign-in:address:" } } });
    await attempt(email, WRONG_PASSWORD, null);
    expect(await db.rateLimitBucket.count({ where: { key: { startsWith: "sign-in:address:" } } })).toBe(before);
    expect(await db.rateLimitBucket.findMany({ where: { key: { in: ["sign-in:address:unknown", "sign-in:address:null"] } } })).toEqual([]);
    expect(await db.rateLimitBucket.findUnique({ where: { key: `sign-in:email:${email}` } })).toMatchObject({ count: 2 });
  });
});
