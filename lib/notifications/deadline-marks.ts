const DAY_MS = 24 * 60 * 60 * 1000;

/** The reminders of a deadline: 14 days before, 3 days before, and once it has passed. */
export type DeadlineMark = "days-14" | "days-3" | "overdue";

/**
 * Which reminder is due for a deadline at `now`, or null. The deadline is a day: institutions
 * may report until its end (as the completeness view counts it). Marks are windows, not exact
 * days, so a server that was down on the 14th day still reminds on the 13th; each mark is
 * queued once per institution (DeadlineReminder), so a window is never a reminder a day.
 */
export function deadlineMarkAt(deadline: Date, now: Date): { mark: DeadlineMark; daysLeft: number } | null {
  const deadlineDay = Date.UTC(deadline.getUTCFullYear(), deadline.getUTCMonth(), deadline.getUTCDate());
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysLeft = Math.round((deadlineDay - today) / DAY_MS);
  if (daysLeft < 0) return { mark: "overdue", daysLeft };
  if (daysLeft <= 3) return { mark: "days-3", daysLeft };
  if (daysLeft <= 14) return { mark: "days-14", daysLeft };
  return null;
}
