import { DEFAULT_REMINDER_DAYS } from "./reminder-days";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The reminders of a deadline: N days before (the workspace's days, 14 and 3 by default), and once it has passed. */
export type DeadlineMark = `days-${number}` | "overdue";

/**
 * Which reminder is due for a deadline at `now`, or null. The deadline is a day: institutions
 * may report until its end (as the completeness view counts it). Marks are windows, not exact
 * days, so a server that was down on the 14th day still reminds on the 13th; each mark is
 * queued once per institution (DeadlineReminder), so a window is never a reminder a day.
 * With days 14 and 3: 14..4 days before is "days-14", 3..0 "days-3", after the day "overdue".
 */
export function deadlineMarkAt(
  deadline: Date,
  now: Date,
  reminderDays: readonly number[] = DEFAULT_REMINDER_DAYS,
): { mark: DeadlineMark; daysLeft: number } | null {
  const deadlineDay = Date.UTC(deadline.getUTCFullYear(), deadline.getUTCMonth(), deadline.getUTCDate());
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysLeft = Math.round((deadlineDay - today) / DAY_MS);
  if (daysLeft < 0) return { mark: "overdue", daysLeft };
  // The nearest reminder day not yet passed: the window it opens runs until the next one.
  const window = [...reminderDays].sort((a, b) => a - b).find((days) => daysLeft <= days);
  return window === undefined ? null : { mark: `days-${window}`, daysLeft };
}
