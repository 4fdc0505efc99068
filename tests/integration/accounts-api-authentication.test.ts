/**
 * Who may call /api/v1 (lib/api/authenticate-api-request.ts): a valid personal API token as
 * `Authorization: Bearer <token>`, or the session cookie of a signed-in person (changes then
 * only from the same site). Everything else is answered 401 { error: { code, message } } and
 * changes nothing.
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as healthRoute } from "@/app/api/health/route";
import { prepareServer } from "@/lib/server/prepare-server";
import { GET as getFrameworkRoute } from "@/app/api/v1/frameworks/[code]/route";
import { GET as listValuesRoute } from "@/app/api/v1/frameworks/[code]/values/route";
import { GET as listFrameworksRoute } from "@/app/api/v1/frameworks/route";
import { authenticateApiRequest } from "@/lib/api/authenticate-api-request";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAuth } from "@/lib/auth/auth";
import { signOut } from "@/lib/auth/sign-out";
import { db } from "@/lib/db";
import { inviteUser } from "@/lib/users/invite-user";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import {
  apiRequest,
  buildFrameworkDefinition,
  catchAppError,
  createTestApiToken,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  routeParams,
  snapshotDatabase,
  TEST_PASSWORD,
} from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

const SIGN_IN_OR_TOKEN = "Sign in, or send an API token as Authorization: Bearer <token>";
const MALFORMED = "The Authorization header must be: Bearer <token>";
const INVALID_TOKEN = "The API token is not valid, has expired or was revoked";
const CROSS_SITE = "Cross-site request refused: changes through a browser session must come from this site";

type Setting = {
  workspaceId: string;
  frameworkCode: string;
  otherFrameworkCode: string;
  admin: AccessContext;
  viewer: AccessContext;
  viewerToken: string;
  secretariatToken: string;
  focalToken: string;
  revokedToken: string;
  expiredToken: string;
  deactivatedToken: string;
  deactivatedElsewhereToken: string;
};
let setting: Setting;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  const framework = await createTestFramework(workspaceId, buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 1 }));
  const indicatorId = framework.indicatorIds.get("A1.1")!;
  await createTestValues([
    { indicatorId, year: 2020, number: 1, status: "APPROVED" },
    { indicatorId, year: 2021, number: 2, status: "SUBMITTED" },
    { indicatorId, year: 2022, number: 3, status: "DRAFT" },
  ]);
  const admin = await createTestMember(workspaceId, "ADMIN");
  const viewer = await createTestMember(workspaceId, "VIEWER");

  // A workspace of another government: its framework must stay invisible.
  const elsewhere = await createTestWorkspace();
  const otherFramework = await createTestFramework(elsewhere.workspaceId);
  const otherAdmin = await createTestMember(elsewhere.workspaceId, "ADMIN");

  const revokedOwner = await createTestMember(workspaceId, "SECRETARIAT");
  const revoked = await createApiToken(revokedOwner, { name: "Revoked", expiresInDays: 30 });
  await revokeApiToken(revokedOwner, revoked.id);

  const expired = await createApiToken(await createTestMember(workspaceId, "SECRETARIAT"), { name: "Expired", expiresInDays: 30 });
  await withoutAuditGuard(() => db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } }));

  const leaver = await createTestMember(workspaceId, "SECRETARIAT");
  const deactivatedToken = await createTestApiToken(leaver);
  await setMembershipActive(admin, leaver.membership.id, false);

  // Active in the other workspace, deactivated in this one: the token of this one dies.
  const commuter = await createTestMember(workspaceId, "WORKING_GROUP");
  const deactivatedElsewhereToken = await createTestApiToken(commuter);
  await inviteUser(otherAdmin, { email: commuter.user.email, name: commuter.user.name, role: "VIEWER" });
  await setMembershipActive(admin, commuter.membership.id, false);

  setting = {
    workspaceId,
    frameworkCode: framework.code,
    otherFrameworkCode: otherFramework.code,
    admin,
    viewer,
    viewerToken: await createTestApiToken(viewer),
    secretariatToken: await createTestApiToken(await createTestMember(workspaceId, "SECRETARIAT")),
    focalToken: await createTestApiToken(await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" })),
    revokedToken: revoked.token,
    expiredToken: expired.token,
    deactivatedToken,
    deactivatedElsewhereToken,
  };
});

const ROUTES: { name: string; call: (request: Request) => Promise<Response>; path: () => string }[] = [
  { name: "GET /api/v1/frameworks", path: () => "/api/v1/frameworks", call: (request) => listFrameworksRoute(request, undefined as never) },
  {
    name: "GET /api/v1/frameworks/{code}",
    path: () => `/api/v1/frameworks/${setting.frameworkCode}`,
    call: (request) => getFrameworkRoute(request, routeParams({ code: setting.frameworkCode })),
  },
  {
    name: "GET /api/v1/frameworks/{code}/values",
    path: () => `/api/v1/frameworks/${setting.frameworkCode}/values`,
    call: (request) => listValuesRoute(request, routeParams({ code: setting.frameworkCode })),
  },
];

/** Each way of calling without valid credentials, with the message the caller gets. */
const BAD_CREDENTIALS: { name: string; headers: () => Record<string, string>; message: string }[] = [
  { name: "no credentials at all", headers: () => ({}), message: SIGN_IN_OR_TOKEN },
  { name: 'the header "Token abc"', headers: () => ({ authorization: "Token abc" }), message: MALFORMED },
  { name: 'the header "Bearer" without a token', headers: () => ({ authorization: "Bearer" }), message: MALFORMED },
  { name: 'the header "Bearer " with only a space', headers: () => ({ authorization: "Bearer " }), message: MALFORMED },
  { name: "two words after Bearer", headers: () => ({ authorization: `Bearer ${setting.viewerToken} extra` }), message: MALFORMED },
  {
    name: "Basic credentials",
    headers: () => ({ authorization: `Basic ${Buffer.from(`x:${TEST_PASSWORD}`).toString("base64")}` }),
    message: MALFORMED,
  },
  { name: "an empty Authorization header", headers: () => ({ authorization: "" }), message: MALFORMED },
  { name: "an unknown token", headers: () => ({ authorization: `Bearer cap_${"A".repeat(43)}` }), message: INVALID_TOKEN },
  {
    name: "a token without the cap_ prefix",
    headers: () => ({ authorization: `Bearer ${setting.viewerToken.slice(4)}` }),
    message: INVALID_TOKEN,
  },
  {
    name: "a valid token with one character changed",
    headers: () => ({ authorization: `Bearer ${flipLastCharacter(setting.viewerToken)}` }),
    message: INVALID_TOKEN,
  },
  {
    name: "the stored hash of a valid token (a leaked database row)",
    headers: () => ({ authorization: `Bearer ${sha256(setting.viewerToken)}` }),
    message: INVALID_TOKEN,
  },
  { name: "a revoked token", headers: () => ({ authorization: `Bearer ${setting.revokedToken}` }), message: INVALID_TOKEN },
  { name: "an expired token", headers: () => ({ authorization: `Bearer ${setting.expiredToken}` }), message: INVALID_TOKEN },
  {
    name: "the token of a person whose membership was deactivated",
    headers: () => ({ authorization: `Bearer ${setting.deactivatedToken}` }),
    message: INVALID_TOKEN,
  },
  {
    name: "the token of a person deactivated in its workspace but active in another",
    headers: () => ({ authorization: `Bearer ${setting.deactivatedElsewhereToken}` }),
    message: INVALID_TOKEN,
  },
];

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function flipLastCharacter(token: string): string {
  return token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
}

