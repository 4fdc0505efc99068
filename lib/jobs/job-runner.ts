import "server-only";
import { asAppError } from "@/lib/errors";
import type { LibText } from "@/lib/i18n/lib-text";
import { fileStorage } from "@/lib/storage/file-storage";
import { claimNextJob } from "./claim-next-job";
import { ENDED_WITHOUT_OUTCOME, failJobAttempt, failureTextOf } from "./fail-job-attempt";
import type { JobClaim } from "./job-claim";
import { JOB_HEARTBEAT_INTERVAL_MS, JOB_POLL_INTERVAL_MS, JOB_PROGRESS_FLUSH_MS } from "./job-limits";
import type { ProgressReporter } from "./progress-reporter";
import { recordJobHeartbeat } from "./record-job-heartbeat";
import { recoverStaleJobs } from "./recover-stale-jobs";

/** Runs one claimed attempt to its end; it records the job's outcome itself (lib/jobs/run-job.ts). */
export type JobExecutor = (claim: JobClaim, report: ProgressReporter, signal: AbortSignal) => Promise<void>;

export type JobRunnerOptions = {
  /** Unique among all servers' runners, for as long as jobs it claimed may be RUNNING. */
  runnerId: string;
  /** Jobs this runner runs at once. */
  concurrency: number;
  execute: JobExecutor;
  /** The clock heartbeats and staleness are measured by; tests move it by hand. */
  now?: () => Date;
};

export type JobRunner = {
  readonly runnerId: string;
  /** One round: give up on jobs whose server died, then claim work up to the concurrency. */
  pollOnce(): Promise<void>;
  /** Tells the database that this runner's jobs are alive, with their latest progress. */
  sendHeartbeats(): Promise<void>;
  /** Polls and beats on timers until stopped. */
  start(): void;
  /**
   * Stops looking for work, and every timer: heartbeats and progress come only from
   * sendHeartbeats() now, so a test plays a server that died by stopping its runner. Attempts
   * already running go on and record their outcome (drain() waits for them); one that runs
   * past the stale limit meanwhile is handed to another runner.
   */
  stop(): void;
  /** Ids of the jobs this runner is running now. */
  runningJobIds(): string[];
  /** Resolves when every attempt this runner started has ended. */
  drain(): Promise<void>;
};

type Running = {
  claim: JobClaim;
  latest: { fraction: number; stage: LibText } | null;
  flush: NodeJS.Timeout | null;
  /** A heartbeat of this attempt waiting for the database (e.g. SQLite's write lock): the next one waits its turn. */
  beating: Promise<void> | null;
  abort: AbortController;
  done: Promise<void>;
};

/** Expired job files are deleted by a runner at most this often. */
const CLEANUP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * A server's share of the job queue (decision 027). Every server runs one; the queue itself is
 * the Job table, so any runner may take any job, and a job whose runner stops sending
 * heartbeats is taken back by whichever runner looks next.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const now = options.now ?? (() => new Date());
  const running = new Map<string, Running>();
  let isStopped = false;
  let polling: Promise<void> | null = null;
  let isPollRequested = false;
  let lastCleanupAt = 0;
  const timers: NodeJS.Timeout[] = [];

  async function round(): Promise<void> {
    await recoverStaleJobs(now(), { exceptRunnerId: options.runnerId });
    if (now().getTime() - lastCleanupAt >= CLEANUP_INTERVAL_MS) {
      lastCleanupAt = now().getTime();
      await fileStorage().deleteExpired(now());
    }
    while (!isStopped && running.size < options.concurrency) {
      const claim = await claimNextJob(options.runnerId, now());
      if (!claim) break;
      launch(claim);
    }
  }

  function launch(claim: JobClaim): void {
    const entry: Running = {
      claim,
      latest: null,
      flush: null,
      beating: null,
      abort: new AbortController(),
      done: Promise.resolve(),
    };
    const report: ProgressReporter = (fraction, stage) => {
      entry.latest = { fraction, stage };
      if (isStopped) return;
      entry.flush ??= setTimeout(() => {
        entry.flush = null;
        void beat(entry);
      }, JOB_PROGRESS_FLUSH_MS);
    };
    running.set(claim.jobId, entry);
    entry.done = Promise.resolve()
      .then(() => options.execute(claim, report, entry.abort.signal))
      .then(
        (): LibText | string => ENDED_WITHOUT_OUTCOME,
        (error: unknown) => failureTextOf(error),
      )
      // The attempt records its own outcome; this only ends one that could not (a crash).
      .then(async (message) => {
        await failJobAttempt(claim, message, now());
      })
      .catch((error: unknown) => reportTrouble(`could not record the end of job ${claim.jobId}`, error))
      .finally(() => {
        if (entry.flush) clearTimeout(entry.flush);
        running.delete(claim.jobId);
        if (!isStopped) void pollOnce();
      });
  }

  /** One heartbeat of an attempt at a time: beats do not pile up behind a busy database. */
  function beat(entry: Running): Promise<void> {
    entry.beating ??= (async () => {
      try {
        const isHeld = await recordJobHeartbeat(entry.claim, now(), entry.latest);
        // Given up on (this server looked dead) or ended: stop working on it.
        if (!isHeld) entry.abort.abort();
      } catch (error) {
        reportTrouble(`could not record the heartbeat of job ${entry.claim.jobId}`, error);
      }
    })().finally(() => (entry.beating = null));
    return entry.beating;
  }

  function pollOnce(): Promise<void> {
    if (isStopped) return Promise.resolve();
    if (polling) {
      isPollRequested = true;
      return polling;
    }
    polling = (async () => {
      do {
        isPollRequested = false;
        try {
          await round();
        } catch (error) {
          reportTrouble("could not look for jobs", error);
        }
      } while (isPollRequested && !isStopped);
    })().finally(() => (polling = null));
    return polling;
  }

  return {
    runnerId: options.runnerId,
    pollOnce,
    sendHeartbeats: async () => {
      // After any beat in flight, a fresh one: it carries the clock's time now.
      await Promise.all(
        [...running.values()].map(async (entry) => {
          await entry.beating;
          await beat(entry);
        }),
      );
    },
    start() {
      isStopped = false;
      timers.push(setInterval(() => void pollOnce(), JOB_POLL_INTERVAL_MS).unref());
      timers.push(setInterval(() => void Promise.all([...running.values()].map(beat)), JOB_HEARTBEAT_INTERVAL_MS).unref());
      void pollOnce();
    },
    stop() {
      isStopped = true;
      for (const timer of timers.splice(0)) clearInterval(timer);
      for (const entry of running.values()) if (entry.flush) clearTimeout(entry.flush);
    },
    runningJobIds: () => [...running.keys()],
    drain: async () => {
      while (running.size > 0) await Promise.all([...running.values()].map((entry) => entry.done));
    },
  };
}

/** A busy database is expected now and then (decision 014): the next round tries again. */
function reportTrouble(what: string, error: unknown): void {
  if (asAppError(error)?.code === "UNAVAILABLE") return;
  console.error(`Capacitas: job runner ${what}`, error);
}
