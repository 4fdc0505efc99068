/**
 * A page's session is read once and then remembered on SQLite until the database changes, for
 * at most half a minute (decision 062): signing out, deactivating a person or changing a role is
 * a write, so the very next request reads the session again and is refused. On PostgreSQL every
 * request reads it.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sessionAccessOf } from "@/app/_access/get-session-access";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAuth } from "@/lib/auth/auth";
import { signOut } from "@/lib/auth/sign-out";
import { countQueries, databaseProvider } from "@/lib/db";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import { createTestMember, createTestWorkspace, TEST_PASSWORD } from "../fixtures/factories";

const onSqlite = databaseProvider() === "sqlite";
let workspaceId: string;
let admin: AccessContext;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  admin = await createTestMember(workspaceId, "ADMIN");
});

afterEach(() => {
  vi.useRealTimers();
});

async function signedIn(): Promise<{ member: AccessContext; headers: Headers }> {
  const member = await createTestMember(workspaceId, "VIEWER");
  const { headers } = await getAuth().api.signInEmail({
    body: { email: member.user.email, password: TEST_PASSWORD },
    headers: new Headers(),
    returnHeaders: true,
  });
  return { member, headers: new Headers({ cookie: headers.get("set-cookie")!.split(";")[0]! }) };
}

describe("the session of a page", () => {
  it("is read once on SQLite while nothing changes, and on every request on PostgreSQL", async () => {
    const { member, headers } = await signedIn();
    const first = await countQueries(() => sessionAccessOf(headers));
    expect(first.result).toMatchObject({ status: "ok", access: { user: { id: member.user.id } } });
    expect(first.queries).toBeGreaterThan(0);
    const second = await countQueries(() => sessionAccessOf(headers));
    expect(second.result).toEqual(first.result);
    expect(second.queries).toBe(onSqlite ? 0 : first.queries);
  });

  it("is refused at the next request after signing out, though it was remembered", async () => {
    const { member, headers } = await signedIn();
    expect((await sessionAccessOf(headers)).status).toBe("ok");
    await signOut(member, headers);
    expect(await sessionAccessOf(headers)).toEqual({ status: "signed-out" });
  });

  it("is refused at the next request after the person is deactivated", async () => {
    const { member, headers } = await signedIn();
    expect((await sessionAccessOf(headers)).status).toBe("ok");
    await setMembershipActive(admin, member.membership.id, false);
    expect((await sessionAccessOf(headers)).status).not.toBe("ok");
  });

  it("is read again after half a minute, though nothing changed (a session also ends by the clock)", async () => {
    const { headers } = await signedIn();
    await sessionAccessOf(headers);
    vi.useFakeTimers({ now: Date.now() + 31_000, toFake: ["Date"] });
    const later = await countQueries(() => sessionAccessOf(headers));
    expect(later.result.status).toBe("ok");
    expect(later.queries).toBeGreaterThan(0);
  });

  it("is never another person's: each cookie has its own answer", async () => {
    const one = await signedIn();
    const other = await signedIn();
    const [first, second] = [await sessionAccessOf(one.headers), await sessionAccessOf(other.headers)];
    expect(first).toMatchObject({ status: "ok", access: { user: { id: one.member.user.id } } });
    expect(second).toMatchObject({ status: "ok", access: { user: { id: other.member.user.id } } });
  });
});
