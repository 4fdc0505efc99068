/**
 * Sign-in limits that hold (issue 18, item 7): forwarded headers count only from trusted
 * proxies, limits are counted atomically (40 concurrent guesses let exactly the limit
 * through), change-password is limited too, and failures and lock-outs are audited in groups.
 */
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { changeOwnPassword, PASSWORD_CHANGE_LIMITED_MESSAGE } from "@/lib/auth/change-own-password";
import { clientAddressFrom, PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { guardForwardedHeaders } from "@/lib/auth/forwarded-headers-guard";
import { GENERIC_SIGN_IN_FAILURE, RATE_LIMITED_MESSAGE, SIGN_IN_LIMITS, signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import {
  catchAppError,
  createTestMember,
  createTestSession,
  createTestWorkspace,
  snapshotDatabase,
  TEST_PASSWORD,
  uniqueCode,
} from "../fixtures/factories";

const WRONG_PASSWORD = "not the right password at all";
const NEW_PASSWORD = "a new and long passphrase";

let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
});

const freshIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const member = () => createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
const guarded = (headers: Record<string, string>, trustedProxies: string[] = []) =>
  clientAddressFrom(new Headers(headers), { trustedProxies, isGuarded: true });

describe("forwarded headers count only from trusted proxies", () => {
  it("without trusted proxies, the client is the connection's peer whatever X-Forwarded-For says", () => {
    expect(guarded({ [PEER_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "1.2.3.4" })).toBe("203.0.113.7");
    expect(guarded({ [PEER_ADDRESS_HEADER]: "::ffff:203.0.113.7" })).toBe("203.0.113.7");
  });

  it("behind trusted proxies, the first address from the right that is not a proxy", () => {
    const trusted = ["127.0.0.1", "10.0.0.0/8"];
    expect(guarded({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "forged, 198.51.100.2" }, trusted)).toBe("198.51.100.2");
    expect(guarded({ [PEER_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "1.1.1.1, 198.51.100.2, 10.1.2.3" }, trusted)).toBe(
      "198.51.100.2",
    );
    // A proxy that is not trusted cannot vouch for anyone.
    expect(guarded({ [PEER_ADDRESS_HEADER]: "192.0.2.50", "x-forwarded-for": "198.51.100.2" }, trusted)).toBe("192.0.2.50");
  });

  it("knows no address when the guard does not run in the process (the peer header could be the client's own)", () => {
    expect(clientAddressFrom(new Headers({ [PEER_ADDRESS_HEADER]: "203.0.113.7" }), { isGuarded: false })).toBeNull();
    expect(guarded({})).toBeNull();
  });

  it("the guard drops X-Forwarded-* (Host too) from anyone but a trusted proxy, and writes the real peer over a forged one", () => {
    const forged = () => ({
      headers: {
        "x-forwarded-for": "1.2.3.4",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        "x-real-ip": "5.6.7.8",
        [PEER_ADDRESS_HEADER]: "9.9.9.9",
        host: "tracker.example",
      } as Record<string, string>,
    });
    const direct = { ...forged(), socket: { remoteAddress: "::ffff:203.0.113.7" } };
    guardForwardedHeaders(direct as never, []);
    expect(direct.headers).toEqual({ [PEER_ADDRESS_HEADER]: "203.0.113.7", host: "tracker.example" });

    const proxied = { ...forged(), socket: { remoteAddress: "10.0.0.2" } };
    guardForwardedHeaders(proxied as never, ["10.0.0.0/8"]);
    expect(proxied.headers).toMatchObject({
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-host": "evil.example",
      [PEER_ADDRESS_HEADER]: "10.0.0.2",
    });
  });

  it("a new forged X-Forwarded-For on each try no longer escapes the per-address limit", async () => {
    const peer = freshIp();
    const results = [];
    for (let index = 0; index < SIGN_IN_LIMITS.perAddress.limit + 3; index += 1) {
      const headers = { [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": freshIp() };
      const email = `spray-${index}-${uniqueCode("s").toLowerCase()}@test.example`;
      results.push(await signIn({ email, password: WRONG_PASSWORD }, { headers: new Headers(), ip: guarded(headers) }));
    }
    expect(results.filter((result) => !result.ok && result.rateLimited)).toHaveLength(3);
    const lockOut = await db.auditEvent.findFirstOrThrow({
      where: { action: "user.locked-out", entityType: "NetworkAddress", entityId: peer },
    });
    expect(lockOut.after).toEqual({ form: "sign-in", scope: "address", attempts: SIGN_IN_LIMITS.perAddress.limit, address: peer });
  });

  it("TRUSTED_PROXIES is read from the environment: none by default, addresses and ranges, anything else refused", () => {
    expect(parseEnv({ NODE_ENV: "test" }).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ NODE_ENV: "test", TRUSTED_PROXIES: " 127.0.0.1, 10.0.0.0/8 ,::1,fd00::/8" }).TRUSTED_PROXIES).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "::1",
      "fd00::/8",
    ]);
    for (const bad of ["localhost", "10.0.0.0/33", "300.1.1.1", "10.0.0.0/8/1"]) {
      expect(() => parseEnv({ NODE_ENV: "test", TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES must be comma-separated IP addresses/);
    }
  });
});

describe("limits counted atomically", () => {
  it(`40 concurrent guesses on one e-mail address: exactly ${SIGN_IN_LIMITS.perEmail.limit} are checked, the rest refused`, async () => {
    const person = await member();
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        signIn({ email: person.user.email, password: WRONG_PASSWORD }, { headers: new Headers(), ip: freshIp() }),
      ),
    );
    expect(results.filter((result) => !result.ok && result.message === GENERIC_SIGN_IN_FAILURE)).toHaveLength(
      SIGN_IN_LIMITS.perEmail.limit,
    );
    expect(results.filter((result) => !result.ok && result.message === RATE_LIMITED_MESSAGE)).toHaveLength(
      40 - SIGN_IN_LIMITS.perEmail.limit,
    );
    expect(await db.rateLimitBucket.findUnique({ where: { key: `sign-in:email:${person.user.email}` } })).toMatchObject({
      count: SIGN_IN_LIMITS.perEmail.limit,
    });
    // Grouped: one failure event and one lock-out for the whole attack.
    const events = await db.auditEvent.findMany({
      where: { entityId: person.user.id, action: { in: ["user.sign-in-failed", "user.locked-out"] } },
    });
    expect(events.map((event) => event.action).sort()).toEqual(["user.locked-out", "user.sign-in-failed"]);
    expect(events.every((event) => event.workspaceId === workspaceId)).toBe(true);
    expect(events.find((event) => event.action === "user.locked-out")!.after).toMatchObject({
      form: "sign-in",
      scope: "account",
      attempts: 5,
    });
    // Locked out even with the right password, and the refusal writes nothing.
    const before = await snapshotDatabase();
    expect(await signIn({ email: person.user.email, password: TEST_PASSWORD }, { headers: new Headers(), ip: freshIp() })).toMatchObject({
      rateLimited: true,
    });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a successful sign-in is audited and gives its slot back to the network address", async () => {
    const person = await member();
    const ip = freshIp();
    expect(await signIn({ email: person.user.email, password: TEST_PASSWORD }, { headers: new Headers(), ip })).toMatchObject({ ok: true });
    expect(await db.rateLimitBucket.findUnique({ where: { key: `sign-in:address:${ip}` } })).toMatchObject({ count: 0 });
    expect(await db.auditEvent.count({ where: { action: "user.signed-in", entityId: person.user.id } })).toBe(1);
  });
});

