/**
 * Fair jobs (issue 18): one person may have at most MAX_UNFINISHED_JOBS_PER_PERSON jobs waiting
 * or running, and the next turn goes to the person served longest ago, so a viewer's backlog
 * of exports does not hold up the secretariat's CSV export.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as START_JOB } from "@/app/api/v1/jobs/route";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { MAX_UNFINISHED_JOBS_PER_PERSON } from "@/lib/jobs/job-limits";
import { createJobRunner, type JobRunner } from "@/lib/jobs/job-runner";
import { runJob } from "@/lib/jobs/run-job";
import { createExportFramework } from "../fixtures/export-files";
import { apiRequest, createTestApiToken, createTestMember, createTestWorkspace } from "../fixtures/factories";

let code: string;
let viewer: AccessContext;
let secretariat: AccessContext;
const tokens = { viewer: "", secretariat: "" };
let runner: JobRunner | null = null;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  code = (await createExportFramework(workspaceId)).code;
  viewer = await createTestMember(workspaceId, "VIEWER");
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  tokens.viewer = await createTestApiToken(viewer);
  tokens.secretariat = await createTestApiToken(secretariat);
});

afterEach(() => runner?.stop());

function startExport(token: string, format: string) {
  return START_JOB(
    apiRequest("/api/v1/jobs", { token, method: "POST", body: { kind: "framework-export", params: { frameworkCode: code, format } } }),
    undefined as never,
  );
}

describe("fair jobs", () => {
  it("refuses a person's 4th waiting job with 429, and runs another person's export before the first person's backlog drains", async () => {
    expect(MAX_UNFINISHED_JOBS_PER_PERSON).toBe(3);
    const answers: Response[] = [];
    for (let n = 0; n < 8; n += 1) answers.push(await startExport(tokens.viewer, "json"));
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 429, 429, 429, 429, 429]);
    expect((await answers[3]!.json()).error).toEqual({
      code: "RATE_LIMITED",
      message:
        "You already have 3 imports or exports waiting or running, the most one person may have at once; start this one when one of them has finished",
    });
    const viewerJobs = await Promise.all(answers.slice(0, 3).map(async (answer) => ((await answer.json()) as { id: string }).id));
    expect(await db.job.count({ where: { createdById: viewer.user.id } })).toBe(3);

    const secretariatAnswer = await startExport(tokens.secretariat, "csv");
    expect(secretariatAnswer.status).toBe(202);
    const secretariatJob = ((await secretariatAnswer.json()) as { id: string }).id;

    // One job at a time, as on SQLite: the order of the runs is the order of the turns.
    const order: string[] = [];
    runner = createJobRunner({
      runnerId: "fair-server",
      concurrency: 1,
      execute: async (claim, report) => {
        order.push(claim.jobId);
        await runJob(claim, report);
      },
    });
    await runner.pollOnce();
    const deadline = Date.now() + 20_000;
    while (order.length < 4 || runner.runningJobIds().length > 0) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await runner.drain();

    expect(order).toEqual([viewerJobs[0], secretariatJob, viewerJobs[1], viewerJobs[2]]);
    const statuses = await db.job.findMany({ where: { id: { in: order } }, select: { status: true } });
    expect(statuses.map((job) => job.status)).toEqual(["SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED"]);

    // Finished jobs do not count: the viewer may start again.
    expect((await startExport(tokens.viewer, "csv")).status).toBe(202);
  });
});
