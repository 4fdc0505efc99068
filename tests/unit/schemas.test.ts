import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  frameworkDefinitionSchema,
  indicatorDefinitionSchema,
  type AreaDefinition,
  type FrameworkDefinition,
  type IndicatorDefinition,
} from "@/lib/frameworks/schemas";

const LEVELS = [
  { code: "low", label: "Low", score: 0 },
  { code: "medium", label: "Medium", score: 0.5 },
  { code: "high", label: "High", score: 1 },
];

const numberIndicator: IndicatorDefinition = { code: "A1.1", name: "Associations registered", valueType: "NUMBER" };

function framework(areas: AreaDefinition[], extra: Partial<FrameworkDefinition> = {}): FrameworkDefinition {
  return { code: "FW", name: "Test framework", version: { label: "2024" }, areas, ...extra };
}

/** The issues of a failed parse as { path, message }, or [] when it succeeded. */
function issuesOf(result: z.ZodSafeParseResult<unknown>): { path: PropertyKey[]; message: string }[] {
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

function indicatorIssues(input: unknown) {
  return issuesOf(indicatorDefinitionSchema.safeParse(input));
}

describe("frameworkDefinitionSchema: valid definitions", () => {
  it("parses a minimal definition and fills in the defaults", () => {
    const result = frameworkDefinitionSchema.safeParse(framework([{ code: "A1", name: "Area one" }]));
    expect(issuesOf(result)).toEqual([]);
    expect(result.data).toEqual({
      code: "FW",
      name: "Test framework",
      scoringMethod: "NORMALISED_ACHIEVEMENT",
      version: { number: 1, label: "2024", status: "DRAFT" },
      areas: [{ code: "A1", name: "Area one" }],
    });
  });

  it("parses a definition with nested areas and indicators of every value type", () => {
    const definition = framework([
      {
        code: "A1",
        name: "Area one",
        areas: [
          {
            code: "A1.1",
            name: "Sub-area",
            indicators: [
              {
                ...numberIndicator,
                unit: "associations",
                direction: "INCREASE",
                lowerLimit: 0,
                decimals: 0,
                baseline: { year: 2016, value: 210 },
                targets: [
                  { year: 2020, value: 260 },
                  { year: 2025, value: 320, isFinal: true },
                ],
                dimensions: ["SEX"],
                mappings: { mgiDomain: 3, gcmObjectives: [1, 23], sdgTargets: ["10.7", "8.a", "17.17"] },
              },
              {
                code: "A1.2",
                name: "Share",
                valueType: "PERCENTAGE",
                lowerLimit: 0,
                upperLimit: 100,
                baseline: { year: 2016, value: 42.5 },
              },
            ],
          },
        ],
        indicators: [
          {
            code: "A1.3",
            name: "Focal points",
            valueType: "YES_NO",
            baseline: { year: 2016, value: "no" },
            targets: [{ year: 2025, value: "yes" }],
          },
          { code: "A1.4", name: "Plan", valueType: "LEVELS", levels: LEVELS, baseline: { year: 2016, value: "low" } },
          { code: "A1.5", name: "Narrative", valueType: "TEXT" },
        ],
      },
    ]);
    expect(issuesOf(frameworkDefinitionSchema.safeParse(definition))).toEqual([]);
  });

  it("trims codes and names", () => {
    const result = frameworkDefinitionSchema.parse(framework([{ code: " A1 ", name: "  Area one " }], { name: " Test " }));
    expect(result.name).toBe("Test");
    expect(result.areas[0]).toEqual({ code: "A1", name: "Area one" });
  });

  it("refuses a definition without areas", () => {
    expect(issuesOf(frameworkDefinitionSchema.safeParse(framework([])))).toEqual([{ path: ["areas"], message: expect.any(String) }]);
  });

  it.each(["A 1", "-A1", "A/1", ""])("refuses the area code %j", (code) => {
    const issues = issuesOf(frameworkDefinitionSchema.safeParse(framework([{ code, name: "Area" }])));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path.join(".") === "areas.0.code")).toBe(true);
  });
});

