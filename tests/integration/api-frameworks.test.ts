import { describe, expect, it } from "vitest";
import { GET as listFrameworksRoute } from "@/app/api/v1/frameworks/route";
import { GET as getFrameworkRoute } from "@/app/api/v1/frameworks/[code]/route";
import { GET as listValuesRoute } from "@/app/api/v1/frameworks/[code]/values/route";
import { formatDisaggregationKey } from "@/lib/indicators/disaggregation";
import {
  apiRequest,
  buildFrameworkDefinition,
  createTestApiToken,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  routeParams as params,
} from "../fixtures/factories";

// The API serves the workspace of the token's owner; a secretariat member sees approved and
// submitted values.
const ready = (async () => {
  const { workspaceId } = await createTestWorkspace();
  const token = await createTestApiToken(await createTestMember(workspaceId, "SECRETARIAT"));
  const definition = buildFrameworkDefinition({ areas: 2, indicatorsPerArea: 3, nested: true });
  const framework = await createTestFramework(workspaceId, definition);
  const numberIndicator = framework.indicatorIds.get("A1.1")!;
  const levelIndicator = framework.indicatorIds.get("A1.3")!;
  await createTestValues([
    { indicatorId: numberIndicator, year: 2016, number: 100 },
    { indicatorId: numberIndicator, year: 2020, number: 140, comment: "Revised" },
    { indicatorId: numberIndicator, year: 2020, disaggregation: formatDisaggregationKey({ SEX: "F" }), number: 70 },
    { indicatorId: numberIndicator, year: 2024, number: 180, status: "SUBMITTED" },
    { indicatorId: levelIndicator, year: 2020, levelCode: "yes" },
  ]);
  return { framework, definition, token };
})();

const get = async (url: string) => apiRequest(url, { token: (await ready).token });

describe("GET /api/v1/frameworks", () => {
  it("lists frameworks with version, status and counts of top-level areas and indicators", async () => {
    const { framework } = await ready;
    const response = await listFrameworksRoute(await get("/api/v1/frameworks"), undefined as never);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toContainEqual({
      code: framework.code,
      name: `Framework ${framework.code}`,
      version: "1.0",
      status: "APPROVED",
      areaCount: 2,
      indicatorCount: 6,
    });
  });
});

describe("GET /api/v1/frameworks/{code}", () => {
  it("returns areas with their parent codes and indicators with baseline, targets and lead institution", async () => {
    const { framework } = await ready;
    const response = await getFrameworkRoute(await get(`/api/v1/frameworks/${framework.code}`), params({ code: framework.code }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ code: framework.code, version: "1.0" });
    expect(body.areas.map((area: { code: string; parentCode: string | null }) => [area.code, area.parentCode])).toEqual([
      ["A1", null],
      ["A1-S", "A1"],
      ["A2", null],
      ["A2-S", "A2"],
    ]);
    const first = body.areas[1].indicators[0];
    expect(first).toMatchObject({
      code: "A1.1",
      valueType: "NUMBER",
      unit: "persons",
      direction: "INCREASE",
      baseline: { year: 2016, value: 100 },
      targets: [{ year: 2025, value: 200, isFinal: true }],
      leadInstitution: { code: "MLSP", name: "Ministry of Labour and Social Protection" },
    });
  });

  it("answers 404 with an error body for an unknown code", async () => {
    const response = await getFrameworkRoute(await get("/api/v1/frameworks/NOPE"), params({ code: "NOPE" }));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "No framework with code NOPE" } });
  });
});

