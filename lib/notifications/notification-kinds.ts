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
