import "server-only";
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import path from "node:path";
import { db } from "@/lib/db";

type LiveProgress = { progress: number; stage: string };
type QueueState = { live: Map<string, LiveProgress>; waiting: string[]; running: string | null; finished: EventEmitter };

// One queue per server process, kept on globalThis so that Next's module reloads share it.
const globalForJobs = globalThis as unknown as { capacitasJobs?: QueueState };
const state: QueueState = (globalForJobs.capacitasJobs ??= { live: new Map(), waiting: [], running: null, finished: new EventEmitter() });
state.finished.setMaxListeners(100);

/**
 * Runs jobs one at a time, each in a child Node process (scripts/run-job.ts): a long import
 * or a PDF layout then takes none of the web server's time, and the child writes through its
 * own database connection. One at a time, because SQLite takes one writer anyway. The child
 * reports progress over IPC; it is kept here, in memory, since writing it to the database
 * would wait for the child's own write transaction.
 */
export function enqueueJob(jobId: string): void {
  state.waiting.push(jobId);
  startNext();
}

/** The progress a running job last reported, if it runs in this process's queue. */
export function liveJobProgress(jobId: string): LiveProgress | null {
  return state.live.get(jobId) ?? null;
}

/** Resolves when the job's process has ended (whatever the outcome), or after the timeout. */
export function waitForJob(jobId: string, timeoutMs: number): Promise<void> {
  if (state.running !== jobId && !state.waiting.includes(jobId)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (id: string) => {
      if (id !== jobId) return;
      clearTimeout(timer);
      state.finished.off("job", done);
      resolve();
    };
    const timer = setTimeout(() => {
      state.finished.off("job", done);
      resolve();
    }, timeoutMs);
    state.finished.on("job", done);
  });
}

function startNext(): void {
  if (state.running !== null) return;
  const next = state.waiting.shift();
  if (next === undefined) return;
  const jobId: string = next;
  state.running = jobId;
  state.live.set(jobId, { progress: 0, stage: "Starting" });

  const root = process.cwd();
  const child = spawn(
    process.execPath,
    ["--import", path.join(root, "scripts", "server-only-hook.mjs"), "--import", "tsx", path.join(root, "scripts", "run-job.ts"), jobId],
    { cwd: root, env: { ...process.env, NODE_OPTIONS: "" }, stdio: ["ignore", "inherit", "pipe", "ipc"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    process.stderr.write(chunk);
  });
  child.on("message", (message: unknown) => {
    const update = message as Partial<LiveProgress>;
    if (typeof update.progress === "number" && typeof update.stage === "string")
      state.live.set(jobId, { progress: update.progress, stage: update.stage });
  });
  child.on("error", (error) => finish(`The job process could not start: ${error.message}`));
  child.on("exit", (code, signal) =>
    finish(
      code === 0
        ? null
        : `The job process ended unexpectedly (${signal ?? `exit code ${code}`}). ${stderr.trim().split("\n").at(-1) ?? ""}`,
    ),
  );

  let finished = false;
  function finish(failure: string | null) {
    if (finished) return;
    finished = true;
    const after = async () => {
      // The child records its own outcome; only a crash leaves the job unfinished.
      if (failure) {
        await db.job.updateMany({
          where: { id: jobId, status: { in: ["QUEUED", "RUNNING"] } },
          data: { status: "FAILED", error: failure, finishedAt: new Date() },
        });
      }
    };
    after()
      .catch((error: unknown) => console.error("Capacitas: could not record the end of job", jobId, error))
      .finally(() => {
        state.live.delete(jobId);
        state.running = null;
        state.finished.emit("job", jobId);
        startNext();
      });
  }
}
