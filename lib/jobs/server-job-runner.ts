import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { createJobRunner, type JobRunner } from "./job-runner";
import { runJobInChildProcess } from "./run-job-in-child-process";

// One runner per server process, kept on globalThis so that Next's module reloads share it.
const globalForRunner = globalThis as unknown as { capacitasJobRunner?: JobRunner };

/**
 * How many jobs this server runs at once. SQLite takes one writer at a time, so a second job
 * would only wait for the first one's lock: one. A server database (PostgreSQL) takes two per
 * server; more servers run more.
 */
function concurrencyFor(databaseUrl: string | undefined): number {
  return databaseUrl?.startsWith("file:") ? 1 : 2;
}

/** Starts this server's job runner (instrumentation.ts), once. */
export function startServerJobRunner(): JobRunner {
  if (globalForRunner.capacitasJobRunner) return globalForRunner.capacitasJobRunner;
  const runner = createJobRunner({
    runnerId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    concurrency: concurrencyFor(process.env.DATABASE_URL),
    execute: runJobInChildProcess,
  });
  globalForRunner.capacitasJobRunner = runner;
  runner.start();
  return runner;
}

/** Stops this server's runner and waits for the jobs it is running (tests, shutdown). */
export async function stopServerJobRunner(): Promise<void> {
  const runner = globalForRunner.capacitasJobRunner;
  if (!runner) return;
  delete globalForRunner.capacitasJobRunner;
  runner.stop();
  await runner.drain();
}

/** A job was just queued here: look now rather than at the next poll (no-op without a runner). */
export function wakeServerJobRunner(): void {
  void globalForRunner.capacitasJobRunner?.pollOnce();
}
