/**
 * POST /api/v1/imports/open-sdg: a zipped data set (multipart or raw body) starts a background
 * job that really runs in its own process; GET /api/v1/jobs/{id} follows it to its report.
 * Refusals (no credentials, a role that may not, a file that is not a zip) change nothing.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as GET_JOB } from "@/app/api/v1/jobs/[id]/route";
import { POST as IMPORT } from "@/app/api/v1/imports/open-sdg/route";
import { db } from "@/lib/db";
import { startServerJobRunner, stopServerJobRunner } from "@/lib/jobs/server-job-runner";
import { waitForJob } from "@/lib/jobs/wait-for-job";
import type { JobView } from "@/lib/jobs/job-view";
import type { OpenSdgImportReport } from "@/lib/open-sdg/open-sdg-report";
import { readOpenSdgFolder } from "@/lib/open-sdg/read-open-sdg-source";
import { zipFiles } from "@/lib/open-sdg/write-zip";
import {
  apiRequest,
  createTestApiToken,
  createTestMembers,
  createTestWorkspace,
  routeParams,
  snapshotDatabaseWithValues,
  uniqueCode,
} from "../fixtures/factories";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/open-sdg");
const files = readOpenSdgFolder(FIXTURE).files;
const zip = zipFiles(files.map((file) => ({ ...file, path: `open-sdg-test/${file.path}` })));

const tokens = { secretariat: "", viewer: "" };
let workspaceId: string;

beforeAll(async () => {
  startServerJobRunner();
  ({ workspaceId } = await createTestWorkspace());
  const members = await createTestMembers(workspaceId);
  tokens.secretariat = await createTestApiToken(members.SECRETARIAT);
  tokens.viewer = await createTestApiToken(members.VIEWER);
  // A token's first use records when it was used (bookkeeping); do it before any snapshot.
  for (const token of Object.values(tokens)) await GET_JOB(apiRequest("/api/v1/jobs/none", { token }), routeParams({ id: "none" }));
});

afterAll(() => stopServerJobRunner());

function post(body: BodyInit | null, options: { token?: string; contentType?: string; query?: string } = {}) {
  const headers = new Headers();
  if (options.token !== "") headers.set("authorization", `Bearer ${options.token ?? tokens.secretariat}`);
  if (options.contentType) headers.set("content-type", options.contentType);
  return IMPORT(
    new Request(`http://localhost/api/v1/imports/open-sdg${options.query ?? ""}`, { method: "POST", headers, body }),
    routeParams({}),
  );
}

function form(bytes: Uint8Array, name = "open-sdg-test.zip") {
  const data = new FormData();
  data.set("file", new File([bytes.slice()], name, { type: "application/zip" }));
  return data;
}

/** Waits for the job's process to end, then reads the job as its author does. */
async function finishedJob(id: string): Promise<JobView> {
  await waitForJob(id, 60_000);
  const response = await GET_JOB(apiRequest(`/api/v1/jobs/${id}`, { token: tokens.secretariat }), routeParams({ id }));
  expect(response.status).toBe(200);
  return (await response.json()) as JobView;
}

const valuesOf = (code: string) => db.indicatorValue.count({ where: { indicator: { version: { framework: { workspaceId, code } } } } });

