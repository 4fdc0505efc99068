/**
 * The per-person job cap (issue 18, decision 027) under a race: requests of one person arriving
 * at once, as from two servers sharing one PostgreSQL, each on its own connection. Exactly
 * MAX_UNFINISHED_JOBS_PER_PERSON are queued; every other request is refused with 429, never a
 * 409 from the database's serialization check and never a 4th job.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as START_JOB } from "@/app/api/v1/jobs/route";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { MAX_UNFINISHED_JOBS_PER_PERSON } from "@/lib/jobs/job-limits";
import { createExportFramework } from "../fixtures/export-files";
import { apiRequest, createTestApiToken, createTestMember, createTestWorkspace } from "../fixtures/factories";

let code: string;
let viewer: AccessContext;
let token: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  code = (await createExportFramework(workspaceId)).code;
  viewer = await createTestMember(workspaceId, "VIEWER");
  token = await createTestApiToken(viewer);
});

function startExport() {
  return START_JOB(
    apiRequest("/api/v1/jobs", {
      token,
      method: "POST",
      body: { kind: "framework-export", params: { frameworkCode: code, format: "csv" } },
    }),
    undefined as never,
  );
}

describe("the job cap under a race", () => {
  it("queues exactly 3 of 8 simultaneous requests of one person and refuses the other 5 with 429", async () => {
    expect(MAX_UNFINISHED_JOBS_PER_PERSON).toBe(3);
    const answers = await Promise.all(Array.from({ length: 8 }, () => startExport()));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([202, 202, 202, 429, 429, 429, 429, 429]);
    for (const answer of answers.filter((candidate) => candidate.status === 429))
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe("RATE_LIMITED");
    expect(await db.job.count({ where: { createdById: viewer.user.id } })).toBe(MAX_UNFINISHED_JOBS_PER_PERSON);
  });
});
