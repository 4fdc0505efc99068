/**
 * One write path for values: every source (entry form, API, uploaded file, Open SDG import,
 * demo seed) goes through lib/monitoring/write-values.ts, and none overwrites a submitted or
 * approved value, or any value of a closed cycle. Each refusal leaves the database unchanged.
 */
import path from "node:path";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { PUT } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { setCycleOpen } from "@/lib/cycles/set-cycle-open";
import { db } from "@/lib/db";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { writeValues } from "@/lib/monitoring/write-values";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { readOpenSdgFolder } from "@/lib/open-sdg/read-open-sdg-source";
import { importValuesFile } from "@/lib/uploads/import-values-file";
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
  uniqueCode,
  type MonitoringMembers,
} from "../fixtures/factories";
import { csvBytes, fileRow, HEADER } from "../fixtures/spreadsheets";

type Target = { frameworkCode: string; year: number };

let workspaceId: string;
let members: MonitoringMembers;
let open: { target: Target; versionId: string };
let closed: { target: Target; versionId: string };

const SUBMITTED = "This value is submitted and awaits review; ask the secretariat to return it to change it";
const APPROVED = "This value is approved and locked; the secretariat can reopen it";
const CLOSED = "The 2025 cycle is closed; values can no longer change";

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
  // An open cycle with A1.1 submitted and A1.2 approved.
  const first = await createTestCycle(workspaceId, members.secretariat);
  open = { target: first.target, versionId: first.framework.versionId };
  await saveCycleValues(members.mlsp, open.target, [
    { indicator: "A1.1", value: 10 },
    { indicator: "A1.2", value: 50 },
  ]);
  await submitCycleValues(members.mlsp, open.target);
  await reviewCycleValues(members.secretariat, open.target, { decisions: [{ indicator: "A1.2", decision: "approve" }] });
  // A closed cycle with a draft A1.1.
  const second = await createTestCycle(workspaceId, members.secretariat);
  closed = { target: second.target, versionId: second.framework.versionId };
  await saveCycleValues(members.mlsp, closed.target, [{ indicator: "A1.1", value: 5 }]);
  await setCycleOpen(members.secretariat, closed.target, false);
});

/** Runs a refused write and checks that nothing at all changed. */
async function expectUnchanged(work: () => Promise<unknown>) {
  const before = await snapshotDatabaseWithValues();
  const outcome = await work();
  expect(await snapshotDatabaseWithValues()).toEqual(before);
  return outcome;
}

describe("the entry form, the API and an uploaded file refuse locked values and change nothing", () => {
  it("entry form", async () => {
    for (const [target, indicator, message] of [
      [open.target, "A1.1", SUBMITTED],
      [open.target, "A1.2", APPROVED],
    ] as const) {
      const error = (await expectUnchanged(() =>
        catchAppError(saveCycleValues(members.mlsp, target, [{ indicator, value: 99 }])),
      )) as Error;
      expect(error).toMatchObject({ code: "UNPROCESSABLE", details: { rows: [{ row: 1, field: "value", message }] } });
    }
    const error = (await expectUnchanged(() =>
      catchAppError(saveCycleValues(members.mlsp, closed.target, [{ indicator: "A1.1", value: 99 }])),
    )) as Error;
    expect(error).toMatchObject({ code: "CONFLICT" });
  });

  it("API", async () => {
    const token = await createTestApiToken(members.mlsp);
    const framework = open.target.frameworkCode;
    const put = () =>
      PUT(
        apiRequest(`/api/v1/cycles/${framework}/2025/values`, { token, method: "PUT", body: [{ indicator: "A1.2", value: 99 }] }),
        routeParams({ framework, year: "2025" }),
      );
    await put(); // the first use of a token records when it was used; the snapshot follows
    const response = (await expectUnchanged(put)) as Response;
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain(APPROVED);
  });

  it("uploaded file", async () => {
    const text = Papa.unparse([HEADER, fileRow({ indicator: "A1.1", value: 99 }), fileRow({ indicator: "A1.2", value: 98 })]);
    const file = { fileName: "values.csv", bytes: csvBytes(text) };
    const error = (await expectUnchanged(() => catchAppError(importValuesFile(members.mlsp, open.target, file)))) as Error;
    expect(error).toMatchObject({ code: "UNPROCESSABLE" });
    expect(JSON.stringify(error)).not.toContain("99");
    expect((await findTestValue(open, "A1.1"))?.number).toBe(10);
    expect((await findTestValue(open, "A1.2"))?.number).toBe(50);
  });
});

