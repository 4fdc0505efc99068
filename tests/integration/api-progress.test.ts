/**
 * The progress API: area scores (GET /api/v1/frameworks/{code}/scores) and one indicator's
 * status by year (GET /api/v1/frameworks/{code}/indicators/{indicator}/progress), on a
 * framework small enough that every score is computed by hand below.
 */
import { describe, expect, it } from "vitest";
import { GET as indicatorProgressRoute } from "@/app/api/v1/frameworks/[code]/indicators/[indicator]/progress/route";
import { GET as scoresRoute } from "@/app/api/v1/frameworks/[code]/scores/route";
import { MGI_LEVELS, SDG_10_7_2_LEVELS } from "@/lib/frameworks/builtin/scales";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { updateFrameworkScoring } from "@/lib/frameworks/update-framework-scoring";
import {
  apiRequest,
  buildIndicator,
  createTestApiToken,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  routeParams as params,
  uniqueCode,
} from "../fixtures/factories";

type ScoreRow = {
  area: string;
  parent: string | null;
  year: number;
  score: number | null;
  category: 1 | 2 | 3 | 4 | null;
  indicatorsCounted: number;
  indicatorsTotal: number;
  provisional: boolean;
};

/**
 * A1 holds A1.1 (levels absent 0 / partial 0.5 / full 1, target "full") and A1.2 (narrative,
 * never counted). A2 holds the sub-area A2-S with two numbers: A2.1 rises from a 2016 baseline
 * of 100 to a 2025 target of 200, A2.2 (led by MFA) falls from 50 to 10. A number's
 * achievement is (value - base) / (target - base), capped at 1 once the target is met.
 */
function tinyDefinition(code = uniqueCode("FW")): FrameworkDefinition {
  return {
    code,
    name: `Framework ${code}`,
    version: { label: "1.0", status: "APPROVED" },
    areas: [
      {
        code: "A1",
        name: "Policy",
        indicators: [
          buildIndicator("A1.1", "LEVELS", {
            levels: MGI_LEVELS,
            baseline: { year: 2016, value: "absent" },
            targets: [{ year: 2025, value: "full", isFinal: true }],
          }),
          buildIndicator("A1.2", "TEXT"),
        ],
      },
      {
        code: "A2",
        name: "Outcomes",
        areas: [
          {
            code: "A2-S",
            name: "Outcomes in numbers",
            indicators: [
              buildIndicator("A2.1", "NUMBER"),
              buildIndicator("A2.2", "NUMBER", {
                direction: "DECREASE",
                leadInstitution: "MFA",
                baseline: { year: 2016, value: 50 },
                targets: [{ year: 2025, value: 10, isFinal: true }],
              }),
            ],
          },
        ],
      },
    ],
  };
}

/** The SDG 10.7.2 method: two domains of two sub-categories each (no 0, partial 0.5, yes 1). */
function sdgDefinition(code = uniqueCode("SDG")): FrameworkDefinition {
  const subCategory = (indicatorCode: string) =>
    buildIndicator(indicatorCode, "LEVELS", { levels: SDG_10_7_2_LEVELS, baseline: undefined, targets: undefined });
  return {
    code,
    name: `SDG framework ${code}`,
    scoringMethod: "SDG_10_7_2",
    version: { label: "2019", status: "APPROVED" },
    areas: [
      { code: "D1", name: "Domain 1", indicators: [subCategory("D1.a"), subCategory("D1.b")] },
      { code: "D2", name: "Domain 2", indicators: [subCategory("D2.a"), subCategory("D2.b")] },
    ],
  };
}

