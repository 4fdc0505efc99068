import { expect, test } from "@playwright/test";

test("health and framework list answer over HTTP", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });

  const list = await request.get("/api/v1/frameworks");
  expect(list.status()).toBe(200);
  expect(list.headers()["content-type"]).toContain("application/json");
  const frameworks: { code: string; areaCount: number; indicatorCount: number }[] = await list.json();
  const builtIn = frameworks.filter((framework) => ["DMD", "MGI", "SDG-10-7-2"].includes(framework.code));
  expect(builtIn.map((framework) => framework.areaCount)).toEqual([6, 6, 6]);
  expect(builtIn.find((framework) => framework.code === "DMD")?.indicatorCount).toBe(65);
});

test("errors come back as { error: { code, message } } with the right status", async ({ request }) => {
  const unknown = await request.get("/api/v1/frameworks/NOPE/values");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: { code: "NOT_FOUND", message: "No framework with code NOPE" } });

  const badQuery = await request.get("/api/v1/frameworks/DMD/values?from=2030&to=2020");
  expect(badQuery.status()).toBe(400);
  expect((await badQuery.json()).error).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { from: ["from must not be after to"] } });
});
