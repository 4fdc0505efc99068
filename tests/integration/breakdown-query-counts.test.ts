/**
 * The review queue and the entry form read last year's values in a fixed number of statements
 * however many breakdowns there are (issue 12's scale benchmark): with every quantitative
 * indicator broken down by sex and age, 500 indicators have thousands of rows a year, past the
 * point where a relation read (an IN list of every row's key) splits into more statements on
 * SQLite. Values are matched to the cycle's indicators by identity.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { countQueries, db } from "@/lib/db";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { breakDownQuantitative, scaleDemoMatrix } from "@/lib/demo/scale-demo-matrix";
import { seedFramework } from "@/lib/demo/seed-demo-workspace";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";

const YEAR = 2025;

type Sized = { code: string; secretariat: AccessContext; focal: AccessContext; lastYearValues: number };

async function seedSized(indicators: number): Promise<Sized> {
  const { workspaceId } = await createTestWorkspace({ institutions: DEMO_INSTITUTIONS });
  const definition = breakDownQuantitative(scaleDemoMatrix(indicators, uniqueCode("B")));
  await seedFramework(workspaceId, definition, { years: [YEAR - 1, YEAR], openYear: YEAR });
  const lastYearValues = await db.indicatorValue.count({
    where: { year: YEAR - 1, status: "APPROVED", identity: { framework: { workspaceId, code: definition.code } } },
  });
  return {
    code: definition.code,
    secretariat: await createTestMember(workspaceId, "SECRETARIAT"),
    focal: await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }),
    lastYearValues,
  };
}

describe("review queue and entry form with every quantitative indicator broken down", () => {
  let small: Sized;
  let large: Sized;
  beforeAll(async () => {
    small = await seedSized(65);
    large = await seedSized(500);
  }, 300_000);

  it("the large framework has more of last year's values than one statement's parameters on SQLite", () => {
    expect(large.lastYearValues).toBeGreaterThan(999);
  });

  it("the review queue sends as many statements at 500 indicators as at 65, with last year's values", async () => {
    const load = (sized: Sized) => countQueries(() => listReviewQueue(sized.secretariat, { frameworkCode: sized.code, year: YEAR }));
    const atSmall = await load(small);
    const atLarge = await load(large);
    expect(atLarge.queries).toBe(atSmall.queries);
    const items = atLarge.result.institutions.flatMap((institution) => institution.items);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((item) => item.lastYear !== null).length).toBeGreaterThan(items.length / 2);
  });

  it("the entry form sends as many statements at 500 indicators as at 65, with last year's values", async () => {
    const load = (sized: Sized) => countQueries(() => getEntryForm(sized.focal, { frameworkCode: sized.code, year: YEAR }));
    const atSmall = await load(small);
    const atLarge = await load(large);
    expect(atLarge.queries).toBe(atSmall.queries);
    const rows = atLarge.result.areas.flatMap((area) => area.indicators.flatMap((indicator) => indicator.rows));
    expect(rows.filter((row) => row.lastYear !== null).length).toBeGreaterThan(rows.length / 2);
    expect(rows.some((row) => row.key !== "" && row.current !== null)).toBe(true);
  });
});