const ready = (async () => {
  const { workspaceId } = await createTestWorkspace();
  const secretariatMember = await createTestMember(workspaceId, "SECRETARIAT");
  const tokens = {
    secretariat: await createTestApiToken(secretariatMember),
    viewer: await createTestApiToken(await createTestMember(workspaceId, "VIEWER")),
    mlsp: await createTestApiToken(await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" })),
    mfa: await createTestApiToken(await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MFA" })),
  };

  const tiny = await createTestFramework(workspaceId, tinyDefinition());
  const id = (code: string) => tiny.indicatorIds.get(code)!;
  await createTestValues([
    { indicatorId: id("A1.1"), year: 2018, levelCode: "partial" },
    { indicatorId: id("A1.1"), year: 2020, levelCode: "full" },
    { indicatorId: id("A1.1"), year: 2022, levelCode: "absent" },
    { indicatorId: id("A1.2"), year: 2020, text: "Narrative, never scored" },
    { indicatorId: id("A2.1"), year: 2018, number: 150 },
    { indicatorId: id("A2.1"), year: 2020, number: 130 },
    { indicatorId: id("A2.1"), year: 2022, number: 250 },
    // A breakdown never counts: only totals are scored.
    { indicatorId: id("A2.1"), year: 2022, disaggregation: "SEX=F", number: 1 },
    { indicatorId: id("A2.2"), year: 2018, number: 40 },
    { indicatorId: id("A2.2"), year: 2020, number: 30 },
    // Not approved yet: an MLSP draft, a submitted MLSP value and an MFA draft.
    { indicatorId: id("A1.1"), year: 2024, levelCode: "full", status: "DRAFT" },
    { indicatorId: id("A2.1"), year: 2024, number: 190, status: "SUBMITTED" },
    { indicatorId: id("A2.2"), year: 2024, number: 20, status: "DRAFT" },
  ]);

  const sdg = await createTestFramework(workspaceId, sdgDefinition());
  const sdgId = (code: string) => sdg.indicatorIds.get(code)!;
  await createTestValues([
    { indicatorId: sdgId("D1.a"), year: 2021, levelCode: "yes" },
    { indicatorId: sdgId("D1.b"), year: 2021, levelCode: "partial" },
    { indicatorId: sdgId("D2.a"), year: 2021, levelCode: "no" },
    { indicatorId: sdgId("D2.b"), year: 2021, levelCode: "partial" },
    { indicatorId: sdgId("D1.a"), year: 2023, levelCode: "yes" },
    { indicatorId: sdgId("D1.b"), year: 2023, levelCode: "yes" },
    { indicatorId: sdgId("D2.a"), year: 2023, levelCode: "partial" },
  ]);
  return { tiny, sdg, tokens, secretariatMember };
})();

type TokenName = "secretariat" | "viewer" | "mlsp" | "mfa";

async function scores(code: string, query = "", token: TokenName | null = "secretariat") {
  const { tokens } = await ready;
  const request = apiRequest(`/api/v1/frameworks/${code}/scores${query ? `?${query}` : ""}`, token ? { token: tokens[token] } : {});
  return scoresRoute(request, params({ code }));
}

async function scoreRows(code: string, query = "", token: TokenName = "secretariat"): Promise<ScoreRow[]> {
  const response = await scores(code, query, token);
  expect(response.status).toBe(200);
  return response.json();
}

const pick = (rows: ScoreRow[], area: string, year: number) => rows.find((row) => row.area === area && row.year === year);

/** Hand-computed, approved values only; each score is the mean achievement x 100, to one decimal. */
const APPROVED_SCORES: ScoreRow[] = [
  // 2018: A1.1 partial 0.5; A2.1 (150-100)/(200-100) = 0.5; A2.2 (40-50)/(10-50) = 0.25.
  // 2020: A1.1 full 1; A2.1 0.3; A2.2 0.5.  2022: A1.1 absent 0; A2.1 250 >= 200: 1; A2.2 no value.
  { area: "A1", parent: null, year: 2018, score: 50, category: null, indicatorsCounted: 1, indicatorsTotal: 1, provisional: false },
  { area: "A1", parent: null, year: 2020, score: 100, category: null, indicatorsCounted: 1, indicatorsTotal: 1, provisional: false },
  { area: "A1", parent: null, year: 2022, score: 0, category: null, indicatorsCounted: 1, indicatorsTotal: 1, provisional: false },
  { area: "A2", parent: null, year: 2018, score: 37.5, category: null, indicatorsCounted: 2, indicatorsTotal: 2, provisional: false },
  { area: "A2", parent: null, year: 2020, score: 40, category: null, indicatorsCounted: 2, indicatorsTotal: 2, provisional: false },
  { area: "A2", parent: null, year: 2022, score: 100, category: null, indicatorsCounted: 1, indicatorsTotal: 2, provisional: false },
  { area: "A2-S", parent: "A2", year: 2018, score: 37.5, category: null, indicatorsCounted: 2, indicatorsTotal: 2, provisional: false },
  { area: "A2-S", parent: "A2", year: 2020, score: 40, category: null, indicatorsCounted: 2, indicatorsTotal: 2, provisional: false },
  { area: "A2-S", parent: "A2", year: 2022, score: 100, category: null, indicatorsCounted: 1, indicatorsTotal: 2, provisional: false },
  // _T: (0.5 + 0.5 + 0.25) / 3 = 41.67 -> 41.7; (1 + 0.3 + 0.5) / 3 = 60; (0 + 1) / 2 = 50.
  { area: "_T", parent: null, year: 2018, score: 41.7, category: null, indicatorsCounted: 3, indicatorsTotal: 3, provisional: false },
  { area: "_T", parent: null, year: 2020, score: 60, category: null, indicatorsCounted: 3, indicatorsTotal: 3, provisional: false },
  { area: "_T", parent: null, year: 2022, score: 50, category: null, indicatorsCounted: 2, indicatorsTotal: 3, provisional: false },
];

describe("GET /api/v1/frameworks/{code}/scores", () => {
  it("returns every area's and the total's score per year, computed from approved totals only", async () => {
    const { tiny } = await ready;
    expect(await scoreRows(tiny.code)).toEqual(APPROVED_SCORES);
  });

  it("filters the years with from and to, inclusive", async () => {
    const { tiny } = await ready;
    const rows = await scoreRows(tiny.code, "from=2019&to=2022");
    expect([...new Set(rows.map((row) => row.year))]).toEqual([2020, 2022]);
    expect(rows).toEqual(APPROVED_SCORES.filter((row) => row.year >= 2019));
    expect(await scoreRows(tiny.code, "from=2020&to=2020")).toEqual(APPROVED_SCORES.filter((row) => row.year === 2020));
    expect(await scoreRows(tiny.code, "to=2018")).toEqual(APPROVED_SCORES.filter((row) => row.year === 2018));
    expect(await scoreRows(tiny.code, "from=2030")).toEqual([]);
  });

  it.each([
    ["from=20x4", "from", "Expected a four-digit year, e.g. 2024"],
    ["to=99", "to", "Expected a four-digit year, e.g. 2024"],
    ["from=2022&to=2018", "from", "from must not be after to"],
    ["provisional=maybe", "provisional", "provisional is true or false"],
  ])("answers 400 for a bad query (%s), naming the parameter", async (query, field, message) => {
    const { tiny } = await ready;
    const response = await scores(tiny.code, query);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.fieldErrors[field]).toEqual([message]);
  });

  it("answers 404 for an unknown framework", async () => {
    const response = await scores("NOPE");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "No framework with code NOPE" } });
  });

  it("answers 401 without a token", async () => {
    const { tiny } = await ready;
    const response = await scores(tiny.code, "", null);
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("UNAUTHENTICATED");
  });
});

