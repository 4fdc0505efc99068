/**
 * Bounded queries (docs/decisions/004) for the progress analytics and the dashboard: each
 * operation sends the same number of SQL statements for a 2 x 2 framework with 3 years of
 * values as for a 6 x 11 framework with 10 years and breakdowns by sex. Each size lives in a
 * workspace of its own, since the dashboard and the institution overview read the whole
 * workspace.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAttentionItems } from "@/lib/dashboard/get-attention-items";
import { getHeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { countQueries } from "@/lib/db";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import type { ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import { listOpenCycles } from "@/lib/monitoring/list-open-cycles";
import { compareYears } from "@/lib/progress/compare-years";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { getInstitutionOverview } from "@/lib/progress/get-institution-overview";
import { clearProgressCache } from "@/lib/progress/progress-cache";
import {
  buildIndicator,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  openTestCycle,
  uniqueCode,
} from "../fixtures/factories";

/**
 * The upper bound of statements for these operations, when progress is computed: its cache
 * (decision 039) reads a fingerprint of the counted values first, and a cached answer sends
 * fewer (tests/integration/progress-cache.test.ts).
 */
const MAX_QUERIES = 13;
/**
 * getAttentionItems looks up the completeness of each open cycle past its deadline for the
 * secretariat (getCycleCompleteness, itself bounded at 15 in monitoring-query-counts.test.ts).
 */
const MAX_ATTENTION_QUERIES = 15;
const CYCLE_YEAR = 2025;
/** After the 2025 cycle's submission deadline (25 January 2026), so overdue work is looked up too. */
const NOW = new Date("2026-06-01T00:00:00Z");

const TYPES: ValueType[] = ["NUMBER", "PERCENTAGE", "YES_NO", "LEVELS", "TEXT"];

/** A stored value of each type. */
function valueOf(valueType: ValueType, year: number): { number?: number; levelCode?: string; text?: string } {
  switch (valueType) {
    case "NUMBER":
      return { number: 100 + (year - 2014) * 7 };
    case "PERCENTAGE":
      return { number: 40 + (year % 5) * 3 };
    case "YES_NO":
      return { levelCode: year % 2 === 0 ? "yes" : "no" };
    case "LEVELS":
      return { levelCode: ["none", "initiated", "advanced", "completed"][year % 4]! };
    case "TEXT":
      return { text: `Narrative ${year}` };
  }
}

type Sized = {
  code: string;
  indicatorCount: number;
  years: number[];
  members: Record<"secretariat" | "focal" | "workingGroup" | "admin" | "viewer", AccessContext>;
};

/**
 * A workspace with one framework of `areas` x `perArea` indicators (types cycle; leads
 * alternate MLSP and MFA, every third has NBS as contributor; numbers broken down by sex when
 * asked), approved values in every year, and an open 2025 cycle with values in every status
 * and some missing.
 */
