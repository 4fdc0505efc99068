import { z } from "zod";
import { refusedBy, zodMessage } from "@/lib/i18n/lib-text";

/** Reminders before a deadline when a workspace has not chosen its own: 14 and 3 days before. */
export const DEFAULT_REMINDER_DAYS: readonly number[] = [14, 3];

/**
 * The days before a deadline on which late institutions are reminded, as an administrator
 * types them ("14, 3"): one to five whole numbers from 1 to 90, each once. Kept largest first.
 */
export const reminderDaysSchema = z.object({
  reminderDays: z
    .string()
    .max(100, zodMessage("validation.reminderDaysTooLong"))
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
            .number({ message: zodMessage("validation.reminderDaysWhole") })
            .int(zodMessage("validation.reminderDaysWhole"))
            .min(1, zodMessage("validation.reminderDayAtLeast"))
            .max(90, zodMessage("validation.reminderDayAtMost")),
        )
        .min(1, zodMessage("validation.reminderDaysNone"))
        .max(5, zodMessage("validation.reminderDaysTooMany"))
        .refine((days) => new Set(days).size === days.length, refusedBy("validation.reminderDaysRepeated")),
    )
    .transform((days) => [...days].sort((a, b) => b - a)),
});

/** The stored setting ("14,3"); anything unreadable falls back to the default rather than stopping reminders. */
export function readReminderDays(stored: string | null | undefined): readonly number[] {
  const parsed = reminderDaysSchema.safeParse({ reminderDays: stored ?? "" });
  return parsed.success ? parsed.data.reminderDays : DEFAULT_REMINDER_DAYS;
}
