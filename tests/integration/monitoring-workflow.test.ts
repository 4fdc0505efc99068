/**
 * The annual reporting workflow end to end: a focal point saves drafts and submits them,
 * the secretariat returns one with a reason and approves the rest, the focal point corrects
 * and resubmits, the secretariat approves, and the values become the public record. Once
 * through lib/ and once through the JSON API; then the refusals of submit, review and reopen,
 * and the history and discussion of a value.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as COMPLETENESS } from "@/app/api/v1/cycles/[framework]/[year]/completeness/route";
import { POST as REVIEW } from "@/app/api/v1/cycles/[framework]/[year]/review/route";
import { POST as SUBMIT } from "@/app/api/v1/cycles/[framework]/[year]/submit/route";
import { PUT } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import { GET as FRAMEWORK_VALUES } from "@/app/api/v1/frameworks/[code]/values/route";
import { db } from "@/lib/db";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { addValueComment } from "@/lib/monitoring/add-value-comment";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { getValueHistory } from "@/lib/monitoring/get-value-history";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { reopenValue } from "@/lib/monitoring/reopen-value";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  apiRequest,
  buildIndicator,
  catchAppError,
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  routeParams,
  snapshotDatabaseWithValues,
  uniqueCode,
  type MonitoringMembers,
} from "../fixtures/factories";

type Target = { frameworkCode: string; year: number };

/** Three MLSP indicators (one broken down by sex) and one of MFA. */
function workflowDefinition(): FrameworkDefinition {
  const code = uniqueCode("WF");
  return {
    code,
    name: `Framework ${code}`,
    version: { label: "1.0", status: "APPROVED" },
    areas: [
      {
        code: "A1",
        name: "Labour",
        indicators: [
          buildIndicator("A1.1", "NUMBER"),
          buildIndicator("A1.2", "PERCENTAGE"),
          buildIndicator("A1.3", "NUMBER", { dimensions: ["SEX"] }),
        ],
      },
      { code: "A2", name: "Foreign affairs", indicators: [buildIndicator("A2.1", "NUMBER", { leadInstitution: "MFA" })] },
    ],
  };
}

const RETURN_REASON = "Check the survey: 50 % looks high";
const BEFORE_DEADLINE = new Date("2025-12-01T00:00:00.000Z");

const fullyApproved = (assigned: number) => ({
  assigned,
  entered: assigned,
  missing: 0,
  draft: 0,
  submitted: 0,
  returned: 0,
  approved: assigned,
  overdue: 0,
  percentEntered: 100,
  percentApproved: 100,
});

let members: MonitoringMembers;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
});

async function auditActions(valueId: string): Promise<string[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType: "IndicatorValue", entityId: valueId },
    orderBy: [{ createdAt: "asc" }],
  });
  return events.map((event) => event.action);
}

