import { createTranslator } from "use-intl/core";
import { emailMessages } from "./email-translator";

/** Notices a digest lists one by one; the rest are counted, and all are on the notifications page. */
export const DIGEST_MAX_LISTED = 50;

/**
 * The digest of a person's unread notices of one period, in their language: a subject with
 * the count, then each notice's title with the full address of the page where to act.
 */
export function digestEmail(
  locale: string,
  digest: { frequency: "daily" | "weekly"; day: string; appUrl: string; notices: readonly { title: string; link: string }[] },
): { subject: string; body: string } {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailDigest" });
  const count = digest.notices.length;
  const args = { count, day: digest.day };
  const listed = digest.notices.slice(0, DIGEST_MAX_LISTED).map((notice) => `- ${notice.title}\n  ${digest.appUrl}${notice.link}`);
  const more = count > DIGEST_MAX_LISTED ? [t("more", { more: count - DIGEST_MAX_LISTED })] : [];
  return {
    subject: digest.frequency === "daily" ? t("subjectDaily", args) : t("subjectWeekly", args),
    body: [digest.frequency === "daily" ? t("introDaily", args) : t("introWeekly", args), "", ...listed, ...more].join("\n"),
  };
}
