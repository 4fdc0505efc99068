/**
 * Issue 14, trap 6: breakdown rows that do not add up to their total are shown as a warning in
 * the review, and refused at submission when the matrix asks for the hard rule. The rule is
 * part of the matrix: it survives the database and the workbook.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { readMatrixWorkbook } from "@/lib/matrix/read-matrix-workbook";
import { writeMatrixWorkbook } from "@/lib/matrix/write-matrix-workbook";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  buildIndicator,
  buildMonitoringFrameworkDefinition,
  catchAppError,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  snapshotDatabase,
  type MonitoringMembers,
} from "../fixtures/factories";

let members: MonitoringMembers;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
});

/** The monitoring framework with A1.6 (persons by sex) under the hard rule. */
function definitionWithRule() {
  const definition = buildMonitoringFrameworkDefinition();
  const area = definition.areas[0]!;
  area.indicators = (area.indicators ?? []).map((indicator) =>
    indicator.code === "A1.6" ? buildIndicator("A1.6", "NUMBER", { dimensions: ["SEX"], breakdownsMustSum: true }) : indicator,
  );
  return definition;
}

const bySex = (total: number, female: number, male: number) => [
  { indicator: "A1.6", value: total, version: null },
  { indicator: "A1.6", disaggregation: { SEX: "F" }, value: female, version: null },
  { indicator: "A1.6", disaggregation: { SEX: "M" }, value: male, version: null },
];

describe("trap 6: breakdowns that do not add up to their total", () => {
  it("refuses to submit an indicator under the hard rule, naming the rows, and changes nothing", async () => {
    const { target, framework } = await createTestCycle(workspaceId, members.secretariat, { definition: definitionWithRule() });
    await saveCycleValues(members.mlsp, target, bySex(100, 60, 30));
    const before = await snapshotDatabase();

    const refusal = await catchAppError(submitCycleValues(members.mlsp, target));
    expect(refusal.code).toBe("UNPROCESSABLE");
    expect(refusal.problems).toEqual([
      expect.objectContaining({ field: "values.A1.6", message: expect.stringContaining("Female + Male = 90, but the total is 100") }),
    ]);
    expect(await snapshotDatabase()).toEqual(before);

    const male = (await findTestValue(framework, "A1.6", 2025, "SEX=M"))!;
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", disaggregation: { SEX: "M" }, value: 40, version: male.version }]);
    expect(await submitCycleValues(members.mlsp, target)).toMatchObject({ submitted: 3 });
  });

  it("only warns without the rule: the values are submitted and the review shows the mismatch on the total", async () => {
    const { target } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, bySex(100, 60, 30));
    expect(await submitCycleValues(members.mlsp, target)).toMatchObject({ submitted: 3 });

    const queue = await listReviewQueue(members.secretariat, target);
    const items = queue.institutions.flatMap((institution) => institution.items).filter((item) => item.indicator === "A1.6");
    expect(items.find((item) => item.disaggregation === "")?.breakdownMismatches).toEqual([
      { parts: ["Female", "Male"], sum: 90, total: 100 },
    ]);
    expect(items.filter((item) => item.disaggregation !== "").every((item) => item.breakdownMismatches.length === 0)).toBe(true);
  });

  it("shows nothing in the review when the breakdown adds up", async () => {
    const { target } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, bySex(100, 60, 40));
    await submitCycleValues(members.mlsp, target);
    const queue = await listReviewQueue(members.secretariat, target);
    expect(queue.institutions.flatMap((institution) => institution.items).every((item) => item.breakdownMismatches.length === 0)).toBe(
      true,
    );
  });

  it("keeps the rule in the matrix: stored, read back, and carried through the workbook", async () => {
    const { framework } = await createTestCycle(workspaceId, members.secretariat, { definition: definitionWithRule() });
    const loaded = await loadVersionDefinition({ workspaceId, versionId: framework.versionId });
    const rule = (code: string, definition: typeof loaded.definition) =>
      definition.areas.flatMap((area) => area.indicators).find((indicator) => indicator?.code === code)?.breakdownsMustSum;
    expect(rule("A1.6", loaded.definition)).toBe(true);
    expect(rule("A1.1", loaded.definition)).toBeUndefined();

    const read = await readMatrixWorkbook(await writeMatrixWorkbook(loaded.definition, loaded.references), {
      references: loaded.references,
    });
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(rule("A1.6", read.definition)).toBe(true);
      expect(rule("A1.1", read.definition)).toBeUndefined();
    }
  });
});
