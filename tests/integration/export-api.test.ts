/**
 * GET /api/v1/frameworks/{code}/export and the jobs API (POST /api/v1/jobs, GET
 * /api/v1/jobs/{id}, GET /api/v1/jobs/{id}/file), called as route handlers with API tokens.
 * Exports run in the real job process (scripts/run-job.ts), started by this process's job
 * runner as a server's, so each successful export here starts a child process: the tests that
 * make one are few and get a minute each.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as EXPORT } from "@/app/api/v1/frameworks/[code]/export/route";
import { POST as START_JOB } from "@/app/api/v1/jobs/route";
import { GET as GET_JOB } from "@/app/api/v1/jobs/[id]/route";
import { GET as GET_JOB_FILE } from "@/app/api/v1/jobs/[id]/file/route";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { startServerJobRunner, stopServerJobRunner } from "@/lib/jobs/server-job-runner";
import { fileStorage } from "@/lib/storage/file-storage";
import { apiRequest, createTestApiToken, createTestMember, createTestWorkspace, routeParams } from "../fixtures/factories";
import { APPROVED_VALUE_COUNT, createExportFramework, decodeUtf8, HYPERLINK_COMMENT, parseCsvRows } from "../fixtures/export-files";

const CHILD_PROCESS_TIMEOUT = 60_000;

let code: string;
let secretariat: AccessContext;
let otherWorkspaceId: string;
const tokens = { secretariat: "", colleague: "", otherWorkspace: "" };

beforeAll(async () => {
  startServerJobRunner();
  const { workspaceId } = await createTestWorkspace();
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  tokens.secretariat = await createTestApiToken(secretariat);
  tokens.colleague = await createTestApiToken(await createTestMember(workspaceId, "SECRETARIAT"));
  code = (await createExportFramework(workspaceId)).code;
  otherWorkspaceId = (await createTestWorkspace()).workspaceId;
  tokens.otherWorkspace = await createTestApiToken(await createTestMember(otherWorkspaceId, "SECRETARIAT"));
});

afterAll(() => stopServerJobRunner());

function getExport(query: string, options: { token?: string; framework?: string } = {}) {
  const framework = options.framework ?? code;
  const token = "token" in options ? options.token : tokens.secretariat;
  return EXPORT(apiRequest(`/api/v1/frameworks/${framework}/export${query}`, { token }), routeParams({ code: framework }));
}

function startJob(body: unknown, token = tokens.secretariat) {
  const request =
    typeof body === "string"
      ? new Request("http://localhost/api/v1/jobs", {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body,
        })
      : apiRequest("/api/v1/jobs", { token, method: "POST", body });
  return START_JOB(request, undefined as never);
}

const getJob = (id: string, token = tokens.secretariat) => GET_JOB(apiRequest(`/api/v1/jobs/${id}`, { token }), routeParams({ id }));
const getJobFile = (id: string, token = tokens.secretariat) =>
  GET_JOB_FILE(apiRequest(`/api/v1/jobs/${id}/file`, { token }), routeParams({ id }));

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } }).error;
}

describe("GET /api/v1/frameworks/{code}/export", () => {
  it(
    "answers the CSV as a download named after the framework and its years",
    async () => {
      const response = await getExport("?format=csv");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const fileName = `${code}-data-2022-2024.csv`;
      expect(fileName).toMatch(/^[A-Z0-9]+-data-\d{4}-\d{4}\.csv$/);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${fileName}"; filename*=UTF-8''${fileName}`);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsvRows(decodeUtf8(bytes));
      expect(rows).toHaveLength(APPROVED_VALUE_COUNT + 1);
      expect(rows.some((row) => row.includes(`'${HYPERLINK_COMMENT}`))).toBe(true);
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it(
    "answers SDMX-CSV scores with dataset=scores, for the years asked",
    async () => {
      const response = await getExport("?format=sdmx-csv&dataset=scores&from=2023&to=2024");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8");
      expect(response.headers.get("content-disposition")).toContain(`filename="${code}-scores-sdmx-2023-2024.csv"`);
      const [header, ...rows] = parseCsvRows(await response.text());
      expect(header!.slice(0, 8)).toEqual([
        "STRUCTURE",
        "STRUCTURE_ID",
        "ACTION",
        "REF_AREA",
        "SERIES",
        "COMPOSITE_BREAKDOWN",
        "TIME_PERIOD",
        "OBS_VALUE",
      ]);
      expect(rows.filter((row) => row[5] === "_T").map((row) => row[6])).toEqual(["2023", "2024"]);
      expect(rows.every((row) => row[1] === `CAPACITAS:DF_${code}_SCORES(1.0)`)).toBe(true);
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it("answers 400 naming the parameter, 404 for an unknown framework and 401 without credentials, starting no job", async () => {
    const before = await db.job.count();
    const badFormat = await getExport("?format=exe");
    expect(badFormat.status).toBe(400);
    expect((await errorOf(badFormat)).fieldErrors).toEqual({ format: ["format is one of pdf, docx, xlsx, csv, json, sdmx-csv, open-sdg"] });

    const badQuery = await getExport("?format=csv&year=24&provisional=maybe&dataset=all");
    expect(badQuery.status).toBe(400);
    expect(Object.keys((await errorOf(badQuery)).fieldErrors!).sort()).toEqual(["dataset", "provisional", "year"]);

    const badRange = await getExport("?format=csv&from=2024&to=2020");
    expect(badRange.status).toBe(400);
    expect((await errorOf(badRange)).fieldErrors).toEqual({ from: ["from must not be after to"] });

    const unknown = await getExport("?format=csv", { framework: "NOPE" });
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toEqual({ code: "NOT_FOUND", message: "No framework with code NOPE" });

    const anonymous = await getExport("?format=csv", { token: undefined });
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe("UNAUTHENTICATED");
    expect(await db.job.count()).toBe(before);
  });
});

describe("the jobs API", () => {
  it("answers 400 for a body that is missing, not JSON, another kind of job or bad parameters, writing no job", async () => {
    const before = await db.job.count();
    const empty = await startJob("");
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toBe("The request has no body; send JSON");

    const notJson = await startJob("{kind:");
    expect(notJson.status).toBe(400);
    expect((await errorOf(notJson)).message).toBe("The body is not valid JSON");

    const importJob = await startJob({ kind: "open-sdg-import", params: { frameworkCode: code, sourceName: "x.zip" } });
    expect(importJob.status).toBe(400);
    expect((await errorOf(importJob)).fieldErrors).toEqual({
      kind: ["Only exports start here; Open SDG imports start at /api/v1/imports/open-sdg"],
    });

    const badParams = await startJob({ kind: "framework-export", params: { frameworkCode: code, format: "exe", extra: 1 } });
    expect(badParams.status).toBe(400);
    const error = await errorOf(badParams);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.fieldErrors!.format).toEqual(["Choose one of pdf, docx, xlsx, csv, json, sdmx-csv, open-sdg"]);
    expect(Object.keys(error.fieldErrors!)).toHaveLength(2);

    const anonymous = await START_JOB(
      apiRequest("/api/v1/jobs", { method: "POST", body: { kind: "framework-export", params: { frameworkCode: code, format: "csv" } } }),
      undefined as never,
    );
    expect(anonymous.status).toBe(401);
    expect(await db.job.count()).toBe(before);
  });

  it(
    "runs an export in the background: 202, poll until it succeeded, then fetch its file; only its author can see either",
    async () => {
      const started = await startJob({ kind: "framework-export", params: { frameworkCode: code, format: "json", from: 2023 } });
      expect(started.status).toBe(202);
      const job = await started.json();
      expect(job).toMatchObject({ kind: "framework-export", status: "QUEUED", fileUrl: null, error: null });

      let view = job;
      const deadline = Date.now() + CHILD_PROCESS_TIMEOUT - 10_000;
      while (view.status === "QUEUED" || view.status === "RUNNING") {
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((resolve) => setTimeout(resolve, 200));
        const polled = await getJob(job.id);
        expect(polled.status).toBe(200);
        view = await polled.json();
        expect(view.progress).toBeGreaterThanOrEqual(0);
        expect(view.progress).toBeLessThanOrEqual(100);
      }
      const fileName = `${code}-data-2023-2024.json`;
      expect(view).toMatchObject({
        id: job.id,
        status: "SUCCEEDED",
        progress: 100,
        stage: "Done",
        error: null,
        result: { fileName, contentType: "application/json; charset=utf-8", size: expect.any(Number) },
        fileUrl: `/api/v1/jobs/${job.id}/file`,
      });

      const file = await getJobFile(job.id);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(file.headers.get("content-disposition")).toContain(`filename="${fileName}"`);
      const text = await file.text();
      expect(new TextEncoder().encode(text).byteLength).toBe(view.result.size);
      const body = JSON.parse(text);
      expect(body.framework.code).toBe(code);
      expect(body.years).toEqual([2023, 2024]);

      // Another person of the same workspace, and a person of another workspace: no such job.
      for (const token of [tokens.colleague, tokens.otherWorkspace]) {
        const other = await getJob(job.id, token);
        expect(other.status).toBe(404);
        expect(await errorOf(other)).toEqual({ code: "NOT_FOUND", message: "No such job" });
        const otherFile = await getJobFile(job.id, token);
        expect(otherFile.status).toBe(404);
        expect(await errorOf(otherFile)).toEqual({ code: "NOT_FOUND", message: "No such job" });
      }
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it("a finished job of the same person in another workspace is not found through this workspace's token", async () => {
    const id = randomUUID();
    const outputFileId = await fileStorage().save({
      bytes: new TextEncoder().encode("secret"),
      fileName: "OTHER-data.csv",
      contentType: "text/csv",
    });
    await db.job.create({
      data: {
        id,
        workspaceId: otherWorkspaceId,
        kind: "framework-export",
        params: { frameworkCode: "OTHER", format: "csv" },
        status: "SUCCEEDED",
        progress: 100,
        result: { fileName: "OTHER-data.csv", contentType: "text/csv; charset=utf-8", size: 6 },
        outputFileId,
        createdById: secretariat.user.id,
        finishedAt: new Date(),
      },
    });
    const job = await getJob(id);
    expect(job.status).toBe(404);
    const file = await getJobFile(id);
    expect(file.status).toBe(404);
    expect(await file.text()).not.toContain("secret");
    const unknown = await getJob(randomUUID());
    expect(unknown.status).toBe(404);
  });
});