describe("indicatorDefinitionSchema: levels", () => {
  it("refuses a LEVELS indicator without levels", () => {
    expect(indicatorIssues({ code: "L1", name: "Plan", valueType: "LEVELS" })).toEqual([
      { path: ["levels"], message: "An indicator of ordered levels needs its levels" },
    ]);
  });

  it.each(["NUMBER", "PERCENTAGE", "YES_NO", "TEXT"])("refuses levels on a %s indicator", (valueType) => {
    expect(indicatorIssues({ code: "L1", name: "Plan", valueType, levels: LEVELS })).toEqual([
      { path: ["levels"], message: "Only LEVELS indicators define levels" },
    ]);
  });

  it("refuses duplicate level codes", () => {
    const levels = [...LEVELS, { code: "low", label: "Very low", score: 0 }];
    expect(indicatorIssues({ code: "L1", name: "Plan", valueType: "LEVELS", levels })).toEqual([
      { path: ["levels"], message: "Level codes must be unique" },
    ]);
  });

  it("refuses level codes that only differ by surrounding spaces", () => {
    const levels = [
      { code: "low", label: "Low", score: 0 },
      { code: " low ", label: "Also low", score: 0.5 },
    ];
    expect(indicatorIssues({ code: "L1", name: "Plan", valueType: "LEVELS", levels })).toEqual([
      { path: ["levels"], message: "Level codes must be unique" },
    ]);
  });

  it("refuses a single level", () => {
    const issues = indicatorIssues({ code: "L1", name: "Plan", valueType: "LEVELS", levels: [LEVELS[0]] });
    expect(issues.map((issue) => issue.path)).toContainEqual(["levels"]);
  });

  it("refuses a level score outside 0..1", () => {
    const levels = [LEVELS[0], { code: "over", label: "Over", score: 1.5 }];
    const issues = indicatorIssues({ code: "L1", name: "Plan", valueType: "LEVELS", levels });
    expect(issues.map((issue) => issue.path)).toEqual([["levels", 1, "score"]]);
  });
});

describe("indicatorDefinitionSchema: limits", () => {
  it("refuses a lower limit above the upper limit", () => {
    expect(indicatorIssues({ ...numberIndicator, lowerLimit: 10, upperLimit: 5 })).toEqual([
      { path: ["upperLimit"], message: "The upper limit is below the lower limit" },
    ]);
  });

  it.each([[{ lowerLimit: 5, upperLimit: 5 }], [{ lowerLimit: 0 }], [{ upperLimit: -3 }]])("accepts the limits %j", (limits) => {
    expect(indicatorIssues({ ...numberIndicator, ...limits })).toEqual([]);
  });

  it.each([-1, 7, 1.5])("refuses %d decimals", (decimals) => {
    expect(indicatorIssues({ ...numberIndicator, decimals }).map((issue) => issue.path)).toEqual([["decimals"]]);
  });
});

describe("indicatorDefinitionSchema: baseline and target values", () => {
  it("refuses a string baseline for a NUMBER indicator", () => {
    expect(indicatorIssues({ ...numberIndicator, baseline: { year: 2016, value: "210" } })).toEqual([
      { path: ["baseline", "value"], message: "A quantitative indicator needs a number here" },
    ]);
  });

  it("refuses a string target for a PERCENTAGE indicator, naming the target's position", () => {
    const input = {
      code: "P1",
      name: "Share",
      valueType: "PERCENTAGE",
      targets: [
        { year: 2020, value: 40 },
        { year: 2025, value: "50" },
      ],
    };
    expect(indicatorIssues(input)).toEqual([{ path: ["targets", 1, "value"], message: "A quantitative indicator needs a number here" }]);
  });

  it("refuses a baseline level that the LEVELS indicator does not define", () => {
    const input = { code: "L1", name: "Plan", valueType: "LEVELS", levels: LEVELS, baseline: { year: 2016, value: "extreme" } };
    expect(indicatorIssues(input)).toEqual([
      { path: ["baseline", "value"], message: "Use one of the indicator's levels: low, medium, high" },
    ]);
  });

  it("refuses a number as the baseline of a LEVELS indicator", () => {
    const input = { code: "L1", name: "Plan", valueType: "LEVELS", levels: LEVELS, baseline: { year: 2016, value: 1 } };
    expect(indicatorIssues(input)).toEqual([
      { path: ["baseline", "value"], message: "Use one of the indicator's levels: low, medium, high" },
    ]);
  });

  it.each<[string, string | number]>([
    ["an unknown answer", "maybe"],
    ["a label instead of a code", "Yes"],
    ["a number", 1],
  ])("refuses %s as a YES_NO target", (_label, value) => {
    const input = { code: "Y1", name: "Focal points", valueType: "YES_NO", targets: [{ year: 2025, value }] };
    expect(indicatorIssues(input)).toEqual([{ path: ["targets", 0, "value"], message: "Use one of the indicator's levels: yes, no" }]);
  });

  it.each<[string, string | number]>([
    ["a text", "Council met"],
    ["a number", 3],
  ])("refuses %s as the baseline of a TEXT indicator", (_label, value) => {
    const input = { code: "T1", name: "Narrative", valueType: "TEXT", baseline: { year: 2016, value } };
    expect(indicatorIssues(input)).toEqual([
      { path: ["baseline", "value"], message: "Narrative indicators have no baseline or target value" },
    ]);
  });

  it("refuses two targets for the same year", () => {
    const input = {
      ...numberIndicator,
      targets: [
        { year: 2025, value: 1 },
        { year: 2025, value: 2, isFinal: true },
      ],
    };
    expect(indicatorIssues(input)).toEqual([{ path: ["targets"], message: "One target per year" }]);
  });

  it.each([1899, 2101, 2020.5])("refuses the baseline year %d", (year) => {
    expect(indicatorIssues({ ...numberIndicator, baseline: { year, value: 1 } }).map((issue) => issue.path)).toEqual([
      ["baseline", "year"],
    ]);
  });
});

