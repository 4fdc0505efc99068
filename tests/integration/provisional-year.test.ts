/**
 * Issue 14, trap 1: the year whose cycle is still open showed a score as if complete (73.2 %
 * from 17 of 61 indicators). Progress now marks it provisional with its coverage, and a
 * comparison starts from the last two complete years.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { setCycleOpen } from "@/lib/cycles/set-cycle-open";
import { getHeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { defaultComparisonYears } from "@/lib/progress/year-coverage";
import {
  buildIndicator,
  createMonitoringMembers,
  createTestFramework,
  createTestValues,
  createTestWorkspace,
  openTestCycle,
  uniqueCode,
  type MonitoringMembers,
} from "../fixtures/factories";

let members: MonitoringMembers;
let code: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  code = uniqueCode("PROV");
  const framework = await createTestFramework(workspaceId, {
    code,
    name: `Framework ${code}`,
    version: { label: "1.0", status: "APPROVED" },
    areas: [
      { code: "A1", name: "Labour", indicators: ["A1.1", "A1.2", "A1.3", "A1.4"].map((indicator) => buildIndicator(indicator, "NUMBER")) },
    ],
  });
  const ids = [...framework.indicatorIds.values()];
  // 2023 and 2024 are complete and closed; 2025 is open, with one indicator of four approved so far.
  await createTestValues([
    ...ids.flatMap((indicatorId, index) => [
      { indicatorId, year: 2023, number: 100 + index },
      { indicatorId, year: 2024, number: 120 + index },
    ]),
    { indicatorId: ids[0]!, year: 2025, number: 199 },
  ]);
  for (const year of [2023, 2024]) {
    await openTestCycle(members.secretariat, code, year);
    await setCycleOpen(members.secretariat, { frameworkCode: code, year }, false);
  }
  await openTestCycle(members.secretariat, code, 2025);
});

describe("an open year's progress is provisional", () => {
  it("comes with its coverage, and the complete years without the mark", async () => {
    const progress = await getFrameworkProgress(members.secretariat, code);
    expect(progress.coverage).toEqual([
      { year: 2023, reported: 4, indicators: 4, isProvisional: false },
      { year: 2024, reported: 4, indicators: 4, isProvisional: false },
      { year: 2025, reported: 1, indicators: 4, isProvisional: true },
    ]);
  });

  it("a comparison starts from the last two complete years", async () => {
    const progress = await getFrameworkProgress(members.secretariat, code);
    expect(defaultComparisonYears(progress.coverage)).toEqual([2023, 2024]);
  });

  it("the dashboard's headline compares complete years and says so", async () => {
    const headline = await getHeadlineProgress(members.secretariat);
    expect(headline?.comparison.years).toEqual([2023, 2024]);
    expect(headline?.coverage.every((entry) => !entry.isProvisional)).toBe(true);
  });
});