async function workspaceOfSize(areas: number, perArea: number, years: number[], bySex: boolean): Promise<Sized> {
  const { workspaceId } = await createTestWorkspace();
  const members = {
    secretariat: await createTestMember(workspaceId, "SECRETARIAT"),
    focal: await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }),
    workingGroup: await createTestMember(workspaceId, "WORKING_GROUP"),
    admin: await createTestMember(workspaceId, "ADMIN"),
    viewer: await createTestMember(workspaceId, "VIEWER"),
  };
  const code = uniqueCode("FW");
  let index = 0;
  const definition: FrameworkDefinition = {
    code,
    name: `Framework ${code}`,
    version: { label: "1.0", status: "APPROVED" },
    areas: Array.from({ length: areas }, (_, area) => ({
      code: `A${area + 1}`,
      name: `Area ${area + 1}`,
      indicators: Array.from({ length: perArea }, (_, position) => {
        const valueType = TYPES[index % TYPES.length]!;
        const overrides = {
          leadInstitution: index % 2 === 0 ? "MLSP" : "MFA",
          ...(index % 3 === 0 ? { contributors: ["NBS"] } : {}),
          ...(bySex && valueType === "NUMBER" ? { dimensions: ["SEX"] } : {}),
        };
        index += 1;
        return buildIndicator(`A${area + 1}.${position + 1}`, valueType, overrides);
      }),
    })),
  };
  const framework = await createTestFramework(workspaceId, definition);
  const indicators = definition.areas.flatMap((area) => area.indicators!);

  const cycleStatuses: (ValueStatus | null)[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", null];
  await createTestValues(
    indicators.flatMap((indicator, position) => {
      const indicatorId = framework.indicatorIds.get(indicator.code)!;
      const rows = years.flatMap((year) => {
        const total = { indicatorId, year, ...valueOf(indicator.valueType, year) };
        const breakdown = indicator.dimensions?.includes("SEX")
          ? ["SEX=F", "SEX=M"].map((disaggregation) => ({ ...total, disaggregation, number: (total.number ?? 0) / 2 }))
          : [];
        return [total, ...breakdown];
      });
      // In turn, the 2025 value is a draft, submitted, returned, approved, or missing.
      const status = cycleStatuses[position % cycleStatuses.length]!;
      return status === null ? rows : [...rows, { indicatorId, year: CYCLE_YEAR, status, ...valueOf(indicator.valueType, CYCLE_YEAR) }];
    }),
  );
  await openTestCycle(members.secretariat, code, CYCLE_YEAR);
  return { code, indicatorCount: indicators.length, years, members };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, offset) => from + offset);

let small: Sized;
let large: Sized;

beforeAll(async () => {
  small = await workspaceOfSize(2, 2, range(2022, 2024), false);
  large = await workspaceOfSize(6, 11, range(2015, 2024), true);
});

/** Runs the operation on both sizes and checks the counts are equal and bounded; returns both results. */
async function sameCount<T>(
  work: (sized: Sized) => Promise<T>,
  { min = 1, max = MAX_QUERIES }: { min?: number; max?: number } = {},
): Promise<{ small: T; large: T; queries: number }> {
  // The statements of a computation, not of a cached answer (that case has a test of its own).
  clearProgressCache();
  const smallRun = await countQueries(() => work(small));
  clearProgressCache();
  const largeRun = await countQueries(() => work(large));
  expect(largeRun.queries).toBe(smallRun.queries);
  expect(largeRun.queries).toBeGreaterThanOrEqual(min);
  expect(largeRun.queries).toBeLessThanOrEqual(max);
  return { small: smallRun.result, large: largeRun.result, queries: largeRun.queries };
}

