import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db";
import { getFrameworkMatrix } from "@/lib/frameworks/get-framework-matrix";
import { getIndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import {
  buildFrameworkDefinition,
  buildIndicator,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
} from "../fixtures/factories";

async function frameworkWithValues(workspaceId: string, areas: number, indicatorsPerArea: number) {
  const framework = await createTestFramework(workspaceId, buildFrameworkDefinition({ areas, indicatorsPerArea, nested: true }));
  const values = [...framework.indicatorIds.values()].flatMap((indicatorId) =>
    [2018, 2019, 2020].map((year) => ({ indicatorId, year, number: year - 2000 })),
  );
  await createTestValues(values);
  return framework;
}

describe("query counts do not grow with the size of a framework", () => {
  it("loads the matrix page's data in the same number of queries for 4 and 120 indicators", async () => {
    const { workspaceId } = await createTestWorkspace();
    const access = await createTestMember(workspaceId, "SECRETARIAT");
    const small = await frameworkWithValues(workspaceId, 2, 2);
    const large = await frameworkWithValues(workspaceId, 6, 20);

    const smallRun = await countQueries(() => getFrameworkMatrix(access, small.code));
    const largeRun = await countQueries(() => getFrameworkMatrix(access, large.code));

    expect(smallRun.result.indicatorCount).toBe(4);
    expect(largeRun.result.indicatorCount).toBe(120);
    expect(largeRun.result.latestValues.size).toBe(120);
    expect(largeRun.queries).toBe(smallRun.queries);
    // A first read: the structure's fingerprint (decision 048), the structure, the totals and the years.
    expect(largeRun.queries).toBeLessThanOrEqual(11);
    // A repeated one answers the structure from its cache: the fingerprint instead of its reads.
    const repeated = await countQueries(() => getFrameworkMatrix(access, large.code));
    expect(repeated.result).toEqual(largeRun.result);
    expect(repeated.queries).toBeLessThanOrEqual(4);
  });

  it("reads the values of the indicators shown only, and the years of all", async () => {
    const { workspaceId } = await createTestWorkspace();
    const access = await createTestMember(workspaceId, "SECRETARIAT");
    const framework = await frameworkWithValues(workspaceId, 3, 4);
    const other = [...framework.indicatorIds].find(([code]) => code.startsWith("A3"))![1];
    await createTestValues([{ indicatorId: other, year: 2024, number: 24 }]);

    const all = await getFrameworkMatrix(access, framework.code);
    const area = await countQueries(() => getFrameworkMatrix(access, framework.code, { area: "A2", search: null }));
    const first = await getFrameworkMatrix(access, framework.code, { area: null, search: null });

    expect(all.latestValues.size).toBe(12);
    expect(area.result.view.current?.code).toBe("A2");
    const shownCodes = area.result.view.shown.flatMap((shown) => shown.indicators.map((indicator) => indicator.code));
    expect(shownCodes.length).toBeGreaterThan(0);
    expect([...area.result.latestValues.keys()].sort()).toEqual([...shownCodes].sort());
    expect([...first.latestValues.keys()].every((code) => code.startsWith("A1"))).toBe(true);
    // The header's years span the whole framework, A3's 2024 included.
    expect(area.result.years).toEqual({ first: 2018, last: 2024 });
    expect(area.queries).toBeLessThanOrEqual(11);
  });

  it("lists frameworks in a fixed number of queries whatever their number", async () => {
    const { workspaceId } = await createTestWorkspace();
    const access = await createTestMember(workspaceId, "VIEWER");
    await frameworkWithValues(workspaceId, 1, 1);
    const one = await countQueries(() => listFrameworks(access));
    await frameworkWithValues(workspaceId, 1, 1);
    await frameworkWithValues(workspaceId, 1, 1);
    const three = await countQueries(() => listFrameworks(access));
    expect(three.result).toHaveLength(3);
    expect(three.queries).toBe(one.queries);
  });

  it("loads an indicator page in the same number of queries however many values, breakdowns and links it has", async () => {
    const { workspaceId } = await createTestWorkspace();
    const access = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 2 });
    definition.areas[0]!.indicators![1] = buildIndicator("A1.2", "NUMBER", {
      contributors: ["MFA", "NBS"],
      dimensions: ["SEX", "AGE_GROUP"],
      mappings: { mgiDomain: 2, sdgTargets: ["10.7", "17.18"], gcmObjectives: [1, 23] },
    });
    const framework = await createTestFramework(workspaceId, definition);
    const busyIndicator = framework.indicatorIds.get("A1.2")!;
    await createTestValues([
      { indicatorId: framework.indicatorIds.get("A1.1")!, year: 2020, number: 1 },
      ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].flatMap((year) =>
        ["", "SEX=F", "SEX=M", "AGE_GROUP=Y15T24"].map((disaggregation) => ({
          indicatorId: busyIndicator,
          year,
          disaggregation,
          number: year,
        })),
      ),
    ]);

    const bare = await countQueries(() => getIndicatorDetail(access, framework.code, "A1.1"));
    const busy = await countQueries(() => getIndicatorDetail(access, framework.code, "A1.2"));
    expect(bare.result.values).toHaveLength(1);
    expect(busy.result.values).toHaveLength(32);
    expect(busy.result.indicator.contributors).toHaveLength(2);
    expect(busy.queries).toBe(bare.queries);
  });
});
