/** The queue's clock and limits (decision 027). */

/** How often a runner looks for work when nothing woke it sooner. */
export const JOB_POLL_INTERVAL_MS = 1_000;
/** How often a runner says that each of its running jobs is alive. */
export const JOB_HEARTBEAT_INTERVAL_MS = 10_000;
/**
 * A RUNNING job without a heartbeat for this long lost its server. Well above the heartbeat
 * interval plus a busy database's longest wait (8 s, decision 014), so that one or two missed
 * beats of a live server do not count; low enough that a lost job moves on within a minute.
 */
export const JOB_STALE_AFTER_MS = 45_000;
/** A job that lost its server is tried again until it has been claimed this often, then failed. */
export const MAX_JOB_ATTEMPTS = 2;
/** Jobs one person may have waiting or running at once; the next is refused (issue 18). */
export const MAX_UNFINISHED_JOBS_PER_PERSON = 3;
/** How long job files (uploads and exports) are kept. */
export const JOB_FILE_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Progress reported by a job reaches the database at most this often. */
export const JOB_PROGRESS_FLUSH_MS = 1_000;