describe("the workflow through lib/", () => {
  let target: Target;
  let framework: { frameworkId: string; versionId: string; code: string };
  const value = async (code: string, disaggregation = "") => (await findTestValue(framework, code, 2025, disaggregation))!;

  beforeAll(async () => {
    const cycle = await createTestCycle(workspaceId, members.secretariat, { definition: workflowDefinition() });
    target = cycle.target;
    framework = cycle.framework;
  });

  it("1. the focal point saves drafts", async () => {
    const result = await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 10, version: null },
      { indicator: "A1.2", value: "50", version: null },
      { indicator: "A1.3", value: 100, version: null, source: "Labour force survey" },
      { indicator: "A1.3", disaggregation: { SEX: "F" }, value: 60, version: null },
    ]);
    expect(result).toEqual({
      dryRun: false,
      created: 4,
      updated: 0,
      deleted: 0,
      unchanged: 0,
      values: [
        { indicator: "A1.1", disaggregation: "", status: "DRAFT", version: 1 },
        { indicator: "A1.2", disaggregation: "", status: "DRAFT", version: 1 },
        { indicator: "A1.3", disaggregation: "", status: "DRAFT", version: 1 },
        { indicator: "A1.3", disaggregation: "SEX=F", status: "DRAFT", version: 1 },
      ],
    });
    expect(await value("A1.3")).toMatchObject({ number: 100, source: "Labour force survey", status: "DRAFT", version: 1 });
    const form = await getEntryForm(members.mlsp, target);
    expect(form.counts).toEqual({ rows: 5, filled: 4, editable: 5 });
    expect(form.areas.map((area) => [area.code, area.indicators.map((indicator) => indicator.code)])).toEqual([
      ["A1", ["A1.1", "A1.2", "A1.3"]],
    ]);
    expect(form.areas[0]!.indicators[2]!.rows.map((row) => [row.key, row.label, row.current?.input ?? null])).toEqual([
      ["", "Total", "100"],
      ["SEX=F", "Female", "60"],
      ["SEX=M", "Male", null],
    ]);
  });

  it("2. submits them; the missing breakdown row (male) is listed", async () => {
    const result = await submitCycleValues(members.mlsp, target);
    expect(result.submitted).toBe(4);
    expect(result.missing.map(({ indicator, name, disaggregation }) => ({ indicator, name, disaggregation }))).toEqual([
      { indicator: "A1.3", name: "Indicator A1.3", disaggregation: "SEX=M" },
    ]);
    for (const [code, key] of [
      ["A1.1", ""],
      ["A1.2", ""],
      ["A1.3", ""],
      ["A1.3", "SEX=F"],
    ] as const) {
      expect(await value(code, key)).toMatchObject({ status: "SUBMITTED", version: 2, submittedAt: expect.any(Date) });
    }
    expect(await db.auditEvent.count({ where: { action: "value.submitted", actorId: members.mlsp.user.id } })).toBe(4);
    // Submitted values are locked for the institution.
    expect((await catchAppError(saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 11 }]))).code).toBe("UNPROCESSABLE");
  });

  it("3. the secretariat returns one value with a reason and approves the others; the reason is visible to the focal point", async () => {
    const result = await reviewCycleValues(members.secretariat, target, {
      decisions: [
        { indicator: "A1.1", decision: "approve", version: 2 },
        { indicator: "A1.2", decision: "return", reason: RETURN_REASON, version: 2 },
        { indicator: "A1.3", decision: "approve" },
        { indicator: "A1.3", disaggregation: "SEX=F", decision: "approve" },
      ],
    });
    expect(result).toEqual({ approved: 3, returned: 1 });
    expect(await value("A1.2")).toMatchObject({
      status: "RETURNED",
      returnReason: RETURN_REASON,
      version: 3,
      reviewedById: members.secretariat.user.id,
    });
    expect(await value("A1.1")).toMatchObject({ status: "APPROVED", returnReason: null, version: 3 });

    const form = await getEntryForm(members.mlsp, target);
    const a12 = form.areas[0]!.indicators.find((indicator) => indicator.code === "A1.2")!;
    expect(a12.rows[0]!.current).toMatchObject({ status: "RETURNED", returnReason: RETURN_REASON, version: 3, input: "50" });
    expect(form.counts).toEqual({ rows: 5, filled: 4, editable: 2 });
  });

  it("4. the focal point corrects the returned value (back to DRAFT) and adds the missing row", async () => {
    const result = await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.2", value: 45, version: 3 },
      { indicator: "A1.3", disaggregation: { SEX: "Male" }, value: 40, version: null },
    ]);
    expect(result).toMatchObject({ created: 1, updated: 1 });
    expect(await value("A1.2")).toMatchObject({ number: 45, status: "DRAFT", version: 4 });
  });

  it("5. resubmits: nothing is missing any more, and the return reason is cleared", async () => {
    expect(await submitCycleValues(members.mlsp, target)).toEqual({ submitted: 2, missing: [] });
    expect(await value("A1.2")).toMatchObject({ status: "SUBMITTED", returnReason: null, version: 5 });
    expect(await value("A1.3", "SEX=M")).toMatchObject({ status: "SUBMITTED", version: 2 });
  });

  it("6. the secretariat approves all; completeness shows the institution 100 % approved", async () => {
    expect(
      await reviewCycleValues(members.secretariat, target, {
        decisions: [
          { indicator: "A1.2", decision: "approve", version: 5 },
          { indicator: "A1.3", disaggregation: { SEX: "M" }, decision: "approve" },
        ],
      }),
    ).toEqual({ approved: 2, returned: 0 });

    const completeness = await getCycleCompleteness(members.secretariat, target, BEFORE_DEADLINE);
    expect(completeness.institutions).toEqual([
      {
        code: "MFA",
        name: "Ministry of Foreign Affairs",
        counts: { ...fullyApproved(1), entered: 0, missing: 1, approved: 0, percentEntered: 0, percentApproved: 0 },
      },
      { code: "MLSP", name: "Ministry of Labour and Social Protection", counts: fullyApproved(3) },
    ]);
    const own = await getCycleCompleteness(members.mlsp, target, BEFORE_DEADLINE);
    expect(own.scope).toEqual({ kind: "institution", code: "MLSP" });
    expect(own.institutions).toEqual([{ code: "MLSP", name: "Ministry of Labour and Social Protection", counts: fullyApproved(3) }]);
    expect(own.totals.percentApproved).toBe(100);
  });

  it("7. the approved values are the public record: a viewer reads them", async () => {
    const rows = await listFrameworkValues(members.viewer, framework.frameworkId, { from: 2025, to: 2025 });
    expect(rows.map((row) => [row.indicatorCode, row.disaggregation, row.number, row.status])).toEqual([
      ["A1.1", "", 10, "APPROVED"],
      ["A1.2", "", 45, "APPROVED"],
      ["A1.3", "", 100, "APPROVED"],
      ["A1.3", "SEX=F", 60, "APPROVED"],
      ["A1.3", "SEX=M", 40, "APPROVED"],
    ]);
  });

  it("8. the audit log holds every step of the returned value, in order", async () => {
    expect(await auditActions((await value("A1.2")).id)).toEqual([
      "value.created",
      "value.submitted",
      "value.returned",
      "value.updated",
      "value.submitted",
      "value.approved",
    ]);
  });

  it("9. getValueHistory lists the audit trail in order with before and after, and the discussion", async () => {
    const a12 = await value("A1.2");
    const first = await addValueComment(members.secretariat, a12.id, "  Where does 45 % come from?  ");
    const second = await addValueComment(members.mlsp, a12.id, "From the 2025 labour force survey");
    expect(first.commentId).not.toBe(second.commentId);

    const { value: shown, history, comments } = await getValueHistory(members.mlsp, a12.id);
    expect(shown).toMatchObject({ id: a12.id, number: 45, status: "APPROVED", indicator: { code: "A1.2" } });
    expect(history.map((entry) => entry.action)).toEqual([
      "value.created",
      "value.submitted",
      "value.returned",
      "value.updated",
      "value.submitted",
      "value.approved",
    ]);
    expect(history.map((entry) => entry.who)).toEqual([
      members.mlsp.user.name,
      members.mlsp.user.name,
      members.secretariat.user.name,
      members.mlsp.user.name,
      members.mlsp.user.name,
      members.secretariat.user.name,
    ]);
    expect(history[0]).toMatchObject({ before: null, after: { value: 50, status: "DRAFT", version: 1 } });
    expect(history[1]).toMatchObject({
      before: { value: 50, status: "DRAFT", version: 1 },
      after: { value: 50, status: "SUBMITTED", version: 2 },
    });
    expect(history[2]).toMatchObject({
      before: { status: "SUBMITTED", version: 2 },
      after: { status: "RETURNED", version: 3, returnReason: RETURN_REASON },
      summary: `A1.2 Total 2025: returned: ${RETURN_REASON}`,
    });
    expect(history[3]).toMatchObject({
      before: { value: 50, status: "RETURNED", version: 3 },
      after: { value: 45, status: "DRAFT", version: 4 },
    });
    expect(history[4]).toMatchObject({
      before: { value: 45, status: "DRAFT", version: 4 },
      after: { value: 45, status: "SUBMITTED", version: 5 },
    });
    expect(history[5]).toMatchObject({ before: { status: "SUBMITTED", version: 5 }, after: { value: 45, status: "APPROVED", version: 6 } });
    const times = history.map((entry) => entry.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));

    expect(comments.map((comment) => [comment.body, comment.author])).toEqual([
      ["Where does 45 % come from?", members.secretariat.user.name],
      ["From the 2025 labour force survey", members.mlsp.user.name],
    ]);
    expect(await db.auditEvent.count({ where: { action: "value.commented", entityId: a12.id } })).toBe(2);
  });

  it("10. the secretariat reopens an approved value with a reason; it goes to RETURNED, audited, and the focal point can edit it", async () => {
    const a11 = await value("A1.1");
    await reopenValue(members.secretariat, a11.id, "The figure counts 2024 as well");
    expect(await value("A1.1")).toMatchObject({
      status: "RETURNED",
      returnReason: "The figure counts 2024 as well",
      version: a11.version + 1,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "value.reopened", entityId: a11.id } });
    expect(event).toMatchObject({
      actorId: members.secretariat.user.id,
      summary: "A1.1 Total 2025: reopened: The figure counts 2024 as well",
      before: { value: 10, status: "APPROVED", version: 3 },
      after: { value: 10, status: "RETURNED", version: 4, returnReason: "The figure counts 2024 as well" },
    });
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 9, version: 4 }]);
    expect(await value("A1.1")).toMatchObject({ number: 9, status: "DRAFT", version: 5 });
    expect(await auditActions(a11.id)).toEqual(["value.created", "value.submitted", "value.approved", "value.reopened", "value.updated"]);
  });
});

