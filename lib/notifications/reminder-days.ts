import { z } from "zod";

/** Reminders before a deadline when a workspace has not chosen its own: 14 and 3 days before. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [14, 3];

/**
 * The days before a deadline on which late institutions are reminded, as an administrator
 * types them ("14, 3"): one to five whole numbers from 1 to 90, each once. Kept largest first.
 */
export const reminderDaysSchema = z.object({
  reminderDays: z
    .string()
    .max(100, "Type at most five numbers of days, e.g. 14, 3")
    .transform((text) =>
      text
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number),
    )
    .pipe(
      z
        .array(
          z
            .number({ message: "Days are whole numbers, e.g. 14, 3" })
            .int("Days are whole numbers, e.g. 14, 3")
            .min(1, "At least 1 day before")
            .max(90, "At most 90 days before"),
        )
        .min(1, "Give at least one number of days, e.g. 14, 3")
        .max(5, "At most five reminders before a deadline")
        .refine((days) => new Set(days).size === days.length, "Give each number of days once"),
    )
    .transform((days) => [...days].sort((a, b) => b - a)),
});

/** The stored setting ("14,3"); anything unreadable falls back to the default rather than stopping reminders. */
export function readReminderDays(stored: string | null | undefined): readonly number[] {
  const parsed = reminderDaysSchema.safeParse({ reminderDays: stored ?? "" });
  return parsed.success ? parsed.data.reminderDays : DEFAULT_REMINDER_DAYS;
}