describe("GET /api/v1/frameworks/{code}/values", () => {
  it("returns every value with its disaggregation (null for totals) and status", async () => {
    const { framework } = await ready;
    const response = await listValuesRoute(await get(`/api/v1/frameworks/${framework.code}/values`), params({ code: framework.code }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      { indicator: "A1.1", year: 2016, disaggregation: null, value: 100, status: "APPROVED" },
      { indicator: "A1.1", year: 2020, disaggregation: null, value: 140, status: "APPROVED" },
      { indicator: "A1.1", year: 2020, disaggregation: { SEX: "F" }, value: 70, status: "APPROVED" },
      { indicator: "A1.1", year: 2024, disaggregation: null, value: 180, status: "SUBMITTED" },
      { indicator: "A1.3", year: 2020, disaggregation: null, value: "yes", status: "APPROVED" },
    ]);
  });

  it("filters by year range, inclusive", async () => {
    const { framework } = await ready;
    const response = await listValuesRoute(
      await get(`/api/v1/frameworks/${framework.code}/values?from=2017&to=2020`),
      params({ code: framework.code }),
    );
    const body: { year: number }[] = await response.json();
    expect(body.map((row) => row.year)).toEqual([2020, 2020, 2020]);
  });

  it.each([
    ["from=20x6", "from", "Expected a four-digit year, e.g. 2024"],
    ["to=99", "to", "Expected a four-digit year, e.g. 2024"],
    ["from=2024&to=2020", "from", "from must not be after to"],
  ])("answers 400 for a bad query (%s), naming the parameter", async (query, field, message) => {
    const { framework } = await ready;
    const response = await listValuesRoute(
      await get(`/api/v1/frameworks/${framework.code}/values?${query}`),
      params({ code: framework.code }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.fieldErrors[field]).toEqual([message]);
  });

  it("pages the values with limit and an opaque cursor, in the same order and without overlap", async () => {
    const { framework } = await ready;
    const base = `/api/v1/frameworks/${framework.code}/values`;
    const whole = await (await listValuesRoute(await get(base), params({ code: framework.code }))).json();
    const pages: unknown[][] = [];
    let url: string | null = `${base}?limit=2`;
    while (url) {
      const response: Response = await listValuesRoute(await get(url), params({ code: framework.code }));
      expect(response.status).toBe(200);
      pages.push(await response.json());
      const next = response.headers.get("link");
      const cursor = response.headers.get("x-next-cursor");
      if (next) {
        expect(next).toMatch(/^<\/api\/v1\/frameworks\/[^>]+cursor=[^>]+>; rel="next"$/);
        expect(next).toContain(`cursor=${cursor}`);
      } else expect(cursor).toBeNull();
      url = next ? next.slice(1, next.indexOf(">")) : null;
    }
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(whole);
  });

  it("keeps the year range on every page", async () => {
    const { framework } = await ready;
    const first = await listValuesRoute(
      await get(`/api/v1/frameworks/${framework.code}/values?from=2017&to=2020&limit=2`),
      params({ code: framework.code }),
    );
    const next = first.headers.get("link")!;
    const second = await listValuesRoute(await get(next.slice(1, next.indexOf(">"))), params({ code: framework.code }));
    expect([...(await first.json()), ...(await second.json())].map((row: { year: number }) => row.year)).toEqual([2020, 2020, 2020]);
    expect(second.headers.get("link")).toBeNull();
  });

  it.each([
    ["limit=0", "limit", "Expected a whole number from 1 to 5000"],
    ["limit=5001", "limit", "Expected a whole number from 1 to 5000"],
    ["limit=ten", "limit", "Expected a whole number from 1 to 5000"],
    ["cursor=", "cursor", "The cursor is empty"],
  ])("answers 400 for a bad page (%s), naming the parameter", async (query, field, message) => {
    const { framework } = await ready;
    const response = await listValuesRoute(
      await get(`/api/v1/frameworks/${framework.code}/values?${query}`),
      params({ code: framework.code }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.fieldErrors[field]).toEqual([message]);
  });

  it("answers 400 for a cursor it did not give out", async () => {
    const { framework } = await ready;
    const forged = Buffer.from(JSON.stringify({ offset: 3 })).toString("base64url");
    const response = await listValuesRoute(
      await get(`/api/v1/frameworks/${framework.code}/values?cursor=${forged}`),
      params({ code: framework.code }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({
      code: "BAD_REQUEST",
      message: "The cursor is not valid: pass back the X-Next-Cursor of the previous page",
    });
  });

  it("answers 404 for an unknown framework", async () => {
    const response = await listValuesRoute(await get("/api/v1/frameworks/NOPE/values"), params({ code: "NOPE" }));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });
});
