import { createTranslator } from "use-intl/core";
import { emailMessages } from "./email-translator";

/** The request to the working group to decide on a validated version, in the recipient's language. */
export function decisionRequestedNotice(
  locale: string,
  version: { frameworkCode: string; versionNumber: number; versionLabel: string },
): { title: string; body: string; link: string } {
  const t = createTranslator({ ...emailMessages(locale), namespace: "EmailDecisionRequested" });
  const args = { framework: version.frameworkCode, version: version.versionLabel };
  return {
    title: t("title", args),
    body: t("body", args),
    // The consultation page is where positions are recorded.
    link: `/frameworks/${encodeURIComponent(version.frameworkCode)}/versions/${version.versionNumber}/consultation`,
  };
}
