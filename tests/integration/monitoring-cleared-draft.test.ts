/**
 * Issue 18, item 10: clearing a draft keeps its comment thread and its history page. The value
 * row goes (lib/monitoring/write-values.ts, the one write path); its id stays reachable, the
 * thread belongs to the value's place, and a value entered there later continues both.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addValueComment } from "@/lib/monitoring/add-value-comment";
import { getValueHistory } from "@/lib/monitoring/get-value-history";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import {
  catchAppError,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  type MonitoringMembers,
} from "../fixtures/factories";

let members: MonitoringMembers;
let target: { frameworkCode: string; year: number };
let framework: { versionId: string };
let clearedId: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  const cycle = await createTestCycle(workspaceId, members.secretariat);
  target = cycle.target;
  framework = cycle.framework;
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", disaggregation: { SEX: "F" }, value: 40 }]);
  clearedId = (await findTestValue(framework, "A1.6", 2025, "SEX=F"))!.id;
  await addValueComment(members.mlsp, clearedId, "Only the women's count so far; the men's comes from the survey.");
});

describe("clearing a draft value", () => {
  it("deletes the value but keeps its comment thread", async () => {
    const result = await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", disaggregation: { SEX: "F" }, value: null }]);
    expect(result.deleted).toBe(1);
    expect(await findTestValue(framework, "A1.6", 2025, "SEX=F")).toBeNull();
    const thread = await db.valueComment.findMany({ where: { year: 2025, disaggregation: "SEX=F" } });
    expect(thread.map((comment) => [comment.body, comment.valueId])).toEqual([
      ["Only the women's count so far; the men's comes from the survey.", null],
    ]);
  });

  it("keeps its history page: the entry, the clearing and the discussion, under the old id", async () => {
    const { value, place, history, comments } = await getValueHistory(members.mlsp, clearedId);
    expect(value).toBeNull();
    expect([place.indicator.code, place.year, place.disaggregation]).toEqual(["A1.6", 2025, "SEX=F"]);
    expect(history.map((entry) => entry.action)).toEqual(["value.created", "value.deleted"]);
    expect(history[1]!.before).toMatchObject({ value: 40, status: "DRAFT" });
    expect(comments.map((comment) => comment.body)).toEqual(["Only the women's count so far; the men's comes from the survey."]);
  });

  it("shows the cleared draft only to those who could see the draft: not to the viewer, the secretariat or another institution", async () => {
    for (const who of ["viewer", "secretariat", "mfa"] as const) {
      expect((await catchAppError(getValueHistory(members[who], clearedId))).code).toBe("NOT_FOUND");
    }
  });

  it("continues the thread and the history when a value is entered at the same place again", async () => {
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", disaggregation: { SEX: "F" }, value: 42 }]);
    const again = (await findTestValue(framework, "A1.6", 2025, "SEX=F"))!;
    expect(again.id).not.toBe(clearedId);
    await addValueComment(members.mlsp, again.id, "Survey figure added.");

    for (const id of [clearedId, again.id]) {
      const { value, history, comments } = await getValueHistory(members.mlsp, id);
      expect(value?.id).toBe(again.id);
      expect(history.map((entry) => entry.action)).toEqual(["value.created", "value.deleted", "value.created"]);
      expect(comments.map((comment) => comment.body)).toEqual([
        "Only the women's count so far; the men's comes from the survey.",
        "Survey figure added.",
      ]);
    }
  });

  it("keeps other places' threads apart: the total of the same indicator has its own", async () => {
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", value: 80 }]);
    const total = (await findTestValue(framework, "A1.6", 2025, ""))!;
    expect((await getValueHistory(members.mlsp, total.id)).comments).toEqual([]);
  });
});
