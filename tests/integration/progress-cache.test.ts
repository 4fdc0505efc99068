/**
 * The progress cache (decision 039): a repeated request is answered from the cache with fewer
 * statements, and after any write that changes the result (a reopened value, a corrected
 * number, a changed scoring setting) the answer is the one a fresh computation gives. Each
 * reader gets the answer of what they may see.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { countQueries } from "@/lib/db";
import { reopenValue } from "@/lib/monitoring/reopen-value";
import { getFrameworkProgress, type ProgressOptions } from "@/lib/progress/get-framework-progress";
import { clearProgressCache } from "@/lib/progress/progress-cache";
import {
  buildIndicator,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  findTestValue,
  openTestCycle,
  uniqueCode,
} from "../fixtures/factories";

const YEAR = 2025;
let code: string;
let framework: Awaited<ReturnType<typeof createTestFramework>>;
let workspaceId: string;
let members: Record<"secretariat" | "focal" | "viewer", AccessContext>;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = {
    secretariat: await createTestMember(workspaceId, "SECRETARIAT"),
    focal: await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }),
    viewer: await createTestMember(workspaceId, "VIEWER"),
  };
  code = uniqueCode("FW");
  framework = await createTestFramework(workspaceId, {
    code,
    name: `Framework ${code}`,
    version: { label: "1.0", status: "APPROVED" },
    areas: [
      { code: "A1", name: "Area 1", indicators: [buildIndicator("A1.1", "NUMBER"), buildIndicator("A1.2", "PERCENTAGE")] },
      {
        code: "A2",
        name: "Area 2",
        indicators: [buildIndicator("A2.1", "NUMBER", { leadInstitution: "MFA" }), buildIndicator("A2.2", "LEVELS")],
      },
    ],
  });
  const idOf = (indicator: string) => framework.indicatorIds.get(indicator)!;
  await createTestValues([
    ...[2022, 2023, 2024].flatMap((year) => [
      { indicatorId: idOf("A1.1"), year, number: 100 + year - 2020 },
      { indicatorId: idOf("A1.2"), year, number: 40 + year - 2020 },
      { indicatorId: idOf("A2.1"), year, number: 80 + year - 2020 },
      { indicatorId: idOf("A2.2"), year, levelCode: "initiated" },
    ]),
    { indicatorId: idOf("A1.1"), year: YEAR, number: 130 },
    { indicatorId: idOf("A1.2"), year: YEAR, number: 55, status: "DRAFT" },
    { indicatorId: idOf("A2.1"), year: YEAR, number: 90, status: "SUBMITTED" },
  ]);
  await openTestCycle(members.secretariat, code, YEAR);
});

/** What a computation without the cache gives now. */
async function fresh(access: AccessContext, options: ProgressOptions = {}) {
  clearProgressCache();
  return getFrameworkProgress(access, code, options);
}

describe("the progress cache", () => {
  it("answers a repeated request from the cache, with fewer statements and the same result", async () => {
    clearProgressCache();
    const computed = await countQueries(() => getFrameworkProgress(members.secretariat, code));
    const cached = await countQueries(() => getFrameworkProgress(members.secretariat, code));
    expect(cached.queries).toBeLessThan(computed.queries);
    expect(cached.result).toEqual(computed.result);
    expect(cached.result.years).toEqual([2022, 2023, 2024, YEAR]);
  });

  it("gives each reader the progress of what they may see", async () => {
    clearProgressCache();
    const options = { includeProvisional: true };
    const seen = {
      focal: await getFrameworkProgress(members.focal, code, options),
      secretariat: await getFrameworkProgress(members.secretariat, code, options),
      viewer: await getFrameworkProgress(members.viewer, code, options),
    };
    for (const [role, progress] of Object.entries(seen))
      expect(progress, role).toEqual(await fresh(members[role as keyof typeof seen], options));
    // The focal point's own draft counts for them only; the submitted value of MFA, for the secretariat only.
    const statusOf = (progress: typeof seen.focal, indicator: string) =>
      progress.indicators.find((row) => row.indicator.code === indicator)!.statuses[YEAR];
    expect(statusOf(seen.focal, "A1.2")).not.toBe("not_available");
    expect(statusOf(seen.secretariat, "A1.2")).toBe("not_available");
    expect(statusOf(seen.secretariat, "A2.1")).not.toBe("not_available");
    expect(statusOf(seen.viewer, "A2.1")).toBe("not_available");
  });

  it("answers after a write as a fresh computation does", async () => {
    clearProgressCache();
    const before = await getFrameworkProgress(members.secretariat, code);
    expect(before.indicators.find((row) => row.indicator.code === "A1.1")!.statuses[YEAR]).not.toBe("not_available");

    // Reopening an approved value takes it out of what counts.
    const approved = (await findTestValue(framework, "A1.1", YEAR))!;
    await reopenValue(members.secretariat, approved.id, "The source was revised");
    const reopened = await getFrameworkProgress(members.secretariat, code);
    // It was the year's only approved value.
    expect(reopened.years).toEqual([2022, 2023, 2024]);
    expect(reopened).toEqual(await fresh(members.secretariat));

    // A corrected number of a closed year's value.
    const old = (await findTestValue(framework, "A2.1", 2024))!;
    await getFrameworkProgress(members.secretariat, code);
    await runMutation(systemActor("test"), async (tx, audit) => {
      await tx.indicatorValue.update({ where: { id: old.id }, data: { number: 100_000, version: { increment: 1 } } });
      await audit({ workspaceId, action: "value.updated", entityType: "IndicatorValue", entityId: old.id });
    });
    const corrected = await getFrameworkProgress(members.secretariat, code);
    expect(corrected.indicators.find((row) => row.indicator.code === "A2.1")!.achievement[2024]).not.toEqual(
      before.indicators.find((row) => row.indicator.code === "A2.1")!.achievement[2024],
    );
    expect(corrected).toEqual(await fresh(members.secretariat));

    // A scoring setting of the framework.
    await getFrameworkProgress(members.secretariat, code);
    await runMutation(systemActor("test"), async (tx, audit) => {
      await tx.framework.update({ where: { id: framework.frameworkId }, data: { baseYear: 2023 } });
      await audit({
        workspaceId,
        action: "framework.updated",
        entityType: "Framework",
        entityId: framework.frameworkId,
      });
    });
    const rebased = await getFrameworkProgress(members.secretariat, code);
    expect(rebased.framework.baseYear).toBe(2023);
    expect(rebased).toEqual(await fresh(members.secretariat));
  });
});
