/**
 * The entry and review pages in the reader's language (issue 13, item 2): values, last year's
 * values and targets are formatted as the language writes numbers, and the entry form's input
 * holds the number with the language's decimal mark, so that saving it again reads it back
 * unchanged instead of refusing it as ambiguous.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  type MonitoringMembers,
} from "../fixtures/factories";

let members: MonitoringMembers;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
});

const rowOf = (form: Awaited<ReturnType<typeof getEntryForm>>, code: string) =>
  form.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === code)!;

describe("the entry form in the reader's language", () => {
  it("shows values and targets as Romanian writes them and puts the number in the input with a decimal comma", async () => {
    const { target, framework } = await createTestCycle(workspaceId, members.secretariat, { year: 2025 });
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 12345, version: null },
      { indicator: "A1.2", value: 12.345, version: null },
    ]);

    const english = await getEntryForm(members.mlsp, target);
    expect(rowOf(english, "A1.1").rows[0]!.current).toMatchObject({ input: "12345", display: "12,345 persons" });
    expect(rowOf(english, "A1.2").rows[0]!.current).toMatchObject({ input: "12.345", display: "12.35 %" });
    expect(rowOf(english, "A1.1").target).toEqual({ display: "200 persons", year: 2025 });

    const romanian = await getEntryForm(members.mlsp, target, "ro");
    expect(rowOf(romanian, "A1.1").rows[0]!.current).toMatchObject({ input: "12345", display: "12.345 persons" });
    const percentage = rowOf(romanian, "A1.2").rows[0]!.current!;
    expect(percentage).toMatchObject({ input: "12,345", display: "12,35 %" });

    // The input, sent back as it stands by a Romanian reader, is the same number ("12.345" would be refused as ambiguous).
    await saveCycleValues(
      members.mlsp,
      target,
      [{ indicator: "A1.2", value: percentage.input, version: percentage.version, comment: "Checked" }],
      {
        locale: "ro",
      },
    );
    expect(await findTestValue(framework, "A1.2")).toMatchObject({ number: 12.345, comment: "Checked" });
  });

  it("shows the review queue's values and targets in the reader's language", async () => {
    const { target } = await createTestCycle(workspaceId, members.secretariat, { year: 2026 });
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 1234, version: null }]);
    await submitCycleValues(members.mlsp, target);

    const [french] = (await listReviewQueue(members.secretariat, target, "fr")).institutions.flatMap((group) => group.items);
    expect(french!.display).toBe("1\u202F234 persons");
    expect(french!.target).toEqual({ display: "200 persons", year: 2025 });
    const [english] = (await listReviewQueue(members.secretariat, target)).institutions.flatMap((group) => group.items);
    expect(english!.display).toBe("1,234 persons");
  });
});
