/**
 * Traps of the first-use tour (issue 14, item 5) that are rules of lib/: a returned value
 * resubmitted without a word (3), a value history that shows field names, unchanged fields and
 * e-mail addresses (7), and a dashboard that counted fewer values waiting for review than the
 * review page listed (9).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getAttentionItems } from "@/lib/dashboard/get-attention-items";
import { addValueComment } from "@/lib/monitoring/add-value-comment";
import { getValueHistory } from "@/lib/monitoring/get-value-history";
import { listOpenCycles } from "@/lib/monitoring/list-open-cycles";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  catchAppError,
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

describe("trap 3: a returned value comes back changed or with a reply", () => {
  it("refuses an unchanged resubmission, with a problem at the value; accepts it after a reply to the reason", async () => {
    const { target, framework } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 10, version: null },
      { indicator: "A1.2", value: 50, version: null },
    ]);
    await submitCycleValues(members.mlsp, target);
    await reviewCycleValues(members.secretariat, target, {
      decisions: [
        { indicator: "A1.1", decision: "return", reason: "Is 10 right? Last year it was 100." },
        { indicator: "A1.2", decision: "approve" },
      ],
    });

    const refusal = await catchAppError(submitCycleValues(members.mlsp, target));
    expect(refusal.code).toBe("UNPROCESSABLE");
    expect(refusal.message).toContain("A1.1");
    expect(refusal.problems).toEqual([
      expect.objectContaining({ field: "values.A1.1", message: expect.stringContaining("reply to the reason") }),
    ]);
    expect(await findTestValue(framework, "A1.1")).toMatchObject({ status: "RETURNED" });

    const returned = (await findTestValue(framework, "A1.1"))!;
    await addValueComment(members.mlsp, returned.id, "Yes: the count changed method this year, see the source.");
    expect(await submitCycleValues(members.mlsp, target)).toMatchObject({ submitted: 1 });
    expect(await findTestValue(framework, "A1.1")).toMatchObject({ status: "SUBMITTED", number: 10 });
  });

  it("answers a returned row as a whole: correcting its total answers the return of its breakdowns too", async () => {
    const { target, framework } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.6", value: 100, version: null },
      { indicator: "A1.6", disaggregation: { SEX: "F" }, value: 60, version: null },
      { indicator: "A1.6", disaggregation: { SEX: "M" }, value: 40, version: null },
    ]);
    await submitCycleValues(members.mlsp, target);
    const reason = "The total looks too low.";
    await reviewCycleValues(members.secretariat, target, {
      decisions: ["", "SEX=F", "SEX=M"].map((disaggregation) => ({ indicator: "A1.6", disaggregation, decision: "return", reason })),
    });
    const total = (await findTestValue(framework, "A1.6"))!;
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", value: 120, version: total.version }]);

    expect(await submitCycleValues(members.mlsp, target)).toMatchObject({ submitted: 3 });
    expect(await findTestValue(framework, "A1.6", 2025, "SEX=F")).toMatchObject({ status: "SUBMITTED", number: 60 });
  });

  it("a comment written before the return is no reply to it", async () => {
    const { target, framework } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 10, version: null }]);
    const draft = (await findTestValue(framework, "A1.1"))!;
    await addValueComment(members.mlsp, draft.id, "Counted by the new method.");
    await submitCycleValues(members.mlsp, target);
    await reviewCycleValues(members.secretariat, target, { decisions: [{ indicator: "A1.1", decision: "return", reason: "Why?" }] });
    expect((await catchAppError(submitCycleValues(members.mlsp, target))).code).toBe("UNPROCESSABLE");
    // A corrected value needs no reply: the change is the answer.
    const returned = (await findTestValue(framework, "A1.1"))!;
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 11, version: returned.version }]);
    expect(await submitCycleValues(members.mlsp, target)).toMatchObject({ submitted: 1 });
  });
});

describe("trap 7: the value history speaks of labels, changes and people", () => {
  it("names people, not addresses, and lists only the fields that changed", async () => {
    const { target, framework } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 10, version: null, source: "Register" }]);
    const draft = (await findTestValue(framework, "A1.1"))!;
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 12, version: draft.version, source: "Register" }]);
    await submitCycleValues(members.mlsp, target);
    await addValueComment(members.secretariat, draft.id, "Thanks.");
    const { history, comments } = await getValueHistory(members.secretariat, draft.id);

    expect(history.map((entry) => entry.who)).toEqual([members.mlsp.user.name, members.mlsp.user.name, members.mlsp.user.name]);
    expect(JSON.stringify(history)).not.toContain("@");
    expect(comments.map((comment) => comment.author)).toEqual([members.secretariat.user.name]);
    expect(JSON.stringify(comments)).not.toContain("@");
    // The edit changed the number only: neither the unchanged source nor the version counter is shown.
    expect(history[1]!.changes).toEqual([{ field: "value", before: "10", after: "12" }]);
    expect(history[2]!.changes).toEqual([{ field: "status", before: "DRAFT", after: "SUBMITTED" }]);
    expect(history[0]!.changes).toEqual([
      { field: "value", before: null, after: "10" },
      { field: "status", before: null, after: "DRAFT" },
      { field: "source", before: null, after: "Register" },
    ]);
  });
});

describe("trap 9: one definition of waiting for review", () => {
  it("the dashboard counts what the review page lists, breakdown rows included", async () => {
    const { target } = await createTestCycle(workspaceId, members.secretariat, { year: 2031 });
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 10, version: null },
      { indicator: "A1.6", value: 100, version: null },
      { indicator: "A1.6", disaggregation: { SEX: "F" }, value: 60, version: null },
      { indicator: "A1.6", disaggregation: { SEX: "M" }, value: 40, version: null },
    ]);
    await submitCycleValues(members.mlsp, target);
    const queue = await listReviewQueue(members.secretariat, target);
    const listed = queue.institutions.flatMap((institution) => institution.items).length;
    expect(listed).toBe(4);
    expect(queue.counts.submitted).toBe(4);
    const items = await getAttentionItems(members.secretariat, await listOpenCycles(members.secretariat));
    const review = items.find((item) => item.href === `/cycles/${target.frameworkCode}/2031/review`);
    expect(review).toMatchObject({ kind: "review", count: 4 });
  });
});