describe("indicatorDefinitionSchema: mappings", () => {
  it.each(["10.7", "8.a", "17.17", "1.b"])("accepts the SDG target %j", (target) => {
    expect(indicatorIssues({ ...numberIndicator, mappings: { sdgTargets: [target] } })).toEqual([]);
  });

  it.each(["10-7", "10", "SDG 10.7", "10.7.2", "100.1", "10.A"])("refuses the SDG target %j", (target) => {
    expect(indicatorIssues({ ...numberIndicator, mappings: { sdgTargets: ["10.7", target] } })).toEqual([
      { path: ["mappings", "sdgTargets", 1], message: "SDG target like 10.7 or 8.a" },
    ]);
  });

  it("accepts GCM objectives 1 to 23", () => {
    expect(indicatorIssues({ ...numberIndicator, mappings: { gcmObjectives: [1, 23] } })).toEqual([]);
  });

  it.each([0, 24, 2.5])("refuses the GCM objective %d", (objective) => {
    expect(indicatorIssues({ ...numberIndicator, mappings: { gcmObjectives: [objective] } }).map((issue) => issue.path)).toEqual([
      ["mappings", "gcmObjectives", 0],
    ]);
  });

  it.each([0, 7])("refuses the MGI domain %d", (mgiDomain) => {
    expect(indicatorIssues({ ...numberIndicator, mappings: { mgiDomain } }).map((issue) => issue.path)).toEqual([
      ["mappings", "mgiDomain"],
    ]);
  });
});

describe("strict objects refuse unknown keys", () => {
  it.each<[string, unknown, PropertyKey[]]>([
    ["'dimension' instead of 'dimensions' on an indicator", { ...numberIndicator, dimension: ["SEX"] }, []],
    ["an unknown key on a baseline", { ...numberIndicator, baseline: { year: 2016, value: 1, note: "x" } }, ["baseline"]],
    ["an unknown key on a target", { ...numberIndicator, targets: [{ year: 2025, value: 1, final: true }] }, ["targets", 0]],
    ["an unknown mapping scheme", { ...numberIndicator, mappings: { sdgTarget: ["10.7"] } }, ["mappings"]],
    [
      "an unknown key on a level",
      { code: "L1", name: "Plan", valueType: "LEVELS", levels: [LEVELS[0], { ...LEVELS[1], weight: 2 }] },
      ["levels", 1],
    ],
  ])("on an indicator: %s", (_label, input, path) => {
    const result = indicatorDefinitionSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", path })]);
  });

  it("names the unknown key", () => {
    const result = indicatorDefinitionSchema.safeParse({ ...numberIndicator, dimension: ["SEX"] });
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["dimension"] });
  });

  it.each<[string, unknown, PropertyKey[]]>([
    ["on the framework", { ...framework([{ code: "A1", name: "Area" }]), baseyear: 2016 }, []],
    [
      "on the version",
      framework([{ code: "A1", name: "Area" }], { version: { label: "1", approved: "2020-01-01" } as never }),
      ["version"],
    ],
    ["on an area", framework([{ code: "A1", name: "Area", indicator: [] } as never]), ["areas", 0]],
    [
      "on a nested indicator",
      framework([
        {
          code: "A1",
          name: "Area",
          areas: [{ code: "A1.1", name: "Sub", indicators: [{ ...numberIndicator, dimension: ["SEX"] } as never] }],
        },
      ]),
      ["areas", 0, "areas", 0, "indicators", 0],
    ],
  ])("in a framework definition: %s", (_label, input, path) => {
    const result = frameworkDefinitionSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: "unrecognized_keys", path })]);
  });
});