describe("provisional scores include only the values the caller may read", () => {
  it("for the secretariat, ?provisional=true adds submitted values (not drafts) and marks what they change", async () => {
    const { tiny } = await ready;
    const rows = await scoreRows(tiny.code, "provisional=true");
    // The approved years are unchanged.
    expect(rows.filter((row) => row.year < 2024)).toEqual(APPROVED_SCORES);
    // 2024: only A2.1's submitted 190 counts, (190-100)/(200-100) = 0.9; both drafts stay out.
    expect(pick(rows, "A2", 2024)).toEqual({
      area: "A2",
      parent: null,
      year: 2024,
      score: 90,
      category: null,
      indicatorsCounted: 1,
      indicatorsTotal: 2,
      provisional: true,
    });
    expect(pick(rows, "_T", 2024)).toMatchObject({ score: 90, indicatorsCounted: 1, provisional: true });
    expect(pick(rows, "A1", 2024)).toMatchObject({ score: null, indicatorsCounted: 0, provisional: false });
    // provisional=false is the default.
    expect(await scoreRows(tiny.code, "provisional=false")).toEqual(APPROVED_SCORES);
    // Only true and false: "0" is refused by name rather than guessed (issue 18, strict booleans).
    const zero = await scores(tiny.code, "provisional=0", "secretariat");
    expect(zero.status).toBe(400);
    expect((await zero.json()).error.fieldErrors).toEqual({ provisional: ["provisional is true or false"] });
  });

  it("a viewer asking for provisional scores gets the approved-only scores, nothing marked provisional", async () => {
    const { tiny } = await ready;
    const rows = await scoreRows(tiny.code, "provisional=true", "viewer");
    expect(rows).toEqual(APPROVED_SCORES);
    expect(rows.some((row) => row.provisional)).toBe(false);
    expect(rows.some((row) => row.year === 2024)).toBe(false);
  });

  it("a focal point counts its own institution's drafts, never another institution's", async () => {
    const { tiny } = await ready;
    // MFA leads A2.2 only: its own draft 20 counts, (20-50)/(10-50) = 0.75; MLSP's draft and
    // submitted value stay out.
    const mfa = await scoreRows(tiny.code, "provisional=true", "mfa");
    expect(mfa.filter((row) => row.year < 2024)).toEqual(APPROVED_SCORES);
    expect(pick(mfa, "A1", 2024)).toMatchObject({ score: null, indicatorsCounted: 0, provisional: false });
    expect(pick(mfa, "A2", 2024)).toMatchObject({ score: 75, indicatorsCounted: 1, provisional: true });
    expect(pick(mfa, "_T", 2024)).toMatchObject({ score: 75, indicatorsCounted: 1, provisional: true });

    // MLSP leads A1.1 and A2.1: its draft "full" (1) and submitted 190 (0.9) count, MFA's draft does not.
    const mlsp = await scoreRows(tiny.code, "provisional=true", "mlsp");
    expect(pick(mlsp, "A1", 2024)).toMatchObject({ score: 100, indicatorsCounted: 1, provisional: true });
    expect(pick(mlsp, "A2", 2024)).toMatchObject({ score: 90, indicatorsCounted: 1, provisional: true });
    expect(pick(mlsp, "_T", 2024)).toMatchObject({ score: 95, indicatorsCounted: 2, provisional: true });

    // Without ?provisional, neither sees anything but approved values.
    expect(await scoreRows(tiny.code, "", "mfa")).toEqual(APPROVED_SCORES);
    expect(await scoreRows(tiny.code, "", "mlsp")).toEqual(APPROVED_SCORES);
  });
});

