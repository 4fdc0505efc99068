// Points 3 and 4 of `npm run check:two-servers`: jobs and their files live in the database
// (decision 027), so an export started on one server is read from the other, and a job whose
// server was SIGKILLed mid-run is taken up by the other once its heartbeat is stale.
import { callApi } from "./http";
import { FRAMEWORK, YEAR, type Person } from "./seed";
import type { Server } from "./servers";

const EXPORT = { kind: "framework-export", params: { frameworkCode: FRAMEWORK, format: "pdf", year: YEAR } };

type JobBody = { id: string; status: string; error: string | null };

async function startExport(server: Server, person: Person): Promise<string> {
  const started = await callApi(server.baseUrl, person.token, "POST", "/api/v1/jobs", EXPORT);
  if (started.status !== 202) throw new Error(`The export was not started: ${started.status} ${JSON.stringify("body" in started ? started.body : "")}`);
  return (started.body as JobBody).id;
}

/** Downloads the job's file from `server`: a PDF of some size, or a reason why not. */
async function download(server: Server, person: Person, jobId: string): Promise<{ ok: boolean; bytes: number; detail: string }> {
  const response = await fetch(`${server.baseUrl}/api/v1/jobs/${jobId}/file`, { headers: { authorization: `Bearer ${person.token}` } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isPdf = new TextDecoder().decode(bytes.slice(0, 5)) === "%PDF-";
  return { ok: response.status === 200 && isPdf, bytes: bytes.length, detail: `${response.status} ${response.headers.get("content-type")}` };
}

export async function runCrossServerExport(servers: [Server, Server], person: Person) {
  const started = performance.now();
  const jobId = await startExport(servers[0], person);
  // Progress is read from server B while server A (or B: any runner) makes the file.
  const deadline = Date.now() + 5 * 60_000;
  let job: JobBody | null = null;
  while (Date.now() < deadline) {
    const answer = await callApi(servers[1].baseUrl, person.token, "GET", `/api/v1/jobs/${jobId}`);
    if (answer.status === 200 && ["SUCCEEDED", "FAILED"].includes((answer.body as JobBody).status)) {
      job = answer.body as JobBody;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const jobMs = Math.round(performance.now() - started);
  if (job?.status !== "SUCCEEDED") return { ok: false, jobMs, bytes: 0, detail: `job ${job?.status ?? "not finished"}: ${job?.error ?? ""}` };
  const file = await download(servers[1], person, jobId);
  return { ...file, jobMs };
}

/**
 * Starts an export on A and SIGKILLs the server process that claimed it (A's runner, usually;
 * whichever did) as soon as it runs; the job must still end, on the other server. Returns the
 * time from the kill to the job's end.
 */
export async function runKilledServerJob(servers: [Server, Server], person: Person) {
  const { db } = await import("@/lib/db");
  const jobId = await startExport(servers[0], person);
  const deadline = Date.now() + 60_000;
  let claimedBy: string | null = null;
  while (Date.now() < deadline) {
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, claimedBy: true } });
    if (job.status === "RUNNING" && job.claimedBy) {
      claimedBy = job.claimedBy;
      break;
    }
    if (job.status !== "QUEUED") return { ok: false, detail: `the job was ${job.status} before it could be seen running`, recoveredMs: 0 };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!claimedBy) return { ok: false, detail: "no server claimed the job within a minute", recoveredMs: 0 };
  // The runner's id is host:pid:random (lib/jobs/server-job-runner.ts).
  const pid = Number(claimedBy.split(":")[1]);
  const killed = servers.find((server) => server.process.pid === pid);
  const survivor = servers.find((server) => server !== killed);
  if (!killed || !survivor) return { ok: false, detail: `runner ${claimedBy} is not one of the two servers' processes`, recoveredMs: 0 };
  const killedAt = Date.now();
  process.kill(pid, "SIGKILL");
  await killed.exited;
  console.log(`  server ${killed.name} (pid ${pid}) killed with SIGKILL while running job ${jobId}`);

  const runners = new Set<string>();
  let ended: { status: string; finishedAt: Date | null; error: string | null; attempts: number } | null = null;
  while (Date.now() < killedAt + 3 * 60_000) {
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    if (job.claimedBy) runners.add(job.claimedBy);
    if (job.status === "SUCCEEDED" || job.status === "FAILED") {
      ended = job;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!ended) return { ok: false, detail: "the job had not ended 3 minutes after the kill", recoveredMs: Date.now() - killedAt };
  const recoveredMs = (ended.finishedAt?.getTime() ?? Date.now()) - killedAt;
  const onSurvivor = [...runners].some((runner) => Number(runner.split(":")[1]) === survivor.process.pid);
  const file = ended.status === "SUCCEEDED" ? await download(survivor, person, jobId) : { ok: false, bytes: 0, detail: "" };
  return {
    ok: ended.status === "SUCCEEDED" && onSurvivor && file.ok,
    detail: `job ${ended.status} after ${ended.attempts} attempts, run again by ${[...runners].filter((runner) => runner !== claimedBy).join(", ") || "nobody"} (server ${survivor.name}); file from ${survivor.name}: ${file.detail} ${file.bytes} bytes${ended.error ? `; ${ended.error}` : ""}`,
    recoveredMs,
    killed: killed.name,
  };
}
