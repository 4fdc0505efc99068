/**
 * The dashboard's headline answers from the progress cache (decisions 039 and 049), and what it
 * shows is always what a fresh computation gives: after an approval the headline changes, and
 * two workspaces with the same framework code, or two roles of one workspace, each get their own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { countQueries } from "@/lib/db";
import { getHeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
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

const YEAR = 2024;
const code = uniqueCode("HL");

type Seeded = { secretariat: AccessContext; focal: AccessContext; viewer: AccessContext };

/** A framework of two areas, 2022 and 2023 approved, and 2024 open: A1.1 approved, A2.1 submitted, A1.2 a draft. */
async function seedWorkspace(scale: number): Promise<Seeded> {
  const { workspaceId } = await createTestWorkspace();
  const members = {
    secretariat: await createTestMember(workspaceId, "SECRETARIAT"),
    focal: await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }),
    viewer: await createTestMember(workspaceId, "VIEWER"),
  };
  const framework = await createTestFramework(workspaceId, {
    code,
    name: `Framework ${code}`,
    version: { label: "1.0", status: "APPROVED" },
    areas: [
      { code: "A1", name: "Area 1", indicators: [buildIndicator("A1.1", "NUMBER"), buildIndicator("A1.2", "NUMBER")] },
      { code: "A2", name: "Area 2", indicators: [buildIndicator("A2.1", "NUMBER", { leadInstitution: "MFA" })] },
    ],
  });
  const idOf = (indicator: string) => framework.indicatorIds.get(indicator)!;
  await createTestValues([
    ...[2022, 2023].flatMap((year) => [
      { indicatorId: idOf("A1.1"), year, number: scale * (110 + year - 2022) },
      { indicatorId: idOf("A1.2"), year, number: scale * (120 + year - 2022) },
      { indicatorId: idOf("A2.1"), year, number: 150 },
    ]),
    { indicatorId: idOf("A1.1"), year: YEAR, number: scale * 130 },
    { indicatorId: idOf("A1.2"), year: YEAR, number: 190, status: "DRAFT" },
    // Below the baseline (100): the indicator deteriorates once this value is approved.
    { indicatorId: idOf("A2.1"), year: YEAR, number: 90, status: "SUBMITTED" },
  ]);
  await openTestCycle(members.secretariat, code, YEAR);
  return members;
}

async function fresh(access: AccessContext) {
  clearProgressCache();
  return getHeadlineProgress(access);
}

let first: Seeded;
let second: Seeded;

beforeAll(async () => {
  first = await seedWorkspace(1);
  second = await seedWorkspace(2);
}, 120_000);

describe("the dashboard's headline", () => {
  it("answers a repeated request from the cache, with fewer statements and the same headline", async () => {
    clearProgressCache();
    const computed = await countQueries(() => getHeadlineProgress(first.secretariat));
    const cached = await countQueries(() => getHeadlineProgress(first.secretariat));
    expect(cached.result).toEqual(computed.result);
    expect(cached.queries).toBeLessThan(computed.queries);
  });

  it("gives each workspace with the same framework code its own headline", async () => {
    clearProgressCache();
    const [ofFirst, ofSecond] = [await getHeadlineProgress(first.secretariat), await getHeadlineProgress(second.secretariat)];
    expect(ofFirst?.frameworkCode).toBe(code);
    expect(ofSecond?.frameworkCode).toBe(code);
    expect(ofFirst).not.toEqual(ofSecond);
    // Each answered from the cache of the other's request, and each equal to its own computation.
    expect(await getHeadlineProgress(first.secretariat)).toEqual(await fresh(first.secretariat));
    await getHeadlineProgress(first.secretariat);
    expect(await getHeadlineProgress(second.secretariat)).toEqual(await fresh(second.secretariat));
  });

  it("gives each role of a workspace the headline of approved values, whatever else they may see", async () => {
    clearProgressCache();
    const seen = {
      focal: await getHeadlineProgress(first.focal),
      secretariat: await getHeadlineProgress(first.secretariat),
      viewer: await getHeadlineProgress(first.viewer),
    };
    for (const role of ["focal", "secretariat", "viewer"] as const) expect(seen[role], role).toEqual(await fresh(first[role]));
    // The focal point's own draft and the submitted value count for nobody's headline.
    expect(seen.focal).toEqual(seen.viewer);
    expect(seen.secretariat).toEqual(seen.viewer);
  });

  it("changes when a value of its year is approved", async () => {
    clearProgressCache();
    const before = await getHeadlineProgress(first.secretariat);
    expect(before?.comparison.years.at(-1)).toBe(YEAR);
    expect(before?.deteriorated).toEqual([]);
    const untouched = await getHeadlineProgress(second.secretariat);

    await reviewCycleValues(
      first.secretariat,
      { frameworkCode: code, year: YEAR },
      { decisions: [{ indicator: "A2.1", decision: "approve" }] },
    );

    const after = await getHeadlineProgress(first.secretariat);
    expect(after?.deteriorated.map((indicator) => indicator.code)).toEqual(["A2.1"]);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await fresh(first.secretariat));
    // The other workspace's headline did not move.
    expect(await getHeadlineProgress(second.secretariat)).toEqual(untouched);
  });
});
