/** Attempts before a message is given up on and shown to administrators as FAILED. */
export const OUTBOX_MAX_ATTEMPTS = 6;
/** Wait after the first failed attempt; it doubles with each further one (1, 2, 4, 8, 16 min). */
export const OUTBOX_FIRST_RETRY_MS = 60 * 1000;
/** A message claimed this long ago without an outcome belongs to a sender that died: it is taken again. */
export const OUTBOX_STALE_CLAIM_MS = 5 * 60 * 1000;
/** Messages one sender claims per round. */
export const OUTBOX_BATCH = 20;
/** How often a sender looks for due messages. */
export const OUTBOX_POLL_INTERVAL_MS = 5 * 1000;
/** Deadline reminders are looked for at most this often per server (they are idempotent anyway). */
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

/** The wait before attempt `attempts + 1`, after `attempts` failed ones: exponential backoff. */
export function retryDelayMs(attempts: number): number {
  return OUTBOX_FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1);
}
