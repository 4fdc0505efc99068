import { createTranslator } from "use-intl/core";
import type { DeadlineMark } from "../deadline-marks";
import { emailMessages } from "./email-translator";

/** The text of a deadline reminder, in the recipient's language (messages/<locale>/email.json). */
export function deadlineReminderNotice(
  locale: string,
  reminder: {
    frameworkCode: string;
    year: number;
    deadline: Date;
    mark: DeadlineMark;
    daysLeft: number;
    pending: number;
    assigned: number;
  },
): { title: string; body: string; link: string } {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailDeadlineReminder" });
  // The deadline as the ISO day: the same in every language, and unambiguous across them.
  const args = { framework: reminder.frameworkCode, year: String(reminder.year), day: reminder.deadline.toISOString().slice(0, 10) };
  const when =
    reminder.mark === "overdue"
      ? t("whenOverdue", args)
      : reminder.daysLeft === 0
        ? t("whenToday", args)
        : t("whenDays", { ...args, daysLeft: reminder.daysLeft });
  const progress = t("progress", {
    submitted: reminder.assigned - reminder.pending,
    assigned: reminder.assigned,
    pending: reminder.pending,
  });
  return {
    title: reminder.mark === "overdue" ? t("titleOverdue", args) : t("titleReminder", args),
    body: `${when}\n${progress}`,
    link: `/cycles/${encodeURIComponent(reminder.frameworkCode)}/${reminder.year}/entry`,
  };
}