describe("POST /api/v1/imports/open-sdg", () => {
  it("answers 202 with the job and its Location; the job imports the data set in its own process", async () => {
    const code = uniqueCode("SDG");
    const response = await post(form(zip), { query: `?framework=${code}&name=${encodeURIComponent("Test SDG")}` });
    expect(response.status).toBe(202);
    const job = (await response.json()) as JobView;
    expect(job).toMatchObject({ kind: "open-sdg-import", status: "QUEUED" });
    expect(response.headers.get("location")).toBe(`/api/v1/jobs/${job.id}`);

    const finished = await finishedJob(job.id);
    expect(finished).toMatchObject({ status: "SUCCEEDED", progress: 100, error: null });
    const report = finished.result as OpenSdgImportReport;
    expect(report).toMatchObject({
      dryRun: false,
      sourceName: "open-sdg-test.zip",
      frameworkCode: code,
      values: { total: 18, stored: 16, created: 16, repeated: 2 },
      indicators: { total: 4, withoutMetadata: ["12.b.1.1"] },
    });
    expect(report.repeated.map((repeat) => `${repeat.file}:${repeat.line}`)).toEqual([
      "data/indicator_8-8-1.csv:6",
      "data/indicator_8-8-1.csv:7",
    ]);
    expect(await valuesOf(code)).toBe(16);
    expect((await db.framework.findUniqueOrThrow({ where: { workspaceId_code: { workspaceId, code } } })).name).toBe("Test SDG");
  }, 90_000);

  it("takes the raw zip as the body, and only checks with ?dryRun=true", async () => {
    const code = uniqueCode("SDG");
    const response = await post(zip.slice(), { contentType: "application/zip", query: `?framework=${code}&dryRun=true` });
    expect(response.status).toBe(202);
    const finished = await finishedJob(((await response.json()) as JobView).id);
    expect(finished.status).toBe("SUCCEEDED");
    expect(finished.result).toMatchObject({ dryRun: true, sourceName: "open-sdg.zip", values: { created: 16 } });
    expect(await db.framework.count({ where: { workspaceId, code } })).toBe(0);
  }, 90_000);

  it("takes the period rule and partial import from the query, as the import form sends them", async () => {
    const code = uniqueCode("SDG");
    const response = await post(zip.slice(), {
      contentType: "application/zip",
      query: `?framework=${code}&dryRun=true&periodRule=first&partial=true`,
    });
    expect(response.status).toBe(202);
    const finished = await finishedJob(((await response.json()) as JobView).id);
    expect(finished.status).toBe("SUCCEEDED");
    expect(finished.result).toMatchObject({ dryRun: true, values: { created: 16 } });
  }, 90_000);

  it("ends the job as failed, with every problem by file and line, when a value is not a number", async () => {
    const code = uniqueCode("SDG");
    const broken = zipFiles(
      files.map((file) => (file.path === "data/indicator_12-b-1-1.csv" ? { ...file, text: "Year,Value\n2019,3\n2020,four\n" } : file)),
    );
    const response = await post(form(broken), { query: `?framework=${code}` });
    const finished = await finishedJob(((await response.json()) as JobView).id);
    expect(finished).toMatchObject({ status: "FAILED", error: "1 problem in the files; nothing was imported" });
    expect(finished.result).toMatchObject({
      details: { problems: [{ file: "data/indicator_12-b-1-1.csv", line: 3, column: "Value", message: '"four" is not a number' }] },
    });
    expect(await db.framework.count({ where: { workspaceId, code } })).toBe(0);
  }, 90_000);

  it("answers 401 without credentials and 403 to a viewer, changing nothing", async () => {
    // The viewer's token was last used in beforeAll: on a loaded machine the tests before take
    // longer than the last-used time's resolution, and the 403 would move that bookkeeping.
    await GET_JOB(apiRequest("/api/v1/jobs/none", { token: tokens.viewer }), routeParams({ id: "none" }));
    const filesBefore = await db.storedFile.count();
    const before = await snapshotDatabaseWithValues();

    const anonymous = await post(form(zip), { token: "" });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("UNAUTHENTICATED");

    const viewer = await post(form(zip), { token: tokens.viewer });
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).error.code).toBe("FORBIDDEN");

    expect(await snapshotDatabaseWithValues()).toEqual(before);
    expect(await db.storedFile.count()).toBe(filesBefore);
  });

  it("answers 400 to a body that is not a zip, a zip without indicator files, a wrong media type or query", async () => {
    const before = await snapshotDatabaseWithValues();
    const notZip = await post(new TextEncoder().encode("Year,Value\n2010,1\n"), { contentType: "application/zip" });
    expect(notZip.status).toBe(400);
    expect((await notZip.json()).error.message).toBe("The file is not a zip archive");

    const csvInForm = await post(form(new TextEncoder().encode("Year,Value\n"), "values.csv"));
    expect(csvInForm.status).toBe(400);

    const metaOnly = await post(form(zipFiles([{ path: "meta/1-1-1.md", text: "---\nindicator: 1.1.1\n---\n" }])));
    expect(metaOnly.status).toBe(400);
    expect((await metaOnly.json()).error.message).toContain("data/indicator_*.csv");

    const wrongType = await post("Year,Value\n", { contentType: "text/csv" });
    expect(wrongType.status).toBe(400);
    expect((await wrongType.json()).error.message).toContain("application/zip");

    const badQuery = await post(form(zip), { query: "?dryRun=maybe" });
    expect(badQuery.status).toBe(400);
    expect((await badQuery.json()).error.fieldErrors).toEqual({ dryRun: ["dryRun is true or false"] });
    const badCode = await post(form(zip), { query: "?framework=not%20a%20code" });
    expect(badCode.status).toBe(400);
    expect((await badCode.json()).error.fieldErrors).toEqual({
      framework: ["Use letters, digits, dot, dash or underscore in the framework code"],
    });

    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });
});
