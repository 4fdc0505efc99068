import { z } from "zod";
import { zodMessage } from "@/lib/i18n/lib-text";
import { DIGEST_FREQUENCIES } from "./digest-frequency";
import { NOTIFICATION_KINDS, notificationKindSchema } from "./notification-kinds";

const digestFrequencySchema = z.enum(DIGEST_FREQUENCIES, { message: zodMessage("validation.digestFrequency") });

/** The kinds a person wants by e-mail; every other kind reaches them in the application only. */
export const emailPreferencesSchema = z.object({
  emailKinds: z
    .array(notificationKindSchema, { message: zodMessage("validation.chooseNoticeKinds") })
    .max(NOTIFICATION_KINDS.length, zodMessage("validation.noticeKindOnce")),
  /** Left out, the person's digest stays as it was. */
  digest: digestFrequencySchema.optional(),
});

export type EmailPreferencesInput = z.input<typeof emailPreferencesSchema>;

/** Ids of notices to mark as read; none means all of the person's unread notices in the workspace. */
export const markNotificationsReadSchema = z.object({
  ids: z
    .array(z.uuid({ message: zodMessage("validation.notANotice") }))
    .max(500, zodMessage("validation.atMostNotices"))
    .default([]),
});