describe("a score measured from a base value that is not approved", () => {
  it("is provisional, like the indicator's status", async () => {
    const { secretariatMember } = await ready;
    const code = uniqueCode("FW");
    const framework = await createTestFramework(secretariatMember.workspace.id, {
      code,
      name: `Framework ${code}`,
      baseYear: 2016,
      version: { label: "1.0", status: "APPROVED" },
      areas: [{ code: "A1", name: "Numbers", indicators: [buildIndicator("A1.1", "NUMBER")] }],
    });
    const indicatorId = framework.indicatorIds.get("A1.1")!;
    await createTestValues([
      { indicatorId, year: 2016, number: 120, status: "SUBMITTED" },
      { indicatorId, year: 2018, number: 160 },
    ]);
    // Approved only: the base is the indicator's 2016 baseline of 100, (160-100)/(200-100) = 60.
    expect(pick(await scoreRows(code), "_T", 2018)).toMatchObject({ score: 60, provisional: false });
    // With the submitted 2016 value of 120 as the base: (160-120)/(200-120) = 50, which rests on a provisional value.
    const rows = await scoreRows(code, "provisional=true");
    expect(pick(rows, "_T", 2016)).toMatchObject({ score: 0, provisional: true });
    expect(pick(rows, "_T", 2018)).toMatchObject({ score: 50, provisional: true });
    expect(pick(rows, "A1", 2018)).toMatchObject({ score: 50, provisional: true });
    const body = await (
      await indicatorProgressRoute(
        apiRequest(`/api/v1/frameworks/${code}/indicators/A1.1/progress?provisional=true`, { token: (await ready).tokens.secretariat }),
        params({ code, indicator: "A1.1" }),
      )
    ).json();
    expect(body.years.find((year: { year: number }) => year.year === 2018).inputs).toMatchObject({
      baseYear: 2016,
      baseValue: 120,
      provisional: true,
    });
  });
});

