import type { DigestFrequency } from "./digest-frequency";

const DAY_MS = 24 * 60 * 60 * 1000;

/** One period a digest covers: notices created from `start` (inclusive) to `end` (exclusive), in UTC. */
export type DigestPeriod = {
  /** The key that makes a digest go out once per person and period, e.g. "day:2026-12-04" or "week:2026-11-30". */
  key: string;
  start: Date;
  end: Date;
};

/**
 * The last complete period before `now`: yesterday for a daily digest, last week (Monday to
 * Sunday) for a weekly one, in UTC, the clock deadlines are kept in. A digest covers a period
 * once it has ended, so it never misses a notice written later the same day, and whichever
 * hour of the next period the senders first look, they find the same key.
 */
export function digestPeriodBefore(frequency: Exclude<DigestFrequency, "none">, now: Date): DigestPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (frequency === "daily") {
    const start = new Date(today - DAY_MS);
    return { key: `day:${isoDay(start)}`, start, end: new Date(today) };
  }
  // getUTCDay: Sunday 0 .. Saturday 6; weeks start on Monday (ISO 8601).
  const thisMonday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS;
  const start = new Date(thisMonday - 7 * DAY_MS);
  return { key: `week:${isoDay(start)}`, start, end: new Date(thisMonday) };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
