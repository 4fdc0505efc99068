import { expect, test } from "@playwright/test";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { createTestMember, uniqueCode } from "../fixtures/factories";
import { demoWorkspaceId } from "./support/test-data";

// The API answers machine clients that send `Authorization: Bearer <token>`; every test here
// uses a token of its own viewer, issued through the real operation. (Not through the
// factories' createTestApiToken: its dynamic import() of lib/ fails under Playwright's
// loader with "Cannot use import statement outside a module".)
async function newViewerToken() {
  const member = await createTestMember(await demoWorkspaceId(), "VIEWER");
  const { id, token } = await createApiToken(member, { name: `E2E client ${uniqueCode()}`, expiresInDays: 30 });
  return { member, id, token, headers: { Authorization: `Bearer ${token}` } };
}

test("health and framework list answer over HTTP", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });

  const { headers } = await newViewerToken();
  const list = await request.get("/api/v1/frameworks", { headers });
  expect(list.status()).toBe(200);
  expect(list.headers()["content-type"]).toContain("application/json");
  const frameworks: { code: string; areaCount: number; indicatorCount: number }[] = await list.json();
  const builtIn = frameworks.filter((framework) => ["DMD", "MGI", "SDG-10-7-2"].includes(framework.code));
  expect(builtIn.map((framework) => framework.areaCount)).toEqual([6, 6, 6]);
  expect(builtIn.find((framework) => framework.code === "DMD")?.indicatorCount).toBe(65);
});

test("errors come back as { error: { code, message } } with the right status", async ({ request }) => {
  const { headers } = await newViewerToken();
  const unknown = await request.get("/api/v1/frameworks/NOPE/values", { headers });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: { code: "NOT_FOUND", message: "No framework with code NOPE" } });

  const badQuery = await request.get("/api/v1/frameworks/DMD/values?from=2030&to=2020", { headers });
  expect(badQuery.status()).toBe(400);
  expect((await badQuery.json()).error).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { from: ["from must not be after to"] } });
});

test("a request without a session or token is refused with 401 and a JSON error", async ({ request }) => {
  for (const path of ["/api/v1/frameworks", "/api/v1/frameworks/DMD", "/api/v1/frameworks/DMD/values"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toEqual({
      error: { code: "UNAUTHENTICATED", message: "Sign in, or send an API token as Authorization: Bearer <token>" },
    });
  }
});

test("an unknown or malformed token is refused with 401", async ({ request }) => {
  const unknown = await request.get("/api/v1/frameworks", { headers: { Authorization: "Bearer cap_not-a-real-token" } });
  expect(unknown.status()).toBe(401);
  expect((await unknown.json()).error.code).toBe("UNAUTHENTICATED");

  const malformed = await request.get("/api/v1/frameworks", { headers: { Authorization: "Basic dXNlcjpwYXNz" } });
  expect(malformed.status()).toBe(401);
  expect(await malformed.json()).toEqual({
    error: { code: "UNAUTHENTICATED", message: "The Authorization header must be: Bearer <token>" },
  });
});

test("a revoked token is refused with 401 from the next request on", async ({ request }) => {
  const { member, id, headers } = await newViewerToken();
  expect((await request.get("/api/v1/frameworks", { headers })).status()).toBe(200);

  await revokeApiToken(member, id);

  const refused = await request.get("/api/v1/frameworks", { headers });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({
    error: { code: "UNAUTHENTICATED", message: "The API token is not valid, has expired or was revoked" },
  });
});
