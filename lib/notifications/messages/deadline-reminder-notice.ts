import type { DeadlineMark } from "../deadline-marks";

/** The text of a deadline reminder; takes the person's locale so translations can be dropped in (decision 029). */
export function deadlineReminderNotice(
  _locale: string,
  reminder: { frameworkCode: string; year: number; deadline: Date; mark: DeadlineMark; daysLeft: number; pending: number; assigned: number },
): { title: string; body: string; link: string } {
  const day = reminder.deadline.toISOString().slice(0, 10);
  const cycle = `${reminder.frameworkCode} ${reminder.year}`;
  const when =
    reminder.mark === "overdue"
      ? `The reporting deadline of ${cycle} was ${day}, and it has passed.`
      : reminder.daysLeft === 0
        ? `The reporting deadline of ${cycle} is today, ${day}.`
        : `The reporting deadline of ${cycle} is ${day}, in ${reminder.daysLeft} ${reminder.daysLeft === 1 ? "day" : "days"}.`;
  return {
    title: reminder.mark === "overdue" ? `Overdue: ${cycle} values` : `Reminder: ${cycle} values due ${day}`,
    body: `${when}\nYour institution has submitted ${reminder.assigned - reminder.pending} of its ${reminder.assigned} indicators; ${reminder.pending} still to enter or submit.`,
    link: `/cycles/${encodeURIComponent(reminder.frameworkCode)}/${reminder.year}/entry`,
  };
}
