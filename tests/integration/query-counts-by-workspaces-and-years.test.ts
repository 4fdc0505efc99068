/**
 * Issue 12's scale target, in small (decision 051): the statements each measured page's loaders
 * send for a workspace do not grow with the number of workspaces or of years. The loaders of a
 * workspace with two years of values are counted; then three more workspaces with a framework
 * of the same code and seven years each are seeded, and five earlier years of values (with their
 * closed cycles) are added to the first; its loaders must send exactly as many statements again.
 * A statement that splits by year, or by the rows of other workspaces, would show here.
 * `npm run bench:scale` measures the same at 2 million values.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { countQueries, db } from "@/lib/db";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { generateDemoValues } from "@/lib/demo/generate-demo-values";
import { scaleDemoMatrix } from "@/lib/demo/scale-demo-matrix";
import { seedScaledFramework } from "@/lib/demo/seed-scaled-framework";
import { getFrameworkMatrix } from "@/lib/frameworks/get-framework-matrix";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { compareYears } from "@/lib/progress/compare-years";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { clearStructureCache } from "@/lib/frameworks/structure-cache";
import { clearProgressCache } from "@/lib/progress/progress-cache";
import { createTestMember, createTestValues, createTestWorkspace, uniqueCode } from "../fixtures/factories";

/** The open cycle's year (seedScaledFramework's open year). */
const OPEN_YEAR = 2025;
/** A few indicators of every value type, some broken down (the demo matrix's first twelve). */
const INDICATORS = 12;
const EARLIER_YEARS = [2019, 2020, 2021, 2022, 2023];

type Members = { secretariat: AccessContext; focal: AccessContext };

/** Each measured page's loaders, as the page (and `npm run bench:scale`) calls them. */
const PAGES: Record<string, (members: Members, code: string) => Promise<unknown>> = {
  matrix: ({ secretariat }: Members, code: string) => getFrameworkMatrix(secretariat, code, { area: null, search: null }),
  progress: ({ secretariat }: Members, code: string) => getFrameworkProgress(secretariat, code),
  compare: async ({ secretariat }: Members, code: string) => {
    const progress = await getFrameworkProgress(secretariat, code);
    return compareYears(progress, [progress.years[0]!, progress.years.at(-1)!]);
  },
  review: ({ secretariat }: Members, code: string) => listReviewQueue(secretariat, { frameworkCode: code, year: OPEN_YEAR }),
  entry: ({ focal }: Members, code: string) => getEntryForm(focal, { frameworkCode: code, year: OPEN_YEAR }),
  "values API": async ({ secretariat }: Members, code: string) => {
    const framework = await requireFramework(secretariat, code);
    return listFrameworkValues(secretariat, framework.id, { page: { after: null, limit: 1001 } });
  },
};
type PageName = keyof typeof PAGES;
const PAGE_NAMES = Object.keys(PAGES);

async function countEveryPage(members: Members, code: string): Promise<Record<PageName, number>> {
  const counts = {} as Record<PageName, number>;
  for (const name of PAGE_NAMES) {
    // The statements of a computation, not of an answer from the progress or structure cache (decisions 039, 048).
    clearProgressCache();
    clearStructureCache();
    const { queries, result } = await countQueries(() => PAGES[name]!(members, code));
    expect(result).toBeTruthy();
    counts[name] = queries;
  }
  return counts;
}

/** A workspace with the demo's institutions and the scaled framework `code`, values from `firstYear` to the open year. */
async function seedWorkspace(code: string, firstYear: number): Promise<string> {
  const { workspaceId } = await createTestWorkspace({ institutions: DEMO_INSTITUTIONS });
  await seedScaledFramework(workspaceId, { indicators: INDICATORS, code, firstYear });
  return workspaceId;
}

/** Values of earlier years, generated as the demo's, with their cycles closed, added to a seeded framework. */
async function addEarlierYears(workspaceId: string, code: string, years: number[]): Promise<void> {
  const framework = await db.framework.findFirstOrThrow({
    where: { workspaceId, code },
    select: { id: true, versions: { select: { id: true, indicators: { select: { id: true, code: true } } } } },
  });
  const version = framework.versions[0]!;
  await runMutation(systemActor("test"), async (tx, audit) => {
    await tx.reportingCycle.createMany({
      data: years.map((year) => ({
        frameworkId: framework.id,
        versionId: version.id,
        year,
        submissionDeadline: new Date(Date.UTC(year + 1, 0, 25)),
        consolidationDeadline: new Date(Date.UTC(year + 1, 2, 31)),
        status: "CLOSED" as const,
        openedAt: new Date(Date.UTC(year, 11, 1)),
        closedAt: new Date(Date.UTC(year + 1, 3, 15)),
      })),
    });
    await audit({
      workspaceId,
      action: "cycle.closed",
      entityType: "Framework",
      entityId: framework.id,
    });
  });
  const indicatorIdOf = new Map(version.indicators.map((indicator) => [indicator.code, indicator.id]));
  const generated = generateDemoValues(scaleDemoMatrix(INDICATORS, code), { years, seed: `earlier-${code}` });
  await createTestValues(
    generated.map((value) => ({
      indicatorId: indicatorIdOf.get(value.indicatorCode)!,
      year: value.year,
      disaggregation: value.disaggregation,
      number: value.number ?? undefined,
      levelCode: value.levelCode ?? undefined,
      text: value.text ?? undefined,
      status: value.status,
      comment: value.comment ?? undefined,
    })),
  );
}

describe("page loaders send as many statements with four workspaces and seven years as with one workspace and two", () => {
  const code = uniqueCode("Q");
  let before: Record<PageName, number>;
  let after: Record<PageName, number>;
  let yearsBefore: number[];
  let yearsAfter: number[];

  beforeAll(async () => {
    const workspaceId = await seedWorkspace(code, OPEN_YEAR - 1);
    const members: Members = {
      secretariat: await createTestMember(workspaceId, "SECRETARIAT"),
      focal: await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }),
    };
    before = await countEveryPage(members, code);
    yearsBefore = (await getFrameworkProgress(members.secretariat, code)).years;

    for (let other = 0; other < 3; other += 1) await seedWorkspace(code, EARLIER_YEARS[0]!);
    await addEarlierYears(workspaceId, code, EARLIER_YEARS);
    clearProgressCache();
    yearsAfter = (await getFrameworkProgress(members.secretariat, code)).years;
    after = await countEveryPage(members, code);
  }, 300_000);

  it("grew: the other workspaces hold the same framework code, and the first has seven years of values", async () => {
    expect(yearsBefore).toEqual([OPEN_YEAR - 1, OPEN_YEAR]);
    expect(yearsAfter).toEqual([...EARLIER_YEARS, OPEN_YEAR - 1, OPEN_YEAR]);
    expect(await db.framework.count({ where: { code } })).toBe(4);
  });

  it.each(PAGE_NAMES)("%s", (name) => {
    expect(after[name]).toBe(before[name]);
    expect(after[name]).toBeGreaterThan(0);
  });
});