describe("the workflow through the API", () => {
  let target: Target;
  let framework: { frameworkId: string; versionId: string; code: string };
  let tokens: { focal: string; secretariat: string; viewer: string };
  const params = () => routeParams({ framework: target.frameworkCode, year: "2025" });
  const path = (rest: string) => `/api/v1/cycles/${target.frameworkCode}/2025/${rest}`;
  const put = (body: unknown) => PUT(apiRequest(path("values"), { token: tokens.focal, method: "PUT", body }), params());
  const submit = () => SUBMIT(apiRequest(path("submit"), { token: tokens.focal, method: "POST" }), params());
  const review = (body: unknown) => REVIEW(apiRequest(path("review"), { token: tokens.secretariat, method: "POST", body }), params());

  beforeAll(async () => {
    const cycle = await createTestCycle(workspaceId, members.secretariat, { definition: workflowDefinition() });
    target = cycle.target;
    framework = cycle.framework;
    tokens = {
      focal: await createTestApiToken(members.mlsp),
      secretariat: await createTestApiToken(members.secretariat),
      viewer: await createTestApiToken(members.viewer),
    };
  });

  it("saves, submits, is returned, corrects, resubmits and is approved; completeness and the public values follow", async () => {
    let response = await put([
      { indicator: "A1.1", value: 10, version: null },
      { indicator: "A1.2", value: 50, version: null },
      { indicator: "A1.3", value: 100, version: null },
      { indicator: "A1.3", disaggregation: { SEX: "F" }, value: 60, version: null },
    ]);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ dryRun: false, created: 4 });

    response = await submit();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      submitted: 4,
      missing: [{ indicator: "A1.3", name: "Indicator A1.3", disaggregation: "SEX=M", label: "Male" }],
    });

    response = await review({
      decisions: [
        { indicator: "A1.1", decision: "approve" },
        { indicator: "A1.2", decision: "return", reason: RETURN_REASON },
        { indicator: "A1.3", decision: "approve" },
        { indicator: "A1.3", disaggregation: { SEX: "F" }, decision: "approve" },
      ],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ approved: 3, returned: 1 });
    expect(await findTestValue(framework, "A1.2")).toMatchObject({ status: "RETURNED", returnReason: RETURN_REASON });

    response = await put([
      { indicator: "A1.2", value: 45, version: 3 },
      { indicator: "A1.3", disaggregation: "SEX=M", value: 40, version: null },
    ]);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      created: 1,
      updated: 1,
      values: [
        { indicator: "A1.3", disaggregation: "SEX=M", status: "DRAFT", version: 1 },
        { indicator: "A1.2", disaggregation: "", status: "DRAFT", version: 4 },
      ],
    });

    response = await submit();
    expect(await response.json()).toEqual({ submitted: 2, missing: [] });
    expect(await findTestValue(framework, "A1.2")).toMatchObject({ status: "SUBMITTED", returnReason: null });

    response = await review({
      decisions: [
        { indicator: "A1.2", decision: "approve", version: 5 },
        { indicator: "A1.3", disaggregation: { SEX: "M" }, decision: "approve", version: 2 },
      ],
    });
    expect(await response.json()).toEqual({ approved: 2, returned: 0 });

    response = await COMPLETENESS(apiRequest(path("completeness"), { token: tokens.secretariat }), params());
    expect(response.status).toBe(200);
    const completeness = (await response.json()) as {
      institutions: { code: string; counts: { percentApproved: number; approved: number; assigned: number } }[];
    };
    expect(completeness.institutions.find((row) => row.code === "MLSP")!.counts).toMatchObject({
      assigned: 3,
      approved: 3,
      percentApproved: 100,
    });

    response = await FRAMEWORK_VALUES(
      apiRequest(`/api/v1/frameworks/${framework.code}/values?from=2025&to=2025`, { token: tokens.viewer }),
      routeParams({ code: framework.code }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([
      { indicator: "A1.1", year: 2025, disaggregation: null, value: 10, status: "APPROVED" },
      { indicator: "A1.2", year: 2025, disaggregation: null, value: 45, status: "APPROVED" },
      { indicator: "A1.3", year: 2025, disaggregation: null, value: 100, status: "APPROVED" },
      { indicator: "A1.3", year: 2025, disaggregation: { SEX: "F" }, value: 60, status: "APPROVED" },
      { indicator: "A1.3", year: 2025, disaggregation: { SEX: "M" }, value: 40, status: "APPROVED" },
    ]);
  });

  it("a viewer saw none of the values before they were approved", async () => {
    const cycle = await createTestCycle(workspaceId, members.secretariat, { definition: workflowDefinition() });
    await saveCycleValues(members.mlsp, cycle.target, [{ indicator: "A1.1", value: 1 }]);
    await submitCycleValues(members.mlsp, cycle.target);
    const response = await FRAMEWORK_VALUES(
      apiRequest(`/api/v1/frameworks/${cycle.framework.code}/values`, { token: tokens.viewer }),
      routeParams({ code: cycle.framework.code }),
    );
    expect(await response.json()).toEqual([]);
  });
});

