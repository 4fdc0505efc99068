import { z } from "zod";
import { digestFrequencySchema } from "./digest-frequency";
import { NOTIFICATION_KINDS, notificationKindSchema } from "./notification-kinds";

/** The kinds a person wants by e-mail; every other kind reaches them in the application only. */
export const emailPreferencesSchema = z.object({
  emailKinds: z
    .array(notificationKindSchema, { message: "Choose the kinds of notice you want by e-mail" })
    .max(NOTIFICATION_KINDS.length, "Each kind of notice can be chosen once"),
  /** Left out, the person's digest stays as it was. */
  digest: digestFrequencySchema.optional(),
});

export type EmailPreferencesInput = z.input<typeof emailPreferencesSchema>;

/** Ids of notices to mark as read; none means all of the person's unread notices in the workspace. */
export const markNotificationsReadSchema = z.object({
  ids: z
    .array(z.uuid({ message: "Not a notice" }))
    .max(500, "At most 500 notices at once")
    .default([]),
});