describe("SDG 10.7.2 scoring", () => {
  it("scores a domain as the mean of its sub-categories x 100 with a 1-4 category, only when every sub-category is answered", async () => {
    const { sdg } = await ready;
    const rows = await scoreRows(sdg.code);
    // 2021: D1 (1 + 0.5) / 2 = 75 (category 3 of 40/60/80); D2 (0 + 0.5) / 2 = 25 (1); overall 2 / 4 = 50 (2).
    expect(rows.filter((row) => row.year === 2021)).toEqual([
      { area: "D1", parent: null, year: 2021, score: 75, category: 3, indicatorsCounted: 2, indicatorsTotal: 2, provisional: false },
      { area: "D2", parent: null, year: 2021, score: 25, category: 1, indicatorsCounted: 2, indicatorsTotal: 2, provisional: false },
      { area: "_T", parent: null, year: 2021, score: 50, category: 2, indicatorsCounted: 4, indicatorsTotal: 4, provisional: false },
    ]);
    // 2023: D2.b is not answered, so D2 and the overall score are not computed.
    expect(rows.filter((row) => row.year === 2023)).toEqual([
      { area: "D1", parent: null, year: 2023, score: 100, category: 4, indicatorsCounted: 2, indicatorsTotal: 2, provisional: false },
      { area: "D2", parent: null, year: 2023, score: null, category: null, indicatorsCounted: 1, indicatorsTotal: 2, provisional: false },
      { area: "_T", parent: null, year: 2023, score: null, category: null, indicatorsCounted: 3, indicatorsTotal: 4, provisional: false },
    ]);
  });

  it("changing the cut-offs with updateFrameworkScoring changes the categories, not the scores", async () => {
    const { secretariatMember } = await ready;
    // A framework of its own, so the other tests keep the default cut-offs.
    const sdg = await createTestFramework(secretariatMember.workspace.id, sdgDefinition());
    const sdgId = (code: string) => sdg.indicatorIds.get(code)!;
    await createTestValues([
      { indicatorId: sdgId("D1.a"), year: 2021, levelCode: "yes" },
      { indicatorId: sdgId("D1.b"), year: 2021, levelCode: "partial" },
      { indicatorId: sdgId("D2.a"), year: 2021, levelCode: "no" },
      { indicatorId: sdgId("D2.b"), year: 2021, levelCode: "partial" },
    ]);
    const categories = async () => (await scoreRows(sdg.code)).map((row) => [row.area, row.score, row.category]);
    expect(await categories()).toEqual([
      ["D1", 75, 3],
      ["D2", 25, 1],
      ["_T", 50, 2],
    ]);
    await updateFrameworkScoring(secretariatMember, sdg.code, { baseYear: "", cutoff2: 20, cutoff3: 30, cutoff4: 70 });
    expect(await categories()).toEqual([
      ["D1", 75, 4],
      ["D2", 25, 2],
      ["_T", 50, 3],
    ]);
  });
});