describe("change-password is limited too", () => {
  let person: AccessContext;
  let sessionId: string;

  beforeAll(async () => {
    person = await member();
    sessionId = (await createTestSession(person.user.id)).id;
  });

  it("refuses guesses of the current password past the limit, even concurrent ones, then even the right one, changing nothing", async () => {
    const wrong = { currentPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    const errors = await Promise.all(
      Array.from({ length: 12 }, () => catchAppError(changeOwnPassword(person, sessionId, wrong, { ip: freshIp() }))),
    );
    expect(errors.filter((error) => error.code === "BAD_REQUEST")).toHaveLength(5);
    expect(errors.filter((error) => error.code === "RATE_LIMITED")).toHaveLength(7);
    expect(errors.find((error) => error.code === "RATE_LIMITED")!.message).toBe(PASSWORD_CHANGE_LIMITED_MESSAGE);
    const actions = await db.auditEvent.findMany({
      where: { entityId: person.user.id, action: { in: ["user.password-change-failed", "user.locked-out"] } },
      select: { action: true, actorId: true, workspaceId: true },
    });
    expect(actions.map((event) => event.action).sort()).toEqual(["user.locked-out", "user.password-change-failed"]);
    expect(actions.every((event) => event.actorId === person.user.id && event.workspaceId === workspaceId)).toBe(true);

    const before = await snapshotDatabase();
    const right = { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect((await catchAppError(changeOwnPassword(person, sessionId, right, { ip: freshIp() }))).code).toBe("RATE_LIMITED");
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a right password changes it, audited, and clears the count", async () => {
    const someone = await member();
    const session = await createTestSession(someone.user.id);
    await catchAppError(
      changeOwnPassword(someone, session.id, { currentPassword: WRONG_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    await changeOwnPassword(someone, session.id, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(await db.rateLimitBucket.findUnique({ where: { key: `change-password:user:${someone.user.id}` } })).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.password-changed", entityId: someone.user.id } })).toBe(1);
  });
});