describe("the missing list names breakdown rows as the entry form does", () => {
  it("labels the missing male row 'Male', like the entry form", async () => {
    const cycle = await createTestCycle(workspaceId, members.secretariat, { definition: workflowDefinition() });
    await saveCycleValues(members.mlsp, cycle.target, [{ indicator: "A1.3", value: 5 }]);
    const form = await getEntryForm(members.mlsp, cycle.target);
    const formLabels = Object.fromEntries(
      form.areas[0]!.indicators.find((indicator) => indicator.code === "A1.3")!.rows.map((row) => [row.key, row.label]),
    );
    const { missing } = await submitCycleValues(members.mlsp, cycle.target);
    expect(missing.map((row) => [row.indicator, row.disaggregation, row.label])).toEqual([
      ["A1.1", "", "Total"],
      ["A1.2", "", "Total"],
      ["A1.3", "SEX=F", formLabels["SEX=F"]],
      ["A1.3", "SEX=M", formLabels["SEX=M"]],
    ]);
    expect(formLabels).toMatchObject({ "SEX=F": "Female", "SEX=M": "Male" });
  });
});

describe("refusals of submit, review and reopen change nothing", () => {
  let target: Target;
  let framework: { frameworkId: string; versionId: string; code: string };
  const value = async (code: string, disaggregation = "") => (await findTestValue(framework, code, 2025, disaggregation))!;

  beforeAll(async () => {
    const cycle = await createTestCycle(workspaceId, members.secretariat);
    target = cycle.target;
    framework = cycle.framework;
    // A1.1, A1.2 and the A1.6 total submitted (version 2); A1.6 female a draft; A2.1 (MFA) a draft.
    await saveCycleValues(members.mlsp, target, [
      { indicator: "A1.1", value: 1 },
      { indicator: "A1.2", value: 2 },
      { indicator: "A1.6", value: 3 },
    ]);
    await submitCycleValues(members.mlsp, target);
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.6", disaggregation: "SEX=F", value: 1 }]);
    await saveCycleValues(members.mfa, target, [{ indicator: "A2.1", value: 7 }]);
  });

  async function refusedReview(body: unknown) {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(reviewCycleValues(members.secretariat, target, body));
    expect(await snapshotDatabaseWithValues()).toEqual(before);
    return error;
  }

  it("submitting with nothing to submit is a CONFLICT", async () => {
    const cycle = await createTestCycle(workspaceId, members.secretariat);
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(submitCycleValues(members.mlsp, cycle.target));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("There is nothing to submit: MLSP has no draft or returned value in the 2025 cycle");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("submitting again when everything is submitted is a CONFLICT, through the API too (409)", async () => {
    const cycle = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.nbs, cycle.target, [{ indicator: "A2.2", value: 1 }]);
    await submitCycleValues(members.nbs, cycle.target);
    const token = await createTestApiToken(members.nbs);
    const framework = cycle.target.frameworkCode;
    const request = () =>
      SUBMIT(apiRequest(`/api/v1/cycles/${framework}/2025/submit`, { token, method: "POST" }), routeParams({ framework, year: "2025" }));
    await request(); // first use of the token records its use
    const before = await snapshotDatabaseWithValues();
    const response = await request();
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: { code: "CONFLICT", message: "There is nothing to submit: NBS has no draft or returned value in the 2025 cycle" },
    });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("approving a draft is refused at its decision", async () => {
    const error = await refusedReview({ decisions: [{ indicator: "A1.6", disaggregation: { SEX: "F" }, decision: "approve" }] });
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toBe("1 row has problems; nothing was saved");
    expect(error.fieldErrors).toEqual({ "1.decision": ["This value is a draft: the institution has not submitted it yet"] });
  });

  it("a batch with one refused decision approves nothing (all-or-nothing)", async () => {
    const error = await refusedReview({
      decisions: [
        { indicator: "A1.1", decision: "approve" },
        { indicator: "A2.1", decision: "return", reason: "Too early" },
      ],
    });
    expect(error.fieldErrors).toEqual({ "2.decision": ["This value is a draft: the institution has not submitted it yet"] });
    expect(await value("A1.1")).toMatchObject({ status: "SUBMITTED", version: 2 });
  });

  it.each([
    ["no reason", { indicator: "A1.1", decision: "return" }],
    ["a blank reason", { indicator: "A1.1", decision: "return", reason: "   " }],
  ])("returning with %s is refused (BAD_REQUEST) naming the reason field", async (_label, decision) => {
    const error = await refusedReview({ decisions: [decision] });
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("The review decisions are not valid");
    expect(error.fieldErrors).toEqual({ "decisions.0.reason": ["Give the reason for returning the value"] });
  });

  it("deciding the same value twice in one request is refused at the second decision", async () => {
    const error = await refusedReview({
      decisions: [
        { indicator: "A1.6", decision: "approve" },
        { indicator: "A1.6", disaggregation: null, decision: "return", reason: "Hmm" },
      ],
    });
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fieldErrors).toEqual({ "2.disaggregation": ["This value is decided twice in the same request"] });
  });

  it("a decision on a version the secretariat did not see is refused at its version", async () => {
    const error = await refusedReview({ decisions: [{ indicator: "A1.2", decision: "approve", version: 1 }] });
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fieldErrors).toEqual({ "1.version": ["The value changed since you looked at it (now version 2)"] });
  });

  it.each([
    ["an unknown indicator", { indicator: "Z9.9", decision: "approve" }, "1.indicator", "There is no indicator Z9.9 in {framework}"],
    ["an indicator without a value", { indicator: "A1.4", decision: "approve" }, "1.decision", "There is no value to review"],
    [
      "an unknown member",
      { indicator: "A1.6", disaggregation: { SEX: "X" }, decision: "approve" },
      "1.disaggregation",
      "Sex has no member “X”; use one of: F, M",
    ],
  ])("a decision on %s is refused at its field", async (_label, decision, field, message) => {
    const error = await refusedReview({ decisions: [decision] });
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fieldErrors).toEqual({ [field]: [message.replace("{framework}", target.frameworkCode)] });
  });

  it.each([
    [
      "an unknown decision",
      { decisions: [{ indicator: "A1.1", decision: "reject" }] },
      { "decisions.0.decision": ['The decision is "approve" or "return"'] },
    ],
    ["no decisions", { decisions: [] }, { decisions: ["Send at least one decision"] }],
  ])("%s is a BAD_REQUEST", async (_label, body, fieldErrors) => {
    const error = await refusedReview(body);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual(fieldErrors);
  });

  it("through the API: 400 for a return without a reason, 422 for approving a draft", async () => {
    const token = await createTestApiToken(members.secretariat);
    const framework = target.frameworkCode;
    const post = (body: unknown) =>
      REVIEW(
        apiRequest(`/api/v1/cycles/${framework}/2025/review`, { token, method: "POST", body }),
        routeParams({ framework, year: "2025" }),
      );
    await post({ decisions: [] }); // first use of the token records its use
    const before = await snapshotDatabaseWithValues();
    let response = await post({ decisions: [{ indicator: "A1.1", decision: "return" }] });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "BAD_REQUEST",
        message: "The review decisions are not valid",
        fieldErrors: { "decisions.0.reason": ["Give the reason for returning the value"] },
      },
    });
    response = await post({ decisions: [{ indicator: "A1.6", disaggregation: { SEX: "F" }, decision: "approve" }] });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: {
        code: "UNPROCESSABLE",
        message: "1 row has problems; nothing was saved",
        fieldErrors: { "1.decision": ["This value is a draft: the institution has not submitted it yet"] },
        rows: [{ row: 1, field: "decision", message: "This value is a draft: the institution has not submitted it yet" }],
      },
    });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("a decision at the current version goes through", async () => {
    expect(
      await reviewCycleValues(members.secretariat, target, { decisions: [{ indicator: "A1.1", decision: "approve", version: 2 }] }),
    ).toEqual({
      approved: 1,
      returned: 0,
    });
    expect(await value("A1.1")).toMatchObject({ status: "APPROVED", version: 3 });
  });

  it("reopening a value that is not approved is a CONFLICT", async () => {
    const a12 = await value("A1.2");
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(reopenValue(members.secretariat, a12.id, "Check it"));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("Only approved values can be reopened");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it.each([
    ["no reason", undefined],
    ["an empty reason", ""],
    ["a blank reason", "   "],
  ])("reopening with %s is refused (BAD_REQUEST)", async (_label, reason) => {
    const a11 = await value("A1.1");
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(reopenValue(members.secretariat, a11.id, reason));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Say why the value is reopened");
    expect(Object.values(error.fieldErrors ?? {}).flat()).toEqual([reason === undefined ? expect.any(String) : "Give a reason"]);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("reopening a value the secretariat cannot see (a draft) or that does not exist is NOT_FOUND", async () => {
    const draft = await value("A1.6", "SEX=F");
    const before = await snapshotDatabaseWithValues();
    for (const id of [draft.id, "00000000-0000-0000-0000-000000000000"]) {
      const error = await catchAppError(reopenValue(members.secretariat, id, "Check it"));
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("No such value");
    }
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("reopens the approved value: RETURNED with the reason, value.reopened, and the focal point edits it", async () => {
    const a11 = await value("A1.1");
    await reopenValue(members.secretariat, a11.id, "  Wrong unit  ");
    expect(await value("A1.1")).toMatchObject({
      status: "RETURNED",
      returnReason: "Wrong unit",
      version: 4,
      reviewedById: members.secretariat.user.id,
    });
    expect(await db.auditEvent.count({ where: { action: "value.reopened", entityId: a11.id } })).toBe(1);
    const form = await getEntryForm(members.mlsp, target);
    expect(form.areas[0]!.indicators[0]!.rows[0]!.current).toMatchObject({ status: "RETURNED", returnReason: "Wrong unit" });
    expect(await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 15, version: 4 }])).toMatchObject({ updated: 1 });
    expect(await value("A1.1")).toMatchObject({ number: 15, status: "DRAFT", version: 5 });
  });
});

describe("who may read a value's history and join its discussion", () => {
  let target: Target;
  let framework: { frameworkId: string; versionId: string; code: string };
  let draftId: string;

  beforeAll(async () => {
    const cycle = await createTestCycle(workspaceId, members.secretariat);
    target = cycle.target;
    framework = cycle.framework;
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 12 }]);
    draftId = (await findTestValue(framework, "A1.1"))!.id;
  });

  it("the focal point of the institution reads the history of its draft", async () => {
    const { history, comments } = await getValueHistory(members.mlsp, draftId);
    expect(history.map((entry) => entry.action)).toEqual(["value.created"]);
    expect(comments).toEqual([]);
  });

  it.each(["mfa", "viewer", "secretariat", "workingGroup", "admin"] as const)(
    "%s cannot read the history of another institution's draft (NOT_FOUND)",
    async (who) => {
      const error = await catchAppError(getValueHistory(members[who], draftId));
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("No such value");
    },
  );

  it("a focal point of another institution cannot comment on the draft (NOT_FOUND) and nothing changes", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(addValueComment(members.mfa, draftId, "Looks wrong"));
    expect(error.code).toBe("NOT_FOUND");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("an empty comment is refused (BAD_REQUEST) and nothing changes", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(addValueComment(members.mlsp, draftId, "   "));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors).toEqual({ _: ["Write the comment"] });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("a contributing institution's focal point reads the lead's draft", async () => {
    await saveCycleValues(members.mfa, target, [{ indicator: "A2.2", value: 4 }]);
    const a22 = (await findTestValue(framework, "A2.2"))!;
    const { history } = await getValueHistory(members.nbs, a22.id);
    expect(history.map((entry) => [entry.action, entry.who])).toEqual([["value.created", members.mfa.user.name]]);
  });

  it("once submitted, the secretariat and the working group read it and comment; once approved, everyone reads it", async () => {
    await submitCycleValues(members.mlsp, target);
    expect((await getValueHistory(members.secretariat, draftId)).history).toHaveLength(2);
    await addValueComment(members.workingGroup, draftId, "Consistent with 2024");
    expect((await catchAppError(getValueHistory(members.viewer, draftId))).code).toBe("NOT_FOUND");
    await reviewCycleValues(members.secretariat, target, { decisions: [{ indicator: "A1.1", decision: "approve" }] });
    const { history, comments } = await getValueHistory(members.viewer, draftId);
    expect(history.map((entry) => entry.action)).toEqual(["value.created", "value.submitted", "value.approved"]);
    expect(comments.map((comment) => comment.body)).toEqual(["Consistent with 2024"]);
    expect((await getValueHistory(members.mfa, draftId)).history).toHaveLength(3);
  });
});