describe("frameworkDefinitionSchema: unique codes", () => {
  it("refuses an area code used twice, even at different depths", () => {
    const definition = framework([
      { code: "A1", name: "One", areas: [{ code: "A1.1", name: "Sub" }] },
      { code: "A2", name: "Two", areas: [{ code: "A1.1", name: "Sub again" }] },
    ]);
    expect(issuesOf(frameworkDefinitionSchema.safeParse(definition))).toEqual([
      { path: ["areas", 1, "areas", 0, "code"], message: "Area code A1.1 is used twice" },
    ]);
  });

  it("refuses a top-level area code reused by a nested area", () => {
    const definition = framework([{ code: "A1", name: "One", areas: [{ code: "A1", name: "Sub" }] }]);
    expect(issuesOf(frameworkDefinitionSchema.safeParse(definition))).toEqual([
      { path: ["areas", 0, "areas", 0, "code"], message: "Area code A1 is used twice" },
    ]);
  });

  it("refuses an indicator code used twice across nested areas", () => {
    const definition = framework([
      { code: "A1", name: "One", indicators: [numberIndicator] },
      { code: "A2", name: "Two", areas: [{ code: "A2.1", name: "Sub", indicators: [{ ...numberIndicator, code: "X" }, numberIndicator] }] },
    ]);
    expect(issuesOf(frameworkDefinitionSchema.safeParse(definition))).toEqual([
      { path: ["areas", 1, "areas", 0, "indicators", 1, "code"], message: "Indicator code A1.1 is used twice" },
    ]);
  });

  it("refuses an indicator code used twice in the same area", () => {
    const definition = framework([{ code: "A1", name: "One", indicators: [numberIndicator, numberIndicator] }]);
    expect(issuesOf(frameworkDefinitionSchema.safeParse(definition))).toEqual([
      { path: ["areas", 0, "indicators", 1, "code"], message: "Indicator code A1.1 is used twice" },
    ]);
  });

  it("allows an indicator to share its code with an area", () => {
    const definition = framework([{ code: "A1.1", name: "One", indicators: [numberIndicator] }]);
    expect(issuesOf(frameworkDefinitionSchema.safeParse(definition))).toEqual([]);
  });

  it("reports an invalid nested indicator with its full path", () => {
    const definition = framework([
      {
        code: "A1",
        name: "One",
        areas: [{ code: "A1.1", name: "Sub", indicators: [{ ...numberIndicator, baseline: { year: 2016, value: "x" } }] }],
      },
    ]);
    expect(issuesOf(frameworkDefinitionSchema.safeParse(definition))).toEqual([
      { path: ["areas", 0, "areas", 0, "indicators", 0, "baseline", "value"], message: "A quantitative indicator needs a number here" },
    ]);
  });
});

describe("baselines and targets respect the indicator's natural limits", () => {
  const base = { code: "X1", name: "Share", valueType: "PERCENTAGE" as const };

  it("refuses a percentage baseline above 100 and names the field", () => {
    const result = indicatorDefinitionSchema.safeParse({ ...base, baseline: { year: 2016, value: 150 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["baseline.value", "The value is outside the indicator's limits (0 to 100)"],
    ]);
  });

  it("refuses a count target below its lower limit", () => {
    const result = indicatorDefinitionSchema.safeParse({
      code: "X2",
      name: "Count",
      valueType: "NUMBER",
      lowerLimit: 0,
      targets: [{ year: 2025, value: -5, isFinal: true }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["targets.0.value"]);
  });

  it("accepts values on the limits themselves", () => {
    expect(
      indicatorDefinitionSchema.safeParse({ ...base, baseline: { year: 2016, value: 0 }, targets: [{ year: 2025, value: 100 }] }).success,
    ).toBe(true);
  });
});