describe("GET /api/v1/frameworks/{code}/indicators/{indicator}/progress", () => {
  async function progress(code: string, indicator: string, query = "", token: TokenName = "secretariat") {
    const { tokens } = await ready;
    const request = apiRequest(`/api/v1/frameworks/${code}/indicators/${indicator}/progress${query ? `?${query}` : ""}`, {
      token: tokens[token],
    });
    return indicatorProgressRoute(request, params({ code, indicator }));
  }

  // The growth the 2025 target needs from the 2016 baseline: (200 / 100)^(1/9) - 1.
  const required = 2 ** (1 / 9) - 1;
  const inputs = (currentYear: number, currentValue: number, provisional = false) => ({
    baseYear: 2016,
    baseValue: 100,
    currentYear,
    currentValue,
    target: { year: 2025, value: 200 },
    direction: "INCREASE",
    limit: null,
    provisional,
  });

  it("gives the status of each year with a total, with every input of the calculation", async () => {
    const { tiny } = await ready;
    const response = await progress(tiny.code, "A2.1");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ framework: tiny.code, indicator: "A2.1", baseYear: null, includeProvisional: false });
    expect(body.years.map((year: { year: number; status: string }) => [year.year, year.status])).toEqual([
      [2018, "on_track"],
      [2020, "acceleration_needed"],
      [2022, "target_achieved"],
    ]);
    const [y2018, y2020, y2022] = body.years;
    expect(y2018).toMatchObject({
      method: "target",
      inputs: inputs(2018, 150),
      reason: null,
      thresholds: { high: 0.95, medium: 0.6, low: 0 },
    });
    // 2018: growth (150/100)^(1/2) - 1 against the required growth: a ratio of about 2.8.
    expect(y2018.observedGrowth).toBeCloseTo(1.5 ** (1 / 2) - 1, 10);
    expect(y2018.requiredGrowth).toBeCloseTo(required, 10);
    expect(y2018.progressValue).toBeCloseTo((1.5 ** (1 / 2) - 1) / required, 10);
    // 2020: (130/100)^(1/4) - 1 is about 85 % of the required growth: acceleration needed.
    expect(y2020.inputs).toEqual(inputs(2020, 130));
    expect(y2020.progressValue).toBeCloseTo((1.3 ** (1 / 4) - 1) / required, 10);
    expect(y2020.progressValue).toBeGreaterThan(0.6);
    expect(y2020.progressValue).toBeLessThan(0.95);
    // 2022: 250 meets the target of 200.
    expect(y2022).toMatchObject({ inputs: inputs(2022, 250), progressValue: null });
  });

  it("adds the submitted year with ?provisional=true for the secretariat, marked provisional", async () => {
    const { tiny } = await ready;
    const body = await (await progress(tiny.code, "A2.1", "provisional=true")).json();
    expect(body.includeProvisional).toBe(true);
    expect(body.years.map((year: { year: number }) => year.year)).toEqual([2018, 2020, 2022, 2024]);
    const last = body.years[3];
    // 2024 after 2022's 250: the current value 190 is below the target again.
    expect(last).toMatchObject({ status: "on_track", inputs: inputs(2024, 190, true) });
    expect(last.progressValue).toBeCloseTo((1.9 ** (1 / 8) - 1) / required, 10);
    expect(body.years.slice(0, 3).every((year: { inputs: { provisional: boolean } }) => !year.inputs.provisional)).toBe(true);
  });

  it("a viewer asking for provisional values still gets approved years only", async () => {
    const { tiny } = await ready;
    const body = await (await progress(tiny.code, "A2.1", "provisional=true", "viewer")).json();
    expect(body.years.map((year: { year: number }) => year.year)).toEqual([2018, 2020, 2022]);
    expect(body.years.some((year: { inputs: { provisional: boolean } }) => year.inputs.provisional)).toBe(false);
  });

  it("gives level indicators their status by level scores", async () => {
    const { tiny } = await ready;
    const body = await (await progress(tiny.code, "A1.1")).json();
    // Base: the 2016 baseline "absent" (0); target "full" (1) in 2025. 2018 partial: pace 0.25 a year
    // against 1/9 needed; 2020 full: achieved; 2022 absent again: no progress since the base.
    expect(
      body.years.map((year: { year: number; status: string; inputs: { baseValue: unknown; currentValue: unknown } }) => [
        year.year,
        year.status,
        year.inputs.baseValue,
        year.inputs.currentValue,
      ]),
    ).toEqual([
      [2018, "on_track", "absent", "partial"],
      [2020, "target_achieved", "absent", "full"],
      [2022, "limited_progress", "absent", "absent"],
    ]);
    expect(body.years[0].progressValue).toBeCloseTo(0.25 / (1 / 9), 10);
  });

  it("answers 404 for an unknown indicator or framework", async () => {
    const { tiny } = await ready;
    const unknownIndicator = await progress(tiny.code, "A9.9");
    expect(unknownIndicator.status).toBe(404);
    expect(await unknownIndicator.json()).toEqual({ error: { code: "NOT_FOUND", message: `No indicator A9.9 in ${tiny.code}` } });
    const unknownFramework = await progress("NOPE", "A2.1");
    expect(unknownFramework.status).toBe(404);
    expect((await unknownFramework.json()).error.code).toBe("NOT_FOUND");
  });

  it("answers 400 for a bad provisional parameter", async () => {
    const { tiny } = await ready;
    const response = await progress(tiny.code, "A2.1", "provisional=yes");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.fieldErrors).toEqual({ provisional: ["provisional is true or false"] });
  });
});