describe.each(ROUTES)("$name", (route) => {
  it.each(BAD_CREDENTIALS)("answers 401 UNAUTHENTICATED to $name and changes nothing", async ({ headers, message }) => {
    const before = await snapshotDatabase();
    const response = await route.call(apiRequest(route.path(), { headers: headers() }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message } });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("answers 200 to a valid token", async () => {
    const response = await route.call(apiRequest(route.path(), { token: setting.viewerToken }));
    expect(response.status).toBe(200);
  });
});

describe("GET /api/health", () => {
  it("stays public: 200 without credentials", async () => {
    // Health is 503 until start-up has run (tests/integration/health.test.ts).
    await prepareServer();
    const response = await healthRoute();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("API tokens", () => {
  it("are stored only as their SHA-256 hash and a short prefix: the plain token appears nowhere in the database", async () => {
    const owner = await createTestMember(setting.workspaceId, "VIEWER");
    const { id, token } = await createApiToken(owner, { name: "Hash check", expiresInDays: 0 });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(sha256(token));
    expect(row.prefix).toBe(token.slice(0, 10));
    expect(row.expiresAt).toBeNull();
    const secretPart = token.slice(10);
    const everyTokenRow = JSON.stringify(await db.apiToken.findMany());
    expect(everyTokenRow).not.toContain(token);
    expect(everyTokenRow).not.toContain(secretPart);
    const everyAuditRow = JSON.stringify(await db.auditEvent.findMany());
    expect(everyAuditRow).not.toContain(secretPart);
    expect(everyAuditRow).not.toContain(row.tokenHash);
  });

  it("record their last use, at most once a minute, without an audit event", async () => {
    const owner = await createTestMember(setting.workspaceId, "VIEWER");
    const { id, token } = await createApiToken(owner, { name: "Last use", expiresInDays: 30 });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    const auditEvents = await db.auditEvent.count();

    const start = Date.now();
    const first = await listFrameworksRoute(apiRequest("/api/v1/frameworks", { token }), undefined as never);
    expect(first.status).toBe(200);
    const firstUse = (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!;
    expect(firstUse.getTime()).toBeGreaterThanOrEqual(start - 5);
    expect(firstUse.getTime()).toBeLessThanOrEqual(Date.now());

    await listFrameworksRoute(apiRequest("/api/v1/frameworks", { token }), undefined as never);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(firstUse);

    // Two minutes later the next use is written again.
    const twoMinutesAgo = new Date(Date.now() - 2 * 60 * 1000);
    await withoutAuditGuard(() => db.apiToken.update({ where: { id }, data: { lastUsedAt: twoMinutesAgo } }));
    await listFrameworksRoute(apiRequest("/api/v1/frameworks", { token }), undefined as never);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!.getTime()).toBeGreaterThan(
      twoMinutesAgo.getTime() + 60 * 1000,
    );
    expect(await db.auditEvent.count()).toBe(auditEvents);
  });

  it("act with the owner's workspace and role: a viewer's token reads approved values only", async () => {
    const read = async (token: string) => {
      const response = await listValuesRoute(
        apiRequest(`/api/v1/frameworks/${setting.frameworkCode}/values`, { token }),
        routeParams({ code: setting.frameworkCode }),
      );
      return ((await response.json()) as { year: number; status: string }[]).map((row) => `${row.year} ${row.status}`);
    };
    expect(await read(setting.viewerToken)).toEqual(["2020 APPROVED"]);
    expect(await read(setting.secretariatToken)).toEqual(["2020 APPROVED", "2021 SUBMITTED"]);
    expect(await read(setting.focalToken)).toEqual(["2020 APPROVED", "2021 SUBMITTED", "2022 DRAFT"]);
  });

  it("act in the owner's workspace only: another government's frameworks are neither listed nor found", async () => {
    const list = await listFrameworksRoute(apiRequest("/api/v1/frameworks", { token: setting.viewerToken }), undefined as never);
    const codes = ((await list.json()) as { code: string }[]).map((framework) => framework.code);
    expect(codes).toEqual([setting.frameworkCode]);
    const code = setting.otherFrameworkCode;
    for (const response of [
      await getFrameworkRoute(apiRequest(`/api/v1/frameworks/${code}`, { token: setting.viewerToken }), routeParams({ code })),
      await listValuesRoute(apiRequest(`/api/v1/frameworks/${code}/values`, { token: setting.viewerToken }), routeParams({ code })),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: `No framework with code ${code}` } });
    }
  });

  it("give the access context of the owner, marked as coming from a token", async () => {
    const access = await authenticateApiToken(setting.viewerToken);
    expect(access).toMatchObject({
      user: { id: setting.viewer.user.id },
      workspace: { id: setting.workspaceId },
      membership: { role: "VIEWER" },
      via: "token",
    });
  });

  it("stop working at once when revoked", async () => {
    const owner = await createTestMember(setting.workspaceId, "VIEWER");
    const { id, token } = await createApiToken(owner, { name: "Soon revoked", expiresInDays: 30 });
    expect((await listFrameworksRoute(apiRequest("/api/v1/frameworks", { token }), undefined as never)).status).toBe(200);
    await revokeApiToken(owner, id);
    const response = await listFrameworksRoute(apiRequest("/api/v1/frameworks", { token }), undefined as never);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: INVALID_TOKEN } });
  });
});

