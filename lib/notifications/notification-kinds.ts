import { z } from "zod";

/** Every kind of notice. A person chooses, kind by kind, which ones also reach them by e-mail. */
export const NOTIFICATION_KINDS = [
  "value-returned",
  "deadline-reminder",
  "values-approved",
  "consultation-opened",
  "decision-requested",
] as const;

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  "value-returned": "A value of your institution was returned with a reason",
  "deadline-reminder": "Reminders of a reporting deadline (on the days before it that your administrator chose, and when overdue)",
  "values-approved": "Values of your institution were approved",
  "consultation-opened": "A framework version was put to consultation and your comments are asked for",
  "decision-requested": "A framework version's consultation closed and the working group's decision is asked for",
};
