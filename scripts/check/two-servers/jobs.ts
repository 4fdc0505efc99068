// Points 3 and 4 of `npm run check:two-servers`: jobs and their files live in the database
// (decision 027), so an export started on one server is read from the other, and a job whose
// server was SIGKILLed mid-run is taken up by the other once its heartbeat is stale.
import { callApi } from "./http";
import { FRAMEWORK, YEAR, type Person } from "./seed";
import type { Server } from "./servers";

const EXPORT = { kind: "framework-export", params: { frameworkCode: FRAMEWORK, format: "pdf", year: YEAR } };

type JobBody = { id: string; status: string; error: string | null };

/** A job's run is a child process compiling TypeScript and laying out a PDF: minutes on a loaded machine. */
const JOB_DEADLINE_MS = 10 * 60_000;

async function startExport(server: Server, person: Person): Promise<string> {
  const started = await callApi(server.baseUrl, person.token, "POST", "/api/v1/jobs", EXPORT);
  if (started.status !== 202)
    throw new Error(`The export was not started: ${started.status} ${JSON.stringify("body" in started ? started.body : "")}`);
  return (started.body as JobBody).id;
}

/** Downloads the job's file from `server`: a PDF of some size, or a reason why not. */
async function download(server: Server, person: Person, jobId: string): Promise<{ ok: boolean; bytes: number; detail: string }> {
  const response = await fetch(`${server.baseUrl}/api/v1/jobs/${jobId}/file`, { headers: { authorization: `Bearer ${person.token}` } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isPdf = new TextDecoder().decode(bytes.slice(0, 5)) === "%PDF-";
  return {
    ok: response.status === 200 && isPdf,
    bytes: bytes.length,
    detail: `${response.status} ${response.headers.get("content-type")}`,
  };
}

export async function runCrossServerExport(servers: [Server, Server], person: Person) {
  const started = performance.now();
  const jobId = await startExport(servers[0], person);
  // Progress is read from server B while server A (or B: any runner) makes the file.
  const deadline = Date.now() + JOB_DEADLINE_MS;
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
  if (job?.status !== "SUCCEEDED")
    return { ok: false, jobMs, bytes: 0, detail: `job ${job?.status ?? "not finished"}: ${job?.error ?? ""}` };
  const file = await download(servers[1], person, jobId);
  return { ...file, jobMs };
}

/**
 * Starts an export on A and SIGKILLs the server process that claimed it (A's runner, usually;
 * whichever did) as soon as it runs; the job must be taken up by the other server within a
 * minute and end there. Returns the times from the kill to both.
 */
const NOT_RECOVERED = { reclaimedMs: 0, endedMs: 0, killed: "" };

export async function runKilledServerJob(servers: [Server, Server], person: Person) {
  const { db } = await import("@/lib/db");
  const jobId = await startExport(servers[0], person);
  const deadline = Date.now() + JOB_DEADLINE_MS;
  let claimedBy: string | null = null;
  while (Date.now() < deadline) {
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, claimedBy: true } });
    if (job.status === "RUNNING" && job.claimedBy) {
      claimedBy = job.claimedBy;
      break;
    }
    if (job.status !== "QUEUED")
      return { ok: false, detail: `the job was ${job.status} before it could be seen running`, ...NOT_RECOVERED };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!claimedBy) return { ok: false, detail: "no server claimed the job in time", ...NOT_RECOVERED };
  // The runner's id is host:pid:random (lib/jobs/server-job-runner.ts).
  const pid = Number(claimedBy.split(":")[1]);
  const killed = servers.find((server) => server.process.pid === pid);
  const survivor = servers.find((server) => server !== killed);
  if (!killed || !survivor) return { ok: false, detail: `runner ${claimedBy} is not one of the two servers' processes`, ...NOT_RECOVERED };
  const killedAt = Date.now();
  process.kill(pid, "SIGKILL");
  await killed.exited;
  console.log(`  server ${killed.name} (pid ${pid}) killed with SIGKILL while running job ${jobId}`);

  // Taken up again: the job is RUNNING under another runner (heartbeat expiry, decision 027).
  const runners = new Set<string>();
  let reclaimedMs = 0;
  let ended: { status: string; finishedAt: Date | null; error: string | null; attempts: number } | null = null;
  while (Date.now() < killedAt + JOB_DEADLINE_MS) {
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    if (job.claimedBy && job.claimedBy !== claimedBy && !runners.has(job.claimedBy)) {
      runners.add(job.claimedBy);
      reclaimedMs ||= Date.now() - killedAt;
    }
    if (job.status === "SUCCEEDED" || job.status === "FAILED") {
      ended = job;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const recovery = { reclaimedMs, endedMs: Date.now() - killedAt, killed: killed.name };
  if (!ended) return { ok: false, detail: `the job had not ended ${JOB_DEADLINE_MS / 60_000} minutes after the kill`, ...recovery };
  recovery.endedMs = (ended.finishedAt?.getTime() ?? Date.now()) - killedAt;
  const onSurvivor = [...runners].some((runner) => Number(runner.split(":")[1]) === survivor.process.pid);
  const file = ended.status === "SUCCEEDED" ? await download(survivor, person, jobId) : { ok: false, bytes: 0, detail: "" };
  return {
    ok: ended.status === "SUCCEEDED" && onSurvivor && file.ok,
    detail:
      `job ${ended.status} after ${ended.attempts} attempts, taken up ${reclaimedMs} ms after the kill by ${[...runners].join(", ") || "nobody"} ` +
      `(server ${survivor.name}); file from ${survivor.name}: ${file.detail} ${file.bytes} bytes${ended.error ? `; ${ended.error}` : ""}`,
    ...recovery,
  };
}
