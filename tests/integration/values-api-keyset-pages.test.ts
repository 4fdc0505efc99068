import { describe, expect, it } from "vitest";
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

// Pages of the values API walk the values' unique key (identity, year, disaggregation) from the
// cursor (decision 048). Many values share a year and a breakdown, so every page size below cuts
// through runs of equal years and breakdowns and through one indicator's series.
const YEARS = [2019, 2020, 2021];
const BREAKDOWNS = ["", formatDisaggregationKey({ SEX: "F" }), formatDisaggregationKey({ SEX: "M" })];
const CODES = ["A1.1", "A1.2", "A2.1", "A2.2"];

type Row = { indicator: string; year: number; disaggregation: Record<string, string> | null; value: unknown };

async function seedFramework(workspaceId: string) {
  const framework = await createTestFramework(workspaceId, buildFrameworkDefinition({ areas: 2, indicatorsPerArea: 2 }));
  await createTestValues(
    CODES.flatMap((code, index) =>
      YEARS.flatMap((year) =>
        BREAKDOWNS.map((disaggregation) => ({
          indicatorId: framework.indicatorIds.get(code)!,
          year,
          disaggregation,
          number: index * 100 + year,
        })),
      ),
    ),
  );
  return framework;
}

const ready = (async () => {
  const { workspaceId } = await createTestWorkspace();
  const token = await createTestApiToken(await createTestMember(workspaceId, "SECRETARIAT"));
  const framework = await seedFramework(workspaceId);
  // A draft the secretariat may not read, and another workspace's framework with the same codes:
  // neither may appear on any page.
  await createTestValues([{ indicatorId: framework.indicatorIds.get("A1.1")!, year: 2022, number: 1, status: "DRAFT" }]);
  await seedFramework((await createTestWorkspace()).workspaceId);
  return { framework, token };
})();

async function readAllPages(firstUrl: string): Promise<Row[][]> {
  const { framework, token } = await ready;
  const pages: Row[][] = [];
  let url: string | null = firstUrl;
  while (url) {
    const response: Response = await listValuesRoute(await apiRequest(url, { token }), params({ code: framework.code }));
    expect(response.status).toBe(200);
    pages.push(await response.json());
    const next = response.headers.get("link");
    url = next ? next.slice(1, next.indexOf(">")) : null;
  }
  return pages;
}

const keyOf = (row: Row) => `${row.indicator}|${row.year}|${JSON.stringify(row.disaggregation)}`;

describe("GET /api/v1/frameworks/{code}/values, page by page", () => {
  // A busy machine answers a request in up to a second: the smallest page size reads 18 pages.
  it.each([2, 5, 7, 35, 36, 37])(
    "returns every value exactly once, in one order, with pages of %i",
    async (limit) => {
      const { framework } = await ready;
      const base = `/api/v1/frameworks/${framework.code}/values`;
      const [whole] = await readAllPages(`${base}?limit=5000`);
      const pages = await readAllPages(`${base}?limit=${limit}`);
      const rows = pages.flat();
      expect(whole).toHaveLength(CODES.length * YEARS.length * BREAKDOWNS.length);
      expect(pages.map((page) => page.length)).toEqual(
        Array.from({ length: Math.ceil(whole!.length / limit) }, (_, index) => Math.min(limit, whole!.length - index * limit)),
      );
      expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
      expect(rows).toEqual(whole);
      expect(new Set(rows.map((row) => row.indicator))).toEqual(new Set(CODES));
      expect(rows.map((row) => row.value)).not.toContain(1);
    },
    120_000,
  );

  it("keeps the year range on every page", async () => {
    const { framework } = await ready;
    const rows = (await readAllPages(`/api/v1/frameworks/${framework.code}/values?from=2020&to=2020&limit=5`)).flat();
    expect(rows).toHaveLength(CODES.length * BREAKDOWNS.length);
    expect(new Set(rows.map(keyOf)).size).toBe(rows.length);
    expect(rows.every((row) => row.year === 2020)).toBe(true);
  });

  it.each([
    ["a list instead of a cursor", Buffer.from(JSON.stringify([3, 2020, ""])).toString("base64url")],
    ["the previous cursor's shape (position first)", Buffer.from(JSON.stringify([3, 2020, "", "identity"])).toString("base64url")],
    ["text that is not base64url JSON", "not-a-cursor"],
  ])("answers 400 with a clear message for %s", async (_, cursor) => {
    const { framework, token } = await ready;
    const response = await listValuesRoute(
      await apiRequest(`/api/v1/frameworks/${framework.code}/values?cursor=${cursor}`, { token }),
      params({ code: framework.code }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error).toEqual({
      code: "BAD_REQUEST",
      message: "The cursor is not valid: pass back the X-Next-Cursor of the previous page",
    });
  });
});