describe("system writers (the demo seed and scripts) go through the same rule", () => {
  it("refuses to overwrite a submitted, approved or closed-cycle value", async () => {
    const valueOf = async (target: { versionId: string }, code: string) => {
      const indicator = await db.indicator.findFirstOrThrow({ where: { versionId: target.versionId, code } });
      return { id: indicator.id, identityId: indicator.identityId, code };
    };
    const cases = [
      { target: open, cycle: { status: "OPEN" as const, year: 2025 }, code: "A1.1", message: SUBMITTED },
      { target: open, cycle: { status: "OPEN" as const, year: 2025 }, code: "A1.2", message: APPROVED },
      { target: closed, cycle: { status: "CLOSED" as const, year: 2025 }, code: "A1.1", message: CLOSED },
    ];
    for (const { target, cycle, code, message } of cases) {
      const indicator = await valueOf(target, code);
      const error = (await expectUnchanged(() =>
        catchAppError(
          runMutation(systemActor("test"), (tx, audit) =>
            writeValues(tx, audit, {
              workspaceId,
              userId: null,
              year: 2025,
              cycle,
              source: "seed",
              onLocked: "refuse",
              writes: [
                {
                  row: 1,
                  indicator,
                  disaggregation: "",
                  breakdownLabel: "Total",
                  next: { number: 99, levelCode: null, text: null, comment: null, source: null, evidenceUrl: null },
                  status: "APPROVED",
                },
              ],
            }),
          ),
        ),
      )) as Error;
      expect(error).toMatchObject({ code: "UNPROCESSABLE", details: { rows: [{ row: 1, field: "value", message }] } });
    }
  });
});

describe("an Open SDG import lists locked values as conflicts and leaves them unchanged", () => {
  const source = readOpenSdgFolder(path.resolve(import.meta.dirname, "../fixtures/open-sdg"));
  const withValue2020 = (value: number) => ({
    files: [
      ...source.files.filter((file) => file.path !== "data/indicator_12-b-1-1.csv"),
      { path: "data/indicator_12-b-1-1.csv", text: `Year,Value\n2019,3\n2020,${value}\n` },
    ],
  });

  it("a submitted value in a closed cycle is neither overwritten nor approved (the defect: 10 -> 99, approved)", async () => {
    const code = uniqueCode("SDG");
    const params = { frameworkCode: code, sourceName: "test.zip", dryRun: false };
    await importOpenSdg(members.secretariat, withValue2020(10), params);
    const framework = await db.framework.findFirstOrThrow({ where: { workspaceId, code }, include: { versions: true } });
    const versionId = framework.versions[0]!.id;
    const stored = await db.indicatorValue.findFirstOrThrow({
      where: { year: 2020, disaggregation: "", indicator: { versionId: versionId, code: "12.b.1.1" } },
    });
    // Fixture state: the 2020 value was submitted by an institution, and the 2020 cycle is closed.
    await runMutation(systemActor("test"), async (tx, audit) => {
      await tx.indicatorValue.update({ where: { id: stored.id }, data: { status: "SUBMITTED" } });
      const cycle = await tx.reportingCycle.create({
        data: {
          frameworkId: framework.id,
          versionId: versionId,
          year: 2020,
          submissionDeadline: new Date("2021-01-25"),
          consolidationDeadline: new Date("2021-03-31"),
          status: "CLOSED",
          closedAt: new Date("2021-04-15"),
        },
      });
      await audit({ workspaceId, action: "cycle.closed", entityType: "ReportingCycle", entityId: cycle.id });
    });

    const dryRun = (await expectUnchanged(() => importOpenSdg(members.secretariat, withValue2020(99), { ...params, dryRun: true }))) as {
      values: { locked: number; updated: number };
      locked: { indicatorCode: string; year: number; storedValue: number; importedValue: number; message: string }[];
    };
    expect(dryRun.values).toMatchObject({ locked: 1, updated: 0 });
    expect(dryRun.locked).toEqual([
      expect.objectContaining({
        indicatorCode: "12.b.1.1",
        year: 2020,
        storedValue: 10,
        importedValue: 99,
        message: "The 2020 cycle is closed; values can no longer change",
      }),
    ]);

    const report = await importOpenSdg(members.secretariat, withValue2020(99), params);
    expect(report.values).toMatchObject({ locked: 1, updated: 0 });
    expect(await db.indicatorValue.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({
      number: 10,
      status: "SUBMITTED",
      version: 1,
    });
  });
});
