/**
 * Issue 14, trap 6: the entry operation reads typed numbers in the person's language (it
 * stored "1 234,5" but refused "1.234,5" in Romanian, where both are right), and a count of
 * persons refuses fractions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import {
  buildIndicator,
  catchAppError,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  uniqueCode,
  type MonitoringMembers,
} from "../fixtures/factories";

let members: MonitoringMembers;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
});

async function cycleWithDaysAndPersons() {
  const code = uniqueCode("NUM");
  return createTestCycle(workspaceId, members.secretariat, {
    definition: {
      code,
      name: `Framework ${code}`,
      version: { label: "1.0", status: "APPROVED" },
      areas: [
        {
          code: "A1",
          name: "Labour",
          indicators: [buildIndicator("A1.1", "NUMBER", { unit: "days" }), buildIndicator("A1.2", "NUMBER", { unit: "persons" })],
        },
      ],
    },
  });
}

describe("numbers typed in the entry form", () => {
  it.each([
    ["ro", "1.234,5"],
    ["ro", "1 234,5"],
    ["es", "1.234,5"],
    ["fr", "1 234,5"],
    ["ru", "1 234,5"],
    ["en", "1,234.5"],
  ] as const)("%s: %j is stored as 1234.5", async (locale, typed) => {
    const { target, framework } = await cycleWithDaysAndPersons();
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: typed, version: null }], { locale });
    expect(await findTestValue(framework, "A1.1")).toMatchObject({ number: 1234.5 });
  });

  it("refuses the other language's way and the ambiguous 1.234 in Romanian, at the value's field", async () => {
    const { target, framework } = await cycleWithDaysAndPersons();
    for (const [locale, typed] of [
      ["en", "1.234,5"],
      ["ro", "1.234"],
    ] as const) {
      const refusal = await catchAppError(
        saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: typed, version: null }], { locale }),
      );
      expect(refusal.problems).toEqual([expect.objectContaining({ row: 1, field: "value" })]);
    }
    expect(await findTestValue(framework, "A1.1")).toBeNull();
  });

  it("refuses a fraction of persons and keeps nothing", async () => {
    const { target, framework } = await cycleWithDaysAndPersons();
    const refusal = await catchAppError(
      saveCycleValues(members.mlsp, target, [{ indicator: "A1.2", value: "12,5", version: null }], { locale: "ro" }),
    );
    expect(refusal.problems).toEqual([
      expect.objectContaining({ row: 1, field: "value", message: "Enter a whole number: a count of persons has no fractions" }),
    ]);
    expect(await findTestValue(framework, "A1.2")).toBeNull();
  });
});
