/**
 * "Bad input is refused with a clear message at the field or row, and changes nothing": each
 * refusal of a save, through lib/monitoring/save-cycle-values.ts and through
 * PUT /api/v1/cycles/{framework}/{year}/values, with the whole database compared before and after.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { PUT } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import { POST as SUBMIT } from "@/app/api/v1/cycles/[framework]/[year]/submit/route";
import { POST as REVIEW } from "@/app/api/v1/cycles/[framework]/[year]/review/route";
import { setCycleOpen } from "@/lib/cycles/set-cycle-open";
import { db } from "@/lib/db";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { reopenValue } from "@/lib/monitoring/reopen-value";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  apiRequest,
  catchAppError,
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  routeParams,
  snapshotDatabaseWithValues,
  type MonitoringMembers,
} from "../fixtures/factories";

type Target = { frameworkCode: string; year: number };

let members: MonitoringMembers;
let open: { target: Target; versionId: string };
let closed: { target: Target; versionId: string };
const tokens: Partial<Record<"mlsp" | "viewer" | "secretariat", string>> = {};

async function tokenFor(who: "mlsp" | "viewer" | "secretariat"): Promise<string> {
  if (!tokens[who]) {
    tokens[who] = await createTestApiToken(members[who]);
    // The first use of a token records when it was used (bookkeeping, once a minute); do it before any snapshot.
    await PUT(
      apiRequest(`/api/v1/cycles/${open.target.frameworkCode}/2025/values?dryRun=true`, {
        token: tokens[who],
        method: "PUT",
        body: [{ indicator: "A1.1", value: 1 }],
      }),
      routeParams({ framework: open.target.frameworkCode, year: "2025" }),
    );
  }
  return tokens[who]!;
}

function put(token: string, body: unknown, options: { framework?: string; year?: string; query?: string } = {}) {
  const framework = options.framework ?? open.target.frameworkCode;
  const year = options.year ?? "2025";
  return PUT(
    apiRequest(`/api/v1/cycles/${framework}/${year}/values${options.query ?? ""}`, { token, method: "PUT", body }),
    routeParams({ framework, year }),
  );
}

function rawPut(token: string, body: string) {
  const framework = open.target.frameworkCode;
  const request = new Request(`http://localhost/api/v1/cycles/${framework}/2025/values`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body,
  });
  return PUT(request, routeParams({ framework, year: "2025" }));
}

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);

  // An open cycle in which A1.1 is submitted and A1.2 approved (locked values).
  const first = await createTestCycle(workspaceId, members.secretariat);
  open = { target: first.target, versionId: first.framework.versionId };
  await saveCycleValues(members.mlsp, open.target, [
    { indicator: "A1.1", value: 10 },
    { indicator: "A1.2", value: 50 },
  ]);
  await submitCycleValues(members.mlsp, open.target);
  await reviewCycleValues(members.secretariat, open.target, { decisions: [{ indicator: "A1.2", decision: "approve" }] });

  // A cycle with a draft (A1.1) and a submitted value (A1.2), then closed.
  const second = await createTestCycle(workspaceId, members.secretariat);
  closed = { target: second.target, versionId: second.framework.versionId };
  await saveCycleValues(members.mlsp, closed.target, [{ indicator: "A1.2", value: 30 }]);
  await submitCycleValues(members.mlsp, closed.target);
  await saveCycleValues(members.mlsp, closed.target, [{ indicator: "A1.1", value: 5 }]);
  await setCycleOpen(members.secretariat, closed.target, false);
});

type BadRow = { name: string; rows: unknown[]; errors: { row: number; field: string; message: string }[] };

const SUBMITTED_LOCKED = "This value is submitted and awaits review; ask the secretariat to return it to change it";
const APPROVED_LOCKED = "This value is approved and locked; the secretariat can reopen it";

const BAD_ROWS: BadRow[] = [
  {
    name: "text in a number field",
    rows: [{ indicator: "A1.1", value: "about a thousand" }],
    errors: [{ row: 1, field: "value", message: "Enter a number, e.g. 1250 or 12.5" }],
  },
  {
    name: "text in a number field of a breakdown",
    rows: [{ indicator: "A1.6", disaggregation: { SEX: "F" }, value: "n/a" }],
    errors: [{ row: 1, field: "value", message: "Enter a number, e.g. 1250 or 12.5" }],
  },
  {
    name: "a percentage of 120",
    rows: [{ indicator: "A1.2", value: 120 }],
    errors: [{ row: 1, field: "value", message: "Enter a value of at most 100 %" }],
  },
  {
    name: "a level outside the scale",
    rows: [{ indicator: "A1.4", value: "finished" }],
    errors: [{ row: 1, field: "value", message: "Choose one of: none, initiated, advanced, completed" }],
  },
  {
    name: "a yes/no answer that is neither",
    rows: [{ indicator: "A1.3", value: "perhaps" }],
    errors: [{ row: 1, field: "value", message: "Choose one of: no, yes" }],
  },
  {
    name: "a year outside the cycle",
    rows: [{ indicator: "A1.5", year: 2024, value: "Text" }],
    errors: [{ row: 1, field: "year", message: "The year 2024 is outside the 2025 cycle" }],
  },
  {
    name: "an unknown indicator",
    rows: [{ indicator: "Z9.9", value: 1 }],
    errors: [{ row: 1, field: "indicator", message: "There is no indicator Z9.9 in {framework}" }],
  },
  {
    name: "another institution's indicator",
    rows: [{ indicator: "A2.1", value: 1 }],
    errors: [{ row: 1, field: "indicator", message: "Indicator A2.1 is reported by MFA, not by MLSP" }],
  },
  {
    name: "a breakdown the indicator does not have",
    rows: [{ indicator: "A1.6", disaggregation: "AGE_GROUP=Y15T24", value: 1 }],
    errors: [{ row: 1, field: "disaggregation", message: "Indicator A1.6 is broken down only by SEX, not by AGE_GROUP" }],
  },
  {
    name: "a member that does not exist",
    rows: [{ indicator: "A1.6", disaggregation: { SEX: "X" }, value: 1 }],
    errors: [{ row: 1, field: "disaggregation", message: "Sex has no member “X”; use one of: F, M" }],
  },
  {
    name: "a locked value (submitted)",
    rows: [{ indicator: "A1.1", value: 11 }],
    errors: [{ row: 1, field: "value", message: SUBMITTED_LOCKED }],
  },
  {
    name: "a locked value (approved)",
    rows: [{ indicator: "A1.2", value: 51 }],
    errors: [{ row: 1, field: "value", message: APPROVED_LOCKED }],
  },
  {
    name: "clearing a locked value (approved)",
    rows: [{ indicator: "A1.2", value: null }],
    errors: [{ row: 1, field: "value", message: APPROVED_LOCKED }],
  },
  {
    name: "a mixed batch: one bad row refuses the good rows too",
    rows: [
      { indicator: "A1.3", value: "yes" },
      { indicator: "A1.4", value: "initiated" },
      { indicator: "A1.2", value: 120 },
      { indicator: "A1.5", value: "A narrative" },
    ],
    errors: [{ row: 3, field: "value", message: "Enter a value of at most 100 %" }],
  },
  {
    name: "several bad rows among good ones, each at its row",
    rows: [
      { indicator: "A1.3", value: "yes" },
      { indicator: "A1.1", value: "ten" },
      { indicator: "A1.6", disaggregation: { SEX: "Female" }, value: 4 },
      { indicator: "A1.6", disaggregation: "SEX=F", value: 5 },
      { indicator: "A2.2", value: 1 },
    ],
    errors: [
      { row: 2, field: "value", message: "Enter a number, e.g. 1250 or 12.5" },
      { row: 4, field: "disaggregation", message: "A1.6 F already appears in row 3" },
      { row: 5, field: "indicator", message: "Indicator A2.2 is reported by MFA, not by MLSP" },
    ],
  },
  {
    name: "rows of the wrong shape",
    rows: [
      { indicator: "A1.3", value: { yes: true } },
      { value: 3 },
      { indicator: "A1.5", value: "Text", evidenceUrl: "ftp://example.org/file" },
      { indicator: "A1.1", value: 1, version: 0 },
    ],
    errors: [
      { row: 1, field: "value", message: "The value must be a number, a level code or a text" },
      { row: 2, field: "indicator", message: "Name the indicator by its code" },
      { row: 3, field: "evidenceUrl", message: "Give the evidence as a web address starting with https://" },
      { row: 4, field: "version", message: "Too small: expected number to be >=1" },
    ],
  },
];

function expectedErrors(bad: BadRow) {
  const errors = bad.errors.map((error) => ({ ...error, message: error.message.replace("{framework}", open.target.frameworkCode) }));
  const fieldErrors: Record<string, string[]> = {};
  for (const error of errors) (fieldErrors[`${error.row}.${error.field}`] ??= []).push(error.message);
  const rows = new Set(errors.map((error) => error.row)).size;
  return { errors, fieldErrors, message: `${rows} ${rows === 1 ? "row has" : "rows have"} problems; nothing was saved` };
}

describe("saveCycleValues refuses bad input at its row and field, and changes nothing", () => {
  it.each(BAD_ROWS)("$name", async (bad) => {
    const expected = expectedErrors(bad);
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(saveCycleValues(members.mlsp, open.target, bad.rows));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toBe(expected.message);
    expect(error.fieldErrors).toEqual(expected.fieldErrors);
    expect(error.details).toEqual({ rows: expected.errors });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("a dry run of the bad rows is refused the same way", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(saveCycleValues(members.mlsp, open.target, [{ indicator: "A1.2", value: 120 }], { dryRun: true }));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.fieldErrors).toEqual({ "1.value": ["Enter a value of at most 100 %"] });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("reports the row numbers an upload gives", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(
      saveCycleValues(
        members.mlsp,
        open.target,
        [
          { indicator: "A1.3", value: "yes" },
          { indicator: "A1.1", value: "x" },
        ],
        { rowNumbers: [7, 8] },
      ),
    );
    expect(error.fieldErrors).toEqual({ "8.value": ["Enter a number, e.g. 1250 or 12.5"] });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("the good rows of the mixed batch save once the bad row is fixed", async () => {
    const result = await saveCycleValues(members.mlsp, open.target, [
      { indicator: "A1.3", value: "yes" },
      { indicator: "A1.4", value: "initiated" },
    ]);
    expect(result).toMatchObject({ dryRun: false, created: 2, updated: 0, deleted: 0, unchanged: 0 });
    expect(await findTestValue({ versionId: open.versionId }, "A1.3")).toMatchObject({ levelCode: "yes", status: "DRAFT", version: 1 });
    const saved = await snapshotDatabaseWithValues();
    // Clean up through the real operation (clearing deletes), so the other tests see the same state.
    const ids = [
      (await findTestValue({ versionId: open.versionId }, "A1.3"))!.id,
      (await findTestValue({ versionId: open.versionId }, "A1.4"))!.id,
    ];
    expect(
      await saveCycleValues(members.mlsp, open.target, [
        { indicator: "A1.3", value: null },
        { indicator: "A1.4", value: "" },
      ]),
    ).toMatchObject({ deleted: 2, values: [] });
    expect(await findTestValue({ versionId: open.versionId }, "A1.3")).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "value.deleted", entityId: { in: ids } } })).toBe(2);
    expect(await snapshotDatabaseWithValues()).not.toEqual(saved);
  });
});

describe("a closed cycle refuses saving, submitting and reviewing (CONFLICT) and changes nothing", () => {
  it("saveCycleValues", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(saveCycleValues(members.mlsp, closed.target, [{ indicator: "A1.1", value: 6 }]));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(`The 2025 cycle of ${closed.target.frameworkCode} is closed; values can no longer change`);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("saveCycleValues, even as a dry run or with nothing to change", async () => {
    const before = await snapshotDatabaseWithValues();
    expect(
      (await catchAppError(saveCycleValues(members.mlsp, closed.target, [{ indicator: "A1.1", value: 6 }], { dryRun: true }))).code,
    ).toBe("CONFLICT");
    expect((await catchAppError(saveCycleValues(members.mlsp, closed.target, [{ indicator: "A1.1", value: 5 }]))).code).toBe("CONFLICT");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("submitCycleValues", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(submitCycleValues(members.mlsp, closed.target));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(`The 2025 cycle of ${closed.target.frameworkCode} is closed; values can no longer be submitted`);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("reviewCycleValues", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(
      reviewCycleValues(members.secretariat, closed.target, { decisions: [{ indicator: "A1.2", decision: "approve" }] }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(`The 2025 cycle of ${closed.target.frameworkCode} is closed; values can no longer be reviewed`);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
    expect(await findTestValue({ versionId: closed.versionId }, "A1.2")).toMatchObject({ status: "SUBMITTED" });
  });

  it("the same through the API: PUT, submit and review answer 409", async () => {
    const focal = await tokenFor("mlsp");
    const secretariat = await tokenFor("secretariat");
    const framework = closed.target.frameworkCode;
    const before = await snapshotDatabaseWithValues();
    const saved = await put(focal, [{ indicator: "A1.1", value: 6 }], { framework });
    expect(saved.status).toBe(409);
    expect(await saved.json()).toEqual({
      error: { code: "CONFLICT", message: `The 2025 cycle of ${framework} is closed; values can no longer change` },
    });
    const submitted = await SUBMIT(
      apiRequest(`/api/v1/cycles/${framework}/2025/submit`, { token: focal, method: "POST" }),
      routeParams({ framework, year: "2025" }),
    );
    expect(submitted.status).toBe(409);
    expect(((await submitted.json()) as { error: { code: string } }).error.code).toBe("CONFLICT");
    const reviewed = await REVIEW(
      apiRequest(`/api/v1/cycles/${framework}/2025/review`, {
        token: secretariat,
        method: "POST",
        body: { decisions: [{ indicator: "A1.2", decision: "approve" }] },
      }),
      routeParams({ framework, year: "2025" }),
    );
    expect(reviewed.status).toBe(409);
    expect(((await reviewed.json()) as { error: { code: string } }).error.code).toBe("CONFLICT");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("the entry form of a closed cycle says so and counts no row as editable", async () => {
    const form = await getEntryForm(members.mlsp, closed.target);
    expect(form.cycle.status).toBe("CLOSED");
    expect(form.counts).toMatchObject({ filled: 2, editable: 0 });
  });

  it("reopening an approved value is refused in a closed cycle", async () => {
    const cycle = await createTestCycle(members.viewer.workspace.id, members.secretariat);
    await saveCycleValues(members.mlsp, cycle.target, [{ indicator: "A1.1", value: 1 }]);
    await submitCycleValues(members.mlsp, cycle.target);
    await reviewCycleValues(members.secretariat, cycle.target, { decisions: [{ indicator: "A1.1", decision: "approve" }] });
    await setCycleOpen(members.secretariat, cycle.target, false);
    const value = (await findTestValue(cycle.framework, "A1.1"))!;
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(reopenValue(members.secretariat, value.id, "Late correction"));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("The 2025 cycle is closed; values can no longer change");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("reopening the cycle lets the institution save again", async () => {
    await setCycleOpen(members.secretariat, closed.target, true);
    const result = await saveCycleValues(members.mlsp, closed.target, [{ indicator: "A1.1", value: 6 }]);
    expect(result).toMatchObject({ updated: 1 });
    await setCycleOpen(members.secretariat, closed.target, false);
  });
});

describe("PUT /api/v1/cycles/{framework}/{year}/values refuses bad input", () => {
  it.each(BAD_ROWS)("422 for $name, with the problems at their rows and fields, and nothing changes", async (bad) => {
    const token = await tokenFor("mlsp");
    const expected = expectedErrors(bad);
    const before = await snapshotDatabaseWithValues();
    const response = await put(token, bad.rows);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: { code: "UNPROCESSABLE", message: expected.message, fieldErrors: expected.fieldErrors, rows: expected.errors },
    });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("accepts { values: [...] } as well as a list, and refuses it the same way", async () => {
    const token = await tokenFor("mlsp");
    const before = await snapshotDatabaseWithValues();
    const response = await put(token, { values: [{ indicator: "A1.1", value: "ten" }] });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { fieldErrors: unknown } }).error.fieldErrors).toEqual({
      "1.value": ["Enter a number, e.g. 1250 or 12.5"],
    });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("409 with the current value in conflicts when the version the client saw is stale, and nothing changes", async () => {
    const token = await tokenFor("mlsp");
    const current = (await findTestValue({ versionId: open.versionId }, "A1.1"))!;
    const before = await snapshotDatabaseWithValues();
    const response = await put(token, [
      { indicator: "A1.5", value: "New text", version: null },
      { indicator: "A1.1", value: 12, version: current.version - 1 },
    ]);
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { code: string; message: string; conflicts: unknown[] } };
    expect(body.error.code).toBe("CONFLICT");
    expect(body.error.message).toBe(
      "A value was changed by someone else since you opened it; nothing was saved. Check the current value and save again.",
    );
    expect(body.error.conflicts).toEqual([
      {
        row: 2,
        indicator: "A1.1",
        disaggregation: "",
        yourVersion: current.version - 1,
        current: { value: 10, status: "SUBMITTED", version: current.version, updatedAt: current.updatedAt.toISOString() },
      },
    ]);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it.each([
    ["malformed JSON", "{ not json", "The body is not valid JSON"],
    ["an empty body", "", "The request has no body; send JSON"],
  ])("400 for %s", async (_label, body, message) => {
    const token = await tokenFor("mlsp");
    const before = await snapshotDatabaseWithValues();
    const response = await rawPut(token, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "BAD_REQUEST", message } });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it.each([
    ["an object", { indicator: "A1.1", value: 1 }, { _: ["Send a list of values, or { values: [...] }"] }],
    ["a string", "A1.1=1", { _: ["Send a list of values, or { values: [...] }"] }],
    ["an empty list", [], { _: ["Send at least one value"] }],
    [
      "a list of more than 5,000",
      Array.from({ length: 5001 }, () => ({ indicator: "A1.3", value: "yes" })),
      { _: ["Send at most 5,000 values at a time"] },
    ],
  ])("400 when the body is %s rather than a list of values", async (_label, body, fieldErrors) => {
    const token = await tokenFor("mlsp");
    const before = await snapshotDatabaseWithValues();
    const response = await put(token, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "BAD_REQUEST", message: "The body is not valid", fieldErrors } });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it.each(["25", "2025a", "year"])("400 for the year %s in the address", async (year) => {
    const token = await tokenFor("mlsp");
    const before = await snapshotDatabaseWithValues();
    const response = await put(token, [{ indicator: "A1.3", value: "yes" }], { year });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        code: "BAD_REQUEST",
        message: "The address is not valid",
        fieldErrors: { year: ["The year in the address must have four digits, e.g. 2025"] },
      },
    });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("404 for an unknown framework", async () => {
    const token = await tokenFor("mlsp");
    const before = await snapshotDatabaseWithValues();
    const response = await put(token, [{ indicator: "A1.3", value: "yes" }], { framework: "NOPE" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "There is no 2025 reporting cycle for NOPE" } });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("404 for a year without a cycle", async () => {
    const token = await tokenFor("mlsp");
    const before = await snapshotDatabaseWithValues();
    const response = await put(token, [{ indicator: "A1.3", value: "yes" }], { year: "2031" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: `There is no 2031 reporting cycle for ${open.target.frameworkCode}` },
    });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it.each([
    ["viewer", "Your role (viewer) cannot do this; it is reserved for: institution focal point"],
    ["secretariat", "Your role (secretariat) cannot do this; it is reserved for: institution focal point"],
  ] as const)("403 for a %s", async (who, message) => {
    const token = await tokenFor(who);
    const before = await snapshotDatabaseWithValues();
    const response = await put(token, [{ indicator: "A1.3", value: "yes" }]);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message } });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("401 without credentials", async () => {
    const before = await snapshotDatabaseWithValues();
    const response = await PUT(
      apiRequest(`/api/v1/cycles/${open.target.frameworkCode}/2025/values`, { method: "PUT", body: [{ indicator: "A1.3", value: "yes" }] }),
      routeParams({ framework: open.target.frameworkCode, year: "2025" }),
    );
    expect(response.status).toBe(401);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("?dryRun=true answers what would change and changes nothing", async () => {
    const token = await tokenFor("mlsp");
    const before = await snapshotDatabaseWithValues();
    const response = await put(
      token,
      [
        { indicator: "A1.3", value: "yes" },
        { indicator: "A1.2", value: 50 },
        { indicator: "A1.5", value: "" },
      ],
      { query: "?dryRun=true" },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ dryRun: true, created: 1, updated: 0, deleted: 0, unchanged: 2, values: [] });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("a good batch is saved (200) with the new versions", async () => {
    const token = await tokenFor("mlsp");
    const response = await put(token, [
      { indicator: "A1.6", disaggregation: { SEX: "Female" }, value: "12", version: null },
      { indicator: "A1.6", disaggregation: null, value: 30 },
    ]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      dryRun: false,
      created: 2,
      updated: 0,
      deleted: 0,
      unchanged: 0,
      values: [
        { indicator: "A1.6", disaggregation: "SEX=F", status: "DRAFT", version: 1 },
        { indicator: "A1.6", disaggregation: "", status: "DRAFT", version: 1 },
      ],
    });
    expect(await findTestValue({ versionId: open.versionId }, "A1.6", 2025, "SEX=F")).toMatchObject({
      number: 12,
      status: "DRAFT",
      createdById: members.mlsp.user.id,
    });
    const audited = await db.auditEvent.count({
      where: { action: "value.created", actorId: members.mlsp.user.id, summary: { startsWith: "A1.6 " } },
    });
    expect(audited).toBe(2);
  });
});
