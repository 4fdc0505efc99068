import { createTranslator } from "use-intl/core";
import { emailMessages } from "./email-translator";

/** The notice that a version is open for comments, in the recipient's language. */
export function consultationOpenedNotice(
  locale: string,
  consultation: { frameworkCode: string; versionNumber: number; versionLabel: string; deadline: string },
): { title: string; body: string; link: string } {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailConsultationOpened" });
  const args = { framework: consultation.frameworkCode, version: consultation.versionLabel, deadline: consultation.deadline };
  return {
    title: t("title", args),
    body: t("body", args),
    link: `/frameworks/${encodeURIComponent(consultation.frameworkCode)}/versions/${consultation.versionNumber}/consultation`,
  };
}