describe("progress and dashboard query counts do not grow with the size of a framework", () => {
  it("getFrameworkProgress: the same statements for 4 indicators x 3 years and 66 indicators x 10 years", async () => {
    const run = await sameCount(({ code, members }) => getFrameworkProgress(members.secretariat, code));
    expect(run.small.indicators).toHaveLength(4);
    expect(run.large.indicators).toHaveLength(66);
    // The years with approved values: the cycle's year has some too.
    expect(run.small.years).toEqual([...small.years, CYCLE_YEAR]);
    expect(run.large.years).toEqual([...large.years, CYCLE_YEAR]);
    // One score per area and the total, per year.
    expect(run.large.scores).toHaveLength((6 + 1) * 11);
    expect(run.large.scores.filter((score) => score.areaCode === "_T").every((score) => score.score !== null)).toBe(true);
  });

  it("getFrameworkProgress with provisional values, for the secretariat and a focal point", async () => {
    for (const member of ["secretariat", "focal"] as const) {
      const run = await sameCount(({ code, members }) => getFrameworkProgress(members[member], code, { includeProvisional: true }));
      expect(run.large.years).toEqual([...large.years, CYCLE_YEAR]);
      expect(run.large.scores.some((score) => score.year === CYCLE_YEAR && score.provisional)).toBe(true);
      expect(run.large.scores.some((score) => score.year < CYCLE_YEAR && score.provisional)).toBe(false);
    }
  });

  it("compareYears on getFrameworkProgress adds no statement", async () => {
    const progressOnly = await sameCount(({ code, members }) => getFrameworkProgress(members.viewer, code));
    const run = await sameCount(async ({ code, members, years }) =>
      compareYears(await getFrameworkProgress(members.viewer, code), [years[0]!, years.at(-1)!]),
    );
    expect(run.queries).toBe(progressOnly.queries);
    expect(run.small.areas).toHaveLength(2);
    expect(run.large.areas).toHaveLength(6);
    expect(run.large.years).toEqual([2015, 2024]);
    expect(run.large.overall.scores.every((score) => score !== null)).toBe(true);
  });

  it("getInstitutionOverview: the same statements for each kind of reader", async () => {
    const cases = [
      { member: "secretariat", institution: "MLSP", seesCycles: true },
      { member: "focal", institution: "MLSP", seesCycles: true },
      { member: "focal", institution: "MFA", seesCycles: false },
      { member: "viewer", institution: "NBS", seesCycles: false },
    ] as const;
    for (const { member, institution, seesCycles } of cases) {
      const run = await sameCount(({ members }) => getInstitutionOverview(members[member], institution));
      expect(run.small.institution.code).toBe(institution);
      expect(run.large.indicators.length).toBeGreaterThan(run.small.indicators.length);
      if (seesCycles) {
        expect(run.large.cycles).toEqual([expect.objectContaining({ year: CYCLE_YEAR, assigned: 33 })]);
      } else {
        expect(run.large.cycles).toBeNull();
      }
    }
    // MLSP leads every other indicator; NBS contributes to every third.
    const mlsp = await getInstitutionOverview(large.members.secretariat, "MLSP");
    expect(mlsp.indicators).toHaveLength(33);
    const nbs = await getInstitutionOverview(large.members.viewer, "NBS");
    expect(nbs.indicators).toHaveLength(22);
    expect(nbs.indicators.every((indicator) => indicator.role === "contributor")).toBe(true);
  });

  it("getHeadlineProgress: the same statements for every role", async () => {
    for (const member of ["secretariat", "focal", "viewer"] as const) {
      const run = await sameCount(({ members }) => getHeadlineProgress(members[member]));
      expect(run.small?.frameworkCode).toBe(small.code);
      expect(run.large?.frameworkCode).toBe(large.code);
      expect(run.large?.comparison.years).toEqual([2024, CYCLE_YEAR]);
      expect(run.large?.comparison.areas).toHaveLength(6);
    }
  });

  it("getAttentionItems: the same statements for every role, past the deadline", async () => {
    const openCycles = new Map<string, Awaited<ReturnType<typeof listOpenCycles>>>();
    const roles = ["secretariat", "focal", "workingGroup", "admin", "viewer"] as const;
    for (const sized of [small, large]) {
      for (const role of roles) openCycles.set(`${sized.code}|${role}`, await listOpenCycles(sized.members[role]));
    }
    for (const role of roles) {
      const run = await sameCount(
        (sized) => getAttentionItems(sized.members[role], openCycles.get(`${sized.code}|${role}`)!, NOW),
        // Focal points and viewers get their items from the open cycles alone: no statement at all.
        role === "secretariat" ? { max: MAX_ATTENTION_QUERIES } : { min: 0 },
      );
      if (role === "secretariat") {
        // Values to review, and institutions late after the deadline (the completeness look-up).
        expect(run.large.map((item) => item.href)).toEqual([
          `/cycles/${large.code}/${CYCLE_YEAR}/review`,
          `/cycles/${large.code}/${CYCLE_YEAR}`,
        ]);
      }
      if (role === "focal") {
        expect(run.large.some((item) => item.kind === "returned")).toBe(true);
        expect(run.large.some((item) => item.tone === "warning")).toBe(true);
      }
      if (role === "viewer") expect(run.large).toEqual([]);
      if (role === "focal" || role === "viewer") expect(run.queries).toBe(0);
    }
  });
});