describe("browser sessions", () => {
  let person: AccessContext;
  let cookie: string;

  async function signInCookie(email: string): Promise<string> {
    const { headers } = await getAuth().api.signInEmail({
      body: { email, password: TEST_PASSWORD },
      headers: new Headers(),
      returnHeaders: true,
    });
    const setCookie = headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^capacitas\.session_token=[^;]+;/);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    return setCookie.split(";")[0]!;
  }

  const request = (method: string, headers: Record<string, string>) =>
    new Request("http://localhost/api/v1/frameworks", { method, headers });

  beforeAll(async () => {
    person = await createTestMember(setting.workspaceId, "SECRETARIAT");
    cookie = await signInCookie(person.user.email);
  });

  it("a GET with the session cookie is answered with the person's workspace", async () => {
    const response = await listFrameworksRoute(request("GET", { cookie }), undefined as never);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { code: string }[]).map((framework) => framework.code)).toEqual([setting.frameworkCode]);
    const access = await authenticateApiRequest(request("GET", { cookie }));
    expect(access).toMatchObject({
      user: { id: person.user.id },
      workspace: { id: setting.workspaceId },
      membership: { role: "SECRETARIAT" },
      via: "session",
    });
  });

  it.each([
    ["without an Origin header", { host: "localhost" }],
    ["from https://evil.example", { host: "localhost", origin: "https://evil.example" }],
    ["from a look-alike host", { host: "localhost", origin: "http://localhost.evil.example" }],
    ['with Origin "null"', { host: "localhost", origin: "null" }],
    ["with an Origin but no Host", { origin: "http://localhost" }],
    ["with the right host but another scheme", { host: "localhost:3100", origin: "https://localhost:3100" }],
  ])(
    "a POST with the session cookie %s is refused as cross-site (FORBIDDEN) and changes nothing",
    async (_name, headers: Record<string, string>) => {
      const before = await snapshotDatabase();
      const error = await catchAppError(authenticateApiRequest(request("POST", { cookie, ...headers })));
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toBe(CROSS_SITE);
      expect(await snapshotDatabase()).toEqual(before);
    },
  );

  it.each(["POST", "PUT", "PATCH", "DELETE"])("a %s with the session cookie and an Origin matching the Host is allowed", async (method) => {
    const access = await authenticateApiRequest(request(method, { cookie, host: "localhost:3000", origin: "http://localhost:3000" }));
    expect(access).toMatchObject({ user: { id: person.user.id }, membership: { role: "SECRETARIAT" }, via: "session" });
  });

  it("a tampered session cookie is answered 401", async () => {
    const before = await snapshotDatabase();
    const tampered = cookie.replace(/=(.)/, (_match, first: string) => `=${first === "a" ? "b" : "a"}`);
    const response = await listFrameworksRoute(request("GET", { cookie: tampered }), undefined as never);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: SIGN_IN_OR_TOKEN } });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a bad bearer token is not rescued by a valid session cookie", async () => {
    const response = await listFrameworksRoute(request("GET", { cookie, authorization: "Bearer cap_nope" }), undefined as never);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: INVALID_TOKEN } });
  });

  it("a person who must change their password is refused (FORBIDDEN), even for a GET", async () => {
    const newcomer = await createTestMember(setting.workspaceId, "VIEWER", { mustChangePassword: true });
    const newcomerCookie = await signInCookie(newcomer.user.email);
    const before = await snapshotDatabase();
    const response = await listFrameworksRoute(request("GET", { cookie: newcomerCookie }), undefined as never);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: "Choose a new password before using the API" } });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a cookie stops working after sign-out", async () => {
    const leaving = await createTestMember(setting.workspaceId, "VIEWER");
    const leavingCookie = await signInCookie(leaving.user.email);
    expect((await listFrameworksRoute(request("GET", { cookie: leavingCookie }), undefined as never)).status).toBe(200);
    await signOut(leaving, new Headers({ cookie: leavingCookie }));
    const response = await listFrameworksRoute(request("GET", { cookie: leavingCookie }), undefined as never);
    expect(response.status).toBe(401);
  });

  it("a cookie stops working when the person's only membership is deactivated", async () => {
    const leaving = await createTestMember(setting.workspaceId, "VIEWER");
    const leavingCookie = await signInCookie(leaving.user.email);
    await setMembershipActive(setting.admin, leaving.membership.id, false);
    const before = await snapshotDatabase();
    const response = await listFrameworksRoute(request("GET", { cookie: leavingCookie }), undefined as never);
    expect(response.status).toBe(401);
    expect(await snapshotDatabase()).toEqual(before);
  });
});
