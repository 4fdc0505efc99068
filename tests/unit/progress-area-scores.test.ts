import { describe, expect, it } from "vitest";
import type { FrameworkStructure, StructureArea, StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import type { ScoringMethod, ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import { CATEGORY_LABELS, categoryFor, DEFAULT_CATEGORY_CUTOFFS } from "@/lib/progress/categories";
import { compareYears, compareYearsSchema } from "@/lib/progress/compare-years";
import { compareAreas } from "@/lib/progress/describe-scores";
import { describeReportScores } from "@/lib/reports/model/describe-report-scores";
import type { FrameworkProgress, IndicatorProgressRow } from "@/lib/progress/get-framework-progress";
import type { ProgressIndicator, SeriesPoint } from "@/lib/progress/indicator-progress";
import { isScorable, scoreAreas, type AreaScore, type ScoreInput, type ScoringArea } from "@/lib/progress/score-areas";

/**
 * Area and framework scores (normalised achievement and the official SDG 10.7.2 formula),
 * their 1-4 categories, the comparison of years and the sentences that describe them.
 * Expected numbers are worked out by hand in the comments.
 */

type ScoredIndicator = ProgressIndicator & { areaId: string };

function indicator(id: string, areaId: string, overrides: Partial<ProgressIndicator> & { valueType: ValueType }): ScoredIndicator {
  return {
    id,
    code: id,
    areaId,
    direction: null,
    lowerLimit: null,
    upperLimit: null,
    baselineYear: null,
    baselineNumber: null,
    baselineLevel: null,
    levels: [],
    targets: [],
    ...overrides,
  };
}

const lvl = (year: number, levelCode: string, status: ValueStatus = "APPROVED"): SeriesPoint => ({ year, number: null, levelCode, status });
const num = (year: number, number: number | null, status: ValueStatus = "APPROVED"): SeriesPoint => ({
  year,
  number,
  levelCode: null,
  status,
});
const finalTarget = (year: number, number: number) => [{ year, number, levelCode: null, isFinal: true }];

function score(scores: readonly AreaScore[], areaCode: string, year: number): AreaScore {
  const found = scores.find((candidate) => candidate.areaCode === areaCode && candidate.year === year);
  if (!found) throw new Error(`No score for ${areaCode} in ${year}`);
  return found;
}

function input(overrides: Partial<ScoreInput> & Pick<ScoreInput, "areas" | "indicators" | "series" | "years">): ScoreInput {
  return { scoringMethod: "NORMALISED_ACHIEVEMENT", categoryCutoffs: null, baseYear: null, ...overrides };
}

describe("isScorable", () => {
  it("counts level-based indicators and quantities with a numeric target only", () => {
    expect(isScorable(indicator("a", "x", { valueType: "LEVELS" }))).toBe(true);
    expect(isScorable(indicator("b", "x", { valueType: "YES_NO" }))).toBe(true);
    expect(isScorable(indicator("c", "x", { valueType: "NUMBER", targets: finalTarget(2030, 10) }))).toBe(true);
    expect(isScorable(indicator("d", "x", { valueType: "PERCENTAGE", targets: finalTarget(2030, 80) }))).toBe(true);
    expect(isScorable(indicator("e", "x", { valueType: "NUMBER" }))).toBe(false);
    expect(
      isScorable(indicator("f", "x", { valueType: "NUMBER", targets: [{ year: 2030, number: null, levelCode: null, isFinal: true }] })),
    ).toBe(false);
    expect(isScorable(indicator("g", "x", { valueType: "TEXT" }))).toBe(false);
  });
});

describe("categoryFor (SDG 10.7.2 categories 1-4)", () => {
  it("has the four official labels and default cut-offs 40 / 60 / 80", () => {
    expect(CATEGORY_LABELS).toEqual(["Requires further progress", "Partially meets", "Meets", "Fully meets"]);
    expect(DEFAULT_CATEGORY_CUTOFFS).toEqual([40, 60, 80]);
  });

  it("uses the default cut-offs as inclusive lower bounds", () => {
    expect(categoryFor(0)).toBe(1);
    expect(categoryFor(39.9)).toBe(1);
    expect(categoryFor(40)).toBe(2);
    expect(categoryFor(59.9)).toBe(2);
    expect(categoryFor(60)).toBe(3);
    expect(categoryFor(79.9)).toBe(3);
    expect(categoryFor(80)).toBe(4);
    expect(categoryFor(100)).toBe(4);
  });

  it("uses custom cut-offs", () => {
    const cutoffs = [50, 70, 90];
    expect(categoryFor(49.9, cutoffs)).toBe(1);
    expect(categoryFor(50, cutoffs)).toBe(2);
    expect(categoryFor(70, cutoffs)).toBe(3);
    expect(categoryFor(89.9, cutoffs)).toBe(3);
    expect(categoryFor(90, cutoffs)).toBe(4);
  });

  it("fills missing cut-offs with the defaults", () => {
    // [30]: category 2 from 30, 3 from 60 and 4 from 80 (defaults).
    expect(categoryFor(35, [30])).toBe(2);
    expect(categoryFor(65, [30])).toBe(3);
    expect(categoryFor(85, [30])).toBe(4);
  });
});

describe("scoreAreas: SDG 10.7.2 (official formula)", () => {
  // Two domains of five sub-categories, answered yes = 1, partial = 0.5, no = 0.
  const ANSWERS = [
    { code: "no", score: 0 },
    { code: "partial", score: 0.5 },
    { code: "yes", score: 1 },
  ];
  const areas: ScoringArea[] = [
    { id: "pd1", code: "PD_1", name: "Migrant rights", parentId: null },
    { id: "pd2", code: "PD_2", name: "Whole-of-government / evidence-based policies", parentId: null },
  ];
  const subCategories = ["pd1", "pd2"].flatMap((areaId) =>
    [1, 2, 3, 4, 5].map((n) => indicator(`${areaId}.${n}`, areaId, { valueType: "LEVELS", levels: ANSWERS })),
  );
  const answers = (areaId: string, year: number, codes: (string | null)[], status: ValueStatus = "APPROVED") =>
    codes.flatMap((code, index) =>
      code === null ? [] : [[`${areaId}.${index + 1}`, lvl(year, code, index === 0 ? status : "APPROVED")] as const],
    );

  function series(entries: (readonly [string, SeriesPoint])[]): Map<string, SeriesPoint[]> {
    const map = new Map<string, SeriesPoint[]>();
    for (const [id, point] of entries) map.set(id, [...(map.get(id) ?? []), point]);
    return map;
  }

  // 2023: PD_1 = yes, yes, partial, no, yes; PD_2 = partial, partial, yes, no, no (first one only submitted)
  // 2024: PD_1 = yes x 5; PD_2 = yes, yes, yes, yes, unanswered
  const values = series([
    ...answers("pd1", 2023, ["yes", "yes", "partial", "no", "yes"]),
    ...answers("pd2", 2023, ["partial", "partial", "yes", "no", "no"], "SUBMITTED"),
    ...answers("pd1", 2024, ["yes", "yes", "yes", "yes", "yes"]),
    ...answers("pd2", 2024, ["yes", "yes", "yes", "yes", null]),
  ]);
  const sdg = (categoryCutoffs: number[] | null = null) =>
    scoreAreas(
      input({
        scoringMethod: "SDG_10_7_2" satisfies ScoringMethod,
        categoryCutoffs,
        areas,
        indicators: subCategories,
        series: values,
        years: [2023, 2024],
      }),
    );

  it("domain score = mean of the five sub-category scores x 100", () => {
    const scores = sdg();
    // PD_1 2023 = (1 + 1 + 0.5 + 0 + 1) / 5 x 100 = 3.5 / 5 x 100 = 70
    expect(score(scores, "PD_1", 2023)).toMatchObject({
      score: 70,
      indicatorsCounted: 5,
      indicatorsTotal: 5,
      areaName: "Migrant rights",
      parentCode: null,
    });
    // PD_2 2023 = (0.5 + 0.5 + 1 + 0 + 0) / 5 x 100 = 2 / 5 x 100 = 40
    expect(score(scores, "PD_2", 2023).score).toBe(40);
    // PD_1 2024 = 5 / 5 x 100 = 100
    expect(score(scores, "PD_1", 2024).score).toBe(100);
  });

  it("overall = mean of all ten sub-category scores x 100", () => {
    // (3.5 + 2) / 10 x 100 = 55
    expect(score(sdg(), "_T", 2023)).toMatchObject({
      score: 55,
      areaName: "All areas",
      areaId: null,
      indicatorsCounted: 10,
      indicatorsTotal: 10,
    });
  });

  it("categories with the default cut-offs [40, 60, 80]", () => {
    const scores = sdg();
    // 70 -> 3 (Meets), 40 -> 2 (Partially meets, 40 inclusive), 55 -> 2, 100 -> 4
    expect(score(scores, "PD_1", 2023).category).toBe(3);
    expect(score(scores, "PD_2", 2023).category).toBe(2);
    expect(score(scores, "_T", 2023).category).toBe(2);
    expect(score(scores, "PD_1", 2024).category).toBe(4);
  });

  it("categories with custom cut-offs [50, 70, 90]", () => {
    const scores = sdg([50, 70, 90]);
    // 70 -> 3 (70 inclusive), 40 -> 1, 55 -> 2, 100 -> 4
    expect(score(scores, "PD_1", 2023).category).toBe(3);
    expect(score(scores, "PD_2", 2023).category).toBe(1);
    expect(score(scores, "_T", 2023).category).toBe(2);
    expect(score(scores, "PD_1", 2024).category).toBe(4);
  });

  it("a domain with an unanswered sub-category has no score (the official formula needs all five), nor has the total", () => {
    const scores = sdg();
    // PD_2 2024: 4 of 5 answered -> null, no category; the mean of the four (100) is not reported.
    expect(score(scores, "PD_2", 2024)).toMatchObject({ score: null, category: null, indicatorsCounted: 4, indicatorsTotal: 5 });
    expect(score(scores, "_T", 2024)).toMatchObject({ score: null, category: null, indicatorsCounted: 9, indicatorsTotal: 10 });
  });

  it("an answer that is not on the scale counts as unanswered", () => {
    const odd = series([...answers("pd1", 2023, ["yes", "yes", "maybe", "no", "yes"])]);
    const scores = scoreAreas(input({ scoringMethod: "SDG_10_7_2", areas, indicators: subCategories, series: odd, years: [2023] }));
    expect(score(scores, "PD_1", 2023)).toMatchObject({ score: null, indicatorsCounted: 4 });
  });

  it("is provisional when a counted value is not approved", () => {
    const scores = sdg();
    expect(score(scores, "PD_2", 2023).provisional).toBe(true);
    expect(score(scores, "_T", 2023).provisional).toBe(true);
    expect(score(scores, "PD_1", 2023).provisional).toBe(false);
    expect(score(scores, "PD_1", 2024).provisional).toBe(false);
  });

  it("returns one row per area and year, areas in order, then the total", () => {
    expect(sdg().map((row) => `${row.areaCode}/${row.year}`)).toEqual([
      "PD_1/2023",
      "PD_1/2024",
      "PD_2/2023",
      "PD_2/2024",
      "_T/2023",
      "_T/2024",
    ]);
  });
});

describe("scoreAreas: normalised achievement", () => {
  // A (top) > A.1 (sub-area); B (top); C (top, narrative only).
  const areas: ScoringArea[] = [
    { id: "a", code: "A", name: "Area A", parentId: null },
    { id: "a1", code: "A.1", name: "Area A.1", parentId: "a" },
    { id: "b", code: "B", name: "Area B", parentId: null },
    { id: "c", code: "C", name: "Area C", parentId: null },
  ];
  const LEVELS = [
    { code: "none", score: 0 },
    { code: "partial", score: 0.5 },
    { code: "full", score: 1 },
  ];
  const YES_NO = [
    { code: "no", score: 0 },
    { code: "yes", score: 1 },
  ];
  const indicators = [
    // i1 (A.1): increasing, base 2020 = 20, target 60.
    indicator("i1", "a1", { valueType: "NUMBER", direction: "INCREASE", targets: finalTarget(2030, 60) }),
    // i2 (A.1): levels.
    indicator("i2", "a1", { valueType: "LEVELS", levels: LEVELS }),
    // i3 (A): decreasing, base 2020 = 10, target 5.
    indicator("i3", "a", { valueType: "PERCENTAGE", direction: "DECREASE", targets: finalTarget(2030, 5) }),
    // i4 (A): no target -> not counted, not in the total.
    indicator("i4", "a", { valueType: "NUMBER", direction: "INCREASE" }),
    // i5, i7 (B): yes / no.
    indicator("i5", "b", { valueType: "YES_NO", levels: YES_NO }),
    indicator("i7", "b", { valueType: "YES_NO", levels: YES_NO }),
    // i6 (C): narrative -> not counted.
    indicator("i6", "c", { valueType: "TEXT" }),
  ];
  const series = new Map<string, SeriesPoint[]>([
    ["i1", [num(2020, 20), num(2024, 50, "SUBMITTED")]],
    ["i2", [lvl(2023, "none"), lvl(2024, "partial")]],
    ["i3", [num(2020, 10), num(2023, 10), num(2024, 7)]],
    ["i4", [num(2020, 1), num(2023, 2), num(2024, 3)]],
    ["i5", [lvl(2023, "yes"), lvl(2024, "yes")]],
    ["i7", [lvl(2023, "no"), lvl(2024, "no")]],
    ["i6", [{ year: 2024, number: null, levelCode: null, status: "APPROVED" }]],
  ]);
  const scores = scoreAreas(input({ baseYear: 2020, areas, indicators, series, years: [2023, 2024] }));

  // Achievements in 2024: i1 = (50 - 20) / (60 - 20) = 0.75; i2 = 0.5; i3 = (7 - 10) / (5 - 10) = 0.6; i5 = 1; i7 = 0.
  // Achievements in 2023: i1 has no value; i2 = 0; i3 = (10 - 10) / (5 - 10) = 0; i5 = 1; i7 = 0.

  it("area score = mean achievement x 100", () => {
    // A.1 2024 = (0.75 + 0.5) / 2 x 100 = 62.5
    expect(score(scores, "A.1", 2024)).toMatchObject({
      score: 62.5,
      indicatorsCounted: 2,
      indicatorsTotal: 2,
      parentCode: "A",
      category: null,
    });
    // B 2024 = (1 + 0) / 2 x 100 = 50
    expect(score(scores, "B", 2024).score).toBe(50);
  });

  it("sub-areas roll up into their parents", () => {
    // A 2024 = (0.75 + 0.5 + 0.6) / 3 x 100 = 1.85 / 3 x 100 = 61.666... -> 61.7 (one decimal)
    expect(score(scores, "A", 2024)).toMatchObject({ score: 61.7, indicatorsCounted: 3, indicatorsTotal: 3 });
  });

  it("the total '_T' is the mean over every counted indicator", () => {
    // _T 2024 = (0.75 + 0.5 + 0.6 + 1 + 0) / 5 x 100 = 2.85 / 5 x 100 = 57
    expect(score(scores, "_T", 2024)).toMatchObject({ score: 57, indicatorsCounted: 5, indicatorsTotal: 5, category: null });
  });

  it("indicators without a value that year are not counted (indicatorsCounted < indicatorsTotal)", () => {
    // 2023: A.1 = 0 / 1 (i1 has no value) -> 0; A = (0 + 0) / 2 -> 0; _T = (0 + 0 + 1 + 0) / 4 x 100 = 25
    expect(score(scores, "A.1", 2023)).toMatchObject({ score: 0, indicatorsCounted: 1, indicatorsTotal: 2 });
    expect(score(scores, "A", 2023)).toMatchObject({ score: 0, indicatorsCounted: 2, indicatorsTotal: 3 });
    expect(score(scores, "_T", 2023)).toMatchObject({ score: 25, indicatorsCounted: 4, indicatorsTotal: 5 });
  });

  it("indicators without a target or narrative are neither counted nor in the total", () => {
    expect(score(scores, "C", 2024)).toMatchObject({ score: null, indicatorsCounted: 0, indicatorsTotal: 0 });
  });

  it("is provisional when a counted value is not approved, up the whole chain", () => {
    expect(score(scores, "A.1", 2024).provisional).toBe(true);
    expect(score(scores, "A", 2024).provisional).toBe(true);
    expect(score(scores, "_T", 2024).provisional).toBe(true);
    expect(score(scores, "B", 2024).provisional).toBe(false);
    expect(score(scores, "A.1", 2023).provisional).toBe(false);
  });

  it("has no score in a year without any counted value", () => {
    const empty = scoreAreas(input({ baseYear: 2020, areas, indicators, series, years: [2019] }));
    expect(score(empty, "_T", 2019)).toMatchObject({ score: null, indicatorsCounted: 0, indicatorsTotal: 5 });
  });
});

describe("compareAreas and the sentences", () => {
  const english = describeReportScores("en");
  const row = (areaCode: string, areaName: string, year: number, value: number | null): AreaScore => ({
    areaId: areaCode === "_T" ? null : areaCode.toLowerCase(),
    areaCode,
    areaName,
    parentCode: null,
    year,
    score: value,
    category: null,
    indicatorsCounted: value === null ? 0 : 1,
    indicatorsTotal: 1,
    provisional: false,
  });
  const scores: AreaScore[] = [
    row("A", "Area A", 2022, 40),
    row("A", "Area A", 2023, 50),
    row("A", "Area A", 2024, 55.5),
    row("B", "Area B", 2022, 60),
    row("B", "Area B", 2023, null),
    row("B", "Area B", 2024, 50),
    row("_T", "All areas", 2022, 50),
    row("_T", "All areas", 2023, 52),
    row("_T", "All areas", 2024, 53.3),
  ];

  it("compareAreas: scores in the chosen years and the change from the first to the last", () => {
    // A: 55.5 - 40 = +15.5; B: 50 - 60 = -10; a missing area keeps its code as name.
    expect(compareAreas(scores, ["A", "B", "Z"], [2022, 2023, 2024])).toEqual([
      { areaCode: "A", areaName: "Area A", scores: [40, 50, 55.5], change: 15.5 },
      { areaCode: "B", areaName: "Area B", scores: [60, null, 50], change: -10 },
      { areaCode: "Z", areaName: "Z", scores: [null, null, null], change: null },
    ]);
    // One year: no change. A year without a score at either end: no change.
    expect(compareAreas(scores, ["A"], [2024])[0]!.change).toBeNull();
    expect(compareAreas(scores, ["B"], [2022, 2023])[0]!.change).toBeNull();
  });

  it("describeReportScores overTime: rise, highest and lowest area of the last year", () => {
    expect(english.overTime(scores, ["A", "B"])).toBe(
      "The overall score rose from 50 % in 2022 to 53.3 % in 2024; in 2024 the highest area is A Area A (55.5 %) and the lowest B Area B (50 %).",
    );
  });

  it("describeReportScores overTime: a fall, a single year, fewer than two areas, nothing", () => {
    const fell = [row("_T", "All areas", 2022, 60), row("_T", "All areas", 2024, 45.25)];
    expect(english.overTime(fell, ["A"])).toBe("The overall score fell from 60 % in 2022 to 45.3 % in 2024.");
    expect(english.overTime([row("_T", "All areas", 2024, 55)], [])).toBe("The overall score is 55 % in 2024.");
    expect(english.overTime([row("_T", "All areas", 2024, null)], [])).toBe(
      "No score can be computed yet: no counted indicator has a value.",
    );
    expect(english.overTime([], [])).toBe("No score can be computed yet: no counted indicator has a value.");
  });

  it("describeReportScores comparison: how many areas improved, which moved most and least", () => {
    const comparison = compareAreas(scores, ["A", "B"], [2022, 2024]);
    expect(english.comparison(comparison, [2022, 2024])).toBe(
      "Between 2022 and 2024, 1 of 2 areas improved; A moved most (+15.5 points) and B least (−10 points).",
    );
    const allUp = compareAreas(scores, ["A", "_T"], [2022, 2024]);
    // _T: 53.3 - 50 = +3.3
    expect(english.comparison(allUp, [2022, 2024])).toBe(
      "Between 2022 and 2024, all 2 areas improved; A moved most (+15.5 points) and _T least (+3.3 points).",
    );
    const flat = [{ areaCode: "A", areaName: "Area A", scores: [50, 50], change: 0 }];
    expect(english.comparison(flat, [2022, 2024])).toBe("Between 2022 and 2024, A changed by ±0 points.");
    // Ties are said once, and "none" rather than "0 of".
    const tied = [
      { areaCode: "A", areaName: "Area A", scores: [50, 45], change: -5 },
      { areaCode: "B", areaName: "Area B", scores: [60, 55], change: -5 },
    ];
    expect(english.comparison(tied, [2022, 2024])).toBe(
      "Between 2022 and 2024, none of the 2 areas improved; every area changed by −5 points.",
    );
  });

  it("describeReportScores comparison: asks for two years that have scores", () => {
    const message = "Choose at least two years that have scores to compare them.";
    expect(english.comparison(compareAreas(scores, ["A"], [2024]), [2024])).toBe(message);
    expect(english.comparison([], [])).toBe(message);
    expect(english.comparison(compareAreas(scores, ["B"], [2022, 2023]), [2022, 2023])).toBe(message);
  });
});

describe("compareYears", () => {
  const structureIndicator = (id: string, areaId: string): StructureIndicator => ({
    id,
    identityId: id,
    code: id.toUpperCase(),
    name: `Indicator ${id}`,
    definition: null,
    valueType: "NUMBER",
    unit: null,
    direction: "INCREASE",
    lowerLimit: null,
    upperLimit: null,
    decimals: null,
    baselineYear: null,
    baselineNumber: null,
    baselineLevel: null,
    position: 0,
    areaId,
    leadInstitution: null,
    levels: [],
    targets: [],
  });
  const area = (
    id: string,
    code: string,
    name: string,
    depth: number,
    parentId: string | null,
    parentCode: string | null,
  ): StructureArea => ({
    id,
    code,
    name,
    description: null,
    parentId,
    parentCode,
    depth,
    indicators: [],
  });
  const framework: FrameworkStructure = {
    id: "fw",
    code: "FW",
    name: "Framework",
    description: null,
    scoringMethod: "NORMALISED_ACHIEVEMENT",
    baseYear: 2022,
    categoryCutoffs: null,
    version: { id: "v1", number: 1, label: "1", status: "APPROVED", approvedAt: null },
    versions: [{ id: "v1", number: 1, label: "1", status: "APPROVED", approvedAt: null }],
    areas: [area("a", "A", "Area A", 0, null, null), area("a1", "A.1", "Area A.1", 1, "a", "A"), area("b", "B", "Area B", 0, null, null)],
    indicatorCount: 6,
    structureKey: "fw-1",
  };
  const indicatorRow = (id: string, areaCode: string, achievement: Record<number, number | null>): IndicatorProgressRow => ({
    indicator: structureIndicator(id, areaCode.toLowerCase()),
    areaCode,
    statuses: {},
    provisionalYears: [],
    achievement,
  });
  const areaScore = (areaCode: string, areaName: string, year: number, value: number | null): AreaScore => ({
    areaId: null,
    areaCode,
    areaName,
    parentCode: null,
    year,
    score: value,
    category: null,
    indicatorsCounted: 1,
    indicatorsTotal: 1,
    provisional: false,
  });
  const progress: FrameworkProgress = {
    framework,
    years: [2022, 2023, 2024],
    includeProvisional: false,
    coverage: [],
    scores: [
      areaScore("A", "Area A", 2022, 40),
      areaScore("A", "Area A", 2024, 55.5),
      areaScore("A.1", "Area A.1", 2022, 10),
      areaScore("A.1", "Area A.1", 2024, 90),
      areaScore("B", "Area B", 2022, 60),
      areaScore("B", "Area B", 2024, 50),
      areaScore("_T", "All areas", 2022, 50),
      areaScore("_T", "All areas", 2024, 53.3),
    ],
    indicators: [
      // i1: 0.20 -> 0.75 = +55 points
      indicatorRow("i1", "A.1", { 2022: 0.2, 2023: null, 2024: 0.75 }),
      // i2: 0.50 -> 0.25 = -25 points
      indicatorRow("i2", "A.1", { 2022: 0.5, 2023: 0.4, 2024: 0.25 }),
      // i3: 0.10 -> 0.40 = +30 points
      indicatorRow("i3", "A", { 2022: 0.1, 2023: 0.2, 2024: 0.4 }),
      // i4: no value in 2022 -> not a mover
      indicatorRow("i4", "A", { 2022: null, 2023: 0.5, 2024: 1 }),
      // i5: 0.90 -> 0.30 = -60 points
      indicatorRow("i5", "B", { 2022: 0.9, 2023: 0.6, 2024: 0.3 }),
      // i6: 0.5 -> 0.5 = no change, neither list
      indicatorRow("i6", "B", { 2022: 0.5, 2023: 0.5, 2024: 0.5 }),
    ],
  };

  it("gives the change in points of each top-level area and of the total between the first and last year", () => {
    const comparison = compareYears(progress, [2022, 2024]);
    expect(comparison.years).toEqual([2022, 2024]);
    // Top-level areas only (A.1 has depth 1). A: 55.5 - 40 = +15.5; B: 50 - 60 = -10; total: 53.3 - 50 = +3.3
    expect(comparison.areas).toEqual([
      { areaCode: "A", areaName: "Area A", scores: [40, 55.5], change: 15.5 },
      { areaCode: "B", areaName: "Area B", scores: [60, 50], change: -10 },
    ]);
    expect(comparison.overall).toEqual({ areaCode: "_T", areaName: "All areas", scores: [50, 53.3], change: 3.3 });
  });

  it("sorts the movers: most improved first, most worsened first", () => {
    const comparison = compareYears(progress, [2022, 2023, 2024]);
    // Improved: i1 +55 (20 -> 75), i3 +30 (10 -> 40). Worsened: i5 -60 (90 -> 30), i2 -25 (50 -> 25).
    expect(comparison.improved).toEqual([
      { code: "I1", name: "Indicator i1", areaCode: "A.1", from: 20, to: 75, change: 55 },
      { code: "I3", name: "Indicator i3", areaCode: "A", from: 10, to: 40, change: 30 },
    ]);
    expect(comparison.worsened).toEqual([
      { code: "I5", name: "Indicator i5", areaCode: "B", from: 90, to: 30, change: -60 },
      { code: "I2", name: "Indicator i2", areaCode: "A.1", from: 50, to: 25, change: -25 },
    ]);
    // 2023 is in the middle: its score columns are there (null where there is no score).
    expect(comparison.areas[0]!.scores).toEqual([40, null, 55.5]);
  });

  it("keeps only the given number of movers each way", () => {
    const comparison = compareYears(progress, [2022, 2024], 1);
    expect(comparison.improved.map((move) => move.code)).toEqual(["I1"]);
    expect(comparison.worsened.map((move) => move.code)).toEqual(["I5"]);
  });

  it("has no movers and no change with a single year", () => {
    const comparison = compareYears(progress, [2024]);
    expect(comparison.improved).toEqual([]);
    expect(comparison.worsened).toEqual([]);
    expect(comparison.overall).toEqual({ areaCode: "_T", areaName: "All areas", scores: [53.3], change: null });
  });
});

describe("compareYearsSchema", () => {
  it("accepts up to five four-digit years, removing duplicates and sorting them", () => {
    expect(compareYearsSchema.parse(["2024", "2018"])).toEqual([2018, 2024]);
    expect(compareYearsSchema.parse(["2024", "2018", "2024"])).toEqual([2018, 2024]);
    expect(compareYearsSchema.parse(["2020", "2021", "2022", "2023", "2024"])).toEqual([2020, 2021, 2022, 2023, 2024]);
  });

  it("refuses years that are not four digits", () => {
    for (const bad of ["24", "20245", "abcd", "2024 ", "-202"]) {
      const parsed = compareYearsSchema.safeParse(["2018", bad]);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("Years have four digits, e.g. 2024");
    }
  });

  it("refuses more than five years", () => {
    const parsed = compareYearsSchema.safeParse(["2018", "2019", "2020", "2021", "2022", "2023"]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Compare at most five years at a time");
  });

  it("counts a repeated year once, and refuses a single year", () => {
    expect(compareYearsSchema.parse(["2024", "2024", "2024", "2024", "2024", "2024", "2018"])).toEqual([2018, 2024]);
    expect(compareYearsSchema.parse([])).toEqual([]);
    const single = compareYearsSchema.safeParse(["2024"]);
    expect(single.success).toBe(false);
    expect(single.error?.issues[0]?.message).toBe("Choose at least two years to compare");
  });

  it("refuses a value that is not a list", () => {
    expect(compareYearsSchema.safeParse("2024").success).toBe(false);
  });
});
